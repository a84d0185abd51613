#pragma once
// Reachability within each journey (SPEC section 3, journey/unreachable-step and
// journey/dead-end): which steps an entry reaches, and from which steps a terminal step is
// reachable. All in-journey edges count, loops included; cross-journey links do not.
#include <cstdint>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

struct JourneyReach {
  std::vector<std::uint8_t> reachable;    // per step: some entry reaches it
  std::vector<std::uint8_t> reaches_end;  // per step: it reaches a terminal step (or is one)
};

struct Reach {
  std::vector<JourneyReach> journeys;  // parallel to Graph::journeys
  static Reach compute(const Graph& graph);
};

JourneyReach compute_reach(const JourneyGraph& graph);

// Per step: it reaches (along in-journey edges, loops included) a step marked in `targets`,
// or is one.
std::vector<std::uint8_t> reaching(const JourneyGraph& graph, std::vector<std::uint8_t> targets);

}  // namespace chainmap
