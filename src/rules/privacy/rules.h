#pragma once
// The privacy/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule privacy_personal_data_without_dpa;

}  // namespace chainmap::rules
