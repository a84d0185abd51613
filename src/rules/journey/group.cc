#include "rules/group.h"
#include "rules/journey/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> journey_rules() {
  static const Rule* const rules[] = {&journey_dead_end,         &journey_empty_stage,
                                      &journey_frontstage_only,  &journey_no_complaint_route,
                                      &journey_promise_exceeded, &journey_too_many_handovers,
                                      &journey_unreachable_step};
  return rules;
}

}  // namespace chainmap::rules
