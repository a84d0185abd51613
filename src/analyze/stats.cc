#include "analyze/stats.h"

#include <set>
#include <string>

namespace chainmap {

Stats compute_stats(const Graph& graph, const std::vector<Diagnostic>& diagnostics) {
  const Model& m = *graph.model;
  Stats st;
  st.journeys = m.journeys.size();
  st.departments = m.departments.size();
  st.partners = m.partners.size();
  st.information = m.information.size();
  st.kpis = m.kpis.size();
  st.waivers = m.waivers.size();
  for (const Department& d : m.departments) {
    st.roles += d.roles.size();
    st.shifts += d.shifts.size();
  }
  for (const Partner& p : m.partners) st.slas += p.slas.size();

  std::set<std::string> owners;
  for (std::size_t j = 0; j < m.journeys.size(); ++j) {
    const Journey& journey = m.journeys[j];
    st.stages += journey.stages.size();
    st.steps += journey.steps.size();
    for (const Step& s : journey.steps)
      if (s.owner().kind != OwnerKind::Unresolved) owners.insert(owner_name(m, s.owner()));
    JourneyStats js{static_cast<std::int32_t>(j), journey.steps.size(), 0, 0};
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
    st.per_journey.push_back(js);
  }
  st.owners = owners.size();
  st.findings = summarize(diagnostics);
  return st;
}

}  // namespace chainmap
