// The touchpoint matrix of the HTML report (see touchpoint_table.h).
#include "report/touchpoint_table.h"

#include <fmt/format.h>

#include "report/html.h"
#include "util/escape.h"

namespace chainmap {
namespace {

// Journey columns that still fit across an A4 page beside the touchpoint's own columns.
constexpr std::size_t kJourneyColumns = 6;

std::string steps_html(const Journey& j, const std::vector<std::int32_t>& steps) {
  std::string out;
  for (std::int32_t s : steps) {
    if (!out.empty()) out += ", ";
    out += html_escape(j.steps[s].name.empty() ? j.steps[s].id : j.steps[s].name);
  }
  return out;
}

}  // namespace

TouchpointTable build_touchpoint_table(const Model& model) {
  TouchpointTable table;
  table.cells.resize(model.touchpoints.size());
  for (std::size_t j = 0; j < model.journeys.size(); ++j) {
    const Journey& journey = model.journeys[j];
    std::vector<std::vector<std::int32_t>> column(model.touchpoints.size());
    bool used = false;
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      // An unknown touchpoint was reported (model/unknown-reference); it has no row.
      const std::int32_t t = journey.steps[s].touchpoint.index;
      if (t < 0) continue;
      column[t].push_back(static_cast<std::int32_t>(s));
      used = true;
    }
    if (!used) continue;
    table.journeys.push_back(static_cast<std::int32_t>(j));
    for (std::size_t t = 0; t < model.touchpoints.size(); ++t)
      table.cells[t].push_back(std::move(column[t]));
  }
  return table;
}

std::string touchpoint_table_html(
    const Model& model, const std::function<std::string(std::int32_t journey)>& journey_link) {
  if (model.touchpoints.empty()) return "<p>The model declares no touchpoints.</p>\n";
  const TouchpointTable table = build_touchpoint_table(model);
  const bool across = table.journeys.size() <= kJourneyColumns;
  std::string out =
      "<div class=\"wide\">\n<table class=\"data "
      "touchpoints\">\n<thead><tr><th>Touchpoint</th><th>Channel</th>"
      "<th>Owner</th><th>Hours</th><th>Steps</th>";
  if (across)
    for (std::int32_t j : table.journeys) out += "<th>" + journey_link(j) + "</th>";
  else
    out += "<th>Journeys and steps</th>";
  out += "</tr></thead>\n<tbody>\n";
  for (std::size_t t = 0; t < model.touchpoints.size(); ++t) {
    const Touchpoint& tp = model.touchpoints[t];
    std::size_t steps = 0;
    for (const auto& cell : table.cells[t]) steps += cell.size();
    out +=
        "<tr><td>" + html::name_and_id(tp.name, tp.id) + "</td><td>" +
        html::text_or_none(tp.channel) + "</td><td>" +
        html::owner_html(model, tp.owner, tp.owner_malformed) + "</td><td>" +
        html::text_or_none(tp.hours_text) + "</td><td>" +
        (steps == 0 ? std::string("<span class=\"missing\">none</span>") : std::to_string(steps)) +
        "</td>";
    if (across) {
      for (std::size_t k = 0; k < table.journeys.size(); ++k)
        out += "<td>" + steps_html(model.journeys[table.journeys[k]], table.cells[t][k]) + "</td>";
    } else {
      std::string list;
      for (std::size_t k = 0; k < table.journeys.size(); ++k) {
        if (table.cells[t][k].empty()) continue;
        list += "<li>" + journey_link(table.journeys[k]) + ": " +
                steps_html(model.journeys[table.journeys[k]], table.cells[t][k]) + "</li>";
      }
      out += "<td>" + (list.empty() ? std::string() : "<ul class=\"plain\">" + list + "</ul>") +
             "</td>";
    }
    out += "</tr>\n";
  }
  return out + "</tbody>\n</table>\n</div>\n";
}

}  // namespace chainmap
