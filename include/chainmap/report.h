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

struct Model;
struct Graph;

struct Report {
  const SourceSet& sources;
  const std::vector<Diagnostic>& diagnostics;  // sorted
  std::vector<std::uint32_t> files;            // files read, in load order (no duplicates)
  // What the summary counts when it is not `diagnostics` (--quiet hides warnings and notes
  // that still count); summarize(diagnostics) otherwise.
  std::optional<Summary> counted = std::nullopt;
};
Summary summary_of(const Report& report);

// The gate of `validate` (SPEC section 5, exit status), for its exit status and the HTML
// report's verdict alike.
struct GateSettings {
  std::optional<std::size_t> max_warnings;  // --max-warnings
  bool unreadable = false;                  // a root file could not be read at all
};
enum class Verdict : std::uint8_t { Pass, Fail, NotRun };  // exit status 0, 1, 2
struct Gate {
  Verdict verdict = Verdict::Pass;
  bool errors = false;             // error-level findings
  bool too_many_warnings = false;  // more warnings than --max-warnings
  int exit_status() const { return static_cast<int>(verdict); }
};
Gate gate(const Summary& counted, const GateSettings& settings);

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

// The HTML report for the people who own the journeys (SPEC section 6): one self-contained
// page with the summary and verdict, the findings by journey and rule with their source
// excerpts and explanations, each journey's views as inline SVG with the findings marked, the
// RACI and touchpoint matrices, partners, KPIs and opportunities. Byte-identical for the same
// models, findings and date. See src/report/html.cc.
struct ReportModel {
  const Model& model;
  const Graph& graph;
};
// The report draws the views of at most this many journeys (those with the worst findings
// first) and lists the journeys it left undrawn: a 5000-journey model still gives a file a
// browser opens (docs/ci.md, bench/README.md).
inline constexpr std::size_t kHtmlMaxDrawnJourneys = 50;
struct HtmlOptions {
  std::vector<ReportModel> models;  // the models checked, in command-line order
  GateSettings gate;
  std::vector<std::string> unread;         // root files that could not be read at all, and why
  std::optional<Summary> baseline_hidden;  // what --baseline hid, when given
  std::string date;                        // the day of the check, YYYY-MM-DD
  std::size_t max_drawn = kHtmlMaxDrawnJourneys;
};
std::string format_html(const Report& report, const HtmlOptions& options);

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
