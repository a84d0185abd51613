#pragma once
// Waivers (SPEC section 2, "Waiver"): silence one rule on one target, with a reason, until an
// optional expiry date; report expired waivers (waiver/expired) and ones that match nothing
// (waiver/unused).
#include <vector>

#include "chainmap/check.h"
#include "rules/config.h"

namespace chainmap {

// Removes waived findings from `findings`, then appends waiver/* findings (with their
// configured severity) and reports invalid waivers (unknown rule, model/* rule, malformed
// target) into `model_out`.
void apply_waivers(const Model& model, const RuleConfig& config, const Date& today,
                   std::vector<Diagnostic>& findings, std::vector<Diagnostic>& model_out);

}  // namespace chainmap
