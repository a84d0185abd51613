#pragma once
// Output formats of chainmap impact.
#include <string>

#include "analyze/impact.h"

namespace chainmap {

std::string format_impact_text(const Model& model, const Impact& impact);
std::string format_impact_json(const Model& model, const Impact& impact);

}  // namespace chainmap
