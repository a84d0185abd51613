#include "rules/group.h"

namespace chainmap::rules {

extern const Rule waiver_expired;
extern const Rule waiver_unused;

namespace {
const Rule* const kRules[] = {
    &waiver_expired,
    &waiver_unused,
};
}  // namespace

std::span<const Rule* const> waiver_rules() { return kRules; }

}  // namespace chainmap::rules
