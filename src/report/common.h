#pragma once
// What the machine-readable formatters share: where a finding is, in the units CI tools use.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

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

// Each finding's identity across runs, for SARIF's partialFingerprints and GitLab's fingerprint,
// one per diagnostic and in the same order: a hash of the rule and the target, not the line,
// so a finding keeps its identity when lines move; then ':' and its number among the findings
// with the same hash (1, 2, ...), so that two findings of one rule on one target, or a hash
// collision, still give different fingerprints. "1340d9cfcac7bcbb:1"
std::vector<std::string> fingerprints(const Report& report);

}  // namespace chainmap::report
