#include "chainmap/graph.h"

#include <algorithm>

#include <fmt/format.h>

namespace chainmap {

bool is_handover(EdgeKind kind) {
  return kind == EdgeKind::Team || kind == EdgeKind::Department || kind == EdgeKind::Partner;
}

std::string_view handover_kind_name(EdgeKind kind) {
  switch (kind) {
    case EdgeKind::Team:
      return "team";
    case EdgeKind::Department:
      return "department";
    case EdgeKind::Partner:
      return "partner";
    default:
      return "";
  }
}

EdgeKind classify(const Owner& a, const Owner& b) {
  if (a.kind == OwnerKind::Unresolved || b.kind == OwnerKind::Unresolved) return EdgeKind::Unjudged;
  if (a.kind == OwnerKind::Customer || b.kind == OwnerKind::Customer)
    return a.kind == b.kind ? EdgeKind::SameOwner : EdgeKind::Interaction;
  const bool a_partner = a.kind == OwnerKind::Partner, b_partner = b.kind == OwnerKind::Partner;
  if (a_partner || b_partner)
    return a_partner && b_partner && a.party == b.party ? EdgeKind::SameOwner : EdgeKind::Partner;
  if (a.party != b.party) return EdgeKind::Department;
  // Same department: a role and its department are one owner; two roles are a team handover.
  if (a.kind == OwnerKind::Role && b.kind == OwnerKind::Role && a.role != b.role)
    return EdgeKind::Team;
  return EdgeKind::SameOwner;
}

namespace {

// The edges out of one step: its `next` links, or the implicit link to the step below it.
void add_step_edges(const Model& model, std::int32_t index, std::int32_t s, JourneyGraph& g) {
  const Journey& j = model.journeys[index];
  const auto n = static_cast<std::int32_t>(j.steps.size());
  const Step& step = j.steps[s];
  // The first step is the entry unless it says `entry: false`; others opt in.
  g.entry[s] = step.entry.value_or(s == 0);
  if (!step.has_next) {
    if (step.end || s + 1 == n) {
      g.terminal[s] = 1;
    } else {
      Edge e;
      e.from = s;
      e.to = s + 1;
      e.to_journey = index;
      e.kind = classify(g.owners[s], g.owners[s + 1]);
      g.edges.push_back(e);
    }
    return;
  }
  bool only_cross = true;
  for (const Next& next : step.next) {
    if (next.to_step < 0) {  // unresolved (reported by the loader)
      only_cross = false;
      g.broken[s] = 1;
      continue;
    }
    Edge e;
    e.from = s;
    e.to = next.to_step;
    e.to_journey = next.to_journey;
    e.next = &next;
    e.loop = next.loop;
    e.cross = next.to_journey != index;
    const Owner& to = e.cross ? model.journeys[next.to_journey].steps[next.to_step].owner()
                              : g.owners[next.to_step];
    e.kind = classify(g.owners[s], to);
    if (!e.cross) only_cross = false;
    g.edges.push_back(e);
  }
  // `next: []`, `end: true`, or only cross-journey links: the step ends its journey.
  if (step.next.empty() || step.end || only_cross) g.terminal[s] = 1;
}

// Adjacency of in-journey edges as compressed rows.
void index_edges(std::int32_t n, JourneyGraph& g) {
  g.out_start_.assign(n + 1, 0);
  g.in_start_.assign(n + 1, 0);
  for (const Edge& e : g.edges) {
    if (e.cross) continue;
    ++g.out_start_[e.from + 1];
    ++g.in_start_[e.to + 1];
  }
  for (std::int32_t s = 0; s < n; ++s) {
    g.out_start_[s + 1] += g.out_start_[s];
    g.in_start_[s + 1] += g.in_start_[s];
  }
  g.out_edges_.resize(g.out_start_[n]);
  g.in_edges_.resize(g.in_start_[n]);
  std::vector<std::int32_t> out_fill(g.out_start_.begin(), g.out_start_.end() - 1);
  std::vector<std::int32_t> in_fill(g.in_start_.begin(), g.in_start_.end() - 1);
  for (std::int32_t e = 0; e < static_cast<std::int32_t>(g.edges.size()); ++e) {
    const Edge& edge = g.edges[e];
    if (edge.cross) continue;
    g.out_edges_[out_fill[edge.from]++] = e;
    g.in_edges_[in_fill[edge.to]++] = e;
  }
}

// Back edges: iterative depth-first walk from the entries in step order.
void mark_back_edges(std::int32_t n, JourneyGraph& g) {
  std::vector<std::uint8_t> state(n, 0);  // 0 new, 1 on the stack, 2 done
  std::vector<std::pair<std::int32_t, std::size_t>> stack;
  for (std::int32_t root = 0; root < n; ++root) {
    if (!g.entry[root] || state[root]) continue;
    stack.emplace_back(root, 0);
    state[root] = 1;
    while (!stack.empty()) {
      auto& [step, next] = stack.back();
      auto out = g.out(step);
      if (next == out.size()) {
        state[step] = 2;
        stack.pop_back();
        continue;
      }
      Edge& e = g.edges[out[next++]];
      if (state[e.to] == 1) {
        e.back = true;
      } else if (state[e.to] == 0) {
        state[e.to] = 1;
        stack.emplace_back(e.to, 0);
      }
    }
  }
}

void build_journey(const Model& model, std::int32_t index, JourneyGraph& g) {
  const Journey& j = model.journeys[index];
  const auto n = static_cast<std::int32_t>(j.steps.size());
  g.journey = index;
  g.entry.assign(n, 0);
  g.terminal.assign(n, 0);
  g.broken.assign(n, 0);
  g.owners.resize(n);
  for (std::int32_t s = 0; s < n; ++s) g.owners[s] = j.steps[s].owner();
  for (std::int32_t s = 0; s < n; ++s) add_step_edges(model, index, s, g);
  index_edges(n, g);
  mark_back_edges(n, g);
}

}  // namespace

Graph build_graph(const Model& model) {
  Graph g;
  g.model = &model;
  g.journeys.resize(model.journeys.size());
  for (std::size_t j = 0; j < model.journeys.size(); ++j)
    build_journey(model, static_cast<std::int32_t>(j), g.journeys[j]);
  return g;
}

std::string step_target(const Journey& journey, const Step& step) {
  return fmt::format("step:{}/{}", journey.id, step.id);
}

std::string edge_name(const Model& model, const JourneyGraph& g, const Edge& e) {
  const Journey& j = model.journeys[g.journey];
  if (e.cross) {
    const Journey& other = model.journeys[e.to_journey];
    return fmt::format("{}->{}/{}", j.steps[e.from].id, other.id, other.steps[e.to].id);
  }
  return fmt::format("{}->{}", j.steps[e.from].id, j.steps[e.to].id);
}

std::string handover_target(const Model& model, const JourneyGraph& g, const Edge& e) {
  return fmt::format("handover:{}/{}", model.journeys[g.journey].id, edge_name(model, g, e));
}

Loc edge_loc(const Model& model, const JourneyGraph& g, const Edge& e) {
  if (e.next) return e.next->loc;
  return model.journeys[g.journey].steps[e.from].loc;
}

}  // namespace chainmap
