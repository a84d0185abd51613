#pragma once
// `chainmap impact touchpoint:<id>` and `chainmap impact persona:<id>`: what depends on a
// touchpoint or a persona on the customer's side of the journeys (SPEC v1.1). Definitions in
// docs/commands.md.
// - A touchpoint: the steps that name it (journeys and flow order), how each persona of their
//   journey scores them, the personas who meet it and how they feel there, the pain points
//   found at those steps, the opportunities addressing them, and the seam hotspots among them.
// - A persona: the journeys that list it and its curve on each (average, lowest), the
//   touchpoints it meets on those journeys, the pain points and opportunities there, and the
//   seam hotspots where it scores at or below the threshold.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/hotspots.h"

namespace chainmap {

// How one persona feels at one step: its readable score (absent when unscored or unreadable)
// and its feeling.
struct ImpactScore {
  std::int32_t persona = -1;
  std::optional<int> score;
  std::string feeling;
};

// A step on the customer's side, with the scores of the personas concerned.
struct ImpactCustomerStep {
  std::int32_t journey = -1, step = -1;
  // Touchpoint: the personas of the journey with an `experience` entry at the step, in the
  // journey's order. Persona: itself.
  std::vector<ImpactScore> scores;
};

// A persona's curve on one journey, summed up.
struct CurveSummary {
  std::int32_t journey = -1;
  std::int32_t persona = -1;
  std::size_t scored = 0;
  double average = 0;
  int lowest = 0;
  std::int32_t lowest_step = -1;  // first step in flow order with the lowest score; -1 when none
};

struct ImpactPainPoint {
  std::int32_t journey = -1, step = -1;
  std::int32_t index = -1;  // Step::pain_points index
};

struct TouchpointImpact {
  std::int32_t touchpoint = -1;
  std::vector<ImpactCustomerStep>
      steps;  // the steps naming it: journeys in model order, flow order
  // Per journey and persona, over the steps at this touchpoint; personas with no score there
  // are left out.
  std::vector<CurveSummary> personas;
  std::vector<ImpactPainPoint> pain_points;
  std::vector<std::int32_t> opportunities;  // addressing one of its steps (load order)
  std::vector<SeamHotspot> hotspots;        // at one of its steps
};

struct PersonaTouchpoint {
  std::int32_t touchpoint = -1;
  std::vector<ImpactCustomerStep> steps;  // its steps on the persona's journeys
};

struct PersonaImpact {
  std::int32_t persona = -1;
  std::vector<CurveSummary> journeys;  // the journeys listing it, model order
  std::vector<ImpactCustomerStep>
      curve;  // the steps it scores (readable), per journey in flow order
  // The touchpoints of the steps where it has an `experience` entry, declaration order.
  std::vector<PersonaTouchpoint> touchpoints;
  std::vector<ImpactPainPoint> pain_points;  // on its journeys' steps
  std::vector<std::int32_t> opportunities;   // addressing a step of its journeys (load order)
  std::vector<SeamHotspot> hotspots;         // where it scores at or below the threshold
};

// `below`: the seam-hotspot threshold (hotspot_threshold() in chainmap/stats.h).
TouchpointImpact analyze_touchpoint_impact(const Graph& graph, std::int32_t touchpoint, int below);
PersonaImpact analyze_persona_impact(const Graph& graph, std::int32_t persona, int below);

}  // namespace chainmap
