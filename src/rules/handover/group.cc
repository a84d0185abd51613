#include "rules/group.h"

namespace chainmap::rules {

extern const Rule handover_carries_unknown;
extern const Rule handover_context_lost;
extern const Rule handover_method_not_accepted;
extern const Rule handover_no_confirmation;
extern const Rule handover_no_context;
extern const Rule handover_no_follow_up;
extern const Rule handover_not_a_handover;
extern const Rule handover_ping_pong;
extern const Rule handover_undeclared;
extern const Rule handover_unrecorded_method;

namespace {
const Rule* const kRules[] = {
    &handover_carries_unknown,
    &handover_context_lost,
    &handover_method_not_accepted,
    &handover_no_confirmation,
    &handover_no_context,
    &handover_no_follow_up,
    &handover_not_a_handover,
    &handover_ping_pong,
    &handover_undeclared,
    &handover_unrecorded_method,
};
}  // namespace

std::span<const Rule* const> handover_rules() { return kRules; }

}  // namespace chainmap::rules
