// model/include-not-found: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_include_not_found{
    "model/include-not-found",
    Severity::Error,
    "model",
    "an included file does not exist, or an include glob matches no file",
    R"doc(## What it checks
An `include` entry that reads no file: a path that does not exist or is a folder, a glob that
matches no file (with a hint when the same glob with `.yaml` for `.yml`, or the other way
round, would match), or a glob that looks at more than 100,000 files and folders before it
ends (its files are then not read: narrow it to the folders that hold the model).

A glob's `**` does not descend into symlinked folders, so a link to `.` or `..` cannot make it
loop; see the `chainmap(5)` manual.

## Why it matters
A missing include silently drops everything that file declares: departments, partners or whole
journeys go unchecked. A glob typo such as `journeys/*.yml` for files ending in `.yaml` would
drop every journey from a CI check while the gate passes, so a glob matching nothing is an
error too.

## Example
```yaml
include: [partner.yaml, journeys/*.yml]      # the files are partners.yaml, journeys/*.yaml
```

## Instead
```yaml
include: [partners.yaml, journeys/*.yaml]
```

## How to fix
Correct the path or glob (relative to the file that includes it), or remove the entry. To
include a folder, name its files with a glob: `journeys/*.yaml`.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
