#pragma once
// The waiver/* rules, reported by the waiver check (src/rules/waivers.cc); each rule's page is
// in its own file beside this header.
#include "chainmap/rules.h"

namespace chainmap::rules {

// Findings about waivers cannot be waived themselves.
inline constexpr RuleControls kWaiverFinding{.waivable = false};

extern const Rule waiver_expired, waiver_unused;

}  // namespace chainmap::rules
