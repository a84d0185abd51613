#pragma once
// Seam hotspots (SPEC section 3, experience/seam-hotspot): steps where some persona of the
// journey scores at or below a threshold (the rule's option `below`, default -1) and that are
// entered over a declared handover with no `confirm`, no `follow-up`, or an unrecorded method
// (`phone`, `chat`, `verbal`): a seam the customer feels.
//
// One pure function over the graph, shared by the rule (which reports each hotspot as one
// finding on the step) and by `chainmap stats` and `chainmap impact` (which count and list
// them), so all three always agree on what a hotspot is.
//
// What counts (SPEC "v1.1 fine points"):
// - every declared handover into the step from its own journey: in-journey edges that are
//   handovers (SPEC section 2) and carry a `handover`, `loop` edges included; cross-journey
//   links into the step are not edges of its journey and do not count;
// - an empty `handover: {}` declares nothing (the loader reported it) and is not judged, as
//   for the handover/* rules; a `confirm` or `follow-up` that was written but could not be read
//   (model/type reported) counts as present: one mistake, one finding;
// - scores are the readable ones of the personas the journey lists (score_for()): an
//   unreadable score or an entry for an unlisted persona never makes a hotspot;
// - waivers and lint settings of handover/* rules play no part: waiving
//   handover/no-confirmation does not make the customer feel the seam less.
#include <cstdint>
#include <string>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

inline constexpr int kDefaultHotspotBelow = -1;

// A declared handover into a hotspot step and what it lacks (at least one is true).
struct HotspotSeam {
  std::int32_t edge = -1;  // index into JourneyGraph::edges of the step's journey
  bool no_confirm = false;
  bool no_follow_up = false;
  bool unrecorded_method = false;  // its method is `phone`, `chat` or `verbal` (any case)
};

// A persona of the journey scoring the step at or below the threshold.
struct HotspotScore {
  std::int32_t persona = -1;  // Model::personas index
  int score = 0;
};

struct SeamHotspot {
  std::int32_t journey = -1;         // Model::journeys index
  std::int32_t step = -1;            // Journey::steps index
  std::vector<HotspotScore> scores;  // in the journey's persona order (Journey::persona_list)
  std::vector<HotspotSeam> seams;    // in edge order (source step, then `next` order)

  int lowest() const;  // the lowest of `scores`
};

// Every hotspot of the model: journeys in model order, steps in flow order. `below` is the
// highest score that still counts (the rule's option; kDefaultHotspotBelow unless configured).
std::vector<SeamHotspot> seam_hotspots(const Graph& graph, int below = kDefaultHotspotBelow);

// What a seam lacks, for messages and reports: "no 'confirm'", "no 'confirm', no 'follow-up'",
// "the unrecorded method 'phone'" ... joined with ", " in that order. `handover` is the
// declaration on the seam's edge (its method is quoted as written).
std::string seam_lacks(const HotspotSeam& seam, const Handover& handover);

}  // namespace chainmap
