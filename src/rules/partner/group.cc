#include "rules/group.h"
#include "rules/partner/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> partner_rules() {
  static const Rule* const rules[] = {&partner_formal_without_sla, &partner_informal_undocumented,
                                      &partner_no_feedback,        &partner_no_review,
                                      &partner_sla_unmonitored,    &partner_step_without_sla};
  return rules;
}

}  // namespace chainmap::rules
