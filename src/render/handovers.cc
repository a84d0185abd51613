// Every handover (SPEC section 6): each owner that takes part in a handover is a node (roles
// grouped in their department), each pair of owners that hands over anywhere an edge (both
// directions on one edge, with one label), heavier the more handovers it carries;
// cross-boundary (partner) handovers highlighted. Owners stand in the chain view's columns.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "graph/handover_flows.h"
#include "render/columns.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

// The columns of the picture, left to right, the chain view's (render/columns.h) without the
// customer: frontline, back office and untyped departments, then partners. A column is one rank
// or several side by side: an owner that another owner of its column hands over to goes right
// of it (column_levels), so that no edge runs up or down a rank, round the boxes between its
// ends. Every column starts right of the one before it, so an edge runs only as far as its ends
// are apart. Numbered from 0 at the frontline (the DOT's cluster names); any other owner comes
// after the partners.
constexpr int kPartners = kPartnerColumn - kFrontlineColumn;  // the partners' column here
int owner_column(const Model& model, const Owner& owner) {
  if (owner.kind == OwnerKind::Partner) return kPartners;
  if (owner.kind != OwnerKind::Department && owner.kind != OwnerKind::Role) return kPartners + 1;
  return department_column(model.departments[owner.party].type) - kFrontlineColumn;
}

// Where an owner's node goes: column, level in the column, department or partner, role; sorts
// in model order within a level.
using OwnerPlace = std::tuple<int, int, std::int32_t, std::int32_t>;

std::map<std::string, OwnerPlace> owner_places(const Model& model, const Flows& flows) {
  // The owners of each column in model order (department or partner, then role), numbered for
  // column_levels.
  std::map<int, std::map<std::pair<std::int32_t, std::int32_t>, std::string>> sorted;
  for (const auto& [name, owner] : flows.ends)
    sorted[owner_column(model, owner)].emplace(std::pair{owner.party, owner.role}, name);
  std::map<std::string, OwnerPlace> places;
  for (const auto& [column, owners] : sorted) {
    std::map<std::string, int> number;
    for (const auto& [key, name] : owners) number.emplace(name, static_cast<int>(number.size()));
    std::vector<std::pair<int, int>> edges;
    for (const auto& [pair, flow] : flows.pairs)
      if (number.count(pair.first) && number.count(pair.second))
        edges.emplace_back(number.at(pair.first), number.at(pair.second));
    const std::vector<int> levels = column_levels(number.size(), edges);
    for (const auto& [key, name] : owners)
      places.emplace(name, OwnerPlace{column, levels[static_cast<std::size_t>(number.at(name))],
                                      key.first, key.second});
  }
  return places;
}

std::string owner_label(const Model& model, const Owner& owner) {
  if (owner.kind != OwnerKind::Role) return owner_display_name(model, owner);
  const Role& role = model.departments[owner.party].roles[owner.role];
  return role.name.empty() ? role.id : role.name;
}

Attrs owner_attrs(const Model& model, const Palette& palette, const Owner& owner) {
  Attrs attrs = {html_attr("label", "<B>" + html_escape(owner_label(model, owner)) + "</B>"),
                 {"fillcolor", palette.fill(owner)}};
  if (owner.kind == OwnerKind::Partner &&
      model.partners[owner.party].agreement == Agreement::Informal)
    attrs.push_back({"style", "filled,dashed"});
  if (owner.kind == OwnerKind::Partner) attrs.push_back({"shape", "box"});
  return attrs;
}

// One column: departments as boxes around their roles, partners in their own box; all its
// owners in one rank.
using Member = std::pair<std::string, Owner>;
void write_column(DotWriter& dot, const Model& model, const Palette& palette,
                  const std::map<OwnerPlace, Member>& members, int column, const Overlay& overlay) {
  dot.open_cluster(fmt::format("column-{}", column), {{"label", ""}, {"peripheries", "0"}});
  std::int32_t open_party = -1;
  const bool partners = column == kPartners, departments = column < kPartners;
  if (partners)
    dot.open_cluster("external", {{"label", "External partners"},
                                  {"labeljust", "r"},  // edges come in from the left
                                  {"style", "rounded,dashed"},
                                  {"color", "#8c564b"},
                                  {"peripheries", "1"}});
  for (const auto& [place, member] : members) {
    const auto& [name, owner] = member;
    if (departments && owner.party != open_party) {
      if (open_party >= 0) dot.close();
      open_party = owner.party;
      const Department& d = model.departments[owner.party];
      Attrs cluster = {{"label", d.name.empty() ? d.id : d.name},
                       {"style", "rounded,filled"},
                       {"fillcolor", "#f6f6f6"},
                       {"color", "#999999"},
                       {"peripheries", "1"}};
      add_overlay(cluster, overlay, {"department:" + d.id}, true);
      dot.open_cluster(node_id("dept", d.id), cluster);
    }
    Attrs attrs = owner_attrs(model, palette, owner);
    if (partners) add_overlay(attrs, overlay, {"partner:" + model.partners[owner.party].id}, true);
    dot.node(node_id("owner", name), attrs);
  }
  if (open_party >= 0 || partners) dot.close();
  int level = -1;  // one rank per level
  for (const auto& [place, member] : members) {
    if (std::get<1>(place) != level) {
      if (level >= 0) dot.close();
      dot.open_rank("same");
      level = std::get<1>(place);
    }
    dot.node(node_id("owner", member.first));
  }
  if (level >= 0) dot.close();
  dot.close();
}

// The owners by column, in model order; returns each owner's place.
std::map<std::string, OwnerPlace> write_owners(DotWriter& dot, const Model& model,
                                               const Flows& flows, const Overlay& overlay) {
  const Palette palette(model);
  const std::map<std::string, OwnerPlace> places = owner_places(model, flows);
  std::map<int, std::map<OwnerPlace, Member>> columns;
  for (const auto& [name, owner] : flows.ends)
    columns[owner_column(model, owner)].emplace(places.at(name), Member{name, owner});
  for (const auto& [column, members] : columns)
    write_column(dot, model, palette, members, column, overlay);
  // The first owner of each column and level before the first of the next: columns stay in
  // order.
  std::map<std::pair<int, int>, std::string> first;
  for (const auto& [column, members] : columns)
    for (const auto& [place, member] : members)
      first.emplace(std::pair{std::get<0>(place), std::get<1>(place)}, member.first);
  std::string previous;
  for (const auto& [key, name] : first) {
    if (!previous.empty()) dot.edge(previous, node_id("owner", name), {{"style", "invis"}});
    previous = node_id("owner", name);
  }
  return places;
}

// The count of handovers, both ways when there are: "2 →" over "← 1" (the edge runs from left to
// right) or "1 each way". An edge within one rank runs up or down, so there each direction's
// count goes at its arrowhead (a head or tail label, never beside the edge's middle, where
// Graphviz put it among the labels of the edges to the next column).
Attrs count_label(const Flow* ahead, const Flow* back, bool flat) {
  if (flat) {
    Attrs attrs;
    if (ahead) attrs.push_back({"headlabel", fmt::format("{}", ahead->count)});
    if (back) attrs.push_back({"taillabel", fmt::format("{}", back->count)});
    return attrs;
  }
  if (!ahead || !back) return {{"label", fmt::format("{}", ahead ? ahead->count : back->count)}};
  if (ahead->count == back->count) return {{"label", fmt::format("{} each way", ahead->count)}};
  return {html_attr("label", fmt::format("{} →<BR/>← {}", ahead->count, back->count))};
}

const char* colour_of(EdgeKind kind) {
  // Partner brown as in the chain view: red is the findings overlay's (issue 16).
  return kind == EdgeKind::Partner      ? "#8c564b"
         : kind == EdgeKind::Department ? "#1f4e79"
                                        : "#888888";
}

// One edge per pair of owners that hand over, either way or both (opposite directions share
// the edge and its label), heavier the more handovers it carries.
void write_flows(DotWriter& dot, const Flows& flows,
                 const std::map<std::string, OwnerPlace>& places, const Overlay& overlay) {
  std::map<std::pair<std::string, std::string>, std::pair<const Flow*, const Flow*>> both;
  for (const auto& [pair, f] : flows.pairs) {
    if (places.at(pair.first) <= places.at(pair.second))
      both[pair].first = &f;
    else
      both[{pair.second, pair.first}].second = &f;
  }
  for (const auto& [pair, flow] : both) {
    const auto& [ahead, back] = flow;
    const int count = (ahead ? ahead->count : 0) + (back ? back->count : 0);
    const EdgeKind kind =
        std::max(ahead ? ahead->kind : back->kind, back ? back->kind : ahead->kind);
    std::set<std::string> journeys;
    std::vector<std::string> targets;
    for (const Flow* f : {ahead, back})
      if (f) {
        journeys.insert(f->journeys.begin(), f->journeys.end());
        targets.insert(targets.end(), f->targets.begin(), f->targets.end());
      }
    std::string names;
    for (const auto& name : journeys) names += (names.empty() ? "" : ", ") + name;
    const OwnerPlace& a = places.at(pair.first);
    const OwnerPlace& b = places.at(pair.second);
    const bool flat = std::get<0>(a) == std::get<0>(b) && std::get<1>(a) == std::get<1>(b);
    Attrs attrs = {
        {"dir", ahead && back ? "both"
                : ahead       ? "forward"
                              : "back"},
        {"penwidth", fmt::format("{:.1f}", 1.0 + 2.0 * std::log2(1.0 + count))},
        {"color", colour_of(kind)},
        {"fontcolor", colour_of(kind)},
        {"fontsize", "11"},
        {"tooltip", fmt::format("{} handover{} in {}", count, count == 1 ? "" : "s", names)}};
    for (Attr& label : count_label(ahead, back, flat)) attrs.push_back(std::move(label));
    attrs.push_back({"tailport", "e"});
    attrs.push_back({"headport", flat ? "e" : "w"});
    add_overlay(attrs, overlay, targets, false);
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
  const auto places = write_owners(dot, model, flows, overlay);
  write_flows(dot, flows, places, overlay);
  close_findings_frame(dot, overlay);
  return dot.finish();
}

}  // namespace chainmap::views
