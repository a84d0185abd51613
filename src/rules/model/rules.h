#pragma once
// The model/* rules: input chainmap cannot understand, reported by the YAML loader (src/load/)
// and by the lint configuration and waiver checks (src/rules/config.cc, waivers.cc). They are
// plain data (id, severity, page) with no check function, so the loader depends on nothing
// but this catalogue entry; each rule's page is in its own file beside this header.
#include "chainmap/rules.h"

namespace chainmap::rules {

// Always errors: never switched off, waived or taken into a baseline (SPEC section 3).
inline constexpr RuleControls kInputError{
    .configurable = false, .waivable = false, .baselined = false};

extern const Rule model_syntax;
extern const Rule model_type;
extern const Rule model_duplicate_key;
extern const Rule model_duplicate_id;
extern const Rule model_unknown_key;  // a warning; configurable and waivable, never baselined
extern const Rule model_unknown_section;
extern const Rule model_unknown_reference;
extern const Rule model_invalid_value;
extern const Rule model_missing_field;
extern const Rule model_include_not_found;
extern const Rule model_include_cycle;
extern const Rule model_include_outside_root;
extern const Rule model_unsupported_version;

}  // namespace chainmap::rules
