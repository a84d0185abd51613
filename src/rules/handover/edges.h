#pragma once
// Helpers shared by the handover/* and privacy/* rules: walking a model's edges and naming a
// handover in messages.
#include <string>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {

// The single resolved owner of the step an edge leads to (in another journey for a
// cross-journey link).
inline Owner edge_to_owner(const Model& model, const JourneyGraph& g, const Edge& e) {
  return e.cross ? model.journeys[e.to_journey].steps[e.to].owner() : g.owners[e.to];
}

// "confirm->pick from 'sales' to 'warehouse.picker'"
inline std::string describe_edge(const Model& model, const JourneyGraph& g, const Edge& e) {
  return fmt::format("{} from '{}' to '{}'", edge_name(model, g, e),
                     owner_name(model, g.owners[e.from]),
                     owner_name(model, edge_to_owner(model, g, e)));
}

// Calls f(graph, edge) for every edge of every journey, cross-journey links included.
template <class F>
void for_each_edge(const RuleContext& cx, F&& f) {
  for (const JourneyGraph& g : cx.graph.journeys)
    for (const Edge& e : g.edges) f(g, e);
}

// Calls f(graph, edge, handover) for every edge that is a handover (SPEC section 2) and
// declares one. A `handover` on an edge that is not a handover is handover/not-a-handover's
// concern only; edges touching a step without a single owner are not judged at all; an empty
// `handover: {}` declares nothing to judge (the loader reported it).
template <class F>
void for_each_declared_handover(const RuleContext& cx, F&& f) {
  for_each_edge(cx, [&](const JourneyGraph& g, const Edge& e) {
    if (e.is_handover() && e.handover() && !e.handover()->empty) f(g, e, *e.handover());
  });
}

}  // namespace chainmap::rules
