// The findings of the HTML report: grouped by journey (model-wide ones first) and then by rule,
// each rule group with the "Why it matters" and "How to fix" of its page, each finding with its
// number and anchor, `path:line:col`, message and source excerpt (as the text format quotes it).
#include <algorithm>
#include <map>
#include <unordered_map>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "report/common.h"
#include "report/html.h"
#include "report/snippet.h"
#include "util/escape.h"

namespace chainmap::html {
namespace {

Severity worst_of(const Report& report, const std::vector<std::size_t>& findings) {
  Severity worst = Severity::Off;
  for (std::size_t i : findings) worst = std::max(worst, report.diagnostics[i].severity);
  return worst;
}

void count(Summary& s, Severity severity) {
  if (severity == Severity::Error)
    ++s.errors;
  else if (severity == Severity::Warning)
    ++s.warnings;
  else
    ++s.notes;
}

// `text` with `code` spans; everything escaped.
std::string inline_html(std::string_view text) {
  std::string out;
  bool code = false;
  for (std::size_t start = 0; start <= text.size();) {
    std::size_t tick = text.find('`', start);
    // An unmatched backtick is text.
    if (tick != std::string_view::npos && !code &&
        text.find('`', tick + 1) == std::string_view::npos)
      tick = std::string_view::npos;
    const std::string_view part =
        text.substr(start, tick == std::string_view::npos ? std::string_view::npos : tick - start);
    out += code ? "<code>" + html_escape(part) + "</code>" : html_escape(part);
    if (tick == std::string_view::npos) break;
    code = !code;
    start = tick + 1;
  }
  return out;
}

std::string excerpt(const Report& report, const Loc& loc) {
  if (!loc.valid() || loc.file >= report.sources.size()) return "";
  const std::string_view line = report.sources.line(loc.file, loc.line);
  if (line.empty() && report.sources.at(loc.file).text.empty()) return "";
  auto [shown, caret] = report::snippet(line, loc.column, loc.length);
  return fmt::format(
      "<pre class=\"src\">{:>5} | {}\n{:>5} | <span class=\"caret\">{}</span></pre>\n", loc.line,
      html_escape(shown), "", html_escape(caret));
}

std::string finding_html(const Report& report, const FindingIndex& index, std::size_t i) {
  const Diagnostic& d = report.diagnostics[i];
  const std::size_t n = index.number[i];
  std::string out = fmt::format("<div class=\"finding sev-{}\" id=\"{}\">\n",
                                report::level(d.severity), finding_anchor(n));
  out += fmt::format(
      "<p class=\"head\"><a class=\"num\" href=\"#{}\">#{}</a> {} <code class=\"where\">{}</code>",
      finding_anchor(n), n, severity_badge(d.severity), where(report, d.loc));
  if (!d.target.empty()) out += " <span class=\"target\">" + html_escape(d.target) + "</span>";
  out += "</p>\n<p class=\"msg\">" + html_escape(d.message) + "</p>\n";
  out += excerpt(report, d.loc);
  if (!d.related.empty()) {
    out += "<ul class=\"related\">\n";
    for (const Related& r : d.related)
      out += fmt::format(
          "<li><span class=\"note-label\">note:</span> <code class=\"where\">{}</code> "
          "{}\n{}</li>\n",
          where(report, r.loc), html_escape(r.message), excerpt(report, r.loc));
    out += "</ul>\n";
  }
  return out + "</div>\n";
}

std::string explanation(std::string_view rule_id, std::string_view id) {
  const Rule* rule = find_rule(rule_id);
  if (!rule) return "";
  std::string out = id.empty() ? "<div class=\"explain\">\n"
                               : fmt::format("<div class=\"explain\" id=\"{}\">\n", id);
  for (std::string_view heading : {"Why it matters", "How to fix"}) {
    const std::string_view body = rule_doc_section(rule->doc, heading);
    if (!body.empty()) out += fmt::format("<h5>{}</h5>\n{}", heading, doc_html(body));
  }
  return out + "</div>\n";
}

}  // namespace

std::string_view target_journey(std::string_view target) {
  const std::size_t colon = target.find(':');
  if (colon == std::string_view::npos) return {};
  const std::string_view kind = target.substr(0, colon), rest = target.substr(colon + 1);
  if (kind == "journey") return rest;
  if (kind == "stage" || kind == "step" || kind == "handover")
    return rest.substr(0, rest.find('/'));
  return {};
}

std::string finding_anchor(std::size_t number) { return fmt::format("f-{}", number); }

std::string where(const Report& report, const Loc& loc) {
  if (loc.file >= report.sources.size()) return "chainmap";
  std::string out = html_escape(report.sources.at(loc.file).display);
  if (loc.valid()) out += fmt::format(":{}:{}", loc.line, loc.column);
  return out;
}

std::string doc_html(std::string_view markdown) {
  std::string out, paragraph, code;
  bool in_code = false;
  auto flush = [&] {
    if (!paragraph.empty()) out += "<p>" + inline_html(paragraph) + "</p>\n";
    paragraph.clear();
  };
  for (std::size_t start = 0; start <= markdown.size();) {
    std::size_t stop = markdown.find('\n', start);
    if (stop == std::string_view::npos) stop = markdown.size();
    const std::string_view line = markdown.substr(start, stop - start);
    start = stop + 1;
    if (line.starts_with("```")) {
      if (in_code)
        out += "<pre>" + html_escape(code) + "</pre>\n";
      else
        flush();
      code.clear();
      in_code = !in_code;
    } else if (in_code) {
      code.append(line).append("\n");
    } else if (line.find_first_not_of(' ') == std::string_view::npos) {
      flush();
    } else {
      // The pages are wrapped at 100 columns: lines of a paragraph join with a space.
      if (!paragraph.empty()) paragraph += ' ';
      paragraph += line;
    }
    if (stop == markdown.size()) break;
  }
  if (in_code) out += "<pre>" + html_escape(code) + "</pre>\n";
  flush();
  return out;
}

FindingIndex index_findings(const Report& report, const HtmlOptions& o) {
  FindingIndex index;
  const std::size_t n = report.diagnostics.size();
  index.number.assign(n, 0);
  index.model_of.assign(n, 0);
  index.group_of.resize(o.models.size());
  std::unordered_map<std::uint32_t, std::size_t> model_of_file;
  for (std::size_t m = o.models.size(); m-- > 0;)
    for (std::uint32_t f : o.models[m].model.files) model_of_file[f] = m;  // the first model wins

  const std::size_t models = std::max<std::size_t>(o.models.size(), 1);
  // Per model: slot 0 model-wide, slot j + 1 journey j; journeys the model lacks by id.
  std::vector<std::vector<std::vector<std::size_t>>> known(models);
  std::vector<std::map<std::string, std::vector<std::size_t>>> unknown(models);
  for (std::size_t m = 0; m < o.models.size(); ++m)
    known[m].resize(o.models[m].model.journeys.size() + 1);
  if (o.models.empty()) known[0].resize(1);
  for (std::size_t i = 0; i < n; ++i) {
    const Diagnostic& d = report.diagnostics[i];
    auto it = model_of_file.find(d.loc.file);
    const std::size_t m = it == model_of_file.end() ? 0 : it->second;
    index.model_of[i] = m;
    const std::string journey(target_journey(d.target));
    if (journey.empty() || o.models.empty()) {
      known[m][0].push_back(i);
      continue;
    }
    const Model& model = o.models[m].model;
    auto j = model.journey_index.find(journey);
    if (j != model.journey_index.end())
      known[m][static_cast<std::size_t>(j->second) + 1].push_back(i);
    else
      unknown[m][journey].push_back(i);
  }

  std::size_t number = 0;
  auto add_group = [&](std::size_t m, std::int32_t journey, std::string id,
                       const std::vector<std::size_t>& findings) {
    if (findings.empty()) return;
    JourneyGroup g;
    g.model = m;
    g.journey = journey;
    g.id = std::move(id);
    g.anchor = g.id.empty() ? model_prefix(m) + "findings-model"
                            : anchor(model_prefix(m) + "findings-", g.id);
    std::map<std::string, std::vector<std::size_t>> by_rule;
    for (std::size_t i : findings) {
      by_rule[report.diagnostics[i].rule].push_back(i);
      count(g.counts, report.diagnostics[i].severity);
    }
    for (auto& [rule, list] : by_rule) g.rules.push_back({rule, std::move(list)});
    std::stable_sort(g.rules.begin(), g.rules.end(), [&](const RuleGroup& a, const RuleGroup& b) {
      return worst_of(report, a.findings) > worst_of(report, b.findings);
    });
    g.worst = worst_of(report, findings);
    for (const RuleGroup& r : g.rules)
      for (std::size_t i : r.findings) index.number[i] = ++number;
    if (journey >= 0) index.group_of[m][journey] = static_cast<std::int32_t>(index.groups.size());
    index.groups.push_back(std::move(g));
  };
  for (std::size_t m = 0; m < models; ++m) {
    if (m < o.models.size()) index.group_of[m].assign(o.models[m].model.journeys.size(), -1);
    add_group(m, -1, "", known[m][0]);
    for (std::size_t j = 1; j < known[m].size(); ++j)
      add_group(m, static_cast<std::int32_t>(j - 1), o.models[m].model.journeys[j - 1].id,
                known[m][j]);
    for (auto& [id, findings] : unknown[m]) add_group(m, -1, id, findings);
  }
  return index;
}

std::string findings_section(
    const Report& report, const HtmlOptions& o, const FindingIndex& index,
    const std::function<bool(std::size_t model, std::int32_t journey)>& drawn) {
  if (report.diagnostics.empty()) return "<p>No findings are listed.</p>\n";
  // Filtering without script: the checkboxes hide findings through CSS (:has); where a browser
  // cannot, everything stays shown. Not printed.
  std::string out =
      "<p class=\"filter\">Show: <label><input type=\"checkbox\" id=\"show-error\" checked> "
      "errors</label> "
      "<label><input type=\"checkbox\" id=\"show-warning\" checked> warnings</label> "
      "<label><input type=\"checkbox\" id=\"show-note\" checked> notes</label></p>\n";
  constexpr std::size_t kExplained = 50;
  std::map<std::string, std::size_t> explained;
  for (const JourneyGroup& g : index.groups) {
    std::string heading;
    if (g.journey >= 0) {
      const Journey& j = o.models[g.model].model.journeys[g.journey];
      heading = fmt::format("Journey: {} <span class=\"id\">{}</span>",
                            html_escape(journey_title(j)), html_escape(j.id));
    } else if (!g.id.empty()) {
      heading =
          fmt::format("Journey <span class=\"id\">{}</span> (not in the model)", html_escape(g.id));
    } else {
      heading = "Model-wide";
      if (o.models.size() > 1)
        heading += ": " + html_escape(o.models[g.model].model.organisation.present()
                                          ? o.models[g.model].model.organisation.value
                                          : "Untitled organisation");
    }
    out += fmt::format(
        "<section class=\"fgroup\" id=\"{}\">\n<h3>{} <span class=\"muted\">({})</span></h3>\n",
        g.anchor, heading, counts_text(g.counts));
    if (g.journey >= 0 && drawn(g.model, g.journey))
      out += fmt::format("<p class=\"seealso\"><a href=\"#{}\">Pictures of this journey</a></p>\n",
                         anchor(model_prefix(g.model) + "journey-",
                                o.models[g.model].model.journeys[g.journey].id));
    for (const RuleGroup& r : g.rules) {
      const Rule* rule = find_rule(r.rule);
      out += fmt::format("<section class=\"rgroup\">\n<h4><code>{}</code>", html_escape(r.rule));
      if (rule) out += " <span class=\"summary\">" + inline_html(rule->summary) + "</span>";
      out += fmt::format(" <span class=\"muted\">({})</span></h4>\n",
                         r.findings.size() == 1 ? std::string("1 finding")
                                                : fmt::format("{} findings", r.findings.size()));
      // Each group says why its rule matters, for readers of one journey's pages; past the first
      // kExplained groups of a rule (a model with thousands of journeys) the group links to the
      // first explanation instead, to keep the file small.
      const std::size_t seen = explained[r.rule]++;
      const std::string first = anchor("why-", r.rule);
      if (seen == 0)
        out += explanation(r.rule, first);
      else if (seen < kExplained)
        out += explanation(r.rule, "");
      else if (rule)
        out += fmt::format(
            "<p class=\"explain-link\"><a href=\"#{}\">Why it matters and how to fix it</a></p>\n",
            first);
      for (std::size_t i : r.findings) out += finding_html(report, index, i);
      out += "</section>\n";
    }
    out += "</section>\n";
  }
  return out;
}

}  // namespace chainmap::html
