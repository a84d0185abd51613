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
  std::string group;   // department id, "partners" or "customer"
  std::string id;      // owner reference: "support", "support.agent", "fastship", "customer"
  std::string label;   // the column's short name under its group: role id, "(dept)", partner id
  std::string name;    // human name
  bool work = false;   // holds at least one A or R
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

// "AR", "C", "" ... in the order A R C I.
std::string raci_letters(std::uint8_t cell);
// "" for a row with exactly one A; "no A" or "2 A" otherwise.
std::string row_problem(const MatrixRow& row);

}  // namespace chainmap
