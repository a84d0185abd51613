#include "rules/group.h"

namespace chainmap::rules {

extern const Rule partner_formal_without_sla;
extern const Rule partner_informal_undocumented;
extern const Rule partner_no_feedback;
extern const Rule partner_no_review;
extern const Rule partner_sla_unmonitored;
extern const Rule partner_step_without_sla;

namespace {
const Rule* const kRules[] = {
    &partner_formal_without_sla,
    &partner_informal_undocumented,
    &partner_no_feedback,
    &partner_no_review,
    &partner_sla_unmonitored,
    &partner_step_without_sla,
};
}  // namespace

std::span<const Rule* const> partner_rules() { return kRules; }

}  // namespace chainmap::rules
