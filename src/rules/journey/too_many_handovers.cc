// journey/too-many-handovers: an entry-to-end path crosses more handovers than `max`.
#include <fmt/format.h>

#include "chainmap/paths.h"
#include "rules/context.h"
#include "rules/path_text.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Paths& paths = cx.analysis<Paths>();
  const long max = cx.option("max");
  for (std::size_t i = 0; i < cx.model.journeys.size(); ++i) {
    const Journey& j = cx.model.journeys[i];
    const CriticalPath& path = paths.journeys[i].most_handovers;
    if (path.handovers <= max) continue;
    out.report("journey:" + j.id, j.loc,
               fmt::format("a path through journey '{}' crosses {} handovers, more than {}: {}; "
                           "every handover is a seam where work can wait or get lost, so merge "
                           "steps under one owner where you can",
                           j.id, path.handovers, max, path_text(j, path.steps)));
  }
}

const RuleOption kOptions[] = {
    {"max", 6, "the most handovers a path from an entry to an end may cross"},
};

}  // namespace

extern const Rule journey_too_many_handovers;
const Rule journey_too_many_handovers{
    "journey/too-many-handovers",
    Severity::Warning,
    "journey",
    "a path from an entry to an end (loop edges ignored) crosses more handovers than the option "
    "`max` (default 6)",
    R"doc(## What it checks
Every path from an entry step to a terminal step, counting the edges that are handovers (the
owner changes between two roles, two departments, or to or from a partner; interactions with
the customer do not count). Edges marked `loop: true` and edges that close a cycle are
ignored, and cross-journey links are not followed. If the path with the most handovers crosses
more than `max` (default 6), the journey is reported with that path and its count (a path of
more than nine steps by its first and last four steps and how many lie between).

## Why it matters
Every handover is a seam: a queue where the work waits, a place where context is dropped, a
moment where each side believes the other has it. A journey that passes through many hands is
slow and fragile even if each handover is declared properly, and nobody sees it whole.

## Example
```yaml
lint:
  rules:
    journey/too-many-handovers: { severity: warning, max: 2 }
departments:
  sales: { type: frontline }
  finance: { type: back-office }
  warehouse: { type: back-office }
  dispatch: { type: back-office }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: confirm, owner: sales }
          - { id: check, owner: finance }
          - { id: pick, owner: warehouse }
          - { id: ship, owner: dispatch }
```

## Instead
```yaml
lint:
  rules:
    journey/too-many-handovers: { severity: warning, max: 2 }
departments:
  sales: { type: frontline }
  finance: { type: back-office }
  warehouse: { type: back-office }
  dispatch: { type: back-office }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - { id: confirm, owner: sales }
          - { id: pick, owner: warehouse }
          - { id: ship, owner: warehouse }
```

## How to fix
Give one owner a longer stretch of the work (empower the frontline team to do the check itself,
let the warehouse dispatch), or split the journey where a real hand-off to another journey
happens. If the chain genuinely needs the hands, raise `max` for this model.
)doc",
    kOptions,
    check,
};

}  // namespace chainmap::rules
