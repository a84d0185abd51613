#include "report/stats.h"

#include <cmath>

#include <fmt/format.h>

#include "chainmap/version.h"
#include "report/escape.h"
#include "util/json.h"
#include "util/printable.h"

namespace chainmap {
namespace {

// Two decimals, the same in text and JSON.
double rounded(double x) { return std::round(x * 100.0) / 100.0; }

}  // namespace

std::string format_stats_text(const Model& m, const Stats& st) {
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
  for (const auto& js : st.per_journey) width = std::max(width, display_width(m.journeys[js.journey].id));
  out += "  " + pad_right("journey", width) + "  steps  handovers  friction\n";
  for (const auto& js : st.per_journey)
    out += fmt::format("  {}  {:>5}  {:>9}  {:>8.2f}\n", pad_right(printable(m.journeys[js.journey].id), width),
                       js.steps, js.handovers, rounded(js.friction));
  if (st.per_journey.empty()) out += "  no journeys\n";
  return out;
}

std::string format_stats_json(const Model& m, const Stats& st) {
  auto n = [](std::size_t v) { return static_cast<std::uint64_t>(v); };
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  if (m.organisation.present()) w.field("organisation", m.organisation.value);
  w.key("counts").begin_object()
      .field("journeys", n(st.journeys)).field("stages", n(st.stages)).field("steps", n(st.steps))
      .field("departments", n(st.departments)).field("roles", n(st.roles)).field("shifts", n(st.shifts))
      .field("partners", n(st.partners)).field("slas", n(st.slas)).field("owners", n(st.owners))
      .field("information", n(st.information)).field("kpis", n(st.kpis)).field("waivers", n(st.waivers))
      .end_object();
  w.key("handovers").begin_object()
      .field("team", n(st.team)).field("department", n(st.department)).field("partner", n(st.partner))
      .field("total", n(st.handovers)).field("undeclared", n(st.undeclared))
      .field("interactions", n(st.interactions))
      .end_object();
  w.key("findings").begin_object()
      .field("errors", n(st.findings.errors)).field("warnings", n(st.findings.warnings))
      .field("notes", n(st.findings.notes))
      .end_object();
  w.key("journeys").begin_array();
  for (const auto& js : st.per_journey)
    w.begin_object()
        .field("id", m.journeys[js.journey].id)
        .field("steps", n(js.steps))
        .field("handovers", n(js.handovers))
        .field("friction", rounded(js.friction))
        .end_object();
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace chainmap
