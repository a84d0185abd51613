#include "rules/group.h"
#include "rules/experience/rules.h"

namespace chainmap::rules {

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
