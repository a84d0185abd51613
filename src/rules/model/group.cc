#include "rules/group.h"

namespace chainmap::rules {

extern const Rule model_syntax;
extern const Rule model_type;
extern const Rule model_duplicate_key;
extern const Rule model_duplicate_id;
extern const Rule model_unknown_key;
extern const Rule model_unknown_section;
extern const Rule model_unknown_reference;
extern const Rule model_invalid_value;
extern const Rule model_missing_field;
extern const Rule model_include_not_found;
extern const Rule model_include_cycle;
extern const Rule model_include_outside_root;
extern const Rule model_unsupported_version;

namespace {
const Rule* const kRules[] = {
    &model_syntax,
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
    &model_unsupported_version,
};
}  // namespace

std::span<const Rule* const> model_rules() { return kRules; }

}  // namespace chainmap::rules
