#include "rules/group.h"

namespace chainmap::rules {

extern const Rule privacy_personal_data_without_dpa;

namespace {
const Rule* const kRules[] = {
    &privacy_personal_data_without_dpa,
};
}  // namespace

std::span<const Rule* const> privacy_rules() { return kRules; }

}  // namespace chainmap::rules
