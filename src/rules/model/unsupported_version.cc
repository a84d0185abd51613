// model/unsupported-version: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_unsupported_version{
    "model/unsupported-version",
    Severity::Error,
    "model",
    "`chainmap:` is not 1",
    R"doc(## What it checks
The `chainmap:` format version is not `1`, the only version this chainmap reads.

## Why it matters
A file written for another format version may use fields with other meanings; checking it as
version 1 would give misleading findings.

## Example
```yaml
chainmap: 2
```

## Instead
```yaml
chainmap: 1
```

## How to fix
Write `chainmap: 1`, or use the chainmap release that reads the newer format.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
