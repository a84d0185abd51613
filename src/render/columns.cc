#include "render/columns.h"

#include <algorithm>

namespace chainmap::views {

PartyColumn department_column(DepartmentType type) {
  return type == DepartmentType::Frontline    ? kFrontlineColumn
         : type == DepartmentType::BackOffice ? kBackOfficeColumn
                                              : kUntypedColumn;
}

std::vector<int> column_levels(std::size_t nodes, const std::vector<std::pair<int, int>>& edges) {
  std::vector<std::vector<int>> out(nodes);
  for (const auto& [from, to] : edges)
    if (from != to && from >= 0 && to >= 0 && static_cast<std::size_t>(from) < nodes &&
        static_cast<std::size_t>(to) < nodes)
      out[static_cast<std::size_t>(from)].push_back(to);
  // Depth first, without recursion (a column may hold a thousand parties): a stack of (node,
  // next edge). Post-order gives a topological order of the edges kept.
  enum State { kNew, kOnPath, kDone };
  std::vector<State> state(nodes, kNew);
  std::vector<std::vector<bool>> kept(nodes);
  for (std::size_t n = 0; n < nodes; ++n) kept[n].assign(out[n].size(), false);
  std::vector<int> post;
  post.reserve(nodes);
  for (std::size_t root = 0; root < nodes; ++root) {
    if (state[root] != kNew) continue;
    std::vector<std::pair<int, std::size_t>> stack{{static_cast<int>(root), 0}};
    state[root] = kOnPath;
    while (!stack.empty()) {
      auto& [node, next] = stack.back();
      const auto u = static_cast<std::size_t>(node);
      if (next == out[u].size()) {
        state[u] = kDone;
        post.push_back(node);
        stack.pop_back();
        continue;
      }
      const std::size_t e = next++;
      const auto v = static_cast<std::size_t>(out[u][e]);
      if (state[v] == kOnPath) continue;  // closes a cycle: left out
      kept[u][e] = true;
      if (state[v] == kNew) {
        state[v] = kOnPath;
        stack.emplace_back(out[u][e], 0);
      }
    }
  }
  std::vector<int> level(nodes, 0);
  std::reverse(post.begin(), post.end());
  for (const int node : post) {
    const auto u = static_cast<std::size_t>(node);
    for (std::size_t e = 0; e < out[u].size(); ++e)
      if (kept[u][e]) {
        int& l = level[static_cast<std::size_t>(out[u][e])];
        l = std::max(l, level[u] + 1);
      }
  }
  return level;
}

}  // namespace chainmap::views
