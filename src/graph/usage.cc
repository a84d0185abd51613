#include "chainmap/usage.h"

#include <algorithm>
#include <optional>
#include <span>

namespace chainmap {
namespace {

// What one step's part, or one owned touchpoint or opportunity, adds to the usage.
struct UsageBuilder {
  const Model& m;
  Usage u;

  explicit UsageBuilder(const Model& model) : m(model) {
    u.department_appears.assign(m.departments.size(), 0);
    u.partner_appears.assign(m.partners.size(), 0);
    u.roles.resize(m.departments.size());
    u.unknown_role_named.assign(m.departments.size(), 0);
    for (std::size_t d = 0; d < m.departments.size(); ++d) {
      u.roles[d].resize(m.departments[d].roles.size());
      for (const Role& r : m.departments[d].roles) {
        if (r.backup.index >= 0) u.roles[d][r.backup.index].backs_up = true;
        if (!r.backup.id.empty() && r.backup.index < 0) u.unknown_role_named[d] = 1;
      }
    }
  }

  // `<dept>.<role>` that did not resolve although the department exists.
  void unknown_role(const OwnerRef& ref) {
    const std::size_t dot = ref.text.find('.');
    if (ref.owner.kind != OwnerKind::Unresolved || dot == std::string::npos) return;
    if (auto d = m.department_index.find(ref.text.substr(0, dot)); d != m.department_index.end())
      u.unknown_role_named[static_cast<std::size_t>(d->second)] = 1;
  }

  void appears(const Owner& o) {
    if (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role)
      u.department_appears[o.party] = 1;
    if (o.kind == OwnerKind::Partner) u.partner_appears[o.party] = 1;
  }

  // The step's `owner` or `responsible` list: each role counts once per step, even when the
  // list names it twice.
  void works_on(std::span<const OwnerRef> refs, StepAt here, bool RoleUsage::*flag,
                std::int32_t RoleUsage::*steps, StepAt RoleUsage::*first) {
    for (const OwnerRef& ref : refs) {
      appears(ref.owner);
      unknown_role(ref);
      if (ref.owner.kind != OwnerKind::Role) continue;
      auto mention = std::find_if(refs.begin(), refs.end(),
                                  [&](const OwnerRef& r) { return r.owner == ref.owner; });
      if (mention->loc != ref.loc) continue;
      RoleUsage& r = u.roles[ref.owner.party][ref.owner.role];
      r.*flag = true;
      if ((r.*steps)++ == 0) r.*first = here;
    }
  }

  // `consulted` or `informed`: no work, but the party appears.
  void advised(std::span<const OwnerRef> refs, StepAt here, bool informed) {
    for (const OwnerRef& ref : refs) {
      appears(ref.owner);
      if (ref.owner.kind != OwnerKind::Role) continue;
      RoleUsage& r = u.roles[ref.owner.party][ref.owner.role];
      if (r.first_advised.valid()) continue;
      r.first_advised = here;
      r.advised_informed = informed;
    }
  }

  void step(const Step& s, StepAt here) {
    if (s.owner_malformed || std::any_of(s.owners.begin(), s.owners.end(), [](const OwnerRef& ref) {
          return ref.owner.kind == OwnerKind::Unresolved;
        }))
      u.unresolved_owner = true;
    works_on(s.owners, here, &RoleUsage::owns, &RoleUsage::owned_steps, &RoleUsage::first_owned);
    works_on(s.responsible, here, &RoleUsage::responsible, &RoleUsage::responsible_steps,
             &RoleUsage::first_responsible);
    advised(s.consulted, here, false);
    advised(s.informed, here, true);
  }

  // v1.1: owning a touchpoint or an opportunity is a part in a journey for the unused-role and
  // unused-party rules (SPEC "v1.1 fine points"). An owner written but unreadable might have
  // meant any party, as for steps; a touchpoint owned by `customer` (refused) means none.
  void owns(const std::optional<OwnerRef>& ref, bool malformed, bool RoleUsage::*flag) {
    if (malformed) u.unresolved_owner = true;
    if (!ref) return;
    const Owner& o = ref->owner;
    if (o.kind == OwnerKind::Unresolved) {
      u.unresolved_owner = true;
      unknown_role(*ref);
    }
    if (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role)
      u.department_takes_part[o.party] = 1;
    if (o.kind == OwnerKind::Partner) u.partner_takes_part[o.party] = 1;
    if (o.kind == OwnerKind::Role) u.roles[o.party][o.role].*flag = true;
  }
};

}  // namespace

Usage Usage::compute(const Graph& graph) {
  const Model& m = *graph.model;
  UsageBuilder b(m);
  for (std::size_t jn = 0; jn < m.journeys.size(); ++jn)
    for (std::size_t sn = 0; sn < m.journeys[jn].steps.size(); ++sn)
      b.step(m.journeys[jn].steps[sn],
             StepAt{static_cast<std::int32_t>(jn), static_cast<std::int32_t>(sn)});
  b.u.department_takes_part = b.u.department_appears;
  b.u.partner_takes_part = b.u.partner_appears;
  for (const Touchpoint& t : m.touchpoints)
    b.owns(t.owner, t.owner_malformed && !t.owner, &RoleUsage::owns_touchpoint);
  for (const Opportunity& o : m.opportunities)
    b.owns(o.owner, o.owner_malformed, &RoleUsage::owns_opportunity);
  return std::move(b.u);
}

}  // namespace chainmap
