#pragma once
// The coverage/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule coverage_duplicate_shift, coverage_no_backup, coverage_role_off_shift,
    coverage_shift_gap, coverage_shift_handover_missing;

}  // namespace chainmap::rules
