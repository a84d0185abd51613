#include "report/customer_side.h"

#include <fmt/format.h>

#include "chainmap/printable.h"

namespace chainmap {
namespace {

void optional_field(JsonWriter& w, std::string_view key, const std::string& value) {
  if (value.empty())
    w.key(key).null();
  else
    w.field(key, value);
}

// The targets an opportunity addresses, as resolved (a misspelt item: the step it suggested),
// or as written when it names no step.
std::vector<std::string> addresses(const Model& m, const Opportunity& o) {
  std::vector<std::string> out;
  for (const StepRef& r : o.addresses) {
    if (r.resolved()) {
      const Journey& j = m.journeys[r.journey];
      out.push_back(step_target(j, j.steps[r.step]));
    }
  }
  return out;
}

}  // namespace

std::string score_text(std::optional<int> score) {
  if (!score) return "(no score)";
  return *score > 0 ? fmt::format("+{}", *score) : fmt::format("{}", *score);
}

std::string step_ref(const Model& m, std::int32_t journey, std::int32_t step) {
  return m.journeys[journey].id + "/" + m.journeys[journey].steps[step].id;
}

std::string hotspot_text(const Graph& g, const SeamHotspot& h, std::string_view indent) {
  const Model& m = *g.model;
  const Journey& j = m.journeys[h.journey];
  std::string scores;
  for (const HotspotScore& s : h.scores)
    scores += fmt::format("{}{} {}", scores.empty() ? "" : ", ", m.personas[s.persona].id,
                          score_text(s.score));
  std::string out =
      printable(fmt::format("{}{}  {}", indent, step_target(j, j.steps[h.step]), scores)) + "\n";
  for (const HotspotSeam& seam : h.seams) {
    const JourneyGraph& jg = g.journeys[h.journey];
    const Edge& e = jg.edges[seam.edge];
    out += printable(fmt::format("{}  {}: {}", indent, edge_name(m, jg, e),
                                 seam_lacks(seam, *e.handover()))) +
           "\n";
  }
  return out;
}

void hotspot_json(JsonWriter& w, const Graph& g, const SeamHotspot& h) {
  const Model& m = *g.model;
  const Journey& j = m.journeys[h.journey];
  w.begin_object().field("target", step_target(j, j.steps[h.step]));
  w.key("scores").begin_array();
  for (const HotspotScore& s : h.scores)
    w.begin_object()
        .field("persona", m.personas[s.persona].id)
        .field("score", s.score)
        .end_object();
  w.end_array();
  w.key("handovers").begin_array();
  for (const HotspotSeam& seam : h.seams) {
    const JourneyGraph& jg = g.journeys[h.journey];
    const Edge& e = jg.edges[seam.edge];
    w.begin_object()
        .field("target", handover_target(m, jg, e))
        .field("method", e.handover()->method.value);
    w.key("lacks").begin_array();
    if (seam.no_confirm) w.value("no-confirm");
    if (seam.no_follow_up) w.value("no-follow-up");
    if (seam.unrecorded_method) w.value("unrecorded-method");
    w.end_array().end_object();
  }
  w.end_array().end_object();
}

std::string pain_point_text(const PainPoint& p) {
  std::string out = p.text.value.empty() ? std::string("(no text)") : p.text.value;
  out += fmt::format(" ({}", to_string(p.evidence));
  if (p.source.present()) out += ": " + p.source.value;
  return out + ")";
}

void pain_point_json(JsonWriter& w, const Model& m, std::int32_t journey, std::int32_t step,
                     const PainPoint& p) {
  const Journey& j = m.journeys[journey];
  w.begin_object()
      .field("target", step_target(j, j.steps[step]))
      .field("text", p.text.value)
      .field("evidence", to_string(p.evidence));
  optional_field(w, "source", p.source.value);
  w.end_object();
}

std::string opportunity_text(const Model& m, const Opportunity& o) {
  std::string out = o.id;
  if (!o.name.empty()) out += " (" + o.name + ")";
  out += fmt::format(": {}", to_string(o.status));
  out += o.owner ? ", owner " + o.owner->text : ", no owner";
  std::string steps;
  for (const StepRef& r : o.addresses)
    if (r.resolved()) steps += (steps.empty() ? "" : ", ") + step_ref(m, r.journey, r.step);
  if (!steps.empty()) out += ", addresses " + steps;
  return out;
}

void opportunity_json(JsonWriter& w, const Model& m, const Opportunity& o) {
  w.begin_object().field("id", o.id);
  optional_field(w, "name", o.name);
  optional_field(w, "owner", o.owner ? o.owner->text : "");
  w.field("status", to_string(o.status));
  optional_field(w, "kpi", o.kpi.id);
  w.key("addresses").begin_array();
  for (const auto& t : addresses(m, o)) w.value(t);
  w.end_array().end_object();
}

}  // namespace chainmap
