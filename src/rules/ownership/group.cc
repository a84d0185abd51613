#include "rules/group.h"
#include "rules/ownership/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> ownership_rules() {
  static const Rule* const rules[] = {&ownership_missing_owner, &ownership_multiple_owners,
                                      &ownership_conflicting_raci, &ownership_unused_party,
                                      &ownership_unused_role};
  return rules;
}

}  // namespace chainmap::rules
