#include "rules/group.h"

namespace chainmap::rules {

extern const Rule kpi_no_owner;
extern const Rule kpi_no_target;

namespace {
const Rule* const kRules[] = {
    &kpi_no_owner,
    &kpi_no_target,
};
}  // namespace

std::span<const Rule* const> kpi_rules() { return kRules; }

}  // namespace chainmap::rules
