#pragma once
// Output formats of chainmap impact.
#include <string>

#include "chainmap/customer_impact.h"
#include "chainmap/impact.h"

namespace chainmap {

std::string format_impact_text(const Model& model, const Impact& impact);
std::string format_impact_json(const Model& model, const Impact& impact);

// v1.1: impact of a touchpoint or a persona (the graph the analysis ran on).
std::string format_touchpoint_impact_text(const Graph& graph, const TouchpointImpact& impact);
std::string format_touchpoint_impact_json(const Graph& graph, const TouchpointImpact& impact);
std::string format_persona_impact_text(const Graph& graph, const PersonaImpact& impact);
std::string format_persona_impact_json(const Graph& graph, const PersonaImpact& impact);

}  // namespace chainmap
