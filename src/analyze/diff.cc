#include "chainmap/diff.h"

#include <algorithm>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

namespace chainmap {
namespace {

const std::vector<std::string> kKinds = {"info", "department", "role",        "shift",   "partner",
                                         "sla",  "touchpoint", "persona",     "journey", "stage",
                                         "step", "handover",   "opportunity", "kpi"};

std::size_t kind_order(const std::string& kind) {
  return static_cast<std::size_t>(std::find(kKinds.begin(), kKinds.end(), kind) - kKinds.begin());
}

// One entity as compared: its fields as display strings, in a fixed order.
struct Entity {
  std::string kind, name;
  std::vector<std::pair<std::string, std::string>> fields;
};
using Entities = std::map<std::string, Entity>;  // by target

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}
std::string refs(const std::vector<Ref>& rs) {
  std::vector<std::string> ids;
  for (const auto& r : rs) ids.push_back(r.id);
  return join(ids);
}
std::string owner_refs(const std::vector<OwnerRef>& rs) {
  std::vector<std::string> ids;
  for (const auto& r : rs) ids.push_back(r.text);
  return join(ids);
}
std::string texts(const std::vector<Text>& ts) {
  std::vector<std::string> v;
  for (const auto& t : ts) v.push_back(t.value);
  return join(v);
}
std::string duration(const std::optional<Seconds>& s) { return s ? format_duration(*s) : ""; }
std::string flag(bool b) { return b ? "true" : ""; }
std::string opt_owner(const std::optional<OwnerRef>& r) { return r ? r->text : ""; }
std::string goals(const std::vector<Text>& ts) {
  std::string out;
  for (const auto& t : ts) out += (out.empty() ? "" : "; ") + t.value;
  return out;
}
// "The link comes late (observed: Usability test 2026-09); Nobody calls back (assumed)"
std::string pain_points(const std::vector<PainPoint>& ps) {
  std::string out;
  for (const PainPoint& p : ps) {
    out += (out.empty() ? "" : "; ") + p.text.value + " (" + std::string(to_string(p.evidence));
    if (p.source.present()) out += ": " + p.source.value;
    out += ")";
  }
  return out;
}

using Fields = std::vector<std::pair<std::string, std::string>>;

void add(Entities& out, std::string kind, std::string target, std::string name, Fields fields) {
  // A duplicate id (reported as model/duplicate-id) keeps its first declaration.
  out.emplace(std::move(target), Entity{std::move(kind), std::move(name), std::move(fields)});
}

// Information, departments with their roles and shifts, partners with their SLAs.
void add_parties(const Model& m, Entities& out) {
  for (const Info& i : m.information)
    add(out, "info", "info:" + i.id, i.name, {{"name", i.name}, {"personal", flag(i.personal)}});
  for (const Department& d : m.departments) {
    std::string shift_handover;
    if (d.shift_handover)
      shift_handover =
          d.shift_handover->method.value +
          (d.shift_handover->carries.empty() ? "" : " carrying " + refs(d.shift_handover->carries));
    add(out, "department", "department:" + d.id, d.name,
        {{"name", d.name},
         {"type", std::string(to_string(d.type))},
         {"hours", d.hours_text.value},
         {"shift-handover", shift_handover},
         {"empowerment", d.empowerment.value}});
    for (const Role& r : d.roles)
      add(out, "role", "role:" + d.id + "." + r.id, r.name,
          {{"name", r.name}, {"backup", r.backup.id}});
    for (const Shift& s : d.shifts)
      add(out, "shift", "shift:" + d.id + "/" + s.id, "",
          {{"hours", s.hours_text.value}, {"roles", refs(s.roles)}});
  }
  for (const Partner& p : m.partners) {
    add(out, "partner", "partner:" + p.id, p.name,
        {{"name", p.name},
         {"agreement", std::string(to_string(p.agreement))},
         {"contract", p.contract.value},
         {"documented-in", p.documented_in.value},
         {"channels", texts(p.channels)},
         {"feedback", p.feedback.value},
         {"review", p.review.value},
         {"dpa", flag(p.dpa)},
         {"contact", p.contact.value}});
    for (const Sla& s : p.slas)
      add(out, "sla", "sla:" + p.id + "/" + s.id, "",
          {{"target", s.target_duration ? duration(s.target_duration) : s.target.value},
           {"measure", s.measure.value},
           {"monitored-by", opt_owner(s.monitored_by)}});
  }
}

// Touchpoints, personas and opportunities.
void add_customer_side(const Model& m, Entities& out) {
  for (const Touchpoint& t : m.touchpoints)
    add(out, "touchpoint", "touchpoint:" + t.id, t.name,
        {{"name", t.name},
         {"channel", t.channel.value},
         {"owner", opt_owner(t.owner)},
         {"hours", t.hours_text.value}});
  for (const Persona& p : m.personas)
    add(out, "persona", "persona:" + p.id, p.name,
        {{"name", p.name}, {"description", p.description.value}, {"goals", goals(p.goals)}});
  for (const Opportunity& o : m.opportunities) {
    std::vector<std::string> addresses;
    for (const StepRef& r : o.addresses) addresses.push_back(r.text.value);
    add(out, "opportunity", "opportunity:" + o.id, o.name,
        {{"name", o.name},
         {"addresses", join(addresses)},
         {"owner", opt_owner(o.owner)},
         {"status", std::string(to_string(o.status))},
         {"kpi", o.kpi.id}});
  }
}

void add_steps(const Model& m, const Journey& journey, const JourneyGraph& jg, Entities& out) {
  for (std::size_t si = 0; si < journey.steps.size(); ++si) {
    const Step& s = journey.steps[si];
    // The flow as the graph has it, so an implicit `next` and the same one written out agree.
    std::vector<std::string> next;
    for (const Edge& e : jg.edges) {
      if (e.from != static_cast<std::int32_t>(si)) continue;
      const Journey& to = m.journeys[e.to_journey];
      std::string item = (e.cross ? to.id + "/" : "") + to.steps[e.to].id;
      if (e.next && e.next->when.present()) item += " when " + e.next->when.value;
      if (e.loop) item += " (loop)";
      next.push_back(std::move(item));
    }
    std::string stage = s.stage >= 0 ? journey.stages[s.stage].id : "";
    add(out, "step", step_target(journey, s), s.name,
        {{"name", s.name},
         {"stage", stage},
         {"owner", owner_refs(s.owners)},
         {"lane", s.lane_explicit ? std::string(to_string(s.lane)) : ""},
         {"channel", s.channel.value},
         {"duration", duration(s.duration)},
         {"captures", refs(s.captures)},
         {"needs", refs(s.needs)},
         {"personal-data", flag(s.personal_data)},
         {"moment-of-truth", flag(s.moment_of_truth)},
         {"responsible", owner_refs(s.responsible)},
         {"consulted", owner_refs(s.consulted)},
         {"informed", owner_refs(s.informed)},
         {"sla", s.sla.id},
         {"entry", s.entry ? (*s.entry ? "true" : "false") : ""},
         {"end", flag(s.end)},
         {"next", join(next)},
         {"touchpoint", s.touchpoint.id},
         {"pain-points", pain_points(s.pain_points)}});
  }
}

void add_handovers(const Model& m, const JourneyGraph& jg, Entities& out) {
  for (const Edge& e : jg.edges) {
    if (!e.is_handover()) continue;
    const Owner to = m.journeys[e.to_journey].steps[e.to].owner();
    Fields fields = {{"kind", std::string(handover_kind_name(e.kind))},
                     {"from", owner_name(m, jg.owners[e.from])},
                     {"to", owner_name(m, to)}};
    if (const Handover* h = e.handover()) {
      std::string follow_up;
      if (h->follow_up)
        follow_up = opt_owner(h->follow_up->by) +
                    (h->follow_up->within ? " within " + duration(h->follow_up->within) : "");
      fields.insert(fields.end(), {{"method", h->method.value},
                                   {"carries", refs(h->carries)},
                                   {"confirm", opt_owner(h->confirm)},
                                   {"follow-up", follow_up},
                                   {"within", duration(h->within)}});
    } else {
      fields.push_back({"method", "(undeclared)"});
    }
    add(out, "handover", handover_target(m, jg, e), "", std::move(fields));
  }
}

Entities entities(const Graph& graph) {
  const Model& m = *graph.model;
  Entities out;
  add_parties(m, out);
  add_customer_side(m, out);
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    add(out, "journey", "journey:" + journey.id, journey.name,
        {{"name", journey.name},
         {"persona", journey.persona.value},
         {"personas", refs(journey.personas)},
         {"promise", journey.promise ? duration(journey.promise) : journey.promise_text.value},
         {"complaints", journey.complaints.id}});
    for (const Stage& st : journey.stages) {
      std::vector<std::string> steps;
      for (std::int32_t i = st.first; i < st.first + st.count; ++i)
        steps.push_back(journey.steps[i].id);
      add(out, "stage", "stage:" + journey.id + "/" + st.id, st.name,
          {{"name", st.name}, {"steps", join(steps)}});
    }
    add_steps(m, journey, graph.journeys[j], out);
    add_handovers(m, graph.journeys[j], out);
  }
  for (const Kpi& k : m.kpis)
    add(out, "kpi", "kpi:" + k.id, "",
        {{"of", k.of.value},
         {"target", k.target.value},
         {"measure", k.measure.value},
         {"owner", opt_owner(k.owner)},
         {"review", k.review.value}});
  return out;
}

// The target of the entity that contains this one, or "" for top-level entities.
std::string parent(const std::string& kind, const std::string& target) {
  auto colon = target.find(':');
  std::string rest = target.substr(colon + 1);
  if (kind == "role") return "department:" + rest.substr(0, rest.find('.'));
  if (kind == "shift") return "department:" + rest.substr(0, rest.find('/'));
  if (kind == "sla") return "partner:" + rest.substr(0, rest.find('/'));
  if (kind == "stage" || kind == "step" || kind == "handover")
    return "journey:" + rest.substr(0, rest.find('/'));
  return "";
}

std::string finding_key(const Diagnostic& d) { return d.rule + '\n' + d.target; }

// Every readable experience entry of a model, by step target and persona id: score, feeling.
using Scores =
    std::map<std::pair<std::string, std::string>, std::pair<std::optional<int>, std::string>>;
Scores scores(const Model& m) {
  Scores out;
  for (const Journey& j : m.journeys)
    for (const Step& s : j.steps)
      for (std::int32_t p : j.persona_list)
        if (const Experience* e = experience_for(s, p))
          out.emplace(std::pair{step_target(j, s), m.personas[p].id},
                      std::pair{score_for(s, p), e->feeling.value});
  return out;
}

std::vector<ScoreChange> score_changes(const Model& before, const Model& after,
                                       const Entities& old_entities, const Entities& new_entities) {
  const Scores was = scores(before), is = scores(after);
  std::set<std::pair<std::string, std::string>> keys;
  for (const auto& [k, v] : was) keys.insert(k);
  for (const auto& [k, v] : is) keys.insert(k);
  std::vector<ScoreChange> out;
  for (const auto& key : keys) {
    const auto& [target, persona] = key;
    // The scores of a step or persona that was added or removed are not listed again.
    const std::string persona_target = "persona:" + persona;
    if (!old_entities.count(target) || !new_entities.count(target) ||
        !old_entities.count(persona_target) || !new_entities.count(persona_target))
      continue;
    ScoreChange c{target, persona, {}, {}, "", ""};
    if (auto it = was.find(key); it != was.end()) std::tie(c.old_score, c.old_feeling) = it->second;
    if (auto it = is.find(key); it != is.end()) std::tie(c.new_score, c.new_feeling) = it->second;
    if (c.old_score != c.new_score || c.old_feeling != c.new_feeling) out.push_back(std::move(c));
  }
  return out;
}

}  // namespace

std::string_view to_string(ChangeKind kind) {
  switch (kind) {
    case ChangeKind::Added:
      return "added";
    case ChangeKind::Removed:
      return "removed";
    case ChangeKind::Changed:
      return "changed";
  }
  return "changed";
}

std::size_t ModelDiff::count(ChangeKind kind) const {
  return static_cast<std::size_t>(std::count_if(changes.begin(), changes.end(),
                                                [&](const Change& c) { return c.change == kind; }));
}

ModelDiff diff_models(const Graph& old_graph, const std::vector<Diagnostic>& old_findings,
                      const Graph& new_graph, const std::vector<Diagnostic>& new_findings) {
  const Entities before = entities(old_graph), after = entities(new_graph);
  ModelDiff diff;
  std::set<std::string> appeared, vanished;
  for (const auto& [target, e] : after)
    if (!before.count(target)) appeared.insert(target);
  for (const auto& [target, e] : before)
    if (!after.count(target)) vanished.insert(target);

  for (const auto& target : vanished) {
    const Entity& e = before.at(target);
    if (!vanished.count(parent(e.kind, target)))
      diff.changes.push_back({ChangeKind::Removed, e.kind, target, e.name, {}});
  }
  for (const auto& target : appeared) {
    const Entity& e = after.at(target);
    if (appeared.count(parent(e.kind, target))) continue;
    // What was added, field by field (the name is shown already).
    Change c{ChangeKind::Added, e.kind, target, e.name, {}};
    for (const auto& [field, value] : e.fields)
      if (!value.empty() && field != "name") c.fields.push_back({field, "", value});
    diff.changes.push_back(std::move(c));
  }
  for (const auto& [target, a] : after) {
    auto it = before.find(target);
    if (it == before.end()) continue;
    const Entity& b = it->second;
    Change c{ChangeKind::Changed, a.kind, target, a.name, {}};
    // Field lists are built in a fixed order, but a handover that became undeclared has fewer.
    std::map<std::string, std::string> old_fields(b.fields.begin(), b.fields.end());
    std::set<std::string> seen;
    for (const auto& [field, value] : a.fields) {
      seen.insert(field);
      std::string was = old_fields.count(field) ? old_fields.at(field) : "";
      if (was != value) c.fields.push_back({field, was, value});
    }
    for (const auto& [field, value] : b.fields)
      if (!seen.count(field) && !value.empty()) c.fields.push_back({field, value, ""});
    if (!c.fields.empty()) diff.changes.push_back(std::move(c));
  }
  std::stable_sort(diff.changes.begin(), diff.changes.end(), [](const Change& x, const Change& y) {
    if (kind_order(x.kind) != kind_order(y.kind)) return kind_order(x.kind) < kind_order(y.kind);
    if (x.target != y.target) return x.target < y.target;
    return x.change < y.change;
  });

  diff.scores = score_changes(*old_graph.model, *new_graph.model, before, after);
  diff.has_personas = !old_graph.model->personas.empty() || !new_graph.model->personas.empty();

  std::set<std::string> old_keys, new_keys;
  for (const auto& d : old_findings) old_keys.insert(finding_key(d));
  for (const auto& d : new_findings) new_keys.insert(finding_key(d));
  for (const auto& d : new_findings)
    if (!old_keys.count(finding_key(d))) diff.introduced.push_back(d);
  for (const auto& d : old_findings)
    if (!new_keys.count(finding_key(d))) diff.fixed.push_back(d);
  return diff;
}

}  // namespace chainmap
