#include "chainmap/stats_report.h"

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <string_view>
#include <utility>

#include <fmt/format.h>

#include "chainmap/printable.h"
#include "chainmap/version.h"
#include "report/customer_side.h"
#include "util/escape.h"
#include "util/json.h"

namespace chainmap {
namespace {

// Two decimals, the same in text and JSON.
double rounded(double x) { return std::round(x * 100.0) / 100.0; }

std::string step_id(const Model& m, std::int32_t journey, std::int32_t step) {
  return m.journeys[journey].steps[step].id;
}

void text_experience(std::string& out, const Model& m, const Stats& st) {
  std::size_t jw = 7, pw = 7;
  bool any = false;
  for (const auto& js : st.per_journey)
    for (const auto& ps : js.personas) {
      any = true;
      jw = std::max(jw, display_width(m.journeys[js.journey].id));
      pw = std::max(pw, display_width(m.personas[ps.persona].id));
    }
  out += "\nExperience (per persona; scores from -2 to +2)\n";
  if (!any) {
    out += "  no journey lists personas\n";
    return;
  }
  out += "  " + pad_right("journey", jw) + "  " + pad_right("persona", pw) +
         "  scored  average  lowest\n";
  for (const auto& js : st.per_journey)
    for (std::size_t i = 0; i < js.personas.size(); ++i) {
      const PersonaStats& ps = js.personas[i];
      std::string line = "  " + pad_right(i == 0 ? m.journeys[js.journey].id : "", jw) + "  " +
                         pad_right(m.personas[ps.persona].id, pw) +
                         fmt::format("  {:>6}", ps.scored);
      if (ps.scored)
        line += fmt::format("  {:>7.2f}  {} at {}", rounded(ps.average), score_text(ps.lowest),
                            step_id(m, js.journey, ps.lowest_step));
      else
        line += "        -  -";
      out += printable(line) + "\n";
    }
}

void text_pain_points(std::string& out, const Model& m, const Stats& st) {
  std::size_t jw = 7;
  for (const auto& js : st.per_journey)
    if (js.pain_points) jw = std::max(jw, display_width(m.journeys[js.journey].id));
  out += "\nPain points (on a step an opportunity addresses, or not)\n";
  if (!st.pain_points) {
    out += "  none\n";
    return;
  }
  out += "  " + pad_right("journey", jw) + "  pain points  with opportunity  without\n";
  auto row = [&](std::string_view label, std::size_t total, std::size_t with) {
    out += printable(fmt::format("  {}  {:>11}  {:>16}  {:>7}", pad_right(label, jw), total, with,
                                 total - with)) +
           "\n";
  };
  for (const auto& js : st.per_journey)
    if (js.pain_points) row(m.journeys[js.journey].id, js.pain_points, js.pain_points_addressed);
  row("total", st.pain_points, st.pain_points_addressed);
}

void text_hotspots(std::string& out, const Graph& g, const Stats& st) {
  out += fmt::format(
      "\nSeam hotspots (a score of {} or lower behind a handover without confirm, follow-up or "
      "record)\n",
      st.hotspot_below);
  if (!st.hotspots) out += "  none\n";
  for (const auto& js : st.per_journey)
    for (const SeamHotspot& h : js.hotspots) out += hotspot_text(g, h, "  ");
}

}  // namespace

std::string format_stats_text(const Graph& g, const Stats& st) {
  const Model& m = *g.model;
  std::string out;
  if (m.organisation.present()) out += printable(m.organisation.value) + "\n\n";
  auto row = [&](std::string_view label, std::size_t n, std::string detail = "") {
    out += fmt::format("  {:<14}{:>6}{}\n", label, n, detail.empty() ? "" : "  " + detail);
  };
  out += "Model\n";
  row("journeys", st.journeys);
  row("stages", st.stages);
  row("steps", st.steps);
  row("departments", st.departments);
  row("roles", st.roles);
  row("shifts", st.shifts);
  row("partners", st.partners);
  row("SLAs", st.slas);
  row("owners", st.owners, "distinct owners of steps");
  row("information", st.information);
  row("touchpoints", st.touchpoints);
  row("personas", st.personas);
  row("opportunities", st.opportunities);
  row("KPIs", st.kpis);
  row("waivers", st.waivers);
  out += "\nHandovers\n";
  row("team", st.team);
  row("department", st.department);
  row("partner", st.partner);
  row("total", st.handovers, fmt::format("{} undeclared", st.undeclared));
  row("interactions", st.interactions, "with the customer (not handovers)");
  out += "\nFindings\n";
  row("errors", st.findings.errors);
  row("warnings", st.findings.warnings);
  row("notes", st.findings.notes);

  out += "\nHandover friction (handovers per step)\n";
  std::size_t width = 7;
  for (const auto& js : st.per_journey)
    width = std::max(width, display_width(m.journeys[js.journey].id));
  out += "  " + pad_right("journey", width) + "  steps  handovers  friction\n";
  for (const auto& js : st.per_journey)
    out += fmt::format("  {}  {:>5}  {:>9}  {:>8.2f}\n",
                       pad_right(printable(m.journeys[js.journey].id), width), js.steps,
                       js.handovers, rounded(js.friction));
  if (st.per_journey.empty()) out += "  no journeys\n";

  text_experience(out, m, st);
  text_pain_points(out, m, st);
  text_hotspots(out, g, st);
  return out;
}

using Count = std::pair<std::string_view, std::size_t>;

// `"key": {"name": count, ...}`, the counts in the order given.
static void counts_json(JsonWriter& w, std::string_view key, std::initializer_list<Count> counts) {
  w.key(key).begin_object();
  for (const auto& [name, count] : counts) w.field(name, static_cast<std::uint64_t>(count));
  w.end_object();
}

// The model-wide objects of the stats JSON: counts, handovers, findings, experience.
static void totals_json(JsonWriter& w, const Stats& st) {
  counts_json(w, "counts",
              {{"journeys", st.journeys},
               {"stages", st.stages},
               {"steps", st.steps},
               {"departments", st.departments},
               {"roles", st.roles},
               {"shifts", st.shifts},
               {"partners", st.partners},
               {"slas", st.slas},
               {"owners", st.owners},
               {"information", st.information},
               {"kpis", st.kpis},
               {"waivers", st.waivers},
               {"touchpoints", st.touchpoints},
               {"personas", st.personas},
               {"opportunities", st.opportunities}});
  counts_json(w, "handovers",
              {{"team", st.team},
               {"department", st.department},
               {"partner", st.partner},
               {"total", st.handovers},
               {"undeclared", st.undeclared},
               {"interactions", st.interactions}});
  counts_json(w, "findings",
              {{"errors", st.findings.errors},
               {"warnings", st.findings.warnings},
               {"notes", st.findings.notes}});
  w.key("experience")
      .begin_object()
      .field("pain_points", static_cast<std::uint64_t>(st.pain_points))
      .field("with_opportunity", static_cast<std::uint64_t>(st.pain_points_addressed))
      .field("without_opportunity",
             static_cast<std::uint64_t>(st.pain_points - st.pain_points_addressed))
      .field("hotspots", static_cast<std::uint64_t>(st.hotspots))
      .field("hotspot_below", static_cast<std::int64_t>(st.hotspot_below))
      .end_object();
}

// One journey of the stats JSON: steps, handovers, friction, personas, pain points, hotspots.
static void journey_json(JsonWriter& w, const Graph& g, const JourneyStats& js) {
  const Model& m = *g.model;
  auto n = [](std::size_t v) { return static_cast<std::uint64_t>(v); };
  const Journey& j = m.journeys[js.journey];
  w.begin_object()
      .field("id", j.id)
      .field("steps", n(js.steps))
      .field("handovers", n(js.handovers))
      .field("friction", rounded(js.friction));
  w.key("personas").begin_array();
  for (const PersonaStats& ps : js.personas) {
    w.begin_object().field("id", m.personas[ps.persona].id).field("scored", n(ps.scored));
    if (ps.scored) {
      w.field("average", rounded(ps.average));
      w.key("lowest")
          .begin_object()
          .field("score", static_cast<std::int64_t>(ps.lowest))
          .field("step", step_target(j, j.steps[ps.lowest_step]))
          .end_object();
    } else {
      w.key("average").null();
      w.key("lowest").null();
    }
    w.field("hotspots", n(ps.hotspots)).end_object();
  }
  w.end_array();
  w.key("pain_points")
      .begin_object()
      .field("total", n(js.pain_points))
      .field("with_opportunity", n(js.pain_points_addressed))
      .field("without_opportunity", n(js.pain_points - js.pain_points_addressed))
      .end_object();
  w.key("hotspots").begin_array();
  for (const SeamHotspot& h : js.hotspots) hotspot_json(w, g, h);
  w.end_array();
  w.end_object();
}

std::string format_stats_json(const Graph& g, const Stats& st) {
  const Model& m = *g.model;
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  if (m.organisation.present()) w.field("organisation", m.organisation.value);
  totals_json(w, st);
  w.key("journeys").begin_array();
  for (const auto& js : st.per_journey) journey_json(w, g, js);
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace chainmap
