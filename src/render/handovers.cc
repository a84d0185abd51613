// Every handover (SPEC section 6): each owner that takes part in a handover is a node (roles
// grouped in their department), each ordered pair of owners that hands over anywhere an edge,
// heavier the more handovers it carries; cross-boundary (partner) handovers highlighted.
#include <cmath>
#include <map>
#include <set>

#include <fmt/format.h>

#include "graph/handover_flows.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

// Departments as boxes around their roles; partners on their own.
void write_owners(DotWriter& dot, const Model& model, const Flows& flows, const Overlay& overlay) {
  const Palette palette(model);
  std::map<std::int32_t, std::vector<std::pair<std::string, Owner>>> by_department;
  std::vector<std::pair<std::string, Owner>> partners;
  for (const auto& [name, owner] : flows.ends) {
    if (owner.kind == OwnerKind::Partner)
      partners.emplace_back(name, owner);
    else
      by_department[owner.party].emplace_back(name, owner);
  }
  auto owner_attrs = [&](const Owner& owner) {
    std::string label =
        html_escape(owner.kind == OwnerKind::Role
                        ? (model.departments[owner.party].roles[owner.role].name.empty()
                               ? model.departments[owner.party].roles[owner.role].id
                               : model.departments[owner.party].roles[owner.role].name)
                        : owner_display_name(model, owner));
    Attrs attrs = {html_attr("label", "<B>" + label + "</B>"), {"fillcolor", palette.fill(owner)}};
    if (owner.kind == OwnerKind::Partner &&
        model.partners[owner.party].agreement == Agreement::Informal)
      attrs.push_back({"style", "filled,dashed"});
    if (owner.kind == OwnerKind::Partner) attrs.push_back({"shape", "box"});
    return attrs;
  };
  // std::map over department indexes: order of declaration, the same on every run.
  for (const auto& [dept, members] : by_department) {
    const Department& d = model.departments[dept];
    Attrs cluster = {{"label", d.name.empty() ? d.id : d.name},
                     {"style", "rounded,filled"},
                     {"fillcolor", "#f6f6f6"},
                     {"color", "#999999"}};
    add_overlay(cluster, overlay, {"department:" + d.id}, true);
    dot.open_cluster(node_id("dept", d.id), cluster);
    for (const auto& [name, owner] : members) dot.node(node_id("owner", name), owner_attrs(owner));
    dot.close();
  }
  if (!partners.empty()) {
    dot.open_cluster(
        "external",
        {{"label", "External partners"}, {"style", "rounded,dashed"}, {"color", "#8c564b"}});
    for (const auto& [name, owner] : partners) {
      Attrs attrs = owner_attrs(owner);
      add_overlay(attrs, overlay, {"partner:" + model.partners[owner.party].id}, true);
      dot.node(node_id("owner", name), attrs);
    }
    dot.close();
  }
}

// One edge per ordered pair of owners, heavier the more handovers it carries.
void write_flows(DotWriter& dot, const Flows& flows, const Overlay& overlay) {
  for (const auto& [pair, f] : flows.pairs) {
    // Partner brown as in the chain view: red is the findings overlay's (issue 16).
    const char* colour = f.kind == EdgeKind::Partner      ? "#8c564b"
                         : f.kind == EdgeKind::Department ? "#1f4e79"
                                                          : "#888888";
    std::string journeys;
    for (const auto& name : f.journeys) journeys += (journeys.empty() ? "" : ", ") + name;
    Attrs attrs = {{"label", fmt::format("{}", f.count)},
                   {"penwidth", fmt::format("{:.1f}", 1.0 + 2.0 * std::log2(1.0 + f.count))},
                   {"color", colour},
                   {"fontcolor", colour},
                   {"fontsize", "11"},
                   {"tooltip", fmt::format("{} handover{} in {}", f.count, f.count == 1 ? "" : "s",
                                           journeys)}};
    add_overlay(attrs, overlay, f.targets, false);
    dot.edge(node_id("owner", pair.first), node_id("owner", pair.second), attrs);
  }
}

}  // namespace

std::string dot_handovers(const Model& model, const Graph& graph, const Overlay& overlay) {
  const Flows flows = collect_handovers(model, graph, FlowLevel::Owner);
  int total = 0;
  for (const auto& [pair, f] : flows.pairs) total += f.count;

  DotWriter dot("handovers");
  common_defaults(dot, "LR");
  // newrank: without it Graphviz 2.42 double-frees on labelled edges that run backwards
  // between clusters (seen on examples/flawed).
  dot.graph(
      {{"newrank", "true"},
       {"ranksep", "1.0"},
       {"nodesep", "0.4"},
       html_attr(
           "label",
           title_label(
               model, "handovers", "",
               {fmt::format(
                    "{} handover{} in {} journey{}. Line width grows with the number of handovers.",
                    total, total == 1 ? "" : "s", model.journeys.size(),
                    model.journeys.size() == 1 ? "" : "s"),
                "Brown: crosses the organisation boundary (partner). Blue: between departments. "
                "Grey: within a team."}))});
  open_findings_frame(dot, overlay);
  write_owners(dot, model, flows, overlay);
  write_flows(dot, flows, overlay);
  close_findings_frame(dot, overlay);
  return dot.finish();
}

}  // namespace chainmap::views
