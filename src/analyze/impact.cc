#include "chainmap/impact.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "chainmap/matrix.h"
#include "chainmap/suggest.h"

namespace chainmap {
namespace {

bool matches(const Owner& subject, const Owner& o) {
  switch (subject.kind) {
    case OwnerKind::Department:
      return (o.kind == OwnerKind::Department || o.kind == OwnerKind::Role) &&
             o.party == subject.party;
    case OwnerKind::Role:
    case OwnerKind::Partner:
      return o == subject;
    default:
      return false;
  }
}

std::string role_ref(const Department& d, std::int32_t role) {
  return d.id + "." + d.roles[role].id;
}

// Partners other than `self` declaring an SLA with one of `ids`, sorted by id.
std::vector<std::string> partners_with_sla(const Model& m, std::int32_t self,
                                           const std::set<std::string>& ids) {
  std::vector<std::string> out;
  for (std::size_t p = 0; p < m.partners.size(); ++p) {
    if (static_cast<std::int32_t>(p) == self) continue;
    for (const Sla& s : m.partners[p].slas)
      if (ids.count(s.id)) {
        out.push_back(m.partners[p].id);
        break;
      }
  }
  std::sort(out.begin(), out.end());
  return out;
}

std::set<std::string> sla_ids(const Partner& p) {
  std::set<std::string> ids;
  for (const Sla& s : p.slas) ids.insert(s.id);
  return ids;
}

std::optional<SinglePoint> single_point(const Model& m, const Journey& j, const Step& s) {
  const Owner o = s.owner();
  SinglePoint sp{step_target(j, s), owner_name(m, o), ""};
  if (o.kind == OwnerKind::Role) {
    const Department& d = m.departments[o.party];
    if (d.roles[o.role].backup.index >= 0) return std::nullopt;
    sp.reason = fmt::format("role '{}' has no backup", sp.owner);
  } else if (o.kind == OwnerKind::Department) {
    if (m.departments[o.party].roles.size() >= 2) return std::nullopt;
    sp.reason = fmt::format(
        "owned by department '{}' as a whole, which declares fewer than two roles", sp.owner);
  } else if (o.kind == OwnerKind::Partner) {
    const Partner& p = m.partners[o.party];
    if (!s.sla.id.empty()) {
      if (!partners_with_sla(m, o.party, {s.sla.id}).empty()) return std::nullopt;
      sp.reason = fmt::format("no other partner declares an SLA '{}'", s.sla.id);
    } else {
      if (!partners_with_sla(m, o.party, sla_ids(p)).empty()) return std::nullopt;
      sp.reason = p.slas.empty()
                      ? fmt::format("partner '{}' has no alternative: it declares no SLA", p.id)
                      : fmt::format(
                            "partner '{}' has no alternative: no other partner declares "
                            "any of its SLAs",
                            p.id);
    }
  } else {
    return std::nullopt;
  }
  return sp;
}

}  // namespace

std::optional<Owner> find_party(const Model& m, std::string_view ref, std::string* error) {
  std::vector<std::string> candidates;
  for (std::size_t d = 0; d < m.departments.size(); ++d) {
    const Department& dept = m.departments[d];
    candidates.push_back(dept.id);
    if (dept.id == ref) return Owner{OwnerKind::Department, static_cast<std::int32_t>(d), -1};
    for (std::size_t r = 0; r < dept.roles.size(); ++r) {
      candidates.push_back(role_ref(dept, static_cast<std::int32_t>(r)));
      if (candidates.back() == ref)
        return Owner{OwnerKind::Role, static_cast<std::int32_t>(d), static_cast<std::int32_t>(r)};
    }
  }
  for (std::size_t p = 0; p < m.partners.size(); ++p) {
    candidates.push_back(m.partners[p].id);
    if (m.partners[p].id == ref) return Owner{OwnerKind::Partner, static_cast<std::int32_t>(p), -1};
  }
  if (error) {
    if (ref == "customer")
      *error =
          "'customer' is not a department, role or partner; impact is about the parties of the "
          "chain";
    else
      *error =
          fmt::format("no department, role or partner '{}'{}", ref, did_you_mean(ref, candidates));
  }
  return std::nullopt;
}

namespace {

// "touchpoint:web-shop" -> {"touchpoint", "web-shop"}; no colon: {"", ref}.
std::pair<std::string_view, std::string_view> split_kind(std::string_view ref) {
  auto colon = ref.find(':');
  if (colon == std::string_view::npos) return {"", ref};
  return {ref.substr(0, colon), ref.substr(colon + 1)};
}

template <class T>
std::vector<std::string> ids_of(const std::vector<T>& entities) {
  std::vector<std::string> out;
  for (const T& e : entities) out.push_back(e.id);
  return out;
}

std::optional<std::int32_t> index_in(const std::unordered_map<std::string, std::int32_t>& index,
                                     std::string_view id) {
  auto it = index.find(std::string(id));
  if (it == index.end()) return std::nullopt;
  return it->second;
}

}  // namespace

// `department:ID`, `role:DEPT.ROLE` or `partner:ID`: that party, or nothing with `message` set.
static std::optional<ImpactSubject> find_typed_party(const Model& m, std::string_view kind,
                                                     std::string_view id, std::string& message) {
  std::string ignored;
  auto party = find_party(m, id, &ignored);
  const OwnerKind wanted = kind == "department" ? OwnerKind::Department
                           : kind == "role"     ? OwnerKind::Role
                                                : OwnerKind::Partner;
  if (party && party->kind == wanted)
    return ImpactSubject{ImpactSubject::Kind::Party, *party, -1, ""};
  std::vector<std::string> candidates;
  if (wanted == OwnerKind::Partner) {
    candidates = ids_of(m.partners);
  } else {
    for (const Department& d : m.departments) {
      if (wanted == OwnerKind::Department)
        candidates.push_back(d.id);
      else
        for (const Role& r : d.roles) candidates.push_back(d.id + "." + r.id);
    }
  }
  if (party) {  // a party of another kind
    const std::string_view is = party->kind == OwnerKind::Department ? "department"
                                : party->kind == OwnerKind::Role     ? "role"
                                                                     : "partner";
    message = fmt::format("no {} '{}': '{}' is a {}; write '{}:{}' or '{}'", kind, id, id, is, is,
                          id, id);
    return std::nullopt;
  }
  message = fmt::format("no {} '{}'{}", kind, id, did_you_mean(id, candidates));
  return std::nullopt;
}

std::optional<ImpactSubject> find_subject(const Model& m, std::string_view ref,
                                          std::string* error) {
  auto fail = [&](std::string message) -> std::optional<ImpactSubject> {
    if (error) *error = std::move(message);
    return std::nullopt;
  };
  const auto [kind, id] = split_kind(ref);
  const auto touchpoint = index_in(m.touchpoint_index, id);
  const auto persona = index_in(m.persona_index, id);
  if (kind == "touchpoint") {
    if (touchpoint) return ImpactSubject{ImpactSubject::Kind::Touchpoint, {}, *touchpoint, ""};
    return fail(fmt::format("no touchpoint '{}'{}", id, did_you_mean(id, ids_of(m.touchpoints))));
  }
  if (kind == "persona") {
    if (persona) return ImpactSubject{ImpactSubject::Kind::Persona, {}, *persona, ""};
    return fail(fmt::format("no persona '{}'{}", id, did_you_mean(id, ids_of(m.personas))));
  }
  if (kind == "department" || kind == "role" || kind == "partner") {
    std::string message;
    if (auto subject = find_typed_party(m, kind, id, message)) return subject;
    return fail(std::move(message));
  }
  if (!kind.empty()) {
    const std::vector<std::string> kinds = {"department", "role", "partner", "touchpoint",
                                            "persona"};
    if (auto close = closest(kind, kinds))
      return fail(
          fmt::format("unknown kind '{}' in '{}'; did you mean '{}:{}'?", kind, ref, *close, id));
    return fail(fmt::format(
        "impact reports on a department, role, partner, touchpoint or persona, not on a '{}'; "
        "write a bare id, or department:ID, role:DEPT.ROLE, partner:ID, touchpoint:ID or "
        "persona:ID",
        kind));
  }

  // A bare id: the parties first, so every REF that worked before v1.1 still means the same.
  std::string party_error;
  if (auto party = find_party(m, ref, &party_error)) {
    ImpactSubject subject{ImpactSubject::Kind::Party, *party, -1, ""};
    if (touchpoint)
      subject.note =
          fmt::format("'{}' is also a touchpoint: write 'touchpoint:{}' for it", ref, ref);
    else if (persona)
      subject.note = fmt::format("'{}' is also a persona: write 'persona:{}' for it", ref, ref);
    return subject;
  }
  if (ref == "customer") return fail(party_error);
  if (touchpoint && persona)
    return fail(fmt::format(
        "'{}' is both a touchpoint and a persona; write 'touchpoint:{}' or 'persona:{}'", ref, ref,
        ref));
  if (touchpoint) return ImpactSubject{ImpactSubject::Kind::Touchpoint, {}, *touchpoint, ""};
  if (persona) return ImpactSubject{ImpactSubject::Kind::Persona, {}, *persona, ""};
  std::vector<std::string> candidates;
  for (const Department& d : m.departments) {
    candidates.push_back(d.id);
    for (const Role& r : d.roles) candidates.push_back(d.id + "." + r.id);
  }
  for (const Partner& p : m.partners) candidates.push_back(p.id);
  for (const Touchpoint& t : m.touchpoints) candidates.push_back(t.id);
  for (const Persona& p : m.personas) candidates.push_back(p.id);
  return fail(fmt::format("no department, role, partner, touchpoint or persona '{}'{}", ref,
                          did_you_mean(ref, candidates)));
}

// The steps of journey `j` where `subject` takes part (RACI), counted into `counts`, and the
// single points of failure among those it owns.
static void impact_steps(const Model& m, const Owner& subject, std::size_t j, ImpactJourney& counts,
                         Impact& out) {
  const Journey& journey = m.journeys[j];
  for (std::size_t s = 0; s < journey.steps.size(); ++s) {
    const Step& step = journey.steps[s];
    ImpactStep is{static_cast<std::int32_t>(j), static_cast<std::int32_t>(s), 0, {}};
    auto look = [&](const std::vector<OwnerRef>& refs, Raci what) {
      for (const OwnerRef& r : refs)
        if (matches(subject, r.owner)) {
          is.raci |= static_cast<std::uint8_t>(what);
          if (std::find(is.as.begin(), is.as.end(), r.text) == is.as.end()) is.as.push_back(r.text);
        }
    };
    look(step.owners, Raci::A);
    look(step.responsible, Raci::R);
    look(step.consulted, Raci::C);
    look(step.informed, Raci::I);
    if (!is.raci) continue;
    if (is.raci & static_cast<std::uint8_t>(Raci::A)) {
      ++counts.owns;
      if (auto sp = single_point(m, journey, step)) out.single_points.push_back(std::move(*sp));
    } else {
      ++counts.takes_part;
    }
    out.steps.push_back(std::move(is));
  }
}

// The handovers of journey `j` into, out of or inside `subject`.
static void impact_handovers(const Graph& graph, const Owner& subject, std::size_t j, Impact& out) {
  const Model& m = *graph.model;
  const JourneyGraph& jg = graph.journeys[j];
  for (const Edge& e : jg.edges) {
    if (!e.is_handover()) continue;
    const Owner from = jg.owners[e.from];
    const Owner to = m.journeys[e.to_journey].steps[e.to].owner();
    bool out_of = matches(subject, from), into = matches(subject, to);
    if (!out_of && !into) continue;
    ImpactHandover h;
    h.direction = out_of && into ? Direction::Internal : into ? Direction::In : Direction::Out;
    h.target = handover_target(m, jg, e);
    h.kind = e.kind;
    h.from_owner = owner_name(m, from);
    h.to_owner = owner_name(m, to);
    if (const Handover* ho = e.handover()) {
      h.method = ho->method.value;
      for (const Ref& c : ho->carries) h.carries.push_back(c.id);
    }
    out.handovers.push_back(std::move(h));
  }
}

Impact analyze_impact(const Graph& graph, const Owner& subject) {
  const Model& m = *graph.model;
  Impact out;
  out.subject = subject;
  out.id = owner_name(m, subject);
  out.name = owner_display_name(m, subject);
  out.kind = subject.kind == OwnerKind::Partner ? "partner"
             : subject.kind == OwnerKind::Role  ? "role"
                                                : "department";

  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    ImpactJourney counts{static_cast<std::int32_t>(j), 0, 0};
    impact_steps(m, subject, j, counts, out);
    if (counts.owns || counts.takes_part) out.journeys.push_back(counts);
    impact_handovers(graph, subject, j, out);
  }

  if (subject.kind == OwnerKind::Department || subject.kind == OwnerKind::Role) {
    const Department& d = m.departments[subject.party];
    for (std::size_t r = 0; r < d.roles.size(); ++r) {
      const Role& role = d.roles[r];
      if (subject.kind == OwnerKind::Role && static_cast<std::int32_t>(r) != subject.role) {
        if (role.backup.index == subject.role)
          out.backs_up.push_back(role_ref(d, static_cast<std::int32_t>(r)));
        continue;
      }
      out.backups.push_back({role_ref(d, static_cast<std::int32_t>(r)),
                             role.backup.index >= 0 ? role_ref(d, role.backup.index) : ""});
    }
  } else if (subject.kind == OwnerKind::Partner) {
    out.alternatives = partners_with_sla(m, subject.party, sla_ids(m.partners[subject.party]));
  }
  for (std::size_t t = 0; t < m.touchpoints.size(); ++t)
    if (const auto& owner = m.touchpoints[t].owner; owner && matches(subject, owner->owner))
      out.touchpoints.push_back(static_cast<std::int32_t>(t));
  for (std::size_t o = 0; o < m.opportunities.size(); ++o)
    if (const auto& owner = m.opportunities[o].owner; owner && matches(subject, owner->owner))
      out.opportunities.push_back(static_cast<std::int32_t>(o));
  return out;
}

}  // namespace chainmap
