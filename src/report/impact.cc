#include "chainmap/impact_report.h"

#include <cmath>

#include <fmt/format.h>

#include "chainmap/matrix.h"
#include "chainmap/printable.h"
#include "chainmap/version.h"
#include "report/customer_side.h"
#include "util/escape.h"
#include "util/json.h"

namespace chainmap {
namespace {

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::In:
      return "in";
    case Direction::Out:
      return "out";
    case Direction::Internal:
      return "internal";
  }
  return "in";
}

std::string join(const std::vector<std::string>& items) {
  std::string out;
  for (const auto& s : items) out += (out.empty() ? "" : ", ") + s;
  return out;
}

std::string handover_how(const ImpactHandover& h) {
  if (h.method.empty()) return "undeclared";
  std::string out = "method " + h.method;
  out += h.carries.empty() ? ", carries nothing" : ", carries " + join(h.carries);
  return out;
}

void string_array(JsonWriter& w, std::string_view key, const std::vector<std::string>& items) {
  w.key(key).begin_array();
  for (const auto& s : items) w.value(s);
  w.end_array();
}

std::string step_ref(const Model& m, const ImpactStep& s) { return step_ref(m, s.journey, s.step); }

// "web, owner web-shop, open 24/7"
std::string touchpoint_facts(const Touchpoint& t) {
  std::string out = t.channel.present() ? t.channel.value : std::string("no channel");
  out += t.owner ? ", owner " + t.owner->text : ", no owner";
  if (t.hours_text.present()) out += ", open " + t.hours_text.value;
  return out;
}

// "web-shop (Web shop)", or "web-shop" when it has no name.
std::string named(const std::string& id, const std::string& name) {
  return name.empty() ? id : id + " (" + name + ")";
}

// "Impact of touchpoint 'web-shop' (Web shop)": the first line of a touchpoint's or a persona's
// impact.
std::string impact_title(std::string_view kind, const std::string& id, const std::string& name) {
  return printable(
             fmt::format("Impact of {} '{}'{}", kind, id, name.empty() ? "" : " (" + name + ")")) +
         "\n";
}

// "web-shop (Web shop): web, owner web-shop, open 24/7"
std::string touchpoint_line(const Touchpoint& t) {
  return named(t.id, t.name) + ": " + touchpoint_facts(t);
}

void optional_field(JsonWriter& w, std::string_view key, const std::string& value) {
  if (value.empty())
    w.key(key).null();
  else
    w.field(key, value);
}

// {"id", "name", "channel", "owner", "hours"}, absent values as null.
void touchpoint_fields(JsonWriter& w, const Touchpoint& t) {
  w.field("id", t.id);
  optional_field(w, "name", t.name);
  optional_field(w, "channel", t.channel.value);
  optional_field(w, "owner", t.owner ? t.owner->text : "");
  optional_field(w, "hours", t.hours_text.value);
}
void touchpoint_json(JsonWriter& w, const Touchpoint& t) {
  w.begin_object();
  touchpoint_fields(w, t);
  w.end_object();
}

// "shopper on order: 3 scores, average -0.33, lowest -2 at wait"
std::string curve_text(const Model& m, const CurveSummary& c, bool name_journey) {
  const Journey& j = m.journeys[c.journey];
  std::string out = name_journey ? named(j.id, j.name) : m.personas[c.persona].id + " on " + j.id;
  if (!c.scored) return out + ": no scores";
  return out + fmt::format(": {} score{}, average {:.2f}, lowest {} at {}", c.scored,
                           c.scored == 1 ? "" : "s", std::round(c.average * 100.0) / 100.0,
                           score_text(c.lowest), j.steps[c.lowest_step].id);
}

void curve_json(JsonWriter& w, const Model& m, const CurveSummary& c, bool persona_key) {
  const Journey& j = m.journeys[c.journey];
  w.begin_object();
  if (persona_key) w.field("persona", m.personas[c.persona].id);
  w.field("journey", j.id).field("scored", static_cast<std::uint64_t>(c.scored));
  if (c.scored) {
    w.field("average", std::round(c.average * 100.0) / 100.0);
    w.key("lowest")
        .begin_object()
        .field("score", c.lowest)
        .field("step", step_target(j, j.steps[c.lowest_step]))
        .end_object();
  } else {
    w.key("average").null();
    w.key("lowest").null();
  }
  w.end_object();
}

void score_json(JsonWriter& w, const Model& m, const ImpactScore& s) {
  w.begin_object().field("persona", m.personas[s.persona].id);
  if (s.score)
    w.field("score", *s.score);
  else
    w.key("score").null();
  optional_field(w, "feeling", s.feeling);
  w.end_object();
}

void pain_points_text(std::string& out, const Model& m, const std::vector<ImpactPainPoint>& pains,
                      std::string_view title) {
  out += fmt::format("\n{} ({})\n", title, pains.size());
  for (const auto& p : pains)
    out += printable(fmt::format(
               "  {}: {}", step_ref(m, p.journey, p.step),
               pain_point_text(m.journeys[p.journey].steps[p.step].pain_points[p.index]))) +
           "\n";
  if (pains.empty()) out += "  none\n";
}

void opportunities_text(std::string& out, const Model& m, const std::vector<std::int32_t>& ids,
                        std::string_view title) {
  out += fmt::format("\n{} ({})\n", title, ids.size());
  for (std::int32_t o : ids)
    out += printable("  " + opportunity_text(m, m.opportunities[o])) + "\n";
  if (ids.empty()) out += "  none\n";
}

// The customer's side of a touchpoint's or persona's impact as text: its pain points,
// opportunities and seam hotspots. `where` ends the first two titles: "" or " on its journeys".
void customer_side_text(std::string& out, const Graph& g, const std::vector<ImpactPainPoint>& pains,
                        const std::vector<std::int32_t>& opportunities,
                        const std::vector<SeamHotspot>& hotspots, std::string_view where) {
  pain_points_text(out, *g.model, pains, fmt::format("Pain points{}", where));
  opportunities_text(out, *g.model, opportunities, fmt::format("Opportunities{}", where));
  out += fmt::format("\nSeam hotspots ({})\n", hotspots.size());
  for (const auto& h : hotspots) out += hotspot_text(g, h, "  ");
  if (hotspots.empty()) out += "  none\n";
}

void customer_side_json(JsonWriter& w, const Graph& g, const std::vector<ImpactPainPoint>& pains,
                        const std::vector<std::int32_t>& opportunities,
                        const std::vector<SeamHotspot>& hotspots) {
  const Model& m = *g.model;
  w.key("pain_points").begin_array();
  for (const auto& p : pains)
    pain_point_json(w, m, p.journey, p.step,
                    m.journeys[p.journey].steps[p.step].pain_points[p.index]);
  w.end_array();
  w.key("opportunities").begin_array();
  for (std::int32_t o : opportunities) opportunity_json(w, m, m.opportunities[o]);
  w.end_array();
  w.key("hotspots").begin_array();
  for (const auto& h : hotspots) hotspot_json(w, g, h);
  w.end_array();
}

}  // namespace

std::string format_impact_text(const Model& m, const Impact& im) {
  std::string out =
      printable(fmt::format("Impact of {} '{}' ({})", im.kind, im.id, im.name)) + "\n";

  out += fmt::format("\nJourneys ({})\n", im.journeys.size());
  for (const auto& j : im.journeys) {
    const Journey& journey = m.journeys[j.journey];
    out += printable(fmt::format("  {}: owns {} step{}, takes part in {}",
                                 named(journey.id, journey.name), j.owns, j.owns == 1 ? "" : "s",
                                 j.takes_part)) +
           "\n";
  }
  if (im.journeys.empty()) out += "  none: it appears in no journey\n";

  out += fmt::format("\nSteps ({})\n", im.steps.size());
  std::size_t ref_width = 0, raci_width = 4;
  for (const auto& s : im.steps) ref_width = std::max(ref_width, display_width(step_ref(m, s)));
  for (const auto& s : im.steps) {
    const Step& step = m.journeys[s.journey].steps[s.step];
    std::string line = "  " + pad_right(step_ref(m, s), ref_width) + "  " +
                       pad_right(raci_letters(s.raci), raci_width) + "as " + join(s.as);
    if (!step.name.empty()) line += "  \"" + step.name + "\"";
    out += printable(line) + "\n";
  }

  for (Direction d : {Direction::In, Direction::Out, Direction::Internal}) {
    std::vector<const ImpactHandover*> hs;
    for (const auto& h : im.handovers)
      if (h.direction == d) hs.push_back(&h);
    if (d == Direction::Internal && hs.empty()) continue;
    out += fmt::format("\nHandovers {} ({})\n",
                       d == Direction::In    ? "in"
                       : d == Direction::Out ? "out"
                                             : "within",
                       hs.size());
    for (const auto* h : hs)
      out += printable(fmt::format("  {}  {} -> {}  ({} handover, {})", h->target, h->from_owner,
                                   h->to_owner, handover_kind_name(h->kind), handover_how(*h))) +
             "\n";
  }

  if (im.kind != "partner") {
    out += "\nBackups\n";
    for (const auto& b : im.backups)
      out +=
          fmt::format("  {} is backed up by {}\n", b.role, b.backup.empty() ? "nobody" : b.backup);
    if (im.backups.empty()) out += "  none: the department declares no roles\n";
    if (im.kind == "role")
      out += "  it backs up " + (im.backs_up.empty() ? std::string("nobody") : join(im.backs_up)) +
             "\n";
  } else {
    out += "\nAlternatives (partners declaring one of its SLA ids)\n  " +
           (im.alternatives.empty() ? std::string("none") : join(im.alternatives)) + "\n";
  }

  out += fmt::format("\nSingle points of failure ({})\n", im.single_points.size());
  for (const auto& sp : im.single_points)
    out += printable(fmt::format("  {}: {}", sp.target, sp.reason)) + "\n";
  if (im.single_points.empty()) out += "  none\n";

  // The customer's side, in models that have one (v1.1).
  if (!m.touchpoints.empty()) {
    out += fmt::format("\nTouchpoints owned ({})\n", im.touchpoints.size());
    for (std::int32_t t : im.touchpoints)
      out += printable("  " + touchpoint_line(m.touchpoints[t])) + "\n";
    if (im.touchpoints.empty()) out += "  none\n";
  }
  if (!m.opportunities.empty()) {
    out += fmt::format("\nOpportunities owned ({})\n", im.opportunities.size());
    for (std::int32_t o : im.opportunities)
      out += printable("  " + opportunity_text(m, m.opportunities[o])) + "\n";
    if (im.opportunities.empty()) out += "  none\n";
  }
  return out;
}

std::string format_impact_json(const Model& m, const Impact& im) {
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  w.key("subject")
      .begin_object()
      .field("kind", im.kind)
      .field("id", im.id)
      .field("name", im.name)
      .end_object();
  w.key("journeys").begin_array();
  for (const auto& j : im.journeys)
    w.begin_object()
        .field("id", m.journeys[j.journey].id)
        .field("owns", static_cast<std::uint64_t>(j.owns))
        .field("takes_part", static_cast<std::uint64_t>(j.takes_part))
        .end_object();
  w.end_array();
  w.key("steps").begin_array();
  for (const auto& s : im.steps) {
    const Journey& j = m.journeys[s.journey];
    w.begin_object()
        .field("target", step_target(j, j.steps[s.step]))
        .field("raci", raci_letters(s.raci));
    string_array(w, "as", s.as);
    w.end_object();
  }
  w.end_array();
  w.key("handovers").begin_array();
  for (const auto& h : im.handovers) {
    w.begin_object()
        .field("direction", direction_name(h.direction))
        .field("target", h.target)
        .field("kind", handover_kind_name(h.kind))
        .field("from", h.from_owner)
        .field("to", h.to_owner);
    if (h.method.empty())
      w.key("method").null();
    else
      w.field("method", h.method);
    string_array(w, "carries", h.carries);
    w.end_object();
  }
  w.end_array();
  w.key("backups").begin_array();
  for (const auto& b : im.backups) {
    w.begin_object().field("role", b.role);
    if (b.backup.empty())
      w.key("backup").null();
    else
      w.field("backup", b.backup);
    w.end_object();
  }
  w.end_array();
  string_array(w, "backs_up", im.backs_up);
  string_array(w, "alternatives", im.alternatives);
  w.key("single_points_of_failure").begin_array();
  for (const auto& sp : im.single_points)
    w.begin_object()
        .field("target", sp.target)
        .field("owner", sp.owner)
        .field("reason", sp.reason)
        .end_object();
  w.end_array();
  w.key("touchpoints").begin_array();
  for (std::int32_t t : im.touchpoints) touchpoint_json(w, m.touchpoints[t]);
  w.end_array();
  w.key("opportunities").begin_array();
  for (std::int32_t o : im.opportunities) opportunity_json(w, m, m.opportunities[o]);
  w.end_array();
  w.end_object();
  return w.str();
}

std::string format_touchpoint_impact_text(const Graph& g, const TouchpointImpact& im) {
  const Model& m = *g.model;
  const Touchpoint& t = m.touchpoints[im.touchpoint];
  std::string out = impact_title("touchpoint", t.id, t.name);
  out += printable("  " + touchpoint_facts(t)) + "\n";

  std::vector<std::pair<std::int32_t, std::size_t>> journeys;  // journey, steps here
  for (const auto& s : im.steps) {
    if (journeys.empty() || journeys.back().first != s.journey) journeys.push_back({s.journey, 0});
    ++journeys.back().second;
  }
  out += fmt::format("\nJourneys ({})\n", journeys.size());
  for (const auto& [j, n] : journeys) {
    const Journey& journey = m.journeys[j];
    out += printable(fmt::format("  {}: {} step{}", named(journey.id, journey.name), n,
                                 n == 1 ? "" : "s")) +
           "\n";
  }
  if (journeys.empty()) out += "  none: no step names it\n";

  out += fmt::format("\nSteps ({})\n", im.steps.size());
  if (im.steps.empty()) out += "  none\n";
  for (const auto& cs : im.steps) {
    const Step& step = m.journeys[cs.journey].steps[cs.step];
    std::string line = "  " + step_ref(m, cs.journey, cs.step) + "  owner " +
                       (step.owners.size() == 1 ? step.owners.front().text : std::string("(none)"));
    if (!step.name.empty()) line += "  \"" + step.name + "\"";
    if (step.moment_of_truth) line += "  moment of truth";
    out += printable(line) + "\n";
    std::size_t pw = 0;
    for (const auto& s : cs.scores) pw = std::max(pw, display_width(m.personas[s.persona].id));
    for (const auto& s : cs.scores) {
      std::string l = "    " + pad_right(m.personas[s.persona].id, pw) +
                      fmt::format("  {:>2}", score_text(s.score));
      if (!s.feeling.empty()) l += "  " + s.feeling;
      out += printable(l) + "\n";
    }
  }

  out += fmt::format("\nHow personas feel here ({})\n", im.personas.size());
  for (const auto& c : im.personas) out += printable("  " + curve_text(m, c, false)) + "\n";
  if (im.personas.empty()) out += "  none: no persona scores a step here\n";
  customer_side_text(out, g, im.pain_points, im.opportunities, im.hotspots, "");
  return out;
}

std::string format_touchpoint_impact_json(const Graph& g, const TouchpointImpact& im) {
  const Model& m = *g.model;
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  w.key("subject").begin_object().field("kind", "touchpoint");
  touchpoint_fields(w, m.touchpoints[im.touchpoint]);
  w.end_object();
  w.key("steps").begin_array();
  for (const auto& cs : im.steps) {
    const Journey& j = m.journeys[cs.journey];
    const Step& step = j.steps[cs.step];
    w.begin_object().field("target", step_target(j, step));
    optional_field(w, "owner", step.owners.size() == 1 ? step.owners.front().text : "");
    w.field("lane", to_string(step.lane)).field("moment_of_truth", step.moment_of_truth);
    w.key("scores").begin_array();
    for (const auto& s : cs.scores) score_json(w, m, s);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("personas").begin_array();
  for (const auto& c : im.personas) curve_json(w, m, c, true);
  w.end_array();
  customer_side_json(w, g, im.pain_points, im.opportunities, im.hotspots);
  w.end_object();
  return w.str();
}

std::string format_persona_impact_text(const Graph& g, const PersonaImpact& im) {
  const Model& m = *g.model;
  const Persona& p = m.personas[im.persona];
  std::string out = impact_title("persona", p.id, p.name);
  if (p.description.present()) out += printable("  " + p.description.value) + "\n";
  if (!p.goals.empty()) {
    std::string goals;
    for (const Text& goal : p.goals) goals += (goals.empty() ? "" : "; ") + goal.value;
    out += printable("  goals: " + goals) + "\n";
  }

  out += fmt::format("\nJourneys ({})\n", im.journeys.size());
  for (const auto& c : im.journeys) out += printable("  " + curve_text(m, c, true)) + "\n";
  if (im.journeys.empty()) out += "  none: no journey lists it\n";

  out += fmt::format("\nCurve ({})\n", im.curve.size());
  std::size_t rw = 0;
  for (const auto& cs : im.curve)
    rw = std::max(rw, display_width(step_ref(m, cs.journey, cs.step)));
  for (const auto& cs : im.curve) {
    const ImpactScore& s = cs.scores.front();
    std::string line = "  " + pad_right(step_ref(m, cs.journey, cs.step), rw) +
                       fmt::format("  {:>2}", score_text(s.score));
    if (!s.feeling.empty()) line += "  " + s.feeling;
    out += printable(line) + "\n";
  }
  if (im.curve.empty()) out += "  none: it scores no step\n";

  out += fmt::format("\nTouchpoints it meets ({})\n", im.touchpoints.size());
  for (const auto& pt : im.touchpoints) {
    std::string steps;
    for (const auto& cs : pt.steps)
      steps += (steps.empty() ? "" : ", ") + step_ref(m, cs.journey, cs.step) + " " +
               score_text(cs.scores.front().score);
    out += printable("  " + m.touchpoints[pt.touchpoint].id + ": " + steps) + "\n";
  }
  if (im.touchpoints.empty()) out += "  none\n";
  customer_side_text(out, g, im.pain_points, im.opportunities, im.hotspots, " on its journeys");
  return out;
}

std::string format_persona_impact_json(const Graph& g, const PersonaImpact& im) {
  const Model& m = *g.model;
  const Persona& p = m.personas[im.persona];
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  w.key("subject").begin_object().field("kind", "persona").field("id", p.id);
  optional_field(w, "name", p.name);
  optional_field(w, "description", p.description.value);
  w.key("goals").begin_array();
  for (const Text& goal : p.goals) w.value(goal.value);
  w.end_array().end_object();
  w.key("journeys").begin_array();
  for (const auto& c : im.journeys) curve_json(w, m, c, false);
  w.end_array();
  w.key("curve").begin_array();
  for (const auto& cs : im.curve) {
    const Journey& j = m.journeys[cs.journey];
    const Step& step = j.steps[cs.step];
    w.begin_object().field("target", step_target(j, step)).field("score", *cs.scores.front().score);
    optional_field(w, "feeling", cs.scores.front().feeling);
    optional_field(w, "touchpoint", step.touchpoint.index >= 0 ? step.touchpoint.id : "");
    w.end_object();
  }
  w.end_array();
  w.key("touchpoints").begin_array();
  for (const auto& pt : im.touchpoints) {
    w.begin_object();
    touchpoint_fields(w, m.touchpoints[pt.touchpoint]);
    w.key("steps").begin_array();
    for (const auto& cs : pt.steps) {
      const Journey& j = m.journeys[cs.journey];
      w.begin_object().field("target", step_target(j, j.steps[cs.step]));
      if (cs.scores.front().score)
        w.field("score", *cs.scores.front().score);
      else
        w.key("score").null();
      w.end_object();
    }
    w.end_array().end_object();
  }
  w.end_array();
  customer_side_json(w, g, im.pain_points, im.opportunities, im.hotspots);
  w.end_object();
  return w.str();
}

}  // namespace chainmap
