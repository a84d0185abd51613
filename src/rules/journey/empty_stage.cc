// journey/empty-stage: a stage with no steps.
#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys)
    for (const Stage& stage : j.stages) {
      // Steps written in a shape the loader could not read were reported there.
      if (stage.count > 0 || stage.steps_malformed) continue;
      out.report(fmt::format("stage:{}/{}", j.id, stage.id), stage.loc,
                 fmt::format("stage '{}' of journey '{}' has no steps; add the steps that "
                             "happen in it, or remove the stage",
                             stage.id, j.id));
    }
}

}  // namespace

extern const Rule journey_empty_stage;
const Rule journey_empty_stage{
    "journey/empty-stage",
    Severity::Warning,
    "stage",
    "a stage with no steps",
    R"doc(## What it checks
A stage of a journey with no `steps` (absent, empty, or `[]`).

## Why it matters
Stages are the phases the customer goes through (buy, wait, receive, get help). An empty stage
is a phase that was named but never mapped: the blueprint shows a column with nobody in it,
and whatever happens there (often the waiting, where customers call to ask) has no owner and
no handovers to check.

## Example
```yaml
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer }
      - id: wait
```

## Instead
```yaml
journeys:
  order:
    stages:
      - id: buy
        steps:
          - { id: place-order, owner: customer }
      - id: wait
        steps:
          - { id: track-parcel, owner: customer }
```

## How to fix
Map the steps of the stage with their owners, or remove the stage if the journey has no such
phase.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
