#include "rules/group.h"
#include "rules/touchpoint/rules.h"

namespace chainmap::rules {

namespace {
const Rule* const kRules[] = {
    &touchpoint_channel_conflict, &touchpoint_missing, &touchpoint_no_owner,
    &touchpoint_unstaffed_hours,  &touchpoint_unused,
};
}  // namespace

std::span<const Rule* const> touchpoint_rules() { return kRules; }

}  // namespace chainmap::rules
