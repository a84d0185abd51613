#pragma once
// The handover/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule handover_carries_unknown, handover_context_lost, handover_method_not_accepted,
    handover_no_confirmation, handover_no_context, handover_no_follow_up, handover_not_a_handover,
    handover_ping_pong, handover_undeclared, handover_unrecorded_method;

}  // namespace chainmap::rules
