#include "rules/group.h"
#include "rules/handover/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> handover_rules() {
  static const Rule* const rules[] = {&handover_carries_unknown,     &handover_context_lost,
                                      &handover_method_not_accepted, &handover_no_confirmation,
                                      &handover_no_context,          &handover_no_follow_up,
                                      &handover_not_a_handover,      &handover_ping_pong,
                                      &handover_undeclared,          &handover_unrecorded_method};
  return rules;
}

}  // namespace chainmap::rules
