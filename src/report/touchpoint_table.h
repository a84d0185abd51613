#pragma once
// The touchpoint matrix (SPEC section 6, "html"): touchpoints x journeys, with each
// touchpoint's channel, owner and hours, and in each cell the steps of that journey that name
// it. The data is built apart from its HTML so that other outputs (a `matrix` of touchpoints)
// can share it.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "chainmap/model.h"

namespace chainmap {

struct TouchpointTable {
  // The journeys in which some step names a declared touchpoint, in model order.
  std::vector<std::int32_t> journeys;
  // cells[t][k]: the steps (Journey::steps indexes, flow order) of journeys[k] naming touchpoint
  // t (Model::touchpoints order).
  std::vector<std::vector<std::vector<std::int32_t>>> cells;
};
TouchpointTable build_touchpoint_table(const Model& model);

// The table, or a sentence when the model declares no touchpoints. `journey_link` gives a
// journey's name as HTML (a link where the report has one). With more journeys than fit across
// a page, the journeys and their steps are listed in one column instead.
std::string touchpoint_table_html(
    const Model& model, const std::function<std::string(std::int32_t journey)>& journey_link);

}  // namespace chainmap
