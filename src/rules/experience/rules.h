#pragma once
// The experience/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule experience_missing_score;
extern const Rule experience_opportunity_without_owner;
extern const Rule experience_pain_without_opportunity;
extern const Rule experience_persona_unused;
extern const Rule experience_seam_hotspot;
extern const Rule experience_unsupported_evidence;

}  // namespace chainmap::rules
