#pragma once
// Counts of a model (chainmap stats): its size, its handovers by kind, its findings, and the
// customer's side of each journey. The handover friction of a journey is its handovers per
// step: how often work changes hands. Definitions: docs/commands.md.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/graph.h"
#include "chainmap/hotspots.h"

namespace chainmap {

// One persona of a journey (SPEC "Persona and experience"): its curve summed up.
struct PersonaStats {
  std::int32_t persona = -1;      // Model::personas index
  std::size_t scored = 0;         // steps with a readable score: the points of its curve
  double average = 0;             // of those scores; 0 when none
  int lowest = 0;                 // the lowest score; meaningful when scored > 0
  std::int32_t lowest_step = -1;  // the first step in flow order where it falls; -1 when none
  std::size_t hotspots = 0;  // seam hotspots where this persona scores at or below the threshold
};

struct JourneyStats {
  std::int32_t journey = -1;
  std::size_t steps = 0;
  std::size_t handovers = 0;  // edges leaving its steps that are handovers (cross links too)
  double friction = 0;        // handovers / steps; 0 for a journey without steps
  std::vector<PersonaStats> personas;  // the personas it lists, in its order
  std::size_t pain_points = 0;
  std::size_t pain_points_addressed = 0;  // on a step that an opportunity addresses
  std::vector<SeamHotspot> hotspots;      // its steps in flow order
};

struct Stats {
  std::size_t journeys = 0, stages = 0, steps = 0;
  std::size_t departments = 0, roles = 0, shifts = 0, partners = 0, slas = 0;
  std::size_t information = 0, kpis = 0, waivers = 0;
  std::size_t touchpoints = 0, personas = 0, opportunities = 0;
  std::size_t owners = 0;  // distinct owner references that own at least one step
  std::size_t handovers = 0, team = 0, department = 0, partner = 0;
  std::size_t undeclared = 0;    // handovers with no `handover` declared
  std::size_t interactions = 0;  // edges from or to the customer
  std::size_t pain_points = 0, pain_points_addressed = 0, hotspots = 0;
  int hotspot_below = kDefaultHotspotBelow;  // the threshold the hotspots were found with
  Summary findings;
  std::vector<JourneyStats> per_journey;  // model order
};

// `hotspot_below`: the highest score that makes a seam hotspot, as experience/seam-hotspot's
// option `below` is configured for the model (hotspot_threshold()).
Stats compute_stats(const Graph& graph, const std::vector<Diagnostic>& diagnostics,
                    int hotspot_below = kDefaultHotspotBelow);

// The `below` option of experience/seam-hotspot as the model's lint configuration sets it, or
// its default: so the hotspots stats and impact list are those the rule reports.
int hotspot_threshold(const Model& model);

}  // namespace chainmap
