// model/include-cycle: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_include_cycle{
    "model/include-cycle",
    Severity::Error,
    "model",
    "files include each other in a cycle",
    R"doc(## What it checks
A file includes, directly or through other files, a file that is still being read: the includes
form a cycle. The message shows the chain. (A glob that matches the file it is written in skips
that file silently; a file included twice elsewhere is simply read once.)

## Why it matters
A cycle has no load order: which file's declarations come first, and where a duplicate id is
reported, would be arbitrary.

## Example
```yaml
# chainmap.yaml
include: [journeys.yaml]
# journeys.yaml
include: [chainmap.yaml]
```

## Instead
```yaml
# chainmap.yaml
include: [journeys.yaml]
# journeys.yaml: no include back to the root
```

## How to fix
Include each file from one place only, usually the root file.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
