#pragma once
// Formatters of validation results (SPEC section 6). Each returns the whole output as a string;
// the CLI decides where it goes.
#include <string>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/source.h"

namespace chainmap {

struct Report {
  const SourceSet& sources;
  const std::vector<Diagnostic>& diagnostics;  // sorted
  std::vector<std::uint32_t> files;            // files read, in load order (no duplicates)
};

struct TextStyle {
  bool color = false;
};

// `path:line:col: severity: message [rule]`, the source line with a caret, related notes; a
// summary line last: `N errors, N warnings, N notes in N files`.
std::string format_text(const Report& report, const TextStyle& style);
std::string format_summary(const Report& report, const TextStyle& style);

// The documented JSON shape: tool, version, files, diagnostics, summary.
std::string format_json(const Report& report);

}  // namespace chainmap
