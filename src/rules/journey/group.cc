#include "rules/group.h"

namespace chainmap::rules {

extern const Rule journey_dead_end;
extern const Rule journey_empty_stage;
extern const Rule journey_frontstage_only;
extern const Rule journey_no_complaint_route;
extern const Rule journey_promise_exceeded;
extern const Rule journey_too_many_handovers;
extern const Rule journey_unreachable_step;

namespace {
const Rule* const kRules[] = {
    &journey_dead_end,
    &journey_empty_stage,
    &journey_frontstage_only,
    &journey_no_complaint_route,
    &journey_promise_exceeded,
    &journey_too_many_handovers,
    &journey_unreachable_step,
};
}  // namespace

std::span<const Rule* const> journey_rules() { return kRules; }

}  // namespace chainmap::rules
