#include "rules/group.h"

namespace chainmap::rules {


namespace {
// No rules in this group yet.
}  // namespace

std::span<const Rule* const> ownership_rules() { return {}; }

}  // namespace chainmap::rules
