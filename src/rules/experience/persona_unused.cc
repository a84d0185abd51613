// experience/persona-unused: a persona that no journey lists.
#include <fmt/format.h>

#include "rules/context.h"
#include "rules/experience/rules.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  std::vector<std::uint8_t> listed(m.personas.size(), 0);
  for (const Journey& j : m.journeys) {
    // A `personas` that is not a list of ids was reported (model/type): which personas it
    // meant is unknown, so none is judged until it is fixed.
    if (j.personas_malformed) return;
    // A misspelt id is listed as the persona its model/unknown-reference suggested.
    for (std::int32_t p : j.persona_list) listed[static_cast<std::size_t>(p)] = 1;
  }
  for (std::size_t p = 0; p < m.personas.size(); ++p)
    if (!listed[p])
      out.report("persona:" + m.personas[p].id, m.personas[p].loc,
                 fmt::format("persona '{}' is listed by no journey; add it to the 'personas' of "
                             "the journeys it goes through, or remove it",
                             m.personas[p].id));
}

}  // namespace

const Rule experience_persona_unused{
    "experience/persona-unused",
    Severity::Note,
    "persona",
    "a persona that no journey lists",
    R"doc(## What it checks
A declared persona that no journey lists in its `personas`. A misspelt id in a journey's
`personas` is reported by `model/unknown-reference`, and the persona its message suggests
counts as listed. An `experience` entry does not list a persona: scoring a step for a persona
the journey does not list is reported by `model/unknown-reference`, and that entry is then
ignored. While some journey's `personas` is not a list of ids (`model/type`), no persona is
judged.

## Why it matters
A persona stands for customers whose experience the team has decided to map. One that no
journey lists has no curve, no scores and no pain points: either its journeys have not been
mapped yet, or it was replaced and the old one lingers, and readers of the map wonder whose
experience they are looking at.

## Example
```yaml
personas:
  shopper: { name: Busy online shopper }
  gift-buyer: { name: Gift buyer }
journeys:
  buy:
    personas: [shopper]
    stages:
      - id: order
        steps:
          - { id: place-order, owner: customer, experience: { shopper: { score: 1 } } }
```

## Instead
```yaml
personas:
  shopper: { name: Busy online shopper }
  gift-buyer: { name: Gift buyer }
journeys:
  buy:
    personas: [shopper, gift-buyer]
    stages:
      - id: order
        steps:
          - id: place-order
            owner: customer
            experience:
              shopper: { score: 1 }
              gift-buyer: { score: 0, feeling: Cannot add a gift message }
```

## How to fix
List the persona in the `personas` of each journey it goes through, and score its steps; or
remove the persona if it is no longer one the team designs for.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
