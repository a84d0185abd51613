#pragma once
// The kpi/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule kpi_no_owner, kpi_no_target;

}  // namespace chainmap::rules
