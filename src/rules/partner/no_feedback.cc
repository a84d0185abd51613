// partner/no-feedback: a partner in a journey with no `feedback` and no edge back from its
// steps to an internal owner.
#include <fmt/format.h>

#include "chainmap/usage.h"
#include "rules/context.h"

namespace chainmap::rules {
namespace {

bool internal(const Owner& o) {
  return o.kind == OwnerKind::Department || o.kind == OwnerKind::Role;
}

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  const Usage& usage = cx.analysis<Usage>();
  // Partners with a step whose flow leads straight to a department or role (cross-journey
  // links included: the work comes back inside, wherever it is mapped).
  std::vector<std::uint8_t> returns(m.partners.size(), 0);
  for (const JourneyGraph& g : cx.graph.journeys)
    for (const Edge& e : g.edges) {
      const Owner& from = g.owners[e.from];
      if (from.kind != OwnerKind::Partner) continue;
      const Owner to = e.cross ? m.journeys[e.to_journey].steps[e.to].owner() : g.owners[e.to];
      if (internal(to)) returns[from.party] = 1;
    }
  for (std::size_t i = 0; i < m.partners.size(); ++i) {
    const Partner& p = m.partners[i];
    if (!usage.partner_appears[i] || returns[i] || p.feedback.present() || p.feedback.malformed)
      continue;
    out.report("partner:" + p.id, p.loc,
               fmt::format("partner '{}' takes part in a journey but has no 'feedback' and none "
                           "of its steps leads back to a department; say how what it learns "
                           "reaches the chain",
                           p.id));
  }
}

}  // namespace

extern const Rule partner_no_feedback;
const Rule partner_no_feedback{
    "partner/no-feedback",
    Severity::Warning,
    "partner",
    "a partner in a journey with no `feedback` and no edge back from its steps to an internal "
    "owner",
    R"doc(## What it checks
A partner appears in a journey (it owns a step, or is responsible, consulted or informed for
one), has no `feedback`, and no step it owns flows (`next`, or the implicit flow to the next
step, cross-journey links included) to a step owned by a department or one of its roles.

## Why it matters
Partners see what the organisation does not: the courier knows which addresses fail, the
outsourced call centre hears the same complaint a hundred times. If the chain has no way back
from the partner, that knowledge stays outside, the same failures repeat, and the first
signal the organisation gets is a complaint. A feedback loop is what makes a chain learn.

## Example
```yaml
departments:
  warehouse: { type: back-office }
partners:
  fastship: { agreement: informal, documented-in: Email 2024-03-02 }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: pick, owner: warehouse }
          - { id: deliver, owner: fastship, end: true }
```

## Instead
```yaml
departments:
  warehouse: { type: back-office }
partners:
  fastship:
    agreement: informal
    documented-in: Email 2024-03-02
    feedback: Weekly call with the logistics coordinator about failed deliveries
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: pick, owner: warehouse }
          - { id: deliver, owner: fastship, end: true }
```

## How to fix
Write in `feedback` how the partner feeds back (a weekly ops call, a failed-delivery report,
shared tickets), or model the way back: a step after the partner's step owned by the
department that receives its report.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
