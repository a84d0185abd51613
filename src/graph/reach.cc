#include "chainmap/reach.h"

namespace chainmap {

JourneyReach compute_reach(const JourneyGraph& g) {
  const auto n = static_cast<std::int32_t>(g.size());
  JourneyReach r;
  r.reachable.assign(n, 0);
  r.reaches_end.assign(n, 0);
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

  queue.clear();
  for (std::int32_t s = 0; s < n; ++s)
    if (g.terminal[s]) {
      r.reaches_end[s] = 1;
      queue.push_back(s);
    }
  for (std::size_t head = 0; head < queue.size(); ++head)
    for (auto e : g.in(queue[head]))
      if (!r.reaches_end[g.edges[e].from]) {
        r.reaches_end[g.edges[e].from] = 1;
        queue.push_back(g.edges[e].from);
      }
  return r;
}

Reach Reach::compute(const Graph& graph) {
  Reach r;
  r.journeys.reserve(graph.journeys.size());
  for (const auto& j : graph.journeys) r.journeys.push_back(compute_reach(j));
  return r;
}

}  // namespace chainmap
