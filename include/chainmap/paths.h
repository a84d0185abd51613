#pragma once
// The critical paths of each journey (SPEC section 3, journey/promise-exceeded and
// journey/too-many-handovers): among the paths from an entry to a terminal step, the one that
// takes longest (step durations plus handover `within`) and the one that crosses the most
// handovers. Loop edges and back edges (those closing a cycle, see Edge::back) are ignored, so
// the steps an entry reaches form a DAG and both are longest-path problems solved in one pass
// over a topological order: linear in steps + edges. Cross-journey links are not followed.
#include <cstdint>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

struct CriticalPath {
  std::vector<std::int32_t> steps;  // entry ... terminal step; empty when no entry reaches an end
  Seconds duration = 0;             // step durations + handover `within` along it (0 if absent)
  std::int32_t handovers = 0;       // handover edges along it
};

struct JourneyPaths {
  CriticalPath longest;         // the longest by duration (ties: the first found)
  CriticalPath most_handovers;  // the one crossing the most handovers (ties: the first found)
};

struct Paths {
  std::vector<JourneyPaths> journeys;  // parallel to Graph::journeys
  static Paths compute(const Graph& graph);
};

JourneyPaths compute_paths(const Model& model, const JourneyGraph& graph);

}  // namespace chainmap
