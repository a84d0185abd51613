// The service chain (SPEC section 6): who hands over to whom, across all journeys. Customer,
// internal departments (frontline and back office in separate boxes), external partners
// (formal solid, informal dashed), one edge per ordered pair of parties that hands over,
// labelled with the count and methods, and feedback channels drawn back from partners.
#include <map>
#include <set>

#include <fmt/format.h>

#include "graph/handover_flows.h"
#include "render/columns.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

std::string department_label(const Department& d) {
  std::string label = fmt::format("<B>{}</B>", wrap_html(d.name.empty() ? d.id : d.name, 22));
  std::string roles;
  for (const Role& r : d.roles) {
    if (!roles.empty()) roles += ", ";
    roles += r.name.empty() ? r.id : r.name;
  }
  if (!roles.empty())
    label += fmt::format("<BR/><FONT POINT-SIZE=\"9\">{}</FONT>", wrap_html(roles, 30));
  if (d.hours_text.present())
    label += fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">{}</FONT>",
                         html_escape(d.hours_text.value));
  return label;
}

std::string partner_label(const Partner& p) {
  std::string label = fmt::format("<B>{}</B>", wrap_html(p.name.empty() ? p.id : p.name, 22));
  std::string detail{to_string(p.agreement)};
  if (p.agreement == Agreement::Formal && p.contract.present()) detail += " · " + p.contract.value;
  if (p.agreement == Agreement::Informal && p.documented_in.present())
    detail += " · " + p.documented_in.value;
  label += fmt::format("<BR/><FONT POINT-SIZE=\"9\">{}</FONT>", wrap_html(detail, 30));
  std::string facts;
  if (!p.slas.empty())
    facts = fmt::format("{} SLA{}", p.slas.size(), p.slas.size() == 1 ? "" : "s");
  if (p.dpa) facts += facts.empty() ? "DPA" : " · DPA";
  if (!facts.empty())
    label +=
        fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#555555\">{}</FONT>", html_escape(facts));
  // The feedback channel's text here rather than on its edge: a long label beside the edge
  // reached across the others.
  if (p.feedback.present())
    label += fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#2ca02c\">feedback: {}</FONT>",
                         wrap_html(p.feedback.value, 30));
  return label;
}

// The organisation: one box per department type (frontline, back office, not given).
void write_departments(DotWriter& dot, const Model& model, const Palette& palette,
                       const Overlay& overlay) {
  dot.open_cluster("internal", {{"label", "Our organisation"},
                                {"style", "rounded"},
                                {"color", "#1f4e79"},
                                {"fontsize", "14"},
                                {"penwidth", "1.5"}});
  for (DepartmentType type :
       {DepartmentType::Frontline, DepartmentType::BackOffice, DepartmentType::Unknown}) {
    bool any = false;
    for (const Department& d : model.departments) any = any || d.type == type;
    if (!any) continue;
    const char* title = type == DepartmentType::Frontline    ? "Frontline (customer-facing)"
                        : type == DepartmentType::BackOffice ? "Back office"
                                                             : "Type not given";
    dot.open_cluster(fmt::format("internal-{}", to_string(type)),
                     {{"label", title},
                      {"style", "rounded,filled"},
                      {"fillcolor", type == DepartmentType::Frontline ? "#eef5fb" : "#f4f4f4"},
                      {"color", "#9bb7d4"},
                      {"fontsize", "11"}});
    dot.open_rank("same");  // one column (see ChainColumn)
    for (std::size_t i = 0; i < model.departments.size(); ++i) {
      const Department& d = model.departments[i];
      if (d.type != type) continue;
      Attrs attrs = {
          html_attr("label", department_label(d)),
          {"fillcolor", palette.fill_department(static_cast<std::int32_t>(i))},
          {"style", type == DepartmentType::Frontline ? "rounded,filled,bold" : "filled"}};
      add_overlay(attrs, overlay, {"department:" + d.id}, true);
      dot.node(node_id("dept", d.id), attrs);
    }
    dot.close();
    dot.close();
  }
  dot.close();
}

// External partners: formal solid, informal dashed.
void write_partners(DotWriter& dot, const Model& model, const Palette& palette,
                    const Overlay& overlay) {
  if (model.partners.empty()) return;
  dot.open_cluster("external", {{"label", "External partners"},
                                {"style", "rounded,dashed"},
                                {"color", "#8c564b"},
                                {"fontsize", "14"}});
  dot.open_rank("same");
  for (std::size_t i = 0; i < model.partners.size(); ++i) {
    const Partner& p = model.partners[i];
    Attrs attrs = {html_attr("label", partner_label(p)),
                   {"fillcolor", palette.fill_partner(static_cast<std::int32_t>(i))},
                   {"style", p.agreement == Agreement::Informal ? "filled,dashed" : "filled"},
                   {"penwidth", "1.5"}};
    add_overlay(attrs, overlay, {"partner:" + p.id}, true);
    dot.node(node_id("partner", p.id), attrs);
  }
  dot.close();
  dot.close();
}

// The columns of the picture (render/columns.h): every party of a column is in one rank, so the
// customer sits next to the frontline and an edge runs only as far as its ends' columns are
// apart.

// Where a party's node is: its column, then its place in the model (for a stable order).
using PartyPlace = std::pair<int, int>;
std::map<std::string, PartyPlace> party_places(const Model& model) {
  std::map<std::string, PartyPlace> places{{"customer", {kCustomerColumn, 0}}};
  for (std::size_t i = 0; i < model.departments.size(); ++i)
    places.emplace(node_id("dept", model.departments[i].id),
                   PartyPlace{department_column(model.departments[i].type), static_cast<int>(i)});
  for (std::size_t i = 0; i < model.partners.size(); ++i)
    places.emplace(node_id("partner", model.partners[i].id),
                   PartyPlace{kPartnerColumn, static_cast<int>(i)});
  return places;
}

// What runs between two parties, both ways: `ahead` from the party of the lower place to the
// other, `back` the other way. Opposite directions share one edge and one label, so their
// labels cannot land on each other.
struct Both {
  int interactions_ahead = 0, interactions_back = 0;
  const Flow* ahead = nullptr;
  const Flow* back = nullptr;
  bool feedback = false;  // the later party (a partner) gives the other feedback
};
using PartyLinks = std::map<std::pair<std::string, std::string>, Both>;

// Orders a pair by place (unknown names last, by name): the first is the edge's tail.
bool ahead_of(const std::map<std::string, PartyPlace>& places, const std::string& a,
              const std::string& b) {
  const auto pa = places.find(a), pb = places.find(b);
  if (pa == places.end() || pb == places.end())
    return pb == places.end() && (pa != places.end() || a < b);
  return pa->second < pb->second;
}

Both& link_of(PartyLinks& links, const std::map<std::string, PartyPlace>& places,
              const std::string& from, const std::string& to, bool& forward) {
  forward = ahead_of(places, from, to);
  return forward ? links[{from, to}] : links[{to, from}];
}

// Customer interactions (not handovers: SPEC section 2), handovers, and feedback from each
// partner with a `feedback` channel back to the departments that hand over to it (the ones
// who need to hear how it went).
PartyLinks collect_links(const Model& model, const Graph& graph, const Flows& handovers,
                         const std::map<std::string, PartyPlace>& places) {
  PartyLinks links;
  bool forward = true;
  for (const JourneyGraph& jg : graph.journeys)
    for (const Edge& e : jg.edges) {
      if (e.kind != EdgeKind::Interaction) continue;
      const Owner to = e.cross ? model.journeys[e.to_journey].steps[e.to].owner() : jg.owners[e.to];
      const std::string a = party_key(model, jg.owners[e.from]), b = party_key(model, to);
      if (a.empty() || b.empty() || a == b) continue;
      Both& link = link_of(links, places, a, b, forward);
      ++(forward ? link.interactions_ahead : link.interactions_back);
    }
  for (const auto& [pair, flow] : handovers.pairs) {
    if (pair.first.empty() || pair.second.empty()) continue;
    Both& link = link_of(links, places, pair.first, pair.second, forward);
    (forward ? link.ahead : link.back) = &flow;
  }
  for (const Partner& p : model.partners) {
    if (!p.feedback.present()) continue;
    const std::string partner = node_id("partner", p.id);
    for (const auto& [pair, flow] : handovers.pairs)
      if (pair.second == partner && pair.first.starts_with("dept:"))
        link_of(links, places, pair.first, partner, forward).feedback = true;
  }
  return links;
}

std::string flow_text(const Flow& flow) {
  std::string methods;
  for (const auto& m : flow.methods) methods += (methods.empty() ? "" : ", ") + m;
  return fmt::format("{}× {}", flow.count, methods);
}

// The label of both directions of an edge drawn left to right: "text →" over "← text" (HTML-like,
// for the line break), or "text each way".
Attr two_way(const std::string& ahead, const std::string& back) {
  if (back.empty()) return {"label", ahead};
  if (ahead.empty()) return {"label", "← " + back};
  if (ahead == back) return {"label", ahead + " each way"};
  return html_attr("label", html_escape(ahead + " →") + "<BR/>" + html_escape("← " + back));
}

const char* edge_dir(bool ahead, bool back) {
  return ahead && back ? "both" : back ? "back" : "forward";
}

// The handovers between two parties, brown when a partner is involved. An edge between columns
// leaves its tail's right-hand side and enters its head's left-hand one: left to Graphviz, it
// left a box from the top, through the title of the department box around it. Within one column
// (`flat`) an edge runs up or down and bows out to the right of its ports rather than round the
// boxes between its ends; Graphviz places its label freely (an xlabel: render/dot.h), and head
// and tail labels went to the wrong ends of an edge it drew upwards. So there the two
// directions are two edges, one out to the right and one to the left, each with its own label
// and each drawn from its own tail: Graphviz 2.43 puts the arrowhead of a flat `dir=back` edge
// with ports at its head. The one against the column's order does not constrain the order
// (left to the router, a cycle of handovers in one column reshuffled it). Both on the right
// (the left-hand bow meets the edges coming in) drew the two labels side by side, where a
// reader could not tell which direction each belongs to.
void write_handovers(DotWriter& dot, const std::string& tail, const std::string& head,
                     const Both& link, bool flat, const Overlay& overlay) {
  const bool external = tail.starts_with("partner:") || head.starts_with("partner:");
  auto edge = [&](const std::string& from, const std::string& to, const Flow* ahead,
                  const Flow* back, const char* from_port, const char* to_port) {
    const int count = (ahead ? ahead->count : 0) + (back ? back->count : 0);
    std::vector<std::string> targets;
    for (const Flow* f : {ahead, back})
      if (f) targets.insert(targets.end(), f->targets.begin(), f->targets.end());
    Attrs attrs = {{"dir", edge_dir(ahead, back)},
                   {"penwidth", fmt::format("{:.1f}", std::min(1.0 + 0.75 * count, 6.0))},
                   {"color", external ? "#8c564b" : "#1f4e79"}};
    if (flat)
      attrs.push_back({"label", flow_text(*ahead)});
    else
      attrs.push_back(two_way(ahead ? flow_text(*ahead) : "", back ? flow_text(*back) : ""));
    if (from != tail) attrs.push_back({"constraint", "false"});  // keep the column's order
    attrs.push_back({"tailport", from_port});
    attrs.push_back({"headport", to_port});
    add_overlay(attrs, overlay, targets, false);
    dot.edge(from, to, attrs);
  };
  if (!flat) return edge(tail, head, link.ahead, link.back, "e", "w");
  if (link.ahead) edge(tail, head, link.ahead, nullptr, "e", "e");
  const char* back_port = link.ahead ? "w" : "e";
  if (link.back) edge(head, tail, link.back, nullptr, back_port, back_port);
}

// Dotted customer interactions (the customer is alone in its column), handovers labelled with
// count and methods, green dashed feedback (its text is in the partner's box).
void write_links(DotWriter& dot, const PartyLinks& links,
                 const std::map<std::string, PartyPlace>& places, const Overlay& overlay) {
  for (const auto& [pair, link] : links) {
    const auto& [tail, head] = pair;
    const bool flat =
        places.count(tail) && places.count(head) && places.at(tail).first == places.at(head).first;
    const bool customer = tail == "customer";
    if (link.interactions_ahead || link.interactions_back) {
      auto count = [](int n) { return n ? fmt::format("{}×", n) : std::string(); };
      const bool frontline =
          customer && places.count(head) && places.at(head).first == kFrontlineColumn;
      Attrs attrs = {{"style", "dotted"},
                     {"color", "#888888"},
                     {"fontcolor", "#666666"},
                     {"dir", edge_dir(link.interactions_ahead, link.interactions_back)},
                     {"weight", frontline ? "8" : "0"}};
      attrs.push_back(two_way(count(link.interactions_ahead), count(link.interactions_back)));
      dot.edge(tail, head, attrs);
    }
    if (link.ahead || link.back) write_handovers(dot, tail, head, link, flat, overlay);
    if (link.feedback)
      dot.edge(tail, head, {{"style", "dashed"}, {"color", "#2ca02c"}, {"dir", "back"}});
  }
}

// Invisible edges from the first party of each column to the first of the next: the columns
// stay in order even where no edge joins two of them.
void order_columns(DotWriter& dot, const std::map<std::string, PartyPlace>& places) {
  std::map<int, std::pair<int, std::string>> first;  // column -> (place, node)
  for (const auto& [name, place] : places) {
    auto [it, inserted] = first.emplace(place.first, std::pair{place.second, name});
    if (!inserted && place.second < it->second.first) it->second = {place.second, name};
  }
  const std::string* previous = nullptr;
  for (const auto& [column, node] : first) {
    if (previous) dot.edge(*previous, node.second, {{"style", "invis"}});
    previous = &node.second;
  }
}

}  // namespace

std::string dot_chain(const Model& model, const Graph& graph, const Overlay& overlay) {
  const Palette palette(model);
  DotWriter dot("chain");
  common_defaults(dot, "LR");
  dot.graph(
      {{"ranksep", "1.1"},
       {"nodesep", "0.5"},
       {"newrank", "true"},
       html_attr(
           "label",
           title_label(model, "service chain", "",
                       {"Edges: handovers between parties, labelled with their count and methods. "
                        "Dotted: customer interactions. Green dashed: partner feedback.",
                        "Frontline: rounded, bold. Back office: square. Partners: formal solid, "
                        "informal dashed."}))});
  open_findings_frame(dot, overlay);
  dot.node("customer", {html_attr("label", "<B>Customer</B>"),
                        {"shape", "box"},
                        {"style", "rounded,filled,bold"},
                        {"fillcolor", kCustomerColour},
                        {"penwidth", "2"}});
  write_departments(dot, model, palette, overlay);
  write_partners(dot, model, palette, overlay);
  const auto places = party_places(model);
  order_columns(dot, places);
  const Flows handovers = collect_handovers(model, graph, FlowLevel::Party);
  write_links(dot, collect_links(model, graph, handovers, places), places, overlay);
  close_findings_frame(dot, overlay);
  return dot.finish();
}

}  // namespace chainmap::views
