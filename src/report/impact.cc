#include "report/impact.h"

#include <fmt/format.h>

#include "analyze/matrix.h"
#include "chainmap/version.h"
#include "report/escape.h"
#include "util/json.h"
#include "util/printable.h"

namespace chainmap {
namespace {

std::string_view direction_name(Direction d) {
  switch (d) {
    case Direction::In: return "in";
    case Direction::Out: return "out";
    case Direction::Internal: return "internal";
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

std::string step_ref(const Model& m, const ImpactStep& s) {
  return m.journeys[s.journey].id + "/" + m.journeys[s.journey].steps[s.step].id;
}

}  // namespace

std::string format_impact_text(const Model& m, const Impact& im) {
  std::string out = printable(fmt::format("Impact of {} '{}' ({})", im.kind, im.id, im.name)) + "\n";

  out += fmt::format("\nJourneys ({})\n", im.journeys.size());
  for (const auto& j : im.journeys) {
    const Journey& journey = m.journeys[j.journey];
    out += printable(fmt::format("  {}{}: owns {} step{}, takes part in {}", journey.id,
                                 journey.name.empty() ? "" : " (" + journey.name + ")", j.owns,
                                 j.owns == 1 ? "" : "s", j.takes_part)) + "\n";
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
    out += fmt::format("\nHandovers {} ({})\n", d == Direction::In ? "in" : d == Direction::Out ? "out" : "within", hs.size());
    for (const auto* h : hs)
      out += printable(fmt::format("  {}  {} -> {}  ({} handover, {})", h->target, h->from_owner,
                                   h->to_owner, handover_kind_name(h->kind), handover_how(*h))) + "\n";
  }

  if (im.kind != "partner") {
    out += "\nBackups\n";
    for (const auto& b : im.backups)
      out += fmt::format("  {} is backed up by {}\n", b.role, b.backup.empty() ? "nobody" : b.backup);
    if (im.backups.empty()) out += "  none: the department declares no roles\n";
    if (im.kind == "role")
      out += "  it backs up " + (im.backs_up.empty() ? std::string("nobody") : join(im.backs_up)) + "\n";
  } else {
    out += "\nAlternatives (partners declaring one of its SLA ids)\n  " +
           (im.alternatives.empty() ? std::string("none") : join(im.alternatives)) + "\n";
  }

  out += fmt::format("\nSingle points of failure ({})\n", im.single_points.size());
  for (const auto& sp : im.single_points) out += printable(fmt::format("  {}: {}", sp.target, sp.reason)) + "\n";
  if (im.single_points.empty()) out += "  none\n";
  return out;
}

std::string format_impact_json(const Model& m, const Impact& im) {
  JsonWriter w;
  w.begin_object();
  w.field("tool", "chainmap").field("version", kVersion);
  w.key("subject").begin_object().field("kind", im.kind).field("id", im.id).field("name", im.name).end_object();
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
    w.begin_object().field("target", step_target(j, j.steps[s.step])).field("raci", raci_letters(s.raci));
    w.key("as").begin_array();
    for (const auto& a : s.as) w.value(a);
    w.end_array().end_object();
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
    if (h.method.empty()) w.key("method").null();
    else w.field("method", h.method);
    w.key("carries").begin_array();
    for (const auto& c : h.carries) w.value(c);
    w.end_array().end_object();
  }
  w.end_array();
  w.key("backups").begin_array();
  for (const auto& b : im.backups) {
    w.begin_object().field("role", b.role);
    if (b.backup.empty()) w.key("backup").null();
    else w.field("backup", b.backup);
    w.end_object();
  }
  w.end_array();
  w.key("backs_up").begin_array();
  for (const auto& r : im.backs_up) w.value(r);
  w.end_array();
  w.key("alternatives").begin_array();
  for (const auto& a : im.alternatives) w.value(a);
  w.end_array();
  w.key("single_points_of_failure").begin_array();
  for (const auto& sp : im.single_points)
    w.begin_object().field("target", sp.target).field("owner", sp.owner).field("reason", sp.reason).end_object();
  w.end_array();
  w.end_object();
  return w.str();
}

}  // namespace chainmap
