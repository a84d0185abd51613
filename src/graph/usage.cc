#include "chainmap/usage.h"

namespace chainmap {

Usage Usage::compute(const Graph& graph) {
  const Model& m = *graph.model;
  Usage u;
  u.department_appears.assign(m.departments.size(), 0);
  u.partner_appears.assign(m.partners.size(), 0);
  u.roles.resize(m.departments.size());
  for (std::size_t d = 0; d < m.departments.size(); ++d) {
    u.roles[d].resize(m.departments[d].roles.size());
    for (const Role& r : m.departments[d].roles)
      if (r.backup.index >= 0) u.roles[d][r.backup.index].backs_up = true;
  }

  auto appears = [&](const Owner& o) {
    if (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role) u.department_appears[o.party] = 1;
    if (o.kind == OwnerKind::Partner) u.partner_appears[o.party] = 1;
  };
  for (const Journey& j : m.journeys) {
    for (const Step& s : j.steps) {
      for (const OwnerRef& ref : s.owners) {
        appears(ref.owner);
        if (ref.owner.kind == OwnerKind::Role) u.roles[ref.owner.party][ref.owner.role].owns = true;
      }
      for (const OwnerRef& ref : s.responsible) {
        appears(ref.owner);
        if (ref.owner.kind == OwnerKind::Role) u.roles[ref.owner.party][ref.owner.role].responsible = true;
      }
      for (const OwnerRef& ref : s.consulted) appears(ref.owner);
      for (const OwnerRef& ref : s.informed) appears(ref.owner);
    }
  }
  return u;
}

}  // namespace chainmap
