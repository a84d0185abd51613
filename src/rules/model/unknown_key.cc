// model/unknown-key: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_unknown_key{
    "model/unknown-key",
    Severity::Warning,
    "the entity holding the key",
    "an unknown field, with the closest known field suggested",
    R"doc(## What it checks
A mapping has a key chainmap does not know, usually a typo such as `ownr` for `owner`. The
closest known key is suggested. Keys starting with `x-` are free for your own extensions and
are never reported. `organisation` and `lint` in an included file are reported too: they are
read only from the root file.

## Why it matters
A misspelt field is silently ignored: `ownr: warehouse` leaves the step without an owner, and
the mistake shows up far away as a different finding.

## Example
```yaml
- id: pick
  ownr: warehouse
```

## Instead
```yaml
- id: pick
  owner: warehouse
  x-wms-queue: PICK-01      # an extension field: fine
```

## How to fix
Correct the key to the suggested one, or prefix your own fields with `x-`. This is the only
model/* rule that can be configured (`lint.rules`, `--rule`) or waived.
)doc",
    {},
    nullptr,
    {.baselined = false},
};

}  // namespace chainmap::rules
