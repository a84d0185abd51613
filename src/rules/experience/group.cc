#include "rules/group.h"

namespace chainmap::rules {

extern const Rule experience_missing_score;
extern const Rule experience_opportunity_without_owner;
extern const Rule experience_pain_without_opportunity;
extern const Rule experience_persona_unused;
extern const Rule experience_seam_hotspot;
extern const Rule experience_unsupported_evidence;

namespace {
const Rule* const kRules[] = {
    &experience_missing_score,
    &experience_opportunity_without_owner,
    &experience_pain_without_opportunity,
    &experience_persona_unused,
    &experience_seam_hotspot,
    &experience_unsupported_evidence,
};
}  // namespace

std::span<const Rule* const> experience_rules() { return kRules; }

}  // namespace chainmap::rules
