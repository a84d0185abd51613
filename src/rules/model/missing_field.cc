// model/missing-field: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_missing_field{
    "model/missing-field",
    Severity::Error,
    "the entity missing it",
    "a required field is absent",
    R"doc(## What it checks
A required field is absent: `chainmap` (the format version, root file), department `type`,
partner `agreement`, SLA `target`, stage `id`, step `id`, handover `method`, next item `to`,
waiver `rule`, `target` and `reason`. A step without `owner` is reported by
ownership/missing-owner instead. An empty `handover: {}` is one finding (its missing `method`):
it declares nothing, so the handover rules do not also report its missing `carries`,
`confirm` or `follow-up`, and information passes it as over an undeclared handover.

## Why it matters
These fields decide how everything else is checked: a department without a type has no default
lane, a partner without an agreement cannot be checked for an SLA, a waiver without a reason is
an unexplained exception.

## Example
```yaml
departments:
  support:
    name: Customer Support
```

## Instead
```yaml
departments:
  support:
    name: Customer Support
    type: frontline
```

## How to fix
Add the field the message names.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
