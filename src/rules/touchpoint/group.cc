#include "rules/group.h"

namespace chainmap::rules {

extern const Rule touchpoint_channel_conflict;
extern const Rule touchpoint_missing;
extern const Rule touchpoint_no_owner;
extern const Rule touchpoint_unstaffed_hours;
extern const Rule touchpoint_unused;

namespace {
const Rule* const kRules[] = {
    &touchpoint_channel_conflict,
    &touchpoint_missing,
    &touchpoint_no_owner,
    &touchpoint_unstaffed_hours,
    &touchpoint_unused,
};
}  // namespace

std::span<const Rule* const> touchpoint_rules() { return kRules; }

}  // namespace chainmap::rules
