#pragma once
// Findings: runs the enabled rules on the graph, applies the lint configuration (presets,
// per-rule severities and options, command-line overrides) and the waivers, and returns
// every diagnostic of the model, sorted (SPEC sections 2 "Lint configuration", "Waiver", 6).
#include <string>
#include <utility>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/formats.h"
#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/source.h"

namespace chainmap {

struct CheckOptions {
  bool strict = false;                                  // --strict
  std::vector<std::pair<std::string, Severity>> rules;  // --rule NAME=SEVERITY, in order
  Date today;                                           // for waiver expiry
};

// `load_diagnostics` are the loader's model/* findings; the result holds them (with their
// configured severities) and the rules' findings, minus waived and switched-off ones.
std::vector<Diagnostic> check_model(const Model& model, const Graph& graph,
                                    std::vector<Diagnostic> load_diagnostics,
                                    const CheckOptions& options);

// SPEC section 6: by file (display path), line, column, rule; then target and message so the
// order is total.
void sort_diagnostics(std::vector<Diagnostic>& diagnostics, const SourceSet& sources);

}  // namespace chainmap
