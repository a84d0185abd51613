// --format html (SPEC section 6): one self-contained page for the people who own the journeys.
// In this order: the summary with the gate's verdict, the contents, the findings by journey and
// rule, each drawn journey's views, the RACI matrix, the touchpoint matrix, the partners, the
// KPIs and the opportunities by status. No script, no network (a Content-Security-Policy says
// so to the browser), no time but the date of the check: two runs give the same bytes.
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "chainmap/version.h"
#include "report/common.h"
#include "report/html.h"
#include "report/touchpoint_table.h"
#include "rules/group.h"
#include "util/escape.h"

namespace chainmap {
namespace html {

std::string anchor(std::string_view prefix, std::string_view id) {
  std::string out(prefix);
  for (char c : id) {
    const auto u = static_cast<unsigned char>(c);
    if ((u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9') || c == '-')
      out += c;
    else
      out += fmt::format("_{:02X}", u);
  }
  return out;
}

std::string model_prefix(std::size_t model) {
  return model == 0 ? "" : fmt::format("m{}-", model + 1);
}

std::string severity_badge(Severity severity) {
  const std::string_view name = report::level(severity);
  return fmt::format(
      "<span class=\"sev sev-{0}\"><svg class=\"icon\" aria-hidden=\"true\"><use href=\"#i-{0}\"/>"
      "</svg>{0}</span>",
      name);
}

std::string counts_text(const Summary& s) {
  std::vector<std::string> parts;
  auto add = [&](std::size_t n, std::string_view one, std::string_view many) {
    if (n > 0) parts.push_back(fmt::format("{} {}", n, n == 1 ? one : many));
  };
  add(s.errors, "error", "errors");
  add(s.warnings, "warning", "warnings");
  add(s.notes, "note", "notes");
  return parts.empty() ? "no findings" : fmt::format("{}", fmt::join(parts, ", "));
}

std::string journey_title(const Journey& journey) {
  return journey.name.empty() ? journey.id : journey.name;
}

namespace {

std::string organisation(const Model& model) {
  return model.organisation.present() ? model.organisation.value : "Untitled organisation";
}

// The gate's verdict in words, with its exit status (SPEC section 5).
std::string verdict(const Summary& counted, const HtmlOptions& o) {
  const Gate g = gate(counted, o.gate);
  std::string why;
  if (g.verdict == Verdict::NotRun) {
    why = fmt::format("{} of the files given could not be read at all", o.unread.size());
  } else if (g.verdict == Verdict::Fail) {
    std::vector<std::string> reasons;
    if (g.errors)
      reasons.push_back(
          fmt::format("{} error finding{}", counted.errors, counted.errors == 1 ? "" : "s"));
    if (g.too_many_warnings)
      reasons.push_back(fmt::format("{} warnings, more than --max-warnings {} allows",
                                    counted.warnings, *o.gate.max_warnings));
    why = fmt::format("{}", fmt::join(reasons, " and "));
  } else {
    why = "no error findings";
    if (o.gate.max_warnings)
      why += fmt::format(", and {} warning{} within --max-warnings {}", counted.warnings,
                         counted.warnings == 1 ? "" : "s", *o.gate.max_warnings);
  }
  constexpr std::string_view kWords[] = {"Passes the gate", "Fails the gate", "Could not run"};
  constexpr std::string_view kClass[] = {"pass", "fail", "notrun"};
  constexpr std::string_view kIcon[] = {"pass", "error", "error"};
  const auto v = static_cast<std::size_t>(g.verdict);
  return fmt::format(
      "<p class=\"verdict verdict-{}\"><svg class=\"icon\" aria-hidden=\"true\"><use "
      "href=\"#i-{}\"/>"
      "</svg><strong>{}</strong>: {} (exit status {}).</p>\n",
      kClass[v], kIcon[v], kWords[v], html_escape(why), g.exit_status());
}

std::string counts_list(const Summary& s) {
  return fmt::format(
      "<ul class=\"counts\">\n<li>{} <strong>{}</strong></li>\n<li>{} <strong>{}</strong></li>\n"
      "<li>{} <strong>{}</strong></li>\n</ul>\n",
      severity_badge(Severity::Error), s.errors, severity_badge(Severity::Warning), s.warnings,
      severity_badge(Severity::Note), s.notes);
}

// A finding of a model/* rule: input chainmap could not understand.
bool is_model_rule(std::string_view id) {
  const Rule* rule = find_rule(id);
  const auto model = rules::model_rules();
  return rule && std::find(model.begin(), model.end(), rule) != model.end();
}

// What could not be read: files given that could not be read at all, and the model/* errors
// (syntax, missing includes, values of the wrong type ...), whose content the rest of the
// report leaves out.
std::string unread_block(const Report& report, const HtmlOptions& o, const FindingIndex& index) {
  constexpr std::size_t kShown = 20;
  std::vector<std::size_t> model_errors;
  for (std::size_t i = 0; i < report.diagnostics.size(); ++i) {
    const Diagnostic& d = report.diagnostics[i];
    if (d.severity == Severity::Error && is_model_rule(d.rule)) model_errors.push_back(i);
  }
  if (o.unread.empty() && model_errors.empty()) return "";
  std::string out = "<div class=\"unread\">\n<h3>What could not be read</h3>\n";
  if (!o.unread.empty()) {
    out +=
        "<p>These files could not be read at all; nothing of them is in this report:</p>\n<ul>\n";
    for (const std::string& u : o.unread) out += "<li>" + html_escape(u) + "</li>\n";
    out += "</ul>\n";
  }
  if (!model_errors.empty()) {
    out += fmt::format(
        "<p>{} part{} of the model could not be read or understood; the checks, pictures and "
        "tables below leave {} out:</p>\n<ul>\n",
        model_errors.size(), model_errors.size() == 1 ? "" : "s",
        model_errors.size() == 1 ? "it" : "them");
    for (std::size_t k = 0; k < model_errors.size() && k < kShown; ++k) {
      const Diagnostic& d = report.diagnostics[model_errors[k]];
      const std::size_t n = index.number[model_errors[k]];
      out += fmt::format("<li><a href=\"#{}\">#{}</a> <code>{}</code>: {} <code>[{}]</code></li>\n",
                         finding_anchor(n), n, where(report, d.loc), html_escape(d.message),
                         html_escape(d.rule));
    }
    if (model_errors.size() > kShown)
      out += fmt::format("<li>and {} more among the model-wide findings</li>\n",
                         model_errors.size() - kShown);
    out += "</ul>\n";
  }
  return out + "</div>\n";
}

std::string summary_section(const Report& report, const HtmlOptions& o, const FindingIndex& index,
                            const std::vector<DrawnJourney>& drawn) {
  const Summary counted = summary_of(report);
  std::string out = "<section id=\"summary\">\n<h2>Summary</h2>\n";
  out += verdict(counted, o);
  out += counts_list(counted);
  std::vector<std::string> notes;
  const Summary listed = summarize(report.diagnostics);
  const std::size_t hidden = (counted.errors + counted.warnings + counted.notes) -
                             (listed.errors + listed.warnings + listed.notes);
  if (hidden > 0)
    notes.push_back(fmt::format(
        "{} warning and note finding{} counted above {} not listed (--quiet lists errors "
        "only)",
        hidden, hidden == 1 ? "" : "s", hidden == 1 ? "is" : "are"));
  if (o.baseline_hidden) {
    const Summary& b = *o.baseline_hidden;
    const std::size_t n = b.errors + b.warnings + b.notes;
    notes.push_back(
        fmt::format("the baseline hid {} known finding{}{}, neither counted above nor listed", n,
                    n == 1 ? "" : "s", n == 0 ? "" : " (" + counts_text(b) + ")"));
  }
  for (const std::string& n : notes) out += "<p class=\"note\">Note: " + html_escape(n) + ".</p>\n";

  out += "<dl class=\"facts\">\n";
  for (std::size_t m = 0; m < o.models.size(); ++m) {
    const Model& model = o.models[m].model;
    out += "<dt>Organisation</dt><dd>" + html_escape(organisation(model)) + "</dd>\n";
    std::size_t steps = 0;
    for (const Journey& j : model.journeys) steps += j.steps.size();
    out += fmt::format(
        "<dt>Model</dt><dd>{} journey{}, {} step{}, {} department{}, {} partner{}, {} "
        "touchpoint{}, "
        "{} persona{}, {} KPI{}, {} opportunit{}</dd>\n",
        model.journeys.size(), model.journeys.size() == 1 ? "" : "s", steps, steps == 1 ? "" : "s",
        model.departments.size(), model.departments.size() == 1 ? "" : "s", model.partners.size(),
        model.partners.size() == 1 ? "" : "s", model.touchpoints.size(),
        model.touchpoints.size() == 1 ? "" : "s", model.personas.size(),
        model.personas.size() == 1 ? "" : "s", model.kpis.size(), model.kpis.size() == 1 ? "" : "s",
        model.opportunities.size(), model.opportunities.size() == 1 ? "y" : "ies");
  }
  // A long list of files would push the rest off the first screen: folded (open it to read it).
  constexpr std::size_t kFilesShown = 12;
  const std::vector<std::uint32_t> files = report::report_files(report);
  std::string list = "<ul class=\"files\">\n";
  for (std::uint32_t f : files)
    list += "<li><code>" + html_escape(report.sources.at(f).display) + "</code></li>\n";
  list += "</ul>";
  out +=
      files.size() <= kFilesShown
          ? fmt::format("<dt>Files read</dt><dd>{}{}</dd>\n", files.size(), list)
          : fmt::format(
                "<dt>Files read</dt><dd><details><summary>{} files</summary>\n{}</details></dd>\n",
                files.size(), list);
  std::size_t journeys = 0;
  for (const ReportModel& rm : o.models) journeys += rm.model.journeys.size();
  out += fmt::format(
      "<dt>Pictures</dt><dd>{} of {} journey{} drawn{}</dd>\n", drawn.size(), journeys,
      journeys == 1 ? "" : "s",
      drawn.size() < journeys
          ? fmt::format(
                " (at most {}, those with findings first: see <a href=\"#journeys\">Journeys</a>)",
                o.max_drawn)
          : "");
  out +=
      fmt::format("<dt>Checked</dt><dd>{} with chainmap {}</dd>\n", html_escape(o.date), kVersion);
  out += "</dl>\n";
  out += unread_block(report, o, index);
  return out + "</section>\n";
}

// Lists of links longer than this are cut in the contents.
constexpr std::size_t kContentsItems = 50;

std::string contents(const HtmlOptions& o, const FindingIndex& index,
                     const std::vector<DrawnJourney>& drawn, bool has_findings) {
  std::string out = "<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n";
  out += "<li><a href=\"#summary\">Summary</a></li>\n";
  out += "<li><a href=\"#findings\">Findings</a>";
  if (has_findings) {
    out += index.groups.size() > 8 ? "\n<ol class=\"many\">\n" : "\n<ol>\n";
    for (std::size_t g = 0; g < index.groups.size() && g < kContentsItems; ++g) {
      const JourneyGroup& group = index.groups[g];
      // Journey groups exist only for a model given; model-wide ones also without one.
      std::string name = group.journey >= 0
                             ? journey_title(o.models[group.model].model.journeys[group.journey])
                         : group.id.empty() ? std::string("Model-wide")
                                            : group.id;
      if (group.journey < 0 && group.id.empty() && o.models.size() > 1)
        name += ": " + organisation(o.models[group.model].model);
      out += fmt::format("<li><a href=\"#{}\">{}</a> <span class=\"muted\">({})</span></li>\n",
                         group.anchor, html_escape(name), counts_text(group.counts));
    }
    if (index.groups.size() > kContentsItems)
      out += fmt::format("<li>and {} more</li>\n", index.groups.size() - kContentsItems);
    out += "</ol>\n";
  }
  out += "</li>\n<li><a href=\"#journeys\">Journeys</a>";
  if (!drawn.empty()) {
    out += drawn.size() > 8 ? "\n<ol class=\"many\">\n" : "\n<ol>\n";
    for (std::size_t k = 0; k < drawn.size() && k < kContentsItems; ++k) {
      const Journey& j = o.models[drawn[k].model].model.journeys[drawn[k].journey];
      out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n",
                         anchor(model_prefix(drawn[k].model) + "journey-", j.id),
                         html_escape(journey_title(j)));
    }
    if (drawn.size() > kContentsItems)
      out += fmt::format("<li>and {} more</li>\n", drawn.size() - kContentsItems);
    out += "</ol>\n";
  }
  out += "</li>\n";
  for (auto [id, title] : {std::pair{"raci", "Responsibility (RACI) matrix"},
                           {"touchpoints", "Touchpoints"},
                           {"partners", "Partners"},
                           {"kpis", "KPIs"},
                           {"opportunities", "Opportunities"}})
    out += fmt::format("<li><a href=\"#{}\">{}</a></li>\n", id, title);
  return out + "</ol>\n</nav>\n";
}

// A section per model when there are several, one heading for all when there is one.
template <class F>
std::string per_model(const HtmlOptions& o, F&& body) {
  std::string out;
  for (std::size_t m = 0; m < o.models.size(); ++m) {
    if (o.models.size() > 1)
      out += "<h3 class=\"model\">" + html_escape(organisation(o.models[m].model)) + "</h3>\n";
    out += body(m);
  }
  return out;
}

// From the doctype to the page's header: the title, the stylesheet and the icons.
std::string page_head(const std::string& title, const std::string& date) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
      // Nothing may load: no script, no fetch, no image or font from anywhere.
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src "
      "'unsafe-inline'\">\n";
  out += fmt::format("<meta name=\"generator\" content=\"chainmap {}\">\n", kVersion);
  out += "<title>" + html_escape(title) + "</title>\n<style>\n";
  out += stylesheet();
  out += "</style>\n</head>\n<body>\n";
  out += icon_symbols();
  out += "<header>\n<h1>" + html_escape(title) + "</h1>\n";
  out += fmt::format(
      "<p class=\"subtitle\">Findings, pictures and tables of the model, checked {}.</p>\n",
      html_escape(date));
  out += "</header>\n";
  return out;
}

// Each drawn journey's views, then the journeys left undrawn.
std::string journeys_section(const Report& report, const HtmlOptions& o, const FindingIndex& index,
                             const std::vector<DrawnJourney>& drawn,
                             const std::vector<std::vector<bool>>& is_drawn) {
  std::string out = "<section id=\"journeys\">\n<h2>Journeys</h2>\n";
  std::size_t journeys = 0;
  for (const ReportModel& rm : o.models) journeys += rm.model.journeys.size();
  if (journeys == 0)
    out += "<p>The model has no journeys.</p>\n";
  else
    out +=
        "<p class=\"legend\">In the pictures a step or handover with an error has a red outline, "
        "one with a "
        "warning an orange one, each with its number in the list under the picture; the list "
        "under each journey names them. Pointing at one shows its "
        "findings, "
        "clicking it leads to the first.</p>\n";
  std::size_t picture = 0;
  for (const DrawnJourney& d : drawn) out += journey_section(report, o, index, d, picture);
  if (drawn.size() < journeys) {
    out += fmt::format(
        "<div class=\"undrawn\">\n<h3>Not drawn</h3>\n<p>The report draws the views of at most {} "
        "journeys, those with errors first, then warnings, then notes, then the others, each in "
        "model order. These {} were left out; <code>chainmap render journey --journey ID</code> "
        "draws any of them:</p>\n<p>",
        o.max_drawn, journeys - drawn.size());
    bool first = true;
    for (std::size_t m = 0; m < o.models.size(); ++m) {
      const Model& model = o.models[m].model;
      for (std::size_t j = 0; j < model.journeys.size(); ++j) {
        if (is_drawn[m][j]) continue;
        const std::int32_t g = index.group_of[m][j];
        std::string name = html_escape(model.journeys[j].id);
        out += first ? "" : ", ";
        first = false;
        out += g >= 0 ? fmt::format("<a href=\"#{}\">{}</a>", index.groups[g].anchor, name) : name;
      }
    }
    out += "</p>\n</div>\n";
  }
  out += "</section>\n";
  return out;
}

}  // namespace
}  // namespace html

std::string format_html(const Report& report, const HtmlOptions& o) {
  using namespace html;
  const FindingIndex index = index_findings(report, o);
  const std::vector<DrawnJourney> drawn = journeys_to_draw(o, index);
  std::vector<std::vector<bool>> is_drawn(o.models.size());
  for (std::size_t m = 0; m < o.models.size(); ++m)
    is_drawn[m].assign(o.models[m].model.journeys.size(), false);
  for (const DrawnJourney& d : drawn) is_drawn[d.model][d.journey] = true;
  auto drawn_fn = [&](std::size_t m, std::int32_t j) { return j >= 0 && is_drawn[m][j]; };

  std::string title = "chainmap report";
  if (o.models.size() == 1) title += ": " + html::organisation(o.models.front().model);

  std::string out = page_head(title, o.date);
  // The verdict first, where the eye lands; then where to find the rest.
  out += "<main>\n";
  out += summary_section(report, o, index, drawn);
  out += contents(o, index, drawn, !report.diagnostics.empty());

  out += "<section id=\"findings\">\n<h2>Findings</h2>\n";
  out += findings_section(report, o, index, drawn_fn);
  out += "</section>\n";

  out += journeys_section(report, o, index, drawn, is_drawn);

  out += "<section id=\"raci\">\n<h2>Responsibility (RACI) matrix</h2>\n";
  out += per_model(o, [&](std::size_t m) {
    std::vector<std::int32_t> rows;
    for (const DrawnJourney& d : drawn)
      if (d.model == m) rows.push_back(d.journey);
    return raci_section(o.models[m].model, rows, rows.size() == o.models[m].model.journeys.size());
  });
  out += "</section>\n";

  auto journey_link = [&](std::size_t m) {
    return [&, m](std::int32_t j) {
      const Journey& journey = o.models[m].model.journeys[j];
      const std::string name = html_escape(journey_title(journey));
      if (drawn_fn(m, j))
        return fmt::format("<a href=\"#{}\">{}</a>",
                           anchor(model_prefix(m) + "journey-", journey.id), name);
      if (const std::int32_t g = index.group_of[m][j]; g >= 0)
        return fmt::format("<a href=\"#{}\">{}</a>", index.groups[g].anchor, name);
      return name;
    };
  };
  out += "<section id=\"touchpoints\">\n<h2>Touchpoints</h2>\n";
  out += per_model(
      o, [&](std::size_t m) { return touchpoint_table_html(o.models[m].model, journey_link(m)); });
  out += "</section>\n<section id=\"partners\">\n<h2>Partners</h2>\n";
  out += per_model(o, [&](std::size_t m) { return partners_section(o.models[m].model); });
  out += "</section>\n<section id=\"kpis\">\n<h2>KPIs</h2>\n";
  out +=
      per_model(o, [&](std::size_t m) { return kpis_section(o.models[m].model, journey_link(m)); });
  out += "</section>\n<section id=\"opportunities\">\n<h2>Opportunities</h2>\n";
  out += per_model(
      o, [&](std::size_t m) { return opportunities_section(o.models[m].model, journey_link(m)); });
  out += "</section>\n</main>\n";
  out += fmt::format(
      "<footer><p>Made by chainmap {} from the model and its findings; the same model on the same "
      "day gives the same file.</p></footer>\n",
      kVersion);
  out += "</body>\n</html>\n";
  return out;
}

}  // namespace chainmap
