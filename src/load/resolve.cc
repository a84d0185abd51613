#include "load/resolve.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/suggest.h"

namespace chainmap::load {
namespace {

class Resolver {
 public:
  explicit Resolver(const Context& cx) : cx_(cx), m_(cx.model) {}

  void run() {
    for (auto& d : m_.departments) department(d);
    for (auto& p : m_.partners)
      for (auto& sla : p.slas)
        if (sla.monitored_by)
          owner(*sla.monitored_by, fmt::format("sla:{}/{}", p.id, sla.id),
                fmt::format("'monitored-by' of SLA '{}/{}'", p.id, sla.id));
    for (std::size_t j = 0; j < m_.journeys.size(); ++j) journey(static_cast<std::int32_t>(j));
    for (auto& k : m_.kpis) kpi(k);
  }

 private:
  // ---- owners ----
  const std::vector<std::string>& owner_names() {
    if (owner_names_.empty()) {
      owner_names_.push_back("customer");
      for (const auto& d : m_.departments) {
        owner_names_.push_back(d.id);
        for (const auto& r : d.roles) owner_names_.push_back(d.id + "." + r.id);
      }
      for (const auto& p : m_.partners) owner_names_.push_back(p.id);
      std::sort(owner_names_.begin(), owner_names_.end());
    }
    return owner_names_;
  }

  void owner(OwnerRef& ref, const std::string& target, const std::string& where) {
    const std::string& t = ref.text;
    if (t == "customer") {
      ref.owner = Owner{OwnerKind::Customer, -1, -1};
      return;
    }
    auto dot = t.find('.');
    std::string party = t.substr(0, dot);
    if (auto d = m_.department_index.find(party); d != m_.department_index.end()) {
      if (dot == std::string::npos) {
        ref.owner = Owner{OwnerKind::Department, d->second, -1};
        return;
      }
      const Department& dept = m_.departments[d->second];
      if (auto r = dept.role_index.find(t.substr(dot + 1)); r != dept.role_index.end()) {
        ref.owner = Owner{OwnerKind::Role, d->second, r->second};
        return;
      }
      std::vector<std::string> roles;
      for (const auto& role : dept.roles) roles.push_back(dept.id + "." + role.id);
      unknown(ref.loc, target,
              fmt::format("department '{}' has no role '{}' ({}){}", dept.id, t.substr(dot + 1),
                          where, did_you_mean(t, roles)));
      return;
    }
    if (auto p = m_.partner_index.find(party); p != m_.partner_index.end()) {
      if (dot == std::string::npos) {
        ref.owner = Owner{OwnerKind::Partner, p->second, -1};
        return;
      }
      unknown(ref.loc, target,
              fmt::format("unknown owner '{}' ({}): partners have no roles; use '{}'", t, where, party));
      return;
    }
    if (party == "customer") {
      unknown(ref.loc, target, fmt::format("unknown owner '{}' ({}): the customer has no roles; use 'customer'", t, where));
      return;
    }
    unknown(ref.loc, target,
            fmt::format("unknown owner '{}' ({}){}", t, where, did_you_mean(t, owner_names())));
  }

  void owners(std::vector<OwnerRef>& refs, const std::string& target, const std::string& where) {
    for (auto& ref : refs) owner(ref, target, where);
  }

  // ---- information items ----
  const std::vector<std::string>& info_names() {
    if (info_names_.empty())
      for (const auto& i : m_.information) info_names_.push_back(i.id);
    return info_names_;
  }

  void infos(std::vector<Ref>& refs, const std::string& target, const std::string& where) {
    for (auto& ref : refs) {
      if (auto it = m_.info_index.find(ref.id); it != m_.info_index.end()) {
        ref.index = it->second;
        continue;
      }
      unknown(ref.loc, target,
              fmt::format("unknown information item '{}' in {}{}", ref.id, where,
                          did_you_mean(ref.id, info_names())));
      // One typo, one finding: an item with a close match (the one suggested) is analysed as
      // that item, so the information flow does not also report it lost or unknown further on.
      if (auto meant = closest(ref.id, info_names())) ref.index = m_.info_index.at(*meant);
    }
  }

  void unknown(Loc loc, const std::string& target, std::string message) {
    cx_.report("model/unknown-reference", target, loc, std::move(message));
  }

  // ---- sections ----
  void department(Department& d) {
    std::vector<std::string> role_ids;
    for (const auto& r : d.roles) role_ids.push_back(r.id);
    for (auto& r : d.roles) {
      if (r.backup.id.empty()) continue;
      const std::string target = fmt::format("role:{}.{}", d.id, r.id);
      // A backup may also be written as `<dept>.<role>` of the same department.
      std::string id = r.backup.id;
      if (id.rfind(d.id + ".", 0) == 0) id = id.substr(d.id.size() + 1);
      if (auto it = d.role_index.find(id); it != d.role_index.end()) {
        if (it->second == d.role_index.at(r.id)) {
          cx_.report("model/invalid-value", target, r.backup.loc,
                     fmt::format("role '{}.{}' cannot be its own backup", d.id, r.id));
          continue;
        }
        r.backup.index = it->second;
        continue;
      }
      unknown(r.backup.loc, target,
              fmt::format("backup '{}' of role '{}.{}' is not a role of department '{}'{}",
                          r.backup.id, d.id, r.id, d.id, did_you_mean(id, role_ids)));
    }
    for (auto& s : d.shifts) {
      for (auto& ref : s.roles) {
        if (auto it = d.role_index.find(ref.id); it != d.role_index.end()) {
          ref.index = it->second;
          continue;
        }
        unknown(ref.loc, fmt::format("shift:{}/{}", d.id, s.id),
                fmt::format("shift '{}/{}' names role '{}', which department '{}' does not have{}",
                            d.id, s.id, ref.id, d.id, did_you_mean(ref.id, role_ids)));
      }
    }
    if (d.shift_handover)
      infos(d.shift_handover->carries, "department:" + d.id,
            fmt::format("the shift handover of department '{}'", d.id));
  }

  void journey(std::int32_t index) {
    Journey& j = m_.journeys[index];
    if (!j.complaints.id.empty()) {
      if (auto it = m_.journey_index.find(j.complaints.id); it != m_.journey_index.end()) {
        j.complaints.index = it->second;
      } else {
        unknown(j.complaints.loc, "journey:" + j.id,
                fmt::format("unknown journey '{}' for 'complaints' of journey '{}'{}",
                            j.complaints.id, j.id, did_you_mean(j.complaints.id, journey_names())));
      }
    }
    for (auto& step : j.steps) {
      const std::string target = fmt::format("step:{}/{}", j.id, step.id);
      const std::string of = fmt::format("step '{}'", step.id);
      owners(step.owners, target, "owner of " + of);
      owners(step.responsible, target, "'responsible' of " + of);
      owners(step.consulted, target, "'consulted' of " + of);
      owners(step.informed, target, "'informed' of " + of);
      infos(step.captures, target, "'captures' of " + of);
      infos(step.needs, target, "'needs' of " + of);
      if (!step.lane_explicit) step.lane = default_lane(m_, step.owner());
      sla(step, target);
      for (auto& next : step.next) link(index, step, next, target);
    }
  }

  void sla(Step& step, const std::string& target) {
    if (step.sla.id.empty()) return;
    const Owner o = step.owner();
    if (o.kind == OwnerKind::Unresolved) return;  // the owner is what is wrong
    if (o.kind != OwnerKind::Partner) {
      cx_.report("model/invalid-value", target, step.sla.loc,
                 fmt::format("'sla' names an SLA of the partner that owns the step, but step '{}' "
                             "is owned by '{}', not a partner",
                             step.id, step.owners.front().text));
      return;
    }
    const Partner& p = m_.partners[o.party];
    if (auto it = p.sla_index.find(step.sla.id); it != p.sla_index.end()) {
      step.sla.index = it->second;
      return;
    }
    std::vector<std::string> ids;
    for (const auto& s : p.slas) ids.push_back(s.id);
    unknown(step.sla.loc, target,
            fmt::format("partner '{}' has no SLA '{}'{}", p.id, step.sla.id,
                        did_you_mean(step.sla.id, ids)));
  }

  void link(std::int32_t journey, Step& step, Next& next, const std::string& step_target) {
    const Journey& own = m_.journeys[journey];
    if (!next.to.present()) return;
    const std::string to_name = next.cross() ? next.journey + "/" + next.step : next.step;
    const std::string handover_target = fmt::format("handover:{}/{}->{}", own.id, step.id, to_name);
    if (next.handover) {
      const std::string of = fmt::format("the handover {}->{}", step.id, to_name);
      Handover& h = *next.handover;
      infos(h.carries, handover_target, "'carries' of " + of);
      if (h.confirm) owner(*h.confirm, handover_target, "'confirm' of " + of);
      if (h.follow_up && h.follow_up->by)
        owner(*h.follow_up->by, handover_target, "'follow-up' of " + of);
    }
    std::int32_t target_journey = journey;
    if (next.cross()) {
      auto it = m_.journey_index.find(next.journey);
      if (it == m_.journey_index.end()) {
        unknown(next.to.loc, step_target,
                fmt::format("unknown journey '{}' in 'next' of step '{}'{}", next.journey, step.id,
                            did_you_mean(next.journey, journey_names())));
        return;
      }
      target_journey = it->second;
    }
    const Journey& to = m_.journeys[target_journey];
    if (auto it = to.step_index.find(next.step); it != to.step_index.end()) {
      next.to_journey = target_journey;
      next.to_step = it->second;
      return;
    }
    std::vector<std::string> ids;
    for (const auto& s : to.steps)
      if (s.id[0] != '#') ids.push_back(s.id);
    unknown(next.to.loc, step_target,
            next.cross()
                ? fmt::format("journey '{}' has no step '{}' (in 'next' of step '{}'){}", to.id,
                              next.step, step.id, did_you_mean(next.step, ids))
                : fmt::format("unknown step '{}' in 'next' of step '{}'{}", next.step, step.id,
                              did_you_mean(next.step, ids)));
  }

  void kpi(Kpi& k) {
    const std::string target = "kpi:" + k.id;
    if (k.of.present()) {
      if (auto it = m_.journey_index.find(k.of.value); it != m_.journey_index.end()) {
        k.of_journey = it->second;
      } else {
        OwnerRef ref{k.of.value, k.of.loc, {}};
        // `of` names a journey or an owner: suggest from both.
        const std::size_t before = cx_.out.size();
        owner(ref, target, fmt::format("'of' of KPI '{}'", k.id));
        if (cx_.out.size() > before && ref.owner.kind == OwnerKind::Unresolved) {
          std::vector<std::string> names = owner_names();
          for (const auto& j : m_.journeys) names.push_back(j.id);
          std::sort(names.begin(), names.end());
          cx_.out.back().message = fmt::format("unknown journey or owner '{}' for 'of' of KPI '{}'{}",
                                               k.of.value, k.id, did_you_mean(k.of.value, names));
        }
        k.of_owner = ref.owner;
      }
    }
    if (k.owner) owner(*k.owner, target, fmt::format("'owner' of KPI '{}'", k.id));
  }

  const std::vector<std::string>& journey_names() {
    if (journey_names_.empty())
      for (const auto& j : m_.journeys) journey_names_.push_back(j.id);
    return journey_names_;
  }

  const Context& cx_;
  Model& m_;
  std::vector<std::string> owner_names_, info_names_, journey_names_;
};

}  // namespace

void resolve(const Context& cx) { Resolver(cx).run(); }

}  // namespace chainmap::load
