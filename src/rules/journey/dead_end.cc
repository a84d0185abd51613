// journey/dead-end: a non-terminal step from which no terminal step is reachable.
#include <fmt/format.h>

#include "chainmap/reach.h"
#include "rules/context.h"
#include "rules/steps.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Reach& reach = cx.analysis<Reach>();
  for_each_step(cx.model, [&](std::size_t i, const Journey& j, std::size_t s, const Step& step) {
    // Unreachable steps are journey/unreachable-step's finding only; open ones (a `next` that
    // does not resolve lies ahead) are not judged.
    const JourneyReach& r = reach.journeys[i];
    if (!r.reachable[s] || r.reaches_end[s] || r.open[s]) return;
    report_step(out, j, step,
                fmt::format("no end of journey '{}' can be reached from step '{}': every path "
                            "from it goes round in a cycle; give the cycle a way out or mark the "
                            "step that finishes the work 'end: true'",
                            j.id, step.id));
  });
}

}  // namespace

extern const Rule journey_dead_end;
const Rule journey_dead_end{
    "journey/dead-end",
    Severity::Error,
    "step",
    "a non-terminal step from which no terminal step is reachable",
    R"doc(## What it checks
A step that an entry reaches, that is not itself terminal, and from which no terminal step can
be reached. Terminal steps are those with `end: true`, `next: []`, only cross-journey links in
`next`, or the last step when it has no `next`. Since a step without `next` flows to the
following one, this happens when every path from the step runs into a cycle with no way out.
Steps no entry reaches are left to `journey/unreachable-step` (one finding per mistake), and a
step whose `next` names a missing step (`model/unknown-reference`), or that leads to one, is
not judged.

## Why it matters
A dead end is a customer stuck in a loop: the case that goes back and forth between support and
the warehouse forever, the retry that never gives up or escalates. Every such cycle needs an
exit: a resolution, an escalation, or a hand-off to another journey.

## Example
```yaml
departments:
  workshop: { type: back-office }
journeys:
  repair:
    stages:
      - id: fix
        steps:
          - { id: book, owner: customer }
          - { id: diagnose, owner: workshop, next: [repair] }
          - { id: repair, owner: workshop, next: [test] }
          - { id: test, owner: workshop, next: [{ to: repair, loop: true }] }
          - { id: return, owner: workshop }
```

## Instead
```yaml
departments:
  workshop: { type: back-office }
journeys:
  repair:
    stages:
      - id: fix
        steps:
          - { id: book, owner: customer }
          - { id: diagnose, owner: workshop, next: [repair] }
          - { id: repair, owner: workshop, next: [test] }
          - { id: test, owner: workshop, next: [return, { to: repair, loop: true }] }
          - { id: return, owner: workshop }
```

## How to fix
Give the cycle an exit (`next` to the step that follows when it succeeds), mark the step that
finishes the work `end: true`, or link on to the journey that takes over.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
