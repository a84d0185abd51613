// model/unknown-reference: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_unknown_reference{
    "model/unknown-reference",
    Severity::Error,
    "the entity holding the reference",
    "a reference to an id that does not exist, with a suggestion",
    R"doc(## What it checks
A reference names something that is not declared: an owner (`warehous`, `support.agnt`), an
information item in `captures`, `needs` or `carries`, a step in `next`, a journey in
`complaints` or a cross-journey link, an SLA of the owning partner, a role in a shift or as a
backup, a rule name in `lint.rules` or a waiver. The closest existing id is suggested.

A misspelt information item with a suggestion is analysed as the suggested item, so the one
typo is not also reported downstream (`handover/context-lost`, `handover/carries-unknown`).

## Why it matters
A broken reference hides the thing it should connect: an unknown owner means nobody is
accountable for the step, an unknown `next` cuts the journey in two.

## Example
```yaml
- id: pick
  owner: warehous
```

## Instead
```yaml
- id: pick
  owner: warehouse
```

## How to fix
Use the suggested id, or declare the missing department, role, partner, information item or
step.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
