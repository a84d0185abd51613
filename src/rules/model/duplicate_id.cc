// model/duplicate-id: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_duplicate_id{
    "model/duplicate-id",
    Severity::Error,
    "the second declaration",
    "an id declared twice (also across files; departments and partners share ids)",
    R"doc(## What it checks
An id is declared twice: two departments, two journeys, two steps of one journey, two stages of
one journey, two KPIs or information items with the same id, also when the declarations are in
different files. Departments and partners share one namespace, so a partner may not reuse a
department's id.

## Why it matters
References such as `owner: warehouse` must name exactly one thing. With two declarations, one
of them silently wins and the other's roles, shifts or steps disappear from every check.

## Example
```yaml
# organisation.yaml
departments:
  warehouse: { type: back-office }
# partners.yaml
partners:
  warehouse: { agreement: formal }     # same id as the department
```

## Instead
```yaml
partners:
  warehouse-3pl: { agreement: formal }
```

## How to fix
Rename one of the two (the related location shows the first declaration) and update the
references to it.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
