// model/include-outside-root: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_include_outside_root{
    "model/include-outside-root",
    Severity::Error,
    "model",
    "an include leaves the root file's folder",
    R"doc(## What it checks
An `include` resolves (after following symbolic links) to a file outside the folder of the root
file. This is refused unless `--allow-outside-root` is given.

## Why it matters
In CI, a model should be checked from what is in the repository. An include that reaches out of
the model's folder can read files the reviewer never sees, or differ between machines.

## Example
```yaml
include: [../../shared/partners.yaml]
```

## Instead
```yaml
include: [partners.yaml]     # a copy, or a folder inside the model
```

## How to fix
Move or copy the file into the model's folder, or run with `--allow-outside-root` when reaching
out is intended.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
