// model/unknown-section: reported by the loader (src/load/); this file holds its page.
#include "rules/model/rules.h"

namespace chainmap::rules {

const Rule model_unknown_section{
    "model/unknown-section",
    Severity::Error,
    "model",
    "an unknown top-level key (a misspelt section), with the closest section suggested",
    R"doc(## What it checks
A file of the model has a top-level key that is not a section: usually a typo such as
`journies` for `journeys` or `department` for `departments`. The closest section is suggested;
when none is close, the sections are listed. The sections are `chainmap`, `organisation`,
`include`, `information`, `departments`, `partners`, `touchpoints`, `personas`, `journeys`,
`opportunities`, `kpis`, `waivers` and `lint`. Top-level keys starting with `x-` are free for
your own data and never reported.

## Why it matters
Everything under a misspelt section is ignored: whole journeys or departments drop out of
the check, and the gate passes on a model it never read. Unlike an unknown field deep inside
an entry (`model/unknown-key`, a warning), this is an error and cannot be switched off.

## Example
```yaml
chainmap: 1
journies:
  order-to-delivery:
    stages: []
```

## Instead
```yaml
chainmap: 1
journeys:
  order-to-delivery:
    stages: []
x-owner-notes: reviewed by the service design team   # your own data: fine
```

## How to fix
Correct the key to the suggested section, or prefix your own top-level data with `x-`.
)doc",
    {},
    nullptr,
    kInputError,
};

}  // namespace chainmap::rules
