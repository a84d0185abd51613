#include "chainmap/stats.h"

#include <set>
#include <string>

#include "rules/config.h"
#include "rules/experience/rules.h"

namespace chainmap {

int hotspot_threshold(const Model& model) {
  std::vector<Diagnostic> ignored;  // lint problems are validate's to report
  const RuleConfig config = resolve_config(model, CheckOptions{}, ignored);
  auto rule = config.options.find(rules::experience_seam_hotspot.id);
  if (rule == config.options.end()) return kDefaultHotspotBelow;
  auto below = rule->second.find("below");
  return below == rule->second.end() ? kDefaultHotspotBelow : static_cast<int>(below->second);
}

namespace {

PersonaStats persona_stats(const Journey& journey, std::int32_t persona,
                           const std::vector<SeamHotspot>& hotspots) {
  PersonaStats ps;
  ps.persona = persona;
  long sum = 0;
  for (const CurvePoint& p : curve(journey, persona)) {
    if (ps.scored == 0 || p.score < ps.lowest) {
      ps.lowest = p.score;
      ps.lowest_step = p.step;
    }
    sum += p.score;
    ++ps.scored;
  }
  if (ps.scored) ps.average = static_cast<double>(sum) / static_cast<double>(ps.scored);
  for (const SeamHotspot& h : hotspots)
    for (const HotspotScore& s : h.scores)
      if (s.persona == persona) ++ps.hotspots;
  return ps;
}

}  // namespace

Stats compute_stats(const Graph& graph, const std::vector<Diagnostic>& diagnostics,
                    int hotspot_below) {
  const Model& m = *graph.model;
  Stats st;
  st.journeys = m.journeys.size();
  st.departments = m.departments.size();
  st.partners = m.partners.size();
  st.information = m.information.size();
  st.kpis = m.kpis.size();
  st.waivers = m.waivers.size();
  st.touchpoints = m.touchpoints.size();
  st.personas = m.personas.size();
  st.opportunities = m.opportunities.size();
  st.hotspot_below = hotspot_below;
  for (const Department& d : m.departments) {
    st.roles += d.roles.size();
    st.shifts += d.shifts.size();
  }
  for (const Partner& p : m.partners) st.slas += p.slas.size();

  std::vector<SeamHotspot> hotspots = seam_hotspots(graph, hotspot_below);
  const auto addressed_by = opportunities_by_step(m);
  std::set<std::string> owners;
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    st.stages += journey.stages.size();
    st.steps += journey.steps.size();
    for (const Step& s : journey.steps)
      if (s.owner().kind != OwnerKind::Unresolved) owners.insert(owner_name(m, s.owner()));
    JourneyStats js;
    js.journey = static_cast<std::int32_t>(j);
    js.steps = journey.steps.size();
    for (const Edge& e : graph.journeys[j].edges) {
      if (e.kind == EdgeKind::Interaction) ++st.interactions;
      if (!e.is_handover()) continue;
      ++js.handovers;
      if (!e.handover()) ++st.undeclared;
      if (e.kind == EdgeKind::Team) ++st.team;
      if (e.kind == EdgeKind::Department) ++st.department;
      if (e.kind == EdgeKind::Partner) ++st.partner;
    }
    st.handovers += js.handovers;
    if (js.steps) js.friction = static_cast<double>(js.handovers) / static_cast<double>(js.steps);

    for (const SeamHotspot& h : hotspots)
      if (h.journey == js.journey) js.hotspots.push_back(h);
    for (std::int32_t p : journey.persona_list)
      js.personas.push_back(persona_stats(journey, p, js.hotspots));
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const std::size_t n = journey.steps[s].pain_points.size();
      js.pain_points += n;
      if (!addressed_by[j][s].empty()) js.pain_points_addressed += n;
    }
    st.pain_points += js.pain_points;
    st.pain_points_addressed += js.pain_points_addressed;
    st.hotspots += js.hotspots.size();
    st.per_journey.push_back(std::move(js));
  }
  st.owners = owners.size();
  st.findings = summarize(diagnostics);
  return st;
}

}  // namespace chainmap
