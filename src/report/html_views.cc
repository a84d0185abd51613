// The journeys section of the HTML report: which journeys are drawn (at most a cap, the worst
// first), and for each its views from the library's render API (chainmap/render.h) as inline
// SVG with the journey's findings overlaid, each marked step or handover linked to its finding,
// and a list of the marked findings under the pictures (for paper, and for colour-blind eyes).
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/render.h"
#include "report/common.h"
#include "report/html.h"
#include "util/escape.h"

namespace chainmap::html {
namespace {

// The views drawn for each journey, in order. `applies` says for which journeys.
struct JourneyView {
  View view;
  std::string_view title;
  bool (*applies)(const Journey&);
};
bool every_journey(const Journey&) { return true; }
// The experience view (SPEC section 6) is drawn for journeys with a customer's side: personas,
// or a step that names a touchpoint or has pain points (a v1 journey has nothing to show there).
bool has_customer_side(const Journey& journey) {
  if (!journey.persona_list.empty()) return true;
  for (const Step& step : journey.steps)
    if (step.names_touchpoint() || !step.pain_points.empty()) return true;
  return false;
}
constexpr JourneyView kJourneyViews[] = {
    {View::Experience, "Experience map", has_customer_side},
    {View::Journey, "Journey map", every_journey},
    {View::Blueprint, "Service blueprint", every_journey},
};

bool drawn_on_picture(const Diagnostic& d) {
  // The overlay draws errors and warnings on steps, handovers and stages (notes are not drawn).
  if (d.severity != Severity::Error && d.severity != Severity::Warning) return false;
  return d.target.starts_with("step:") || d.target.starts_with("handover:") ||
         d.target.starts_with("stage:");
}

std::string facts(const Model& model, const Journey& j, const JourneyGroup* group) {
  std::vector<std::string> parts;
  if (!j.persona_list.empty()) {
    std::vector<std::string> names;
    for (std::int32_t p : j.persona_list) {
      const Persona& persona = model.personas[p];
      names.push_back(html_escape(persona.name.empty() ? persona.id : persona.name));
    }
    parts.push_back(fmt::format("Personas: {}", fmt::join(names, ", ")));
  } else if (j.persona.present()) {
    parts.push_back("Persona: " + html_escape(j.persona.value));
  }
  if (j.promise_text.present()) parts.push_back("Promise: " + html_escape(j.promise_text.value));
  parts.push_back(fmt::format("{} stage{}, {} step{}", j.stages.size(),
                              j.stages.size() == 1 ? "" : "s", j.steps.size(),
                              j.steps.size() == 1 ? "" : "s"));
  parts.push_back(group ? fmt::format("Findings: <a href=\"#{}\">{}</a>", group->anchor,
                                      counts_text(group->counts))
                        : std::string("No findings"));
  return fmt::format("<p class=\"facts\">{}.</p>\n", fmt::join(parts, ". "));
}

}  // namespace

std::vector<DrawnJourney> journeys_to_draw(const HtmlOptions& o, const FindingIndex& index) {
  struct Candidate {
    DrawnJourney journey;
    Severity worst;
  };
  std::vector<Candidate> all;
  for (std::size_t m = 0; m < o.models.size(); ++m)
    for (std::size_t j = 0; j < o.models[m].model.journeys.size(); ++j) {
      const std::int32_t g = index.group_of[m][j];
      all.push_back(
          {{m, static_cast<std::int32_t>(j)}, g >= 0 ? index.groups[g].worst : Severity::Off});
    }
  std::stable_sort(all.begin(), all.end(),
                   [](const Candidate& a, const Candidate& b) { return a.worst > b.worst; });
  if (all.size() > o.max_drawn) all.resize(o.max_drawn);
  std::vector<DrawnJourney> out;
  for (const Candidate& c : all) out.push_back(c.journey);
  std::sort(out.begin(), out.end(), [](const DrawnJourney& a, const DrawnJourney& b) {
    return a.model != b.model ? a.model < b.model : a.journey < b.journey;
  });
  return out;
}

std::string journey_section(const Report& report, const HtmlOptions& o, const FindingIndex& index,
                            const DrawnJourney& drawn, std::size_t& picture_counter) {
  const Model& model = o.models[drawn.model].model;
  const Graph& graph = o.models[drawn.model].graph;
  const Journey& j = model.journeys[drawn.journey];
  const std::int32_t g = index.group_of[drawn.model][drawn.journey];
  const JourneyGroup* group = g >= 0 ? &index.groups[g] : nullptr;

  // The journey's findings, in the order of their numbers: what the pictures overlay.
  std::vector<std::size_t> mine;
  if (group)
    for (const RuleGroup& r : group->rules)
      mine.insert(mine.end(), r.findings.begin(), r.findings.end());
  std::sort(mine.begin(), mine.end(),
            [&](std::size_t a, std::size_t b) { return index.number[a] < index.number[b]; });
  std::vector<Diagnostic> overlay;
  for (std::size_t i : mine) overlay.push_back(report.diagnostics[i]);
  // A tooltip lists the messages of the findings on its step or handover: link it to the first.
  auto link = [&](std::string_view tooltip) -> std::string {
    for (std::size_t i : mine) {
      const Diagnostic& d = report.diagnostics[i];
      if (drawn_on_picture(d) && !d.message.empty() &&
          tooltip.find(d.message) != std::string_view::npos)
        return fmt::format("#{}", finding_anchor(index.number[i]));
    }
    return "";
  };

  const std::string title = journey_title(j);
  std::string out = fmt::format(
      "<section class=\"journey\" id=\"{}\">\n<h3>{} <span class=\"id\">{}</span></h3>\n",
      anchor(model_prefix(drawn.model) + "journey-", j.id), html_escape(title), html_escape(j.id));
  out += facts(model, j, group);
  for (const JourneyView& v : kJourneyViews) {
    if (!v.applies(j)) continue;
    RenderOptions options;
    options.view = v.view;
    options.journey = j.id;
    options.format = RenderFormat::Svg;
    options.findings = &overlay;
    const Rendered picture = render(model, graph, options);
    out += fmt::format("<figure class=\"view\">\n<figcaption>{}: {}</figcaption>\n", v.title,
                       html_escape(title));
    std::string svg;
    if (picture.error.empty())
      svg = inline_svg(picture.bytes, fmt::format("p{}-", ++picture_counter),
                       fmt::format("{}: {}", v.title, title), link);
    out += svg.empty() ? fmt::format("<p class=\"render-error\">Could not be drawn: {}</p>\n",
                                     html_escape(picture.error.empty() ? "the picture is empty"
                                                                       : picture.error))
                       : "<div class=\"picture\">\n" + svg + "</div>\n";
    out += "</figure>\n";
  }
  std::string marked;
  for (std::size_t i : mine) {
    const Diagnostic& d = report.diagnostics[i];
    if (!drawn_on_picture(d)) continue;
    const std::size_t n = index.number[i];
    marked += fmt::format(
        "<li><a href=\"#{}\">#{}</a> {} <span class=\"target\">{}</span> {} "
        "<code>[{}]</code></li>\n",
        finding_anchor(n), n, severity_badge(d.severity), html_escape(d.target),
        html_escape(d.message), html_escape(d.rule));
  }
  if (!marked.empty())
    out += "<div class=\"marked\">\n<h4>Marked in the pictures</h4>\n<ul>\n" + marked +
           "</ul>\n</div>\n";
  return out + "</section>\n";
}

}  // namespace chainmap::html
