#include "chainmap/customer_impact.h"

#include <algorithm>
#include <set>

namespace chainmap {
namespace {

ImpactScore score_of(const Step& step, std::int32_t persona) {
  ImpactScore s{persona, score_for(step, persona), ""};
  if (const Experience* e = experience_for(step, persona)) s.feeling = e->feeling.value;
  return s;
}

// The summary of a persona's readable scores at `steps` of a journey (flow order).
CurveSummary summarize_curve(const Journey& journey, std::int32_t j, std::int32_t persona,
                             const std::vector<std::int32_t>& steps) {
  CurveSummary c{j, persona, 0, 0, 0, -1};
  long sum = 0;
  for (std::int32_t s : steps) {
    auto score = score_for(journey.steps[s], persona);
    if (!score) continue;
    if (c.scored == 0 || *score < c.lowest) {
      c.lowest = *score;
      c.lowest_step = s;
    }
    sum += *score;
    ++c.scored;
  }
  if (c.scored) c.average = static_cast<double>(sum) / static_cast<double>(c.scored);
  return c;
}

void add_pain_points(const Journey& journey, std::int32_t j, std::int32_t s,
                     std::vector<ImpactPainPoint>& out) {
  for (std::size_t i = 0; i < journey.steps[s].pain_points.size(); ++i)
    out.push_back({j, s, static_cast<std::int32_t>(i)});
}

std::vector<std::int32_t> sorted(const std::set<std::int32_t>& ids) {
  return {ids.begin(), ids.end()};
}

}  // namespace

TouchpointImpact analyze_touchpoint_impact(const Graph& graph, std::int32_t touchpoint, int below) {
  const Model& m = *graph.model;
  TouchpointImpact out;
  out.touchpoint = touchpoint;
  const auto addressed = opportunities_by_step(m);
  std::set<std::int32_t> opportunities;
  std::vector<std::vector<std::uint8_t>> at(m.journeys.size());
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    const auto jj = static_cast<std::int32_t>(j);
    at[j].assign(journey.steps.size(), 0);
    std::vector<std::int32_t> steps;
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const Step& step = journey.steps[s];
      if (step.touchpoint.index != touchpoint) continue;
      const auto ss = static_cast<std::int32_t>(s);
      at[j][s] = 1;
      steps.push_back(ss);
      ImpactCustomerStep cs{jj, ss, {}};
      for (std::int32_t p : journey.persona_list)
        if (experience_for(step, p)) cs.scores.push_back(score_of(step, p));
      out.steps.push_back(std::move(cs));
      add_pain_points(journey, jj, ss, out.pain_points);
      opportunities.insert(addressed[j][s].begin(), addressed[j][s].end());
    }
    if (steps.empty()) continue;
    for (std::int32_t p : journey.persona_list)
      if (CurveSummary c = summarize_curve(journey, jj, p, steps); c.scored)
        out.personas.push_back(c);
  }
  out.opportunities = sorted(opportunities);
  for (SeamHotspot& h : seam_hotspots(graph, below))
    if (at[h.journey][h.step]) out.hotspots.push_back(std::move(h));
  return out;
}

PersonaImpact analyze_persona_impact(const Graph& graph, std::int32_t persona, int below) {
  const Model& m = *graph.model;
  PersonaImpact out;
  out.persona = persona;
  const auto addressed = opportunities_by_step(m);
  std::set<std::int32_t> opportunities;
  std::vector<PersonaTouchpoint> touchpoints(m.touchpoints.size());
  for (std::size_t t = 0; t < m.touchpoints.size(); ++t)
    touchpoints[t].touchpoint = static_cast<std::int32_t>(t);
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    const auto jj = static_cast<std::int32_t>(j);
    if (std::find(journey.persona_list.begin(), journey.persona_list.end(), persona) ==
        journey.persona_list.end())
      continue;
    std::vector<std::int32_t> all(journey.steps.size());
    for (std::size_t s = 0; s < journey.steps.size(); ++s) {
      const Step& step = journey.steps[s];
      const auto ss = static_cast<std::int32_t>(s);
      all[s] = ss;
      ImpactCustomerStep cs{jj, ss, {score_of(step, persona)}};
      if (cs.scores.front().score) out.curve.push_back(cs);
      // It meets the touchpoints of the steps where it has an experience of its own.
      if (step.touchpoint.index >= 0 && experience_for(step, persona))
        touchpoints[step.touchpoint.index].steps.push_back(cs);
      add_pain_points(journey, jj, ss, out.pain_points);
      opportunities.insert(addressed[j][s].begin(), addressed[j][s].end());
    }
    out.journeys.push_back(summarize_curve(journey, jj, persona, all));
  }
  for (PersonaTouchpoint& t : touchpoints)
    if (!t.steps.empty()) out.touchpoints.push_back(std::move(t));
  out.opportunities = sorted(opportunities);
  for (SeamHotspot& h : seam_hotspots(graph, below)) {
    std::erase_if(h.scores, [&](const HotspotScore& s) { return s.persona != persona; });
    if (!h.scores.empty()) out.hotspots.push_back(std::move(h));
  }
  return out;
}

}  // namespace chainmap
