#include "rules/group.h"

namespace chainmap::rules {

extern const Rule coverage_duplicate_shift;
extern const Rule coverage_no_backup;
extern const Rule coverage_role_off_shift;
extern const Rule coverage_shift_gap;
extern const Rule coverage_shift_handover_missing;

namespace {
const Rule* const kRules[] = {
    &coverage_duplicate_shift,
    &coverage_no_backup,
    &coverage_role_off_shift,
    &coverage_shift_gap,
    &coverage_shift_handover_missing,
};
}  // namespace

std::span<const Rule* const> coverage_rules() { return kRules; }

}  // namespace chainmap::rules
