#include "rules/group.h"
#include "rules/model/rules.h"

namespace chainmap::rules {

std::span<const Rule* const> model_rules() {
  static const Rule* const rules[] = {&model_syntax,
                                      &model_type,
                                      &model_duplicate_key,
                                      &model_duplicate_id,
                                      &model_unknown_key,
                                      &model_unknown_section,
                                      &model_unknown_reference,
                                      &model_invalid_value,
                                      &model_missing_field,
                                      &model_include_not_found,
                                      &model_include_cycle,
                                      &model_include_outside_root,
                                      &model_unsupported_version};
  return rules;
}

}  // namespace chainmap::rules
