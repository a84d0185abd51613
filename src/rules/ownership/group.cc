#include "rules/group.h"

namespace chainmap::rules {

extern const Rule ownership_missing_owner;
extern const Rule ownership_multiple_owners;
extern const Rule ownership_conflicting_raci;
extern const Rule ownership_unused_party;
extern const Rule ownership_unused_role;

namespace {
const Rule* const kRules[] = {
    &ownership_missing_owner,
    &ownership_multiple_owners,
    &ownership_conflicting_raci,
    &ownership_unused_party,
    &ownership_unused_role,
};
}  // namespace

std::span<const Rule* const> ownership_rules() { return kRules; }

}  // namespace chainmap::rules
