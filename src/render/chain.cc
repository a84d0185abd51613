// The service chain (SPEC section 6): who hands over to whom, across all journeys. Customer,
// internal departments (frontline and back office in separate boxes), external partners
// (formal solid, informal dashed), one edge per ordered pair of parties that hands over,
// labelled with the count and methods, and feedback channels drawn back from partners.
#include <map>
#include <set>

#include <fmt/format.h>

#include "graph/handover_flows.h"
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
  return label;
}

// Customer interactions per ordered pair of parties (not handovers: SPEC section 2).
std::map<std::pair<std::string, std::string>, int> collect_interactions(const Model& model,
                                                                        const Graph& graph) {
  std::map<std::pair<std::string, std::string>, int> interactions;
  for (const JourneyGraph& jg : graph.journeys)
    for (const Edge& e : jg.edges)
      if (e.kind == EdgeKind::Interaction) {
        const Owner to =
            e.cross ? model.journeys[e.to_journey].steps[e.to].owner() : jg.owners[e.to];
        ++interactions[{party_key(model, jg.owners[e.from]), party_key(model, to)}];
      }
  return interactions;
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
}

// Interactions dotted, handovers labelled with count and methods, and feedback from each
// partner with a `feedback` channel back to the departments that hand over to it (the ones
// who need to hear how it went).
void write_links(DotWriter& dot, const Model& model, const Graph& graph, const Flows& handovers,
                 const Overlay& overlay) {
  for (const auto& [pair, count] : collect_interactions(model, graph)) {
    if (pair.first.empty() || pair.second.empty()) continue;
    dot.edge(pair.first, pair.second,
             {{"style", "dotted"},
              {"color", "#888888"},
              {"label", fmt::format("{}×", count)},
              {"fontcolor", "#666666"}});
  }
  for (const auto& [pair, link] : handovers.pairs) {
    std::string methods;
    for (const auto& m : link.methods) methods += (methods.empty() ? "" : ", ") + m;
    const bool external = pair.first.starts_with("partner:") || pair.second.starts_with("partner:");
    Attrs attrs = {{"label", fmt::format("{}× {}", link.count, methods)},
                   {"penwidth", fmt::format("{:.1f}", std::min(1.0 + 0.75 * link.count, 6.0))},
                   {"color", external ? "#8c564b" : "#1f4e79"}};
    add_overlay(attrs, overlay, link.targets, false);
    dot.edge(pair.first, pair.second, attrs);
  }
  for (const Partner& p : model.partners) {
    if (!p.feedback.present()) continue;
    const std::string from = node_id("partner", p.id);
    for (const auto& [pair, link] : handovers.pairs) {
      if (pair.second != from || !pair.first.starts_with("dept:")) continue;
      const std::string& to = pair.first;
      dot.edge(from, to,
               {{"style", "dashed"},
                {"color", "#2ca02c"},
                {"fontcolor", "#2ca02c"},
                {"constraint", "false"},
                {"label", "feedback: " + p.feedback.value}});
    }
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
  write_links(dot, model, graph, collect_handovers(model, graph, FlowLevel::Party), overlay);
  close_findings_frame(dot, overlay);
  return dot.finish();
}

}  // namespace chainmap::views
