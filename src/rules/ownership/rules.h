#pragma once
// The ownership/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule ownership_missing_owner, ownership_multiple_owners, ownership_conflicting_raci,
    ownership_unused_party, ownership_unused_role;

}  // namespace chainmap::rules
