#pragma once
// Journeys as directed graphs of steps with typed edges (SPEC section 2, "Flow" and
// "Handover"). Built once from the model; rules, analyses and views read only this and the
// model it points into.
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "chainmap/model.h"

namespace chainmap {

// What an edge A->B is, by the owners of A and B.
enum class EdgeKind : std::uint8_t {
  Unjudged,     // A or B has no single resolvable owner: not judged as a handover at all
  SameOwner,    // same owner (a department and one of its own roles count as the same)
  Interaction,  // from or to the customer: an interaction, not a handover
  Team,         // handover between two roles of one department
  Department,   // handover between two departments
  Partner,      // handover where either side is an external partner
};

bool is_handover(EdgeKind kind);
std::string_view handover_kind_name(EdgeKind kind);  // "team", "department", "partner"

// Classifies the pair of owners (SPEC section 2, "Handover").
EdgeKind classify(const Owner& from, const Owner& to);

struct Edge {
  std::int32_t from = -1;        // step index in the journey
  std::int32_t to = -1;          // step index in `to_journey`
  std::int32_t to_journey = -1;  // the journey of `to` (the own journey unless cross)
  const Next* next = nullptr;    // the `next` item; nullptr for the implicit flow to the next step
  EdgeKind kind = EdgeKind::Unjudged;
  bool loop = false;   // `loop: true`
  bool cross = false;  // a cross-journey link: not followed by flow analysis
  bool back = false;   // closes a cycle in a depth-first walk from the entries

  const Handover* handover() const { return next && next->handover ? &*next->handover : nullptr; }
  bool is_handover() const { return chainmap::is_handover(kind); }
};

struct JourneyGraph {
  std::int32_t journey = -1;
  std::vector<Edge> edges;             // in order of source step, then `next` order
  std::vector<std::uint8_t> entry;     // per step
  std::vector<std::uint8_t> terminal;  // per step
  std::vector<Owner> owners;           // per step: the single resolved owner, or Unresolved
  // Per step: an item of its `next` names a step that does not exist (reported by the loader
  // as model/unknown-reference), so where its flow goes cannot be judged.
  std::vector<std::uint8_t> broken;

  // In-journey edges (cross-journey links excluded) leaving / entering a step, as edge indexes.
  std::span<const std::int32_t> out(std::int32_t step) const {
    return {out_edges_.data() + out_start_[step], out_edges_.data() + out_start_[step + 1]};
  }
  std::span<const std::int32_t> in(std::int32_t step) const {
    return {in_edges_.data() + in_start_[step], in_edges_.data() + in_start_[step + 1]};
  }
  std::size_t size() const { return entry.size(); }

  std::vector<std::int32_t> out_start_, out_edges_, in_start_, in_edges_;
};

struct Graph {
  const Model* model = nullptr;
  std::vector<JourneyGraph> journeys;  // parallel to model->journeys
};

Graph build_graph(const Model& model);

// `analyse(journey graph)` for every journey: the results, parallel to Graph::journeys.
template <class F>
auto per_journey(const Graph& graph, F&& analyse) {
  std::vector<std::invoke_result_t<F&, const JourneyGraph&>> out;
  out.reserve(graph.journeys.size());
  for (const JourneyGraph& j : graph.journeys) out.push_back(analyse(j));
  return out;
}

// Targets of SPEC section 4.
std::string step_target(const Journey& journey, const Step& step);
std::string handover_target(const Model& model, const JourneyGraph& graph, const Edge& edge);
// "confirm->pick" or "confirm->other-journey/step": how messages name an edge.
std::string edge_name(const Model& model, const JourneyGraph& graph, const Edge& edge);
// The YAML node an edge finding points at: the `next` item, or the source step when implicit.
Loc edge_loc(const Model& model, const JourneyGraph& graph, const Edge& edge);

}  // namespace chainmap
