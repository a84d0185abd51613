// ownership/conflicting-raci: one owner reference in two of responsible/consulted/informed, or
// the owner also consulted or informed.
#include <array>
#include <span>
#include <string_view>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

struct RaciList {
  std::string_view field;  // "responsible", "consulted", "informed"
  const std::vector<OwnerRef>* refs;
};

// Finds `who` in an earlier list than `upto` (R before C before I).
const OwnerRef* earlier(std::span<const RaciList> lists, std::size_t upto, const Owner& who,
                        std::string_view* field) {
  for (std::size_t l = 0; l < upto; ++l)
    for (const OwnerRef& ref : *lists[l].refs)
      if (ref.owner == who) {
        *field = lists[l].field;
        return &ref;
      }
  return nullptr;
}

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    for (const Step& s : j.steps) {
      const std::array<RaciList, 3> lists{{{"responsible", &s.responsible},
                                           {"consulted", &s.consulted},
                                           {"informed", &s.informed}}};
      const Owner owner = s.owner();
      for (std::size_t l = 0; l < lists.size(); ++l) {
        for (const OwnerRef& ref : *lists[l].refs) {
          if (ref.owner.kind == OwnerKind::Unresolved) continue;  // reported by the loader
          // The owner doing the work is normal (owner = responsible is fine); being told
          // about or asked for advice on one's own step is a muddle.
          if (ref.owner == owner) {
            if (l > 0)
              out.report(step_target(j, s), ref.loc,
                         fmt::format("'{}' owns step '{}' in journey '{}' and is also {}; the "
                                     "owner is accountable, so remove it from '{}'",
                                     ref.text, s.id, j.id, lists[l].field, lists[l].field),
                         {Related{s.owners.front().loc, "owner here"}});
            continue;
          }
          std::string_view first_field;
          if (const OwnerRef* first = earlier(lists, l, ref.owner, &first_field))
            out.report(step_target(j, s), ref.loc,
                       fmt::format("'{}' is both {} and {} for step '{}' in journey '{}'; give "
                                   "it one part in the step",
                                   ref.text, first_field, lists[l].field, s.id, j.id),
                       {Related{first->loc, fmt::format("{} here", first_field)}});
        }
      }
    }
  }
}

}  // namespace

extern const Rule ownership_conflicting_raci;
const Rule ownership_conflicting_raci{
    "ownership/conflicting-raci",
    Severity::Warning,
    "step",
    "one owner reference in two of responsible/consulted/informed, or the owner also consulted "
    "or informed (owner = responsible is fine)",
    R"doc(## What it checks
The RACI of a step contradicts itself: the same department, role, partner or customer appears
in two of `responsible`, `consulted` and `informed`, or the step's owner is also listed as
`consulted` or `informed`. References are compared after resolution, so `warehouse` and
`warehouse.picker` are different parties. The owner listed as `responsible` is fine: the
accountable team often does the work itself.

## Why it matters
RACI exists so that everyone knows whether they act, advise or just hear about the outcome.
A team that is both responsible and informed does not know whether to pick the work up or
wait for news; an owner that is "consulted" on its own step suggests the real owner is
somebody else. Contradictions like these are where work stalls between two teams.

## Example
```yaml
departments:
  sales: { type: frontline }
  warehouse: { type: back-office, roles: { picker: {} } }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - id: dispatch
            owner: warehouse
            responsible: [warehouse.picker]
            informed: [warehouse.picker, sales]
```

## Instead
```yaml
departments:
  sales: { type: frontline }
  warehouse: { type: back-office, roles: { picker: {} } }
journeys:
  order:
    stages:
      - id: fulfil
        steps:
          - id: dispatch
            owner: warehouse
            responsible: [warehouse.picker]
            informed: [sales]
```

## How to fix
Give each party one part in the step: keep it where it actually acts (responsible), advises
(consulted) or is told (informed), and remove it from the other list. If the owner is listed
as consulted or informed, remove it there, or make the party that really decides the owner.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
