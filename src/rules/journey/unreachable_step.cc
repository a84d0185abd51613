// journey/unreachable-step: a step no entry reaches.
#include <algorithm>

#include <fmt/format.h>

#include "chainmap/reach.h"
#include "rules/context.h"
#include "rules/steps.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Reach& reach = cx.analysis<Reach>();
  for (std::size_t i = 0; i < cx.model.journeys.size(); ++i) {
    const Journey& j = cx.model.journeys[i];
    const JourneyGraph& g = cx.graph.journeys[i];
    if (j.steps.empty()) continue;
    // A `next` the loader could not resolve might be the link to any step: not judged.
    if (std::any_of(g.broken.begin(), g.broken.end(), [](std::uint8_t b) { return b != 0; }))
      continue;
    if (std::none_of(g.entry.begin(), g.entry.end(), [](std::uint8_t e) { return e != 0; })) {
      // One mistake, one finding: the missing entry, not every step after it.
      const Step& first = j.steps.front();
      report_step(out, j, first,
                  fmt::format("journey '{}' has no entry: its first step '{}' says 'entry: false' "
                              "and no step says 'entry: true', so no step is reached",
                              j.id, first.id));
      continue;
    }
    const JourneyReach& r = reach.journeys[i];
    for (std::size_t s = 0; s < j.steps.size(); ++s)
      if (!r.reachable[s])
        report_step(out, j, j.steps[s],
                    fmt::format("step '{}' is not reached from any entry of journey '{}'; link to "
                                "it with 'next' from an earlier step, mark it 'entry: true', or "
                                "remove it",
                                j.steps[s].id, j.id));
  }
}

}  // namespace

extern const Rule journey_unreachable_step;
const Rule journey_unreachable_step{
    "journey/unreachable-step",
    Severity::Error,
    "step",
    "a step no entry reaches",
    R"doc(## What it checks
A step of a journey that no path from an entry step reaches. Entries are the first step (unless
it says `entry: false`) and every step with `entry: true`; paths follow `next` and the implicit
flow to the following step, loops included. Cross-journey links do not make a step reachable:
a step reached only from another journey must say `entry: true`.
A journey with no entry at all is reported once, on its first step. A journey where a `next`
names a step that does not exist (`model/unknown-reference`) is not judged: the broken link
may be the one meant to reach the step.

## Why it matters
A step nobody reaches is either dead process (a form nobody sends any more, a check that was
bypassed) or, worse, a step everyone believes happens but that the flow skips: the
confirmation email that is never triggered, the quality check that no route leads to.
Customers experience the chain as it runs, not as it was drawn.

## Example
```yaml
departments:
  sales: { type: frontline }
  warehouse: { type: back-office }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, next: [pick] }
          - { id: confirm, owner: sales }
          - { id: pick, owner: warehouse }
```

## Instead
```yaml
departments:
  sales: { type: frontline }
  warehouse: { type: back-office }
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer, next: [confirm] }
          - { id: confirm, owner: sales }
          - { id: pick, owner: warehouse }
```

## How to fix
Add the missing link (`next` of the step before it), mark the step `entry: true` if the
journey really can start there (for example when another journey links to it), or delete it
if the work no longer happens.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
