#pragma once
// Counts of a model (chainmap stats): its size, its handovers by kind, and its findings. The
// handover friction of a journey is its handovers per step: how often work changes hands.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/graph.h"

namespace chainmap {

struct JourneyStats {
  std::int32_t journey = -1;
  std::size_t steps = 0;
  std::size_t handovers = 0;     // edges leaving its steps that are handovers (cross links too)
  double friction = 0;           // handovers / steps; 0 for a journey without steps
};

struct Stats {
  std::size_t journeys = 0, stages = 0, steps = 0;
  std::size_t departments = 0, roles = 0, shifts = 0, partners = 0, slas = 0;
  std::size_t information = 0, kpis = 0, waivers = 0;
  std::size_t owners = 0;        // distinct owner references that own at least one step
  std::size_t handovers = 0, team = 0, department = 0, partner = 0;
  std::size_t undeclared = 0;    // handovers with no `handover` declared
  std::size_t interactions = 0;  // edges from or to the customer
  Summary findings;
  std::vector<JourneyStats> per_journey;  // model order
};

Stats compute_stats(const Graph& graph, const std::vector<Diagnostic>& diagnostics);

}  // namespace chainmap
