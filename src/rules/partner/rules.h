#pragma once
// The partner/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule partner_formal_without_sla, partner_informal_undocumented, partner_no_feedback,
    partner_no_review, partner_sla_unmonitored, partner_step_without_sla;

}  // namespace chainmap::rules
