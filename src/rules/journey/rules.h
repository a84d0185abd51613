#pragma once
// The journey/* rules, one file each beside this header (check function and page).
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule journey_dead_end, journey_empty_stage, journey_frontstage_only,
    journey_no_complaint_route, journey_promise_exceeded, journey_too_many_handovers,
    journey_unreachable_step;

}  // namespace chainmap::rules
