#include "rules/group.h"
#include "rules/kpi/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> kpi_rules() {
  static const Rule* const rules[] = {&kpi_no_owner, &kpi_no_target};
  return rules;
}

}  // namespace chainmap::rules
