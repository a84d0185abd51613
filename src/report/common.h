#pragma once
// What the machine-readable formatters share: where a finding is, in the units CI tools use.
#include <cstdint>
#include <string>
#include <string_view>

#include "chainmap/report.h"

namespace chainmap::report {

struct Position {
  const SourceFile* file = nullptr;  // nullptr: the finding has no file
  std::uint32_t line = 0;            // 0: no line
  std::uint32_t column = 0;          // 1-based, UTF-16 code units; 0: no column
  std::uint32_t end_column = 0;      // one past the node; 0 when the node has no length
};

// SARIF's default column kind and GitHub's annotations count UTF-16 code units, not the bytes
// of Loc::column.
Position position(const Report& report, const Loc& loc);

// "error" / "warning" / "note".
std::string_view level(Severity severity);

// The files of the report: those read, in load order, then any other file a finding names.
std::vector<std::uint32_t> report_files(const Report& report);

}  // namespace chainmap::report
