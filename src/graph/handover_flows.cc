#include "graph/handover_flows.h"

#include <algorithm>

namespace chainmap {

std::string party_key(const Model& model, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer:
      return "customer";
    case OwnerKind::Department:
    case OwnerKind::Role:
      return "dept:" + model.departments[owner.party].id;
    case OwnerKind::Partner:
      return "partner:" + model.partners[owner.party].id;
    case OwnerKind::Unresolved:
      break;
  }
  return "";
}

Flows collect_handovers(const Model& model, const Graph& graph, FlowLevel level) {
  Flows out;
  for (const JourneyGraph& jg : graph.journeys) {
    const Journey& j = model.journeys[jg.journey];
    for (const Edge& e : jg.edges) {
      if (!e.is_handover()) continue;
      if (level == FlowLevel::Party && e.kind == EdgeKind::Team) continue;
      const Owner from = jg.owners[e.from];
      const Owner to = e.cross ? model.journeys[e.to_journey].steps[e.to].owner() : jg.owners[e.to];
      auto key = [&](const Owner& o) {
        return level == FlowLevel::Owner ? owner_name(model, o) : party_key(model, o);
      };
      out.ends.emplace(key(from), from);
      out.ends.emplace(key(to), to);
      Flow& f = out.pairs[{key(from), key(to)}];
      ++f.count;
      f.kind = std::max(f.kind, e.kind);
      const Handover* h = e.handover();
      f.methods.insert(h && h->method.present() ? h->method.value : "undeclared");
      f.journeys.insert(j.name.empty() ? j.id : j.name);
      f.targets.push_back(handover_target(model, jg, e));
    }
  }
  return out;
}

}  // namespace chainmap
