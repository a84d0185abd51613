#pragma once
// The touchpoint/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule touchpoint_channel_conflict;
extern const Rule touchpoint_missing;
extern const Rule touchpoint_no_owner;
extern const Rule touchpoint_unstaffed_hours;
extern const Rule touchpoint_unused;

}  // namespace chainmap::rules
