#pragma once
// Output formats of chainmap stats.
#include <string>

#include "chainmap/stats.h"

namespace chainmap {

// `graph` is the one the stats were computed on (hotspots name its edges).
std::string format_stats_text(const Graph& graph, const Stats& stats);
std::string format_stats_json(const Graph& graph, const Stats& stats);

}  // namespace chainmap
