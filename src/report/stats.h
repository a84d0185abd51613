#pragma once
// Output formats of chainmap stats.
#include <string>

#include "analyze/stats.h"

namespace chainmap {

std::string format_stats_text(const Model& model, const Stats& stats);
std::string format_stats_json(const Model& model, const Stats& stats);

}  // namespace chainmap
