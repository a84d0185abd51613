#include "chainmap/usage.h"

#include <algorithm>
#include <span>

namespace chainmap {

Usage Usage::compute(const Graph& graph) {
  const Model& m = *graph.model;
  Usage u;
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
  // `<dept>.<role>` that did not resolve although the department exists.
  auto unknown_role = [&](const OwnerRef& ref) {
    const std::size_t dot = ref.text.find('.');
    if (ref.owner.kind != OwnerKind::Unresolved || dot == std::string::npos) return;
    if (auto d = m.department_index.find(ref.text.substr(0, dot)); d != m.department_index.end())
      u.unknown_role_named[static_cast<std::size_t>(d->second)] = 1;
  };

  auto appears = [&](const Owner& o) {
    if (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role) u.department_appears[o.party] = 1;
    if (o.kind == OwnerKind::Partner) u.partner_appears[o.party] = 1;
  };
  // Counts each step once per role even when a list names the role twice.
  auto first_mention = [](std::span<const OwnerRef> refs, const OwnerRef& ref) {
    return std::find_if(refs.begin(), refs.end(),
                        [&](const OwnerRef& r) { return r.owner == ref.owner; })->loc == ref.loc;
  };
  for (std::size_t jn = 0; jn < m.journeys.size(); ++jn) {
    const Journey& j = m.journeys[jn];
    for (std::size_t sn = 0; sn < j.steps.size(); ++sn) {
      const Step& s = j.steps[sn];
      const StepAt here{static_cast<std::int32_t>(jn), static_cast<std::int32_t>(sn)};
      if (s.owner_malformed || std::any_of(s.owners.begin(), s.owners.end(), [](const OwnerRef& ref) {
            return ref.owner.kind == OwnerKind::Unresolved;
          }))
        u.unresolved_owner = true;
      for (const OwnerRef& ref : s.owners) {
        appears(ref.owner);
        unknown_role(ref);
        if (ref.owner.kind != OwnerKind::Role || !first_mention(s.owners, ref)) continue;
        RoleUsage& r = u.roles[ref.owner.party][ref.owner.role];
        r.owns = true;
        if (r.owned_steps++ == 0) r.first_owned = here;
      }
      for (const OwnerRef& ref : s.responsible) {
        appears(ref.owner);
        unknown_role(ref);
        if (ref.owner.kind != OwnerKind::Role || !first_mention(s.responsible, ref)) continue;
        RoleUsage& r = u.roles[ref.owner.party][ref.owner.role];
        r.responsible = true;
        if (r.responsible_steps++ == 0) r.first_responsible = here;
      }
      auto advised = [&](const std::vector<OwnerRef>& refs, bool informed) {
        for (const OwnerRef& ref : refs) {
          appears(ref.owner);
          if (ref.owner.kind != OwnerKind::Role) continue;
          RoleUsage& r = u.roles[ref.owner.party][ref.owner.role];
          if (r.first_advised.valid()) continue;
          r.first_advised = here;
          r.advised_informed = informed;
        }
      };
      advised(s.consulted, false);
      advised(s.informed, true);
    }
  }
  u.department_takes_part = u.department_appears;
  u.partner_takes_part = u.partner_appears;
  // v1.1: owning a touchpoint or an opportunity is a part in a journey for the unused-role and
  // unused-party rules (SPEC "v1.1 fine points"). An owner written but unreadable might have
  // meant any party, as for steps; a touchpoint owned by `customer` (refused) means none.
  auto owns = [&](const std::optional<OwnerRef>& ref, bool malformed, bool RoleUsage::*flag) {
    if (malformed) u.unresolved_owner = true;
    if (!ref) return;
    const Owner& o = ref->owner;
    if (o.kind == OwnerKind::Unresolved) {
      u.unresolved_owner = true;
      unknown_role(*ref);
    }
    if (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role) u.department_takes_part[o.party] = 1;
    if (o.kind == OwnerKind::Partner) u.partner_takes_part[o.party] = 1;
    if (o.kind == OwnerKind::Role) u.roles[o.party][o.role].*flag = true;
  };
  for (const Touchpoint& t : m.touchpoints) owns(t.owner, t.owner_malformed && !t.owner, &RoleUsage::owns_touchpoint);
  for (const Opportunity& o : m.opportunities) owns(o.owner, o.owner_malformed, &RoleUsage::owns_opportunity);
  return u;
}

}  // namespace chainmap
