#include "rules/group.h"
#include "rules/privacy/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> privacy_rules() {
  static const Rule* const rules[] = {&privacy_personal_data_without_dpa};
  return rules;
}

}  // namespace chainmap::rules
