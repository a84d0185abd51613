#pragma once
// Levels within one column of the chain and handovers views. Both views draw their parties in
// columns (customer, frontline, back office, untyped departments, partners); a column is one or
// more ranks side by side. A node's level is the length of the longest path to it along the
// edges between nodes of its column, so that an edge inside a column runs left to right from
// one level to a later one instead of up or down within one rank, where it bowed round the
// boxes between its ends and through the labels beside them.
#include <cstddef>
#include <utility>
#include <vector>

namespace chainmap::views {

// Levels of nodes 0..nodes-1 given edges (from, to) between them. Cycles are broken the same
// way on every run: the nodes are walked depth first in index order (each node's edges in the
// order given) and an edge back to a node on the walk's path is left out. Self-loops and edges
// naming a node out of range are ignored.
std::vector<int> column_levels(std::size_t nodes, const std::vector<std::pair<int, int>>& edges);

}  // namespace chainmap::views
