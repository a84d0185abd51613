#include "rules/group.h"
#include "rules/waiver/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> waiver_rules() {
  static const Rule* const rules[] = {&waiver_expired, &waiver_unused};
  return rules;
}

}  // namespace chainmap::rules
