// ownership/conflicting-raci: one owner reference in two of responsible/consulted/informed, or
// the owner also consulted or informed.
#include <algorithm>
#include <array>
#include <span>
#include <string>
#include <string_view>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {
namespace {

struct RaciList {
  std::string_view field;  // "responsible", "consulted", "informed"
  const std::vector<OwnerRef>* refs;
};

// Where one party is named in a step's RACI lists: its first reference in each list.
struct Party {
  Owner owner;
  std::vector<std::pair<std::size_t, const OwnerRef*>> mentions;  // (list, reference), R C I order
};

// "consulted", "consulted and informed", "responsible, consulted and informed"
std::string fields_text(std::span<const RaciList> lists, std::span<const std::size_t> which,
                        bool quoted) {
  std::string out;
  for (std::size_t i = 0; i < which.size(); ++i) {
    if (i > 0) out += i + 1 == which.size() ? " and " : ", ";
    out += quoted ? fmt::format("'{}'", lists[which[i]].field) : std::string(lists[which[i]].field);
  }
  return out;
}

void check(const RuleContext& cx, Findings& out) {
  for (const Journey& j : cx.model.journeys) {
    for (const Step& s : j.steps) {
      const std::array<RaciList, 3> lists{{{"responsible", &s.responsible},
                                           {"consulted", &s.consulted},
                                           {"informed", &s.informed}}};
      // One finding per party, naming every list it is in: one muddle, one finding.
      std::vector<Party> parties;
      for (std::size_t l = 0; l < lists.size(); ++l)
        for (const OwnerRef& ref : *lists[l].refs) {
          if (ref.owner.kind == OwnerKind::Unresolved) continue;  // reported by the loader
          auto it = std::find_if(parties.begin(), parties.end(),
                                 [&](const Party& p) { return p.owner == ref.owner; });
          if (it == parties.end()) it = parties.insert(parties.end(), Party{ref.owner, {}});
          if (it->mentions.empty() || it->mentions.back().first != l)
            it->mentions.emplace_back(l, &ref);
        }

      const Owner owner = s.owner();
      for (const Party& p : parties) {
        std::vector<std::size_t> which;
        for (const auto& [l, ref] : p.mentions) which.push_back(l);
        // The owner doing the work is normal (owner = responsible is fine); being told about
        // or asked for advice on one's own step is a muddle.
        if (p.owner == owner) {
          std::vector<std::size_t> advised;
          std::vector<Related> related{Related{s.owners.front().loc, "owner here"}};
          const OwnerRef* at = nullptr;
          for (const auto& [l, ref] : p.mentions) {
            if (l == 0) continue;
            advised.push_back(l);
            if (!at)
              at = ref;
            else
              related.push_back(Related{ref->loc, fmt::format("{} here", lists[l].field)});
          }
          if (!at) continue;
          out.report(step_target(j, s), at->loc,
                     fmt::format("'{}' owns step '{}' in journey '{}' and is also {}; the owner is "
                                 "accountable, so remove it from {}",
                                 at->text, s.id, j.id, fields_text(lists, advised, false),
                                 fields_text(lists, advised, true)),
                     std::move(related));
          continue;
        }
        if (p.mentions.size() < 2) continue;
        // Placed on the second list it is in (the first contradiction), the others related.
        const OwnerRef* at = p.mentions[1].second;
        std::vector<Related> related;
        for (std::size_t m = 0; m < p.mentions.size(); ++m)
          if (m != 1)
            related.push_back(Related{p.mentions[m].second->loc,
                                      fmt::format("{} here", lists[p.mentions[m].first].field)});
        out.report(step_target(j, s), at->loc,
                   fmt::format("'{}' is {}{} for step '{}' in journey '{}'; give it one part in "
                               "the step",
                               at->text, which.size() == 2 ? "both " : "",
                               fields_text(lists, which, false), s.id, j.id),
                   std::move(related));
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
accountable team often does the work itself. A party in all three lists, or an owner both
consulted and informed, is one finding that names every list it is in.

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
