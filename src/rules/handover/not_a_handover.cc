// handover/not-a-handover: a `handover` is declared on an edge whose owner does not change.
#include "rules/handover/edges.h"

namespace chainmap::rules {
namespace {

void check(const RuleContext& cx, Findings& out) {
  const Model& m = cx.model;
  for_each_edge(cx, [&](const JourneyGraph& g, const Edge& e) {
    if (!e.handover()) return;
    const std::string from = owner_name(m, g.owners[e.from]);
    const std::string to = owner_name(m, edge_to_owner(m, g, e));
    std::string why;
    if (e.kind == EdgeKind::SameOwner)
      why = from == to ? fmt::format("both steps are owned by '{}'", from)
                       : fmt::format("'{}' and '{}' are the same owner", from, to);
    else if (e.kind == EdgeKind::Interaction)
      why = "it is an interaction with the customer, not a handover between owners";
    else
      return;  // a real handover, or an edge that is not judged (no single owner)
    out.report(handover_target(m, g, e), e.handover()->loc,
               fmt::format("edge {} declares a 'handover' but {}; remove the 'handover' (what it "
                           "carries is not used) or give the steps their real owners",
                           edge_name(m, g, e), why));
  });
}

}  // namespace

extern const Rule handover_not_a_handover;
const Rule handover_not_a_handover{
    "handover/not-a-handover",
    Severity::Warning,
    "handover",
    "a `handover` is declared on an edge whose owner does not change",
    R"doc(## What it checks
A `next` item declares a `handover` although the owner does not change: both steps have the
same owner, or one is a department and the other one of its own roles. An edge from or to the
customer is an interaction, not a handover, and a `handover` on it is reported too. Edges
touching a step without a single resolvable owner are not judged.

## Why it matters
Either the model is wrong (a step has the wrong owner, and a real handover is hiding behind
it) or the declaration is noise that makes the chain look more fragmented than it is. Its
`carries` is ignored by the information-flow check, because nothing is handed over, so a reader
trusting it would draw the wrong conclusion.

## Example
```yaml
steps:
  - id: pick
    owner: warehouse.picker
    next:
      - to: pack
        handover: { method: verbal, carries: [order-id] }
  - { id: pack, owner: warehouse.picker }
```

## Instead
```yaml
steps:
  - { id: pick, owner: warehouse.picker }
  - { id: pack, owner: warehouse.picker }
```

## How to fix
Remove the `handover` block, or, if the work really moves to someone else, correct the `owner`
of the receiving step (for example `warehouse.packer`), which turns the edge into a team
handover.
)doc",
    {},
    check,
};

}  // namespace chainmap::rules
