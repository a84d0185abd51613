#pragma once
// Effective lint configuration (SPEC section 2, "Lint configuration"): the preset from
// `lint.extends`, then `lint.rules`, then `--strict`, then `--rule` (the command line wins).
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "chainmap/check.h"
#include "chainmap/rules.h"

namespace chainmap {

struct RuleConfig {
  std::unordered_map<std::string_view, Severity> severity;  // by rule id, every rule
  std::unordered_map<std::string_view, std::map<std::string, long>> options;
  bool strict =
      false;  // preset strict or --strict: warnings of fixed model/* findings become errors

  Severity of(std::string_view rule) const;
};

// Reports problems of `lint.rules` (unknown rule names and options, model/* rules configured)
// into `out`. Command-line settings are assumed valid (the CLI checks them).
RuleConfig resolve_config(const Model& model, const CheckOptions& options,
                          std::vector<Diagnostic>& out);

}  // namespace chainmap
