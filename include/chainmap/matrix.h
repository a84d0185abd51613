#pragma once
// The responsibility (RACI) matrix: steps, grouped by journey and stage, against owners.
// A = accountable (the step's `owner`), R = responsible, C = consulted, I = informed.
//
// Columns are the parties as they are referenced: a role column per declared role (grouped
// under its department), a department column when the department itself is referenced
// (department-level ownership is not spread over its roles: the department as a whole is
// accountable), one column per partner, and a customer column when the customer takes part.
// Declared roles and partners are shown even when nothing refers to them, so idle capacity is
// visible. See docs/commands.md.
#include <cstdint>
#include <string>
#include <vector>

#include "chainmap/model.h"

namespace chainmap {

enum class Raci : std::uint8_t { A = 1, R = 2, C = 4, I = 8 };

struct MatrixColumn {
  std::string group;  // department id, "partners" or "customer"
  std::string id;     // owner reference: "support", "support.agent", "fastship", "customer"
  std::string label;  // the column's short name under its group: role id, "(dept)", partner id
  std::string name;   // human name
  bool work = false;  // holds at least one A or R
};

struct MatrixRow {
  std::int32_t journey = -1;
  std::int32_t stage = -1;
  std::int32_t step = -1;
  std::vector<std::uint8_t> cells;  // per column: Raci bits
  std::size_t accountable = 0;      // number of A's in the row (resolved owners)
  bool ok() const { return accountable == 1; }
};

struct Matrix {
  std::vector<MatrixColumn> columns;
  std::vector<MatrixRow> rows;  // journeys, stages and steps in model order

  std::size_t rows_without_owner() const;
  std::size_t rows_with_several_owners() const;
  std::size_t columns_without_work() const;
};

Matrix build_matrix(const Model& model);

// ---- The touchpoint matrix (`chainmap matrix --of touchpoints`, and the HTML report) ----
// Rows are the touchpoints in declaration order (with channel, owner and hours); columns are
// the journeys in model order; a cell holds the steps of that journey that name the touchpoint,
// in flow order. A step whose `touchpoint` is unknown (model/unknown-reference) is in no cell.
// Gaps are marked as in the RACI matrix: a touchpoint no step names (touchpoint/unused), one
// with no owner (touchpoint/no-owner), and, when the model declares touchpoints, the steps in
// the frontstage lane that name none (touchpoint/missing). See docs/commands.md.

struct TouchpointRow {
  std::int32_t touchpoint = -1;  // Model::touchpoints index
  std::vector<std::vector<std::int32_t>>
      steps;                 // per journey (model order): Journey::steps indexes
  std::size_t uses() const;  // steps naming it, all journeys
  bool unused() const { return uses() == 0; }
};

struct StepAt {
  std::int32_t journey = -1, step = -1;
};

struct TouchpointMatrix {
  std::vector<TouchpointRow> rows;  // declaration order
  std::vector<StepAt> unmapped;  // frontstage steps naming no touchpoint (none when no touchpoints)
  std::size_t unused() const;
  std::size_t without_owner(const Model& model) const;
};

TouchpointMatrix build_touchpoint_matrix(const Model& model);

// The gaps of a row, for the `check` column: "unused", "no owner", both joined by ", ", or "".
std::string touchpoint_problem(const Model& model, const TouchpointRow& row);

// "AR", "C", "" ... in the order A R C I.
std::string raci_letters(std::uint8_t cell);
// "" for a row with exactly one A; "no A" or "2 A" otherwise.
std::string row_problem(const MatrixRow& row);

}  // namespace chainmap
