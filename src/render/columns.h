#pragma once
// Levels within one column of the handovers view. It draws its owners in the chain view's
// columns (frontline, back office, untyped departments, partners); a column is one or more ranks
// side by side. An owner's level is the length of the longest path to it along the handovers
// between owners of its column, so that an edge inside a column runs left to right from one
// level to a later one instead of up or down within one rank, where it bowed round the boxes
// between its ends and through the labels beside them. (The chain view keeps one rank a column
// and bows such edges out to the side: measured on the examples and hold-out models, levels
// made its pictures wider and crossed more labels.)
#include <cstddef>
#include <utility>
#include <vector>

#include "chainmap/model.h"

namespace chainmap::views {

// The columns of the chain and handovers views, left to right: the customer (chain view only),
// frontline, back office, departments of no given type, partners.
enum PartyColumn {
  kCustomerColumn,
  kFrontlineColumn,
  kBackOfficeColumn,
  kUntypedColumn,
  kPartnerColumn
};

// The column of a department of type `type`.
PartyColumn department_column(DepartmentType type);

// Levels of nodes 0..nodes-1 given edges (from, to) between them. Cycles are broken the same
// way on every run: the nodes are walked depth first in index order (each node's edges in the
// order given) and an edge back to a node on the walk's path is left out. Self-loops and edges
// naming a node out of range are ignored.
std::vector<int> column_levels(std::size_t nodes, const std::vector<std::pair<int, int>>& edges);

}  // namespace chainmap::views
