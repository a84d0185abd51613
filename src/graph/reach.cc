#include "chainmap/reach.h"

namespace chainmap {

std::vector<std::uint8_t> reaching(const JourneyGraph& g, std::vector<std::uint8_t> marked) {
  const auto n = static_cast<std::int32_t>(g.size());
  std::vector<std::int32_t> queue;
  for (std::int32_t s = 0; s < n; ++s)
    if (marked[s]) queue.push_back(s);
  for (std::size_t head = 0; head < queue.size(); ++head)
    for (auto e : g.in(queue[head]))
      if (!marked[g.edges[e].from]) {
        marked[g.edges[e].from] = 1;
        queue.push_back(g.edges[e].from);
      }
  return marked;
}

JourneyReach compute_reach(const JourneyGraph& g) {
  const auto n = static_cast<std::int32_t>(g.size());
  JourneyReach r;
  r.reachable.assign(n, 0);
  std::vector<std::int32_t> queue;
  queue.reserve(n);

  for (std::int32_t s = 0; s < n; ++s)
    if (g.entry[s]) {
      r.reachable[s] = 1;
      queue.push_back(s);
    }
  for (std::size_t head = 0; head < queue.size(); ++head)
    for (auto e : g.out(queue[head]))
      if (!r.reachable[g.edges[e].to]) {
        r.reachable[g.edges[e].to] = 1;
        queue.push_back(g.edges[e].to);
      }

  r.reaches_end = reaching(g, g.terminal);
  r.open = reaching(g, g.broken);
  return r;
}

Reach Reach::compute(const Graph& graph) { return {per_journey(graph, compute_reach)}; }

}  // namespace chainmap
