// model/duplicate-key: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_duplicate_key{
    "model/duplicate-key",
    Severity::Error,
    "the entity holding the mapping",
    "the same key twice in one mapping",
    R"doc(## What it checks
The same key appears twice in one YAML mapping. YAML tools disagree on which one wins, and most
silently drop one of them; chainmap uses the first and reports the second.

## Why it matters
A duplicated key usually means two people edited the same entry: one of their changes is lost
without anyone noticing.

## Example
```yaml
departments:
  support:
    type: frontline
    type: back-office
```

## Instead
```yaml
departments:
  support:
    type: frontline
```

## How to fix
Keep one of the two keys (the related location shows the first) and merge their values.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
