#include "chainmap/paths.h"

#include <algorithm>

namespace chainmap {
namespace {

// Edges of the DAG: in-journey, not `loop: true`, not closing a cycle.
bool forward(const Edge& e) { return !e.cross && !e.loop && !e.back; }

// The longest path ending at each step, for one way of weighing steps and edges. A path starts
// at an entry; `best` is -1 where no path arrives. Ties keep the path found first.
struct Longest {
  std::vector<std::int64_t> best;
  std::vector<std::int32_t> via;  // the edge the best path arrives by; -1 at its entry
};

template <class StepWeight, class EdgeWeight>
Longest longest(const JourneyGraph& g, const std::vector<std::int32_t>& order,
                StepWeight step_weight, EdgeWeight edge_weight) {
  Longest l;
  l.best.assign(g.size(), -1);
  l.via.assign(g.size(), -1);
  for (auto s : order)
    if (g.entry[s]) l.best[s] = step_weight(s);
  for (auto s : order) {
    if (l.best[s] < 0) continue;
    for (auto e : g.out(s)) {
      const Edge& edge = g.edges[e];
      if (!forward(edge)) continue;
      const std::int64_t length = l.best[s] + edge_weight(edge) + step_weight(edge.to);
      if (length > l.best[edge.to]) {
        l.best[edge.to] = length;
        l.via[edge.to] = e;
      }
    }
  }
  return l;
}

CriticalPath trace(const JourneyGraph& g, const Longest& l, const Journey& journey) {
  CriticalPath path;
  std::int32_t end = -1;
  for (std::int32_t s = 0; s < static_cast<std::int32_t>(g.size()); ++s)
    if (g.terminal[s] && l.best[s] >= 0 && (end < 0 || l.best[s] > l.best[end])) end = s;
  if (end < 0) return path;
  for (std::int32_t s = end;;) {
    path.steps.push_back(s);
    const std::int32_t e = l.via[s];
    if (e < 0) break;
    const Edge& edge = g.edges[e];
    if (const Handover* h = edge.handover(); h && h->within) path.duration += *h->within;
    if (edge.is_handover()) ++path.handovers;
    s = edge.from;
  }
  std::reverse(path.steps.begin(), path.steps.end());
  for (auto s : path.steps) path.duration += journey.steps[s].duration.value_or(0);
  return path;
}

}  // namespace

JourneyPaths compute_paths(const Model& model, const JourneyGraph& g) {
  const auto n = static_cast<std::int32_t>(g.size());
  const Journey& journey = model.journeys[g.journey];

  // Steps an entry reaches along forward edges, in topological order (Kahn, step order first).
  std::vector<std::uint8_t> seen(n, 0);
  std::vector<std::int32_t> stack;
  for (std::int32_t s = 0; s < n; ++s)
    if (g.entry[s]) {
      seen[s] = 1;
      stack.push_back(s);
    }
  while (!stack.empty()) {
    const auto s = stack.back();
    stack.pop_back();
    for (auto e : g.out(s))
      if (forward(g.edges[e]) && !seen[g.edges[e].to]) {
        seen[g.edges[e].to] = 1;
        stack.push_back(g.edges[e].to);
      }
  }
  std::vector<std::int32_t> indegree(n, 0);
  for (std::int32_t s = 0; s < n; ++s)
    if (seen[s])
      for (auto e : g.out(s))
        if (forward(g.edges[e])) ++indegree[g.edges[e].to];
  std::vector<std::int32_t> order;
  order.reserve(n);
  for (std::int32_t s = 0; s < n; ++s)
    if (seen[s] && indegree[s] == 0) order.push_back(s);
  for (std::size_t head = 0; head < order.size(); ++head)
    for (auto e : g.out(order[head]))
      if (forward(g.edges[e]) && --indegree[g.edges[e].to] == 0) order.push_back(g.edges[e].to);

  JourneyPaths p;
  const Longest by_time = longest(
      g, order,
      [&](std::int32_t s) -> std::int64_t { return journey.steps[s].duration.value_or(0); },
      [](const Edge& e) -> std::int64_t {
        const Handover* h = e.handover();
        return h && h->within ? *h->within : 0;
      });
  p.longest = trace(g, by_time, journey);
  const Longest by_handovers = longest(
      g, order, [](std::int32_t) -> std::int64_t { return 0; },
      [](const Edge& e) -> std::int64_t { return e.is_handover() ? 1 : 0; });
  p.most_handovers = trace(g, by_handovers, journey);
  return p;
}

Paths Paths::compute(const Graph& graph) {
  return {
      per_journey(graph, [&](const JourneyGraph& j) { return compute_paths(*graph.model, j); })};
}

}  // namespace chainmap
