#include "rules/group.h"
#include "rules/coverage/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> coverage_rules() {
  static const Rule* const rules[] = {&coverage_duplicate_shift, &coverage_no_backup,
                                      &coverage_role_off_shift, &coverage_shift_gap,
                                      &coverage_shift_handover_missing};
  return rules;
}

}  // namespace chainmap::rules
