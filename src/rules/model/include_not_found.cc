// model/include-not-found: reported by the loader (src/load/); this file holds its page.
#include "chainmap/rules.h"

namespace chainmap::rules {

extern const Rule model_include_not_found;
const Rule model_include_not_found{
    "model/include-not-found",
    Severity::Error,
    "model",
    "an included file does not exist (a glob that matches nothing is a warning)",
    R"doc(## What it checks
An `include` entry names a file that does not exist or is a folder. A glob that matches no file
is reported as a warning instead, since an empty folder of journeys may be intended.

## Why it matters
A missing include silently drops everything that file declares: departments, partners or whole
journeys go unchecked.

## Example
```yaml
include: [partner.yaml]      # the file is partners.yaml
```

## Instead
```yaml
include: [partners.yaml, journeys/*.yaml]
```

## How to fix
Correct the path (relative to the file that includes it), or remove the entry.
)doc",
    {},
    nullptr,
};

}  // namespace chainmap::rules
