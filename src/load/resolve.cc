#include "load/resolve.h"

#include <algorithm>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "chainmap/suggest.h"

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
    for (auto& t : m_.touchpoints)
      if (t.owner)
        owner(*t.owner, "touchpoint:" + t.id, fmt::format("'owner' of touchpoint '{}'", t.id));
    for (std::size_t j = 0; j < m_.journeys.size(); ++j) journey(static_cast<std::int32_t>(j));
    for (auto& o : m_.opportunities) opportunity(o);
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
              fmt::format("unknown owner '{}' ({}): partners have no roles; use '{}'", t, where,
                          party));
      return;
    }
    if (party == "customer") {
      unknown(ref.loc, target,
              fmt::format("unknown owner '{}' ({}): the customer has no roles; use 'customer'", t,
                          where));
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
    cx_.report(rules::model_unknown_reference, target, loc, std::move(message));
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
          cx_.report(rules::model_invalid_value, target, r.backup.loc,
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
    personas(j);
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
      // An unbracketed `next` naming no step: the step flows on as if `next` were absent.
      if (std::erase_if(step.next, [](const Next& n) { return n.unbracketed && n.to_step < 0; }) >
          0)
        step.has_next = false;
      touchpoint(step, target);
      experience(j, step, target);
    }
  }

  // ---- v1.1: personas, touchpoints, experience, opportunities ----
  const std::vector<std::string>& persona_names() {
    if (persona_names_.empty())
      for (const auto& p : m_.personas) persona_names_.push_back(p.id);
    return persona_names_;
  }

  // The journey's `personas`: each resolved (a misspelt one as its suggestion, so that the
  // steps scoring the persona meant are not each reported), repeats reported once. Fills
  // written_ (id as written -> its entry) and listed_ (persona_list as a set) for experience().
  void personas(Journey& j) {
    const std::string target = "journey:" + j.id;
    written_.clear();
    listed_.clear();
    for (std::size_t i = 0; i < j.personas.size(); ++i) {
      Ref& ref = j.personas[i];
      auto [first, fresh] = written_.emplace(ref.id, static_cast<std::int32_t>(i));
      if (!fresh) {
        cx_.report(rules::model_duplicate_id, target, ref.loc,
                   fmt::format("persona '{}' is listed twice in 'personas' of journey '{}'; list "
                               "it once",
                               ref.id, j.id),
                   {Related{j.personas[first->second].loc, "first listed here"}});
        continue;
      }
      if (auto it = m_.persona_index.find(ref.id); it != m_.persona_index.end()) {
        ref.index = it->second;
      } else {
        auto meant = closest(ref.id, persona_names());
        unknown(ref.loc, target,
                fmt::format("unknown persona '{}' in 'personas' of journey '{}'{}", ref.id, j.id,
                            meant ? did_you_mean(ref.id, persona_names())
                                  : std::string("; declare it under 'personas'")));
        if (!meant) continue;
        ref.index = ref.suggested = m_.persona_index.at(*meant);
      }
      if (listed_.insert(ref.index).second) j.persona_list.push_back(ref.index);
    }
  }

  void touchpoint(Step& step, const std::string& target) {
    Ref& ref = step.touchpoint;
    if (ref.id.empty()) return;
    if (auto it = m_.touchpoint_index.find(ref.id); it != m_.touchpoint_index.end()) {
      ref.index = it->second;
      return;
    }
    if (touchpoint_names_.empty())
      for (const auto& t : m_.touchpoints) touchpoint_names_.push_back(t.id);
    auto meant = closest(ref.id, touchpoint_names_);
    unknown(ref.loc, target,
            fmt::format("unknown touchpoint '{}' for step '{}'{}", ref.id, step.id,
                        meant ? did_you_mean(ref.id, touchpoint_names_)
                              : std::string("; declare it under 'touchpoints'")));
    if (meant) ref.suggested = m_.touchpoint_index.at(*meant);
  }

  // `experience` keys must be personas the journey lists (SPEC "Persona and experience").
  // An unlisted key is reported and ignored; the listed persona suggested for it counts as
  // scored (SPEC "v1.1 fine points"). Runs after personas(j).
  void experience(const Journey& j, Step& step, const std::string& target) {
    for (Experience& e : step.experience) {
      const std::string& key = e.persona.id;
      // A key written as the journey writes it is that entry of the list, even when the
      // list's id was misspelt or unknown (reported there: one mistake, one finding).
      if (auto written = written_.find(key); written != written_.end()) {
        e.persona.index = j.personas[written->second].index;
        continue;
      }
      auto declared = m_.persona_index.find(key);
      if (declared != m_.persona_index.end()) {
        if (listed_.count(declared->second)) {
          e.persona.index = declared->second;  // listed under a misspelling that resolved to it
          continue;
        }
        if (j.personas_malformed) continue;  // what the journey lists is unknown (reported)
      }
      std::vector<std::string> listed;
      if (j.personas_malformed)
        listed = persona_names();
      else
        for (std::int32_t p : j.persona_list) listed.push_back(m_.personas[p].id);
      auto meant = closest(key, listed);
      std::string hint = meant ? did_you_mean(key, listed) : std::string();
      if (declared != m_.persona_index.end()) {
        if (!meant) hint = "; add it there, or remove this entry";
        unknown(e.persona.loc, target,
                fmt::format("persona '{}' scores step '{}' but is not listed in 'personas' of "
                            "journey '{}'{}",
                            key, step.id, j.id, hint));
      } else {
        if (!meant)
          hint = listed.empty()
                     ? fmt::format("; journey '{}' lists no 'personas'", j.id)
                     : fmt::format("; journey '{}' lists {}", j.id, quoted_list(listed, "and"));
        unknown(
            e.persona.loc, target,
            fmt::format("unknown persona '{}' in 'experience' of step '{}'{}", key, step.id, hint));
      }
      if (meant) e.persona.suggested = m_.persona_index.at(*meant);
    }
  }

  // "'a'", "'a' and 'b'", "'a', 'b' or 'c'"
  static std::string quoted_list(const std::vector<std::string>& ids, std::string_view last) {
    std::string out;
    for (std::size_t i = 0; i < ids.size(); ++i) {
      if (i > 0) out += i + 1 == ids.size() ? fmt::format(" {} ", last) : std::string(", ");
      out += "'" + ids[i] + "'";
    }
    return out;
  }

  void opportunity(Opportunity& o) {
    const std::string target = "opportunity:" + o.id;
    for (StepRef& ref : o.addresses) address(o, ref, target);
    if (o.owner) owner(*o.owner, target, fmt::format("'owner' of opportunity '{}'", o.id));
    if (!o.kpi.id.empty()) {
      if (auto it = m_.kpi_index.find(o.kpi.id); it != m_.kpi_index.end()) {
        o.kpi.index = it->second;
      } else {
        std::vector<std::string> ids;
        for (const auto& k : m_.kpis) ids.push_back(k.id);
        unknown(o.kpi.loc, target,
                fmt::format("unknown KPI '{}' for 'kpi' of opportunity '{}'{}", o.kpi.id, o.id,
                            closest(o.kpi.id, ids) ? did_you_mean(o.kpi.id, ids)
                                                   : std::string("; declare it under 'kpis'")));
      }
    }
  }

  // The journeys that have a step `step`, in load order.
  std::vector<std::int32_t> journeys_with_step(std::string_view step) const {
    std::vector<std::int32_t> out;
    for (std::size_t i = 0; i < m_.journeys.size(); ++i)
      if (m_.journeys[i].step_index.count(std::string(step)))
        out.push_back(static_cast<std::int32_t>(i));
    return out;
  }

  static std::vector<std::string> step_ids(const Journey& j) {
    std::vector<std::string> ids;
    for (const auto& s : j.steps)
      if (s.id[0] != '#') ids.push_back(s.id);
    return ids;
  }

  // An item of `addresses`: `<journey-id>/<step-id>`. A misspelt item is analysed as the step
  // its message suggests (StepRef::suggested), so the step is not also reported unaddressed.
  void address(const Opportunity& o, StepRef& ref, const std::string& target) {
    const std::string& text = ref.text.value;
    const std::string where = fmt::format("in 'addresses' of opportunity '{}'", o.id);
    auto suggest = [&](std::int32_t journey, const std::string& step) {
      ref.journey = journey;
      ref.step = m_.journeys[journey].step_index.at(step);
      ref.suggested = true;
      return fmt::format("; did you mean '{}/{}'?", m_.journeys[journey].id, step);
    };
    const auto slash = text.find('/');
    if (slash == std::string::npos) {
      if (m_.journey_index.count(text)) {
        unknown(ref.text.loc, target,
                fmt::format("'{}' {} is a journey; name one of its steps as '{}/<step-id>'", text,
                            where, text));
        return;
      }
      // A bare step id: the journey is missing.
      std::string hint;
      auto in = journeys_with_step(text);
      if (in.size() == 1) {
        hint = suggest(in.front(), text);
      } else if (in.size() > 1) {
        std::vector<std::string> options;
        for (auto j : in) options.push_back(m_.journeys[j].id + "/" + text);
        hint = "; several journeys have this step: write " + quoted_list(options, "or");
      } else {
        if (all_step_names_.empty()) {
          for (const auto& j : m_.journeys)
            for (auto& id : step_ids(j)) all_step_names_.push_back(id);
          std::sort(all_step_names_.begin(), all_step_names_.end());
          all_step_names_.erase(std::unique(all_step_names_.begin(), all_step_names_.end()),
                                all_step_names_.end());
        }
        if (auto meant = closest(text, all_step_names_);
            meant && journeys_with_step(*meant).size() == 1)
          hint = suggest(journeys_with_step(*meant).front(), *meant);
      }
      unknown(ref.text.loc, target,
              fmt::format("step '{}' {} names no journey; write it as '<journey-id>/<step-id>'{}",
                          text, where, hint));
      return;
    }
    const std::string journey = text.substr(0, slash), step = text.substr(slash + 1);
    auto j = m_.journey_index.find(journey);
    if (j != m_.journey_index.end()) {
      const Journey& own = m_.journeys[j->second];
      if (auto s = own.step_index.find(step); s != own.step_index.end()) {
        ref.journey = j->second;
        ref.step = s->second;
        return;
      }
      std::string hint;
      if (auto meant = closest(step, step_ids(own)))
        hint = suggest(j->second, *meant);
      else if (auto in = journeys_with_step(step); in.size() == 1)
        hint = suggest(in.front(), step);
      unknown(ref.text.loc, target,
              fmt::format("journey '{}' has no step '{}' ({}){}", own.id, step, where, hint));
      return;
    }
    std::string hint;
    if (auto meant = closest(journey, journey_names())) {
      const Journey& other = m_.journeys[m_.journey_index.at(*meant)];
      if (other.step_index.count(step))
        hint = suggest(m_.journey_index.at(*meant), step);
      else
        hint = did_you_mean(journey, journey_names());
    } else if (auto in = journeys_with_step(step); in.size() == 1) {
      hint = suggest(in.front(), step);
    }
    unknown(ref.text.loc, target, fmt::format("unknown journey '{}' {}{}", journey, where, hint));
  }

  void sla(Step& step, const std::string& target) {
    if (step.sla.id.empty()) return;
    const Owner o = step.owner();
    if (o.kind == OwnerKind::Unresolved) return;  // the owner is what is wrong
    if (o.kind != OwnerKind::Partner) {
      cx_.report(rules::model_invalid_value, target, step.sla.loc,
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

  // Whether `next` names an existing step (of its own journey, or of another for a link).
  bool resolves(std::int32_t journey, const Next& next) const {
    std::int32_t j = journey;
    if (next.cross()) {
      auto it = m_.journey_index.find(next.journey);
      if (it == m_.journey_index.end()) return false;
      j = it->second;
    }
    return m_.journeys[j].step_index.count(next.step) > 0;
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
    if (next.unbracketed && !resolves(journey, next))
      return;  // reported as model/type; dropped below
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
            next.cross() ? fmt::format("journey '{}' has no step '{}' (in 'next' of step '{}'){}",
                                       to.id, next.step, step.id, did_you_mean(next.step, ids))
                         : fmt::format("unknown step '{}' in 'next' of step '{}'{}", next.step,
                                       step.id, did_you_mean(next.step, ids)));
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
          cx_.out.back().message =
              fmt::format("unknown journey or owner '{}' for 'of' of KPI '{}'{}", k.of.value, k.id,
                          did_you_mean(k.of.value, names));
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
  std::vector<std::string> owner_names_, info_names_, journey_names_, persona_names_,
      touchpoint_names_, all_step_names_;
  // The journey being resolved: its `personas` as written (id -> position of the first) and
  // the personas it lists.
  std::unordered_map<std::string, std::int32_t> written_;
  std::unordered_set<std::int32_t> listed_;
};

}  // namespace

void resolve(const Context& cx) { Resolver(cx).run(); }

}  // namespace chainmap::load
