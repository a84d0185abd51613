#include "chainmap/diff_report.h"

#include <fmt/format.h>

#include "chainmap/printable.h"
#include "chainmap/version.h"
#include "util/escape.h"
#include "util/json.h"

namespace chainmap {
namespace {

std::string shown(const std::string& value) { return value.empty() ? "(none)" : value; }

std::string root(const DiffReport& r, const std::vector<std::uint32_t>& files) {
  return files.empty() ? "" : r.sources.at(files.front()).display;
}

std::string where(const DiffReport& r, const Loc& loc) {
  if (!loc.valid() || loc.file >= r.sources.size()) return "";
  return fmt::format("{}:{}:{}", r.sources.at(loc.file).display, loc.line, loc.column);
}

std::string severities(const std::vector<Diagnostic>& ds) {
  Summary s = summarize(ds);
  std::vector<std::string> parts;
  if (s.errors) parts.push_back(fmt::format("{} error{}", s.errors, s.errors == 1 ? "" : "s"));
  if (s.warnings)
    parts.push_back(fmt::format("{} warning{}", s.warnings, s.warnings == 1 ? "" : "s"));
  if (s.notes) parts.push_back(fmt::format("{} note{}", s.notes, s.notes == 1 ? "" : "s"));
  std::string out;
  for (const auto& p : parts) out += (out.empty() ? "" : ", ") + p;
  return out.empty() ? "none" : out;
}

std::string headline(const ModelDiff& d) {
  // Scores are counted only where there can be any, so a v1 model's headline stays as it was.
  const std::string scores = d.has_personas ? fmt::format(", {} score{} changed", d.scores.size(),
                                                          d.scores.size() == 1 ? "" : "s")
                                            : "";
  return fmt::format(
      "{} added, {} removed, {} changed{}; findings: {} introduced ({}), {} fixed ({})",
      d.count(ChangeKind::Added), d.count(ChangeKind::Removed), d.count(ChangeKind::Changed),
      scores, d.introduced.size(), severities(d.introduced), d.fixed.size(), severities(d.fixed));
}

std::string score_value(const std::optional<int>& score) {
  if (!score) return "(none)";
  return *score > 0 ? fmt::format("+{}", *score) : fmt::format("{}", *score);
}

// "shopper at order/wait-for-parcel: -2 -> 0", then the feeling when it changed.
std::string score_line(const ScoreChange& c, std::string_view arrow) {
  std::string step = c.target.substr(c.target.find(':') + 1);
  std::string out = fmt::format("{} at {}: ", c.persona, step);
  out += c.old_score == c.new_score
             ? score_value(c.new_score)
             : fmt::format("{} {} {}", score_value(c.old_score), arrow, score_value(c.new_score));
  if (c.old_feeling != c.new_feeling)
    out += fmt::format("; feeling: {} {} {}", shown(c.old_feeling), arrow, shown(c.new_feeling));
  return out;
}

void text_findings(std::string& out, const DiffReport& r, const char* title,
                   const std::vector<Diagnostic>& ds) {
  out += fmt::format("\n{} ({})\n", title, ds.size());
  if (ds.empty()) out += "  none\n";
  for (const auto& d : ds)
    out += printable(fmt::format("  {:<8} {}  {}: {}  [{}]", to_string(d.severity), d.rule,
                                 d.target, d.message, where(r, d.loc))) +
           "\n";
}

void json_findings(JsonWriter& w, const DiffReport& r, const std::vector<Diagnostic>& ds) {
  w.begin_array();
  for (const auto& d : ds) {
    w.begin_object()
        .field("rule", d.rule)
        .field("severity", to_string(d.severity))
        .field("message", d.message)
        .field("target", d.target);
    if (d.loc.valid() && d.loc.file < r.sources.size())
      w.field("file", r.sources.at(d.loc.file).display);
    else
      w.key("file").null();
    w.field("line", d.loc.line).field("column", d.loc.column);
    w.end_object();
  }
  w.end_array();
}

void json_summary(JsonWriter& w, const std::vector<Diagnostic>& ds) {
  Summary s = summarize(ds);
  w.begin_object()
      .field("errors", static_cast<std::uint64_t>(s.errors))
      .field("warnings", static_cast<std::uint64_t>(s.warnings))
      .field("notes", static_cast<std::uint64_t>(s.notes))
      .end_object();
}

void markdown_findings(std::string& out, const char* title, const std::vector<Diagnostic>& ds) {
  out += fmt::format("\n#### {} ({})\n\n", title, ds.size());
  if (ds.empty()) {
    out += "None.\n";
    return;
  }
  out += "| severity | rule | target | message |\n|---|---|---|---|\n";
  for (const auto& d : ds)
    out += fmt::format("| {} | `{}` | `{}` | {} |\n", to_string(d.severity), d.rule,
                       markdown_cell(d.target), markdown_cell(d.message));
}

}  // namespace

std::string format_diff_text(const DiffReport& r) {
  const ModelDiff& d = r.diff;
  std::string out = printable(fmt::format("Comparing {} (old) with {} (new)", root(r, r.old_files),
                                          root(r, r.new_files))) +
                    "\n";
  out += headline(d) + "\n";
  out += fmt::format("\nModel changes ({})\n", d.changes.size());
  if (d.changes.empty()) out += "  none\n";
  for (const Change& c : d.changes) {
    std::string line = fmt::format("  {:<8} {}", to_string(c.change), c.target);
    if (c.change != ChangeKind::Changed && !c.name.empty()) line += "  \"" + c.name + "\"";
    out += printable(line) + "\n";
    for (const FieldChange& f : c.fields)
      out += printable(c.change == ChangeKind::Added
                           ? fmt::format("             {}: {}", f.field, f.new_value)
                           : fmt::format("             {}: {} -> {}", f.field, shown(f.old_value),
                                         shown(f.new_value))) +
             "\n";
  }
  if (d.has_personas) {
    out += fmt::format("\nScore changes ({})\n", d.scores.size());
    if (d.scores.empty()) out += "  none\n";
    for (const ScoreChange& c : d.scores) out += printable("  " + score_line(c, "->")) + "\n";
  }
  text_findings(out, r, "Findings introduced", d.introduced);
  text_findings(out, r, "Findings fixed", d.fixed);
  return out;
}

std::string format_diff_json(const DiffReport& r) {
  const ModelDiff& d = r.diff;
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  for (auto [key, files] : {std::pair{"old", &r.old_files}, std::pair{"new", &r.new_files}}) {
    w.key(key).begin_object().key("files").begin_array();
    for (auto f : *files) w.value(r.sources.at(f).display);
    w.end_array().end_object();
  }
  w.key("changes").begin_array();
  for (const Change& c : d.changes) {
    w.begin_object()
        .field("change", to_string(c.change))
        .field("kind", c.kind)
        .field("target", c.target);
    if (c.name.empty())
      w.key("name").null();
    else
      w.field("name", c.name);
    w.key("fields").begin_array();
    for (const FieldChange& f : c.fields) {
      w.begin_object().field("field", f.field);
      if (f.old_value.empty())
        w.key("old").null();
      else
        w.field("old", f.old_value);
      if (f.new_value.empty())
        w.key("new").null();
      else
        w.field("new", f.new_value);
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  w.key("scores").begin_array();
  for (const ScoreChange& c : d.scores) {
    w.begin_object().field("target", c.target).field("persona", c.persona);
    for (auto [key, score] : {std::pair{"old", &c.old_score}, std::pair{"new", &c.new_score}}) {
      if (*score)
        w.field(key, **score);
      else
        w.key(key).null();
    }
    for (auto [key, feeling] :
         {std::pair{"old_feeling", &c.old_feeling}, std::pair{"new_feeling", &c.new_feeling}}) {
      if (feeling->empty())
        w.key(key).null();
      else
        w.field(key, *feeling);
    }
    w.end_object();
  }
  w.end_array();
  w.key("findings").begin_object();
  w.key("introduced");
  json_findings(w, r, d.introduced);
  w.key("fixed");
  json_findings(w, r, d.fixed);
  w.end_object();
  w.key("summary").begin_object();
  w.field("added", static_cast<std::uint64_t>(d.count(ChangeKind::Added)))
      .field("removed", static_cast<std::uint64_t>(d.count(ChangeKind::Removed)))
      .field("changed", static_cast<std::uint64_t>(d.count(ChangeKind::Changed)))
      .field("scores", static_cast<std::uint64_t>(d.scores.size()));
  w.key("introduced");
  json_summary(w, d.introduced);
  w.key("fixed");
  json_summary(w, d.fixed);
  w.end_object();
  w.end_object();
  return w.str();
}

std::string format_diff_markdown(const DiffReport& r) {
  const ModelDiff& d = r.diff;
  Summary introduced = summarize(d.introduced);
  std::string out = "### chainmap diff\n\n";
  out += introduced.errors
             ? fmt::format(":x: This change introduces {} error finding{}.\n\n", introduced.errors,
                           introduced.errors == 1 ? "" : "s")
             : std::string(":white_check_mark: This change introduces no error findings.\n\n");
  out += fmt::format("`{}` → `{}`: {}\n", markdown_cell(root(r, r.old_files)),
                     markdown_cell(root(r, r.new_files)), markdown_cell(headline(d)));
  out += fmt::format("\n#### Model changes ({})\n\n", d.changes.size());
  if (d.changes.empty()) {
    out += "None.\n";
  } else {
    out += "| change | target | details |\n|---|---|---|\n";
    for (const Change& c : d.changes) {
      std::string details;
      if (c.change != ChangeKind::Changed) details = markdown_cell(c.name);
      for (const FieldChange& f : c.fields)
        details += (details.empty() ? "" : "<br>") +
                   markdown_cell(c.change == ChangeKind::Added
                                     ? fmt::format("{}: {}", f.field, f.new_value)
                                     : fmt::format("{}: {} → {}", f.field, shown(f.old_value),
                                                   shown(f.new_value)));
      out += fmt::format("| {} | `{}` | {} |\n", to_string(c.change), markdown_cell(c.target),
                         details);
    }
  }
  if (d.has_personas) {
    out += fmt::format("\n#### Score changes ({})\n\n", d.scores.size());
    if (d.scores.empty()) out += "None.\n";
    for (const ScoreChange& c : d.scores) out += "- " + markdown_cell(score_line(c, "→")) + "\n";
  }
  markdown_findings(out, "Findings introduced", d.introduced);
  markdown_findings(out, "Findings fixed", d.fixed);
  return out;
}

}  // namespace chainmap
