// model/type: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_type{
    "model/type",
    Severity::Error,
    "the entity holding the value",
    "a value of the wrong type (e.g. a list where a mapping belongs)",
    R"doc(## What it checks
A value has the wrong shape: a list where a mapping belongs, text where a list of ids belongs,
`yes please` where `true` or `false` belongs, or a file that is a list instead of a mapping of
sections.

## Why it matters
chainmap cannot guess what a mistyped value means; the field is ignored, and what depends on it
(ownership, handovers, coverage) is checked without it.

## Example
```yaml
steps:
  - id: pick
    owner: warehouse
    needs: order-id          # a single id, but `needs` is a list
```

## Instead
```yaml
steps:
  - id: pick
    owner: warehouse
    needs: [order-id]
```

## How to fix
Write the value in the shape the message names; `chainmap schema` prints the full format.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
