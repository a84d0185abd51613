// The kinds of id the editor features know, one row each: where the model declares them and
// where it references them. A new kind is a Kind value in index.h and a row here; its
// completion contexts are rows in completion.cc.
#include <fmt/format.h>

#include "chainmap/rules.h"
#include "lsp/index.h"

namespace chainmap::lsp {
namespace {

// ---- owner references: `customer`, `<dept>`, `<dept>.<role>`, `<partner>` ----

void refer_owner(Index& index, const std::string& text, const Loc& loc, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer:
      index.refer(Kind::Customer, "customer", loc);
      break;
    case OwnerKind::Department:
      index.refer(Kind::Department, text, loc);
      break;
    case OwnerKind::Partner:
      index.refer(Kind::Partner, text, loc);
      break;
    case OwnerKind::Role: {
      // The whole reference names the role; its first part also names the department.
      const std::size_t dot = text.find('.');
      index.refer(Kind::Role, text, loc);
      index.refer(Kind::Department, text.substr(0, dot), sub_loc(loc, text, 0, dot));
      break;
    }
    case OwnerKind::Unresolved:
      break;  // a finding, not a reference
  }
}

void refer_owner(Index& index, const OwnerRef& ref) {
  refer_owner(index, ref.text, ref.loc, ref.owner);
}

// Every owner reference of the model: step owners and RACI, handover confirm and follow-up,
// SLA monitors, touchpoint and opportunity owners, KPI owners (and `of` when it names an owner).
template <class F>
void for_each_owner_ref(const Model& m, F&& each) {
  for (const Partner& p : m.partners)
    for (const Sla& s : p.slas)
      if (s.monitored_by) each(*s.monitored_by);
  // A touchpoint owned by `customer` is a finding (model/invalid-value), not a reference.
  for (const Touchpoint& t : m.touchpoints)
    if (t.owner && !t.owner_malformed) each(*t.owner);
  for (const Opportunity& o : m.opportunities)
    if (o.owner) each(*o.owner);
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      for (const auto* list : {&s.owners, &s.responsible, &s.consulted, &s.informed})
        for (const OwnerRef& r : *list) each(r);
      for (const Next& n : s.next)
        if (n.handover) {
          if (n.handover->confirm) each(*n.handover->confirm);
          if (n.handover->follow_up && n.handover->follow_up->by) each(*n.handover->follow_up->by);
        }
    }
  for (const Kpi& k : m.kpis) {
    if (k.owner) each(*k.owner);
    if (k.of.present() && k.of_journey < 0 && k.of_owner.kind != OwnerKind::Unresolved)
      each(OwnerRef{k.of.value, k.of.loc, k.of_owner});
  }
}

void owner_references(const Model& m, Index& index) {
  for_each_owner_ref(m, [&](const OwnerRef& r) { refer_owner(index, r); });
}

// A step link as written in `next`: `<step>` of the own journey, or `<journey>/<step>`.
void refer_step_link(Index& index, const Journey& own, const Next& n) {
  const std::string& text = n.to.value;
  if (!n.cross()) {
    index.refer(Kind::Step, own.id + "/" + n.step, n.to.loc);
    return;
  }
  index.refer(Kind::Step, n.journey + "/" + n.step, n.to.loc);
  index.refer(Kind::Journey, n.journey, sub_loc(n.to.loc, text, 0, n.journey.size()));
}

// An item of an opportunity's `addresses`: `<journey>/<step>`. The whole item names the step,
// its first part the journey (a bare step id names neither: it is a finding).
void refer_step_ref(Index& index, const StepRef& ref) {
  const std::string& text = ref.text.value;
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return;
  index.refer(Kind::Step, text, ref.text.loc);
  index.refer(Kind::Journey, text.substr(0, slash), sub_loc(ref.text.loc, text, 0, slash));
}

// A waiver target (SPEC section 4) names an entity: the part after `kind:` refers to it.
void refer_target(Index& index, const Text& target) {
  const std::string& t = target.value;
  const std::size_t colon = t.find(':');
  if (colon == std::string::npos) return;
  const std::string kind = t.substr(0, colon), id = t.substr(colon + 1);
  const auto at = [&](std::size_t offset, std::size_t size) {
    return sub_loc(target.loc, t, colon + 1 + offset, size);
  };
  static const std::pair<std::string_view, Kind> kinds[] = {{"info", Kind::Information},
                                                            {"department", Kind::Department},
                                                            {"role", Kind::Role},
                                                            {"shift", Kind::Shift},
                                                            {"partner", Kind::Partner},
                                                            {"sla", Kind::Sla},
                                                            {"journey", Kind::Journey},
                                                            {"stage", Kind::Stage},
                                                            {"step", Kind::Step},
                                                            {"kpi", Kind::Kpi},
                                                            {"touchpoint", Kind::Touchpoint},
                                                            {"persona", Kind::Persona},
                                                            {"opportunity", Kind::Opportunity}};
  for (const auto& [name, k] : kinds)
    if (kind == name) {
      index.refer(k, id, at(0, id.size()));
      return;
    }
  if (kind != "handover") return;
  // handover:<journey>/<from>-><to> where <to> may be <journey>/<step>.
  const std::size_t slash = id.find('/'), arrow = id.find("->");
  if (slash == std::string::npos || arrow == std::string::npos || arrow < slash) return;
  const std::string journey = id.substr(0, slash);
  index.refer(Kind::Journey, journey, at(0, slash));
  index.refer(Kind::Step, id.substr(0, arrow), at(0, arrow));
  const std::string to = id.substr(arrow + 2);
  index.refer(Kind::Step, to.find('/') == std::string::npos ? journey + "/" + to : to,
              at(arrow + 2, to.size()));
}

// ---- the rows ----

void information_declarations(const Model& m, Index& index) {
  for (const Info& i : m.information)
    index.declare(Kind::Information, i.id, i.name,
                  i.personal ? "information item, personal data" : "information item", i.loc);
}
void information_references(const Model& m, Index& index) {
  const auto refer = [&](const std::vector<Ref>& refs) {
    for (const Ref& r : refs) index.refer(Kind::Information, r.id, r.loc);
  };
  for (const Department& d : m.departments)
    if (d.shift_handover) refer(d.shift_handover->carries);
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      refer(s.captures);
      refer(s.needs);
      for (const Next& n : s.next)
        if (n.handover) refer(n.handover->carries);
    }
}

// "department", or "back-office department" when its type is written: a party and its type
// (a department's `type`, a partner's `agreement`).
template <class Type>
std::string typed(std::string_view noun, Type type) {
  return type == Type::Unknown ? std::string(noun) : fmt::format("{} {}", to_string(type), noun);
}

void department_declarations(const Model& m, Index& index) {
  for (const Department& d : m.departments)
    index.declare(Kind::Department, d.id, d.name, typed("department", d.type), d.loc);
}

void role_declarations(const Model& m, Index& index) {
  for (const Department& d : m.departments) {
    const std::int32_t parent = index.find_index(Kind::Department, d.id);
    for (const Role& r : d.roles)
      index.declare(Kind::Role, d.id + "." + r.id, r.name,
                    r.backup.id.empty()
                        ? fmt::format("role of department '{}', no backup", d.id)
                        : fmt::format("role of department '{}', backup '{}'", d.id, r.backup.id),
                    r.loc, parent);
  }
}
void role_references(const Model& m, Index& index) {
  for (const Department& d : m.departments) {
    for (const Role& r : d.roles) {
      const std::string& b = r.backup.id;
      if (b.empty()) continue;
      // `backup: agent` or `backup: support.agent`.
      index.refer(Kind::Role, b.find('.') == std::string::npos ? d.id + "." + b : b, r.backup.loc);
    }
    for (const Shift& s : d.shifts)
      for (const Ref& r : s.roles) index.refer(Kind::Role, d.id + "." + r.id, r.loc);
  }
}

void shift_declarations(const Model& m, Index& index) {
  for (const Department& d : m.departments) {
    const std::int32_t parent = index.find_index(Kind::Department, d.id);
    for (const Shift& s : d.shifts)
      index.declare(Kind::Shift, d.id + "/" + s.id, {},
                    s.hours_text.present()
                        ? fmt::format("shift of department '{}', {}", d.id, s.hours_text.value)
                        : fmt::format("shift of department '{}'", d.id),
                    s.loc, parent);
  }
}

void partner_declarations(const Model& m, Index& index) {
  for (const Partner& p : m.partners)
    index.declare(Kind::Partner, p.id, p.name, typed("partner", p.agreement), p.loc);
}

void sla_declarations(const Model& m, Index& index) {
  for (const Partner& p : m.partners) {
    const std::int32_t parent = index.find_index(Kind::Partner, p.id);
    for (const Sla& s : p.slas)
      index.declare(Kind::Sla, p.id + "/" + s.id, s.measure.value,
                    s.target.present()
                        ? fmt::format("SLA of partner '{}', target {}", p.id, s.target.value)
                        : fmt::format("SLA of partner '{}'", p.id),
                    s.loc, parent);
  }
}
void sla_references(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      const Owner o = s.owner();
      if (s.sla.id.empty() || o.kind != OwnerKind::Partner) continue;
      index.refer(Kind::Sla, m.partners[static_cast<std::size_t>(o.party)].id + "/" + s.sla.id,
                  s.sla.loc);
    }
}

void journey_declarations(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    index.declare(Kind::Journey, j.id, j.name,
                  fmt::format("journey of {} stage{} and {} step{}", j.stages.size(),
                              j.stages.size() == 1 ? "" : "s", j.steps.size(),
                              j.steps.size() == 1 ? "" : "s"),
                  j.loc);
}
void journey_references(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    if (!j.complaints.id.empty()) index.refer(Kind::Journey, j.complaints.id, j.complaints.loc);
  for (const Kpi& k : m.kpis)
    if (k.of_journey >= 0) index.refer(Kind::Journey, k.of.value, k.of.loc);
}

void stage_declarations(const Model& m, Index& index) {
  for (const Journey& j : m.journeys) {
    const std::int32_t parent = index.find_index(Kind::Journey, j.id);
    for (const Stage& s : j.stages)
      if (!s.id.empty() && s.id[0] != '#')  // an unnamed stage gets a placeholder id
        index.declare(Kind::Stage, j.id + "/" + s.id, s.name,
                      fmt::format("stage of journey '{}'", j.id), s.id_loc, parent);
  }
}

void step_declarations(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps) {
      if (s.id.empty() || s.id[0] == '#') continue;  // unnamed steps get a placeholder id
      std::int32_t parent = index.find_index(Kind::Journey, j.id);
      if (s.stage >= 0 && static_cast<std::size_t>(s.stage) < j.stages.size()) {
        const std::int32_t stage = index.find_index(Kind::Stage, j.id + "/" + j.stages[s.stage].id);
        if (stage >= 0) parent = stage;
      }
      const std::string owner = s.owners.size() == 1 ? s.owners.front().text : std::string();
      index.declare(Kind::Step, j.id + "/" + s.id, s.name,
                    owner.empty() ? fmt::format("step of journey '{}'", j.id)
                                  : fmt::format("step of journey '{}', owner '{}'", j.id, owner),
                    s.id_loc, parent);
    }
}
void step_references(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps)
      for (const Next& n : s.next)
        if (n.to.present()) refer_step_link(index, j, n);
  for (const Opportunity& o : m.opportunities)
    for (const StepRef& r : o.addresses) refer_step_ref(index, r);
  for (const Waiver& w : m.waivers)
    if (w.target.present()) refer_target(index, w.target);
}

void kpi_declarations(const Model& m, Index& index) {
  for (const Kpi& k : m.kpis)
    index.declare(Kind::Kpi, k.id, k.measure.value,
                  k.target.present() ? fmt::format("KPI, target {}", k.target.value) : "KPI",
                  k.loc);
}

void kpi_references(const Model& m, Index& index) {
  for (const Opportunity& o : m.opportunities)
    if (!o.kpi.id.empty()) index.refer(Kind::Kpi, o.kpi.id, o.kpi.loc);
}

// ---- v1.1: touchpoints, personas, opportunities ----

// "'a'", "'a' and 'b'", "'a', 'b' and 2 more"
std::string quoted_ids(const std::vector<std::string>& ids) {
  constexpr std::size_t shown = 3;
  std::string out;
  const std::size_t n = ids.size() > shown + 1 ? shown : ids.size();
  for (std::size_t i = 0; i < n; ++i) {
    if (i > 0) out += i + 1 == ids.size() ? " and " : ", ";
    out += "'" + ids[i] + "'";
  }
  if (n < ids.size()) out += fmt::format(" and {} more", ids.size() - n);
  return out;
}

void touchpoint_declarations(const Model& m, Index& index) {
  for (const Touchpoint& t : m.touchpoints) {
    std::string detail = "touchpoint";
    if (t.channel.present()) detail += fmt::format(", channel {}", t.channel.value);
    if (t.owner && !t.owner->text.empty()) detail += fmt::format(", owner '{}'", t.owner->text);
    if (t.hours_text.present()) detail += fmt::format(", open {}", t.hours_text.value);
    index.declare(Kind::Touchpoint, t.id, t.name, std::move(detail), t.loc);
  }
}
void touchpoint_references(const Model& m, Index& index) {
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps)
      if (!s.touchpoint.id.empty())
        index.refer(Kind::Touchpoint, s.touchpoint.id, s.touchpoint.loc);
}

void persona_declarations(const Model& m, Index& index) {
  std::vector<std::vector<std::string>> listed_by(m.personas.size());
  for (const Journey& j : m.journeys)
    for (std::int32_t p : j.persona_list)
      if (p >= 0 && static_cast<std::size_t>(p) < listed_by.size()) listed_by[p].push_back(j.id);
  for (std::size_t i = 0; i < m.personas.size(); ++i) {
    const Persona& p = m.personas[i];
    const auto& journeys = listed_by[i];
    std::string detail = journeys.empty()
                             ? "persona, listed by no journey"
                             : fmt::format("persona of journey{} {}",
                                           journeys.size() == 1 ? "" : "s", quoted_ids(journeys));
    if (p.description.present()) detail += fmt::format(": {}", p.description.value);
    index.declare(Kind::Persona, p.id, p.name, std::move(detail), p.loc);
  }
}
// A journey's `personas` items and the keys of its steps' `experience`. An `experience` key
// that the journey does not list still names the persona when one is declared (the finding
// says to list it).
void persona_references(const Model& m, Index& index) {
  for (const Journey& j : m.journeys) {
    for (const Ref& r : j.personas) index.refer(Kind::Persona, r.id, r.loc);
    for (const Step& s : j.steps)
      for (const Experience& e : s.experience)
        index.refer(Kind::Persona, e.persona.id, e.persona.loc);
  }
}

void opportunity_declarations(const Model& m, Index& index) {
  for (const Opportunity& o : m.opportunities) {
    std::string detail = fmt::format("opportunity, status {}", to_string(o.status));
    if (o.owner && !o.owner->text.empty()) detail += fmt::format(", owner '{}'", o.owner->text);
    std::vector<std::string> steps;
    for (const StepRef& r : o.addresses)
      if (r.resolved() && !r.suggested) steps.push_back(r.text.value);
    if (!steps.empty()) detail += fmt::format(", addresses {}", quoted_ids(steps));
    if (!o.kpi.id.empty()) detail += fmt::format(", KPI '{}'", o.kpi.id);
    index.declare(Kind::Opportunity, o.id, o.name, std::move(detail), o.loc);
  }
}

void rule_references(const Model& m, Index& index) {
  for (const Waiver& w : m.waivers)
    if (find_rule(w.rule.value)) index.refer(Kind::Rule, w.rule.value, w.rule.loc);
  for (const RuleSetting& r : m.lint.rules)
    if (find_rule(r.rule)) index.refer(Kind::Rule, r.rule, r.loc);
}

void none(const Model&, Index&) {}

// Declarations run in row order before any references, so parents come first.
const KindRow kRows[] = {
    {Kind::Information, "information item", information_declarations, information_references},
    {Kind::Department, "department", department_declarations, owner_references},
    {Kind::Role, "role", role_declarations, role_references},
    {Kind::Shift, "shift", shift_declarations, none},
    {Kind::Partner, "partner", partner_declarations, none},
    {Kind::Sla, "SLA", sla_declarations, sla_references},
    {Kind::Journey, "journey", journey_declarations, journey_references},
    {Kind::Stage, "stage", stage_declarations, none},
    {Kind::Step, "step", step_declarations, step_references},
    {Kind::Kpi, "KPI", kpi_declarations, kpi_references},
    {Kind::Touchpoint, "touchpoint", touchpoint_declarations, touchpoint_references},
    {Kind::Persona, "persona", persona_declarations, persona_references},
    {Kind::Opportunity, "opportunity", opportunity_declarations, none},
    {Kind::Customer, "customer", none, none},
    {Kind::Rule, "rule", none, rule_references},
};

}  // namespace

std::span<const KindRow> kind_rows() { return kRows; }

}  // namespace chainmap::lsp
