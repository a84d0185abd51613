// model/syntax: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_syntax{
    "model/syntax",
    Severity::Error,
    "model",
    "YAML that does not parse (position of the parser's error)",
    R"doc(## What it checks
The file is not YAML chainmap can read: a syntax error (at the parser's position), text that is
not UTF-8, more than one YAML document in one file, or input beyond chainmap's limits (values
nested deeper than 64 levels, a value longer than 1 MiB, aliases expanding to more than 100,000
values, a file over 128 MiB, a model of more than 10,000 files).

## Why it matters
Nothing in a file that does not parse can be checked; the rest of the model may look complete
while a whole journey is missing from it.

## Example
```yaml
journeys:
  order:
    stages: [ {id: buy, steps: [ {id: pay, owner: sales} ]     # missing ']'
```

## Instead
```yaml
journeys:
  order:
    stages: [ {id: buy, steps: [ {id: pay, owner: sales} ]} ]
```

## How to fix
Go to the position shown and correct the YAML. Indent with spaces, never tabs. Save files as
UTF-8. Split a multi-document file into one file per document and `include` them.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
