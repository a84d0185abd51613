#pragma once
// Information flow within each journey (SPEC section 2, "Information flow"): what every step
// knows on entry. in(S) is the intersection over reachable predecessors P of
// pass(P->S, in(P) ∪ captures(P)), where
//   - a declared handover passes only what it carries and its source knows (carries ∩ known);
//   - every other edge passes everything: same owner, customer interactions, undeclared
//     handovers (reported once by handover/undeclared), empty ones (`handover: {}`, reported
//     once by the loader) and Unjudged edges (a side without a single resolvable owner), so
//     one mistake does not cascade into lost-context findings.
// Entry steps start with nothing; cross-journey links are not followed; unreachable steps have
// no defined knowledge. Loops take part: the greatest fixpoint is found by starting every
// reachable non-entry step at "everything" and iterating down (the transfer functions
// distribute over intersection, so this equals the meet over all paths).
#include <cstdint>
#include <vector>

#include "chainmap/graph.h"

namespace chainmap {

// A set of information items (indexes into Model::information).
class InfoSet {
 public:
  InfoSet() = default;
  explicit InfoSet(std::size_t size, bool all = false);
  bool contains(std::int32_t info) const {
    return info >= 0 && (words_[static_cast<std::size_t>(info) / 64] >> (info % 64)) & 1u;
  }
  void insert(std::int32_t info);
  void unite(const InfoSet& other);
  void intersect(const InfoSet& other);
  friend bool operator==(const InfoSet&, const InfoSet&) = default;

 private:
  std::vector<std::uint64_t> words_;
};

struct JourneyInfoFlow {
  std::vector<std::uint8_t> reachable;  // per step: some entry reaches it
  std::vector<InfoSet> in;              // per step: known on entry (empty set when unreachable)
  std::vector<InfoSet> captures;        // per step: its resolved `captures`
  std::vector<InfoSet> may_in;          // per step: delivered on entry by SOME path (for
                                        // explaining losses; `in` is what every path delivers)

  // What a step knows once it has run: in(S) ∪ captures(S).
  InfoSet known(std::int32_t step) const;
  bool knows(std::int32_t step, std::int32_t info) const {
    return in[step].contains(info) || captures[step].contains(info);
  }
};

struct InfoFlow {
  std::vector<JourneyInfoFlow> journeys;  // parallel to Graph::journeys
  static InfoFlow compute(const Graph& graph);
};

JourneyInfoFlow compute_infoflow(const Model& model, const JourneyGraph& graph);

// Whether an edge limits what passes to what its declared handover carries.
bool filters_information(const Edge& edge);

// Why `info` does not reach `step` (which must be reachable and not know it): the declared
// handovers on paths into the step whose source knew the item on some path but whose `carries`
// lacked it (edge indexes, ascending), and whether some path from an entry to the step never
// captured it at all.
struct InfoLoss {
  std::vector<std::int32_t> dropped_by;
  bool never_captured = false;
};

// A path of steps from an entry, kept short for messages: all its steps when it has at most
// head + tail + 1 of them, otherwise the first `head` and the last `tail`.
struct StepPath {
  std::vector<std::int32_t> head, tail;  // tail empty when head holds the whole path
  std::size_t length = 0;                // steps on the whole path
};

// Why one item is missing, for every step of a journey at once (linear in the journey, loops
// aside); entries of steps that know the item, or are unreachable, are empty.
struct InfoLosses {
  std::vector<InfoLoss> steps;  // per step
  // Per step that never_captured: the edge a shortest path from an entry, along which no step
  // captures the item, arrives by (-1 at the entry), and its length in steps.
  std::vector<std::int32_t> uncaptured_via, uncaptured_length;
  // Per step: the nearest step that captures the item and from which it arrives on some path
  // (`may_in`), or -1; the step itself when it captures it.
  std::vector<std::int32_t> captured_at;

  // The witness path of a step that never_captured, entry first and the step last: its first
  // `head_steps` and last `tail` steps, in O(head_steps + tail) whatever its length.
  StepPath uncaptured_path(const JourneyGraph& graph, std::int32_t step, std::size_t tail) const;

  std::size_t head_steps = 0;
  // Per step that never_captured: the last of the first `head_steps` steps of its witness path.
  std::vector<std::int32_t> head_end;
};

InfoLoss explain_loss(const JourneyGraph& graph, const JourneyInfoFlow& flow, std::int32_t step,
                      std::int32_t info);
// `head_steps`: how many first steps of each witness path uncaptured_path can give cheaply.
InfoLosses explain_losses(const JourneyGraph& graph, const JourneyInfoFlow& flow, std::int32_t info,
                          std::size_t head_steps = 4);

}  // namespace chainmap
