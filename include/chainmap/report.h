#pragma once
// Formatters of validation results (SPEC section 6). Each returns the whole output as a string;
// the CLI decides where it goes.
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/source.h"

namespace chainmap {

struct Report {
  const SourceSet& sources;
  const std::vector<Diagnostic>& diagnostics;  // sorted
  std::vector<std::uint32_t> files;            // files read, in load order (no duplicates)
  // What the summary counts when it is not `diagnostics` (--quiet hides warnings and notes
  // that still count); summarize(diagnostics) otherwise.
  std::optional<Summary> counted = std::nullopt;
};
Summary summary_of(const Report& report);

struct TextStyle {
  bool color = false;
};

// `path:line:col: severity: message [rule]`, the source line with a caret, related notes; a
// summary line last: `N errors, N warnings, N notes in N files`.
std::string format_text(const Report& report, const TextStyle& style);
std::string format_summary(const Report& report, const TextStyle& style);

// The documented JSON shape: tool, version, files, diagnostics, summary.
std::string format_json(const Report& report);

// SARIF 2.1.0 for code scanning: one run, a rule entry (with its page as help) for every rule
// that appears, partialFingerprints from rule + target. Columns in UTF-16 code units.
std::string format_sarif(const Report& report);

// GitHub Actions workflow commands, one `::error file=..,line=..,col=..,title=RULE::message`
// (or ::warning / ::notice) a finding, then the summary line.
std::string format_github(const Report& report);

// GitLab Code Quality JSON (artifacts:reports:codequality): an array of issues with description,
// check_name (the rule), fingerprint (as SARIF's), severity (info/minor/major), location.path
// and location.lines.begin.
std::string format_gitlab(const Report& report);

// JUnit XML: one testsuite, a testcase per file, a failure per error finding; warnings and
// notes go to the testcase's system-out.
std::string format_junit(const Report& report);

// A baseline: the rule + target pairs of a previous `validate --format json` report. Findings
// with a known pair are neither shown nor counted.
struct Baseline {
  std::set<std::pair<std::string, std::string>> known;  // (rule, target)
};
struct BaselineError {
  std::uint32_t line = 0, column = 0;  // 1-based; where the report went wrong
  std::string message;
};
// Reads the text of a json report; false (and `error`) when it is not valid JSON or not a
// chainmap json report.
bool parse_baseline(std::string_view text, Baseline& out, BaselineError& error);
// Removes the known findings from `diagnostics`; returns how many were removed.
std::size_t apply_baseline(const Baseline& baseline, std::vector<Diagnostic>& diagnostics);

}  // namespace chainmap
