// One journey (SPEC section 6): stages left to right as columns (steps of a stage stacked top
// to bottom, so 200 steps in 20 stages stay a readable grid), steps as nodes coloured by
// owner, moments of truth marked, handovers emphasised and labelled with method and carried
// items, loops drawn as back edges, entries fed from a start dot, terminals double-bordered.
#include <algorithm>
#include <cstdlib>
#include <set>

#include <fmt/format.h>

#include "render/flow_edge.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

constexpr std::size_t kEdgeLabelWidth = 26;  // characters a line of an edge label

// What one journey picture is drawn from.
struct JourneyView : JourneyPicture {
  std::vector<std::string> node_ids;  // per step
  // Links to other journeys' steps: node id and "Journey: step", numbered in edge order. A link
  // ends in a small marker `→ N`; what N is goes in the title (the picture's margin): the full
  // text on a note beside the last stage made the picture hundreds of pixels wider.
  std::vector<std::pair<std::string, std::string>> links{};
  std::vector<const Edge*> column_labels{};  // edges down a column that have a label, in order
};

std::vector<std::pair<std::string, std::string>> cross_links(const Model& model,
                                                             const JourneyGraph& jg) {
  std::vector<std::pair<std::string, std::string>> links;
  for (const Edge& e : jg.edges) {
    if (!e.cross) continue;
    const Journey& other = model.journeys[e.to_journey];
    std::string id = node_id("link", other.id + "/" + other.steps[e.to].id);
    if (std::none_of(links.begin(), links.end(), [&](const auto& l) { return l.first == id; }))
      links.emplace_back(std::move(id),
                         fmt::format("{}: {}", journey_name(other), step_name(other.steps[e.to])));
  }
  return links;
}

// Persona and promise, how to read the picture, and the owner legend.
std::vector<std::string> journey_notes(const JourneyView& v) {
  std::vector<std::string> notes;
  std::string about;
  if (v.j.persona.present()) about = "Persona: " + html_escape(v.j.persona.value);
  if (v.j.promise_text.present())
    about += (about.empty() ? "" : " · ") + std::string("Promise: ") +
             html_escape(v.j.promise_text.value);
  if (!about.empty()) notes.push_back(about);
  notes.push_back(
      "Stages are columns, read top to bottom. Bold blue edges: handovers (method · items "
      "carried). Dashed: loops and back edges. ★ moment of truth. Double border: end.");
  for (std::size_t i = 0; i < v.links.size(); ++i)
    notes.push_back(fmt::format("→ {}  continues in {}", i + 1, html_escape(v.links[i].second)));
  if (auto legend = owner_legend(v.model, v.palette, journey_owners(v.jg)); !legend.empty())
    notes.push_back(legend);
  return notes;
}

Attrs edge_attrs(const JourneyView& v, const Edge& e);
Attrs take_column_label(Attrs& attrs);
std::int32_t upper_step(const Edge& e);
std::string column_label_id(const JourneyView& v, const Edge& e);

// One cluster per stage, its steps stacked in one column; invisible heavy edges keep the
// columns in order.
void write_stages(DotWriter& dot, const JourneyView& v) {
  const Journey& j = v.j;
  std::set<std::int32_t> joined;  // steps joined to the next one by a flow edge down the column
  for (const Edge& e : v.jg.edges)
    if (!e.cross && !e.loop && !e.back && j.steps[e.from].stage == j.steps[e.to].stage &&
        std::abs(e.to - e.from) == 1)
      joined.insert(std::min(e.from, e.to));
  for (std::size_t si = 0; si < j.stages.size(); ++si) {
    const Stage& stage = j.stages[si];
    Attrs cluster = {{"label", stage_name(stage)},
                     {"style", "rounded,filled"},
                     {"fillcolor", si % 2 ? "#f3f3f3" : "#fafafa"},
                     {"color", "#bbbbbb"},
                     {"fontsize", "13"},
                     {"labeljust", "c"}};
    add_overlay(cluster, v.overlay, {fmt::format("stage:{}/{}", j.id, stage.id)}, true);
    dot.open_cluster(fmt::format("stage-{}", si), cluster);
    // A stage is one column: its steps share a rank and stack top to bottom.
    dot.open_rank("same");
    if (stage.count == 0)
      dot.node(fmt::format("empty:{}", si),
               {{"label", "(no steps)"}, {"style", "dashed"}, {"fontcolor", "#888888"}});
    for (std::int32_t s = stage.first; s < stage.first + stage.count; ++s) {
      dot.node(v.node_ids[static_cast<std::size_t>(s)],
               step_node(v.model, v.palette, j, v.jg, s, v.overlay));
      for (const Edge* e : v.column_labels)  // under the step, the labels of its edges down
        if (upper_step(*e) == s) {
          Attrs attrs = edge_attrs(v, *e);
          dot.node(column_label_id(v, *e), take_column_label(attrs));
        }
    }
    dot.close();
    // Model order, top to bottom: an invisible edge from each step to the one before it (the
    // tail of an edge within a rank goes below its head, rankdir LR), so that mincross keeps
    // the column in order whatever the flow edges pull.
    // A flow edge between the two steps (drawn with the earlier one on top, below) does the
    // same; a second, invisible edge beside it would bend both into arcs.
    for (std::int32_t s = stage.first + 1; s < stage.first + stage.count; ++s)
      if (!joined.count(s - 1))
        dot.edge(v.node_ids[static_cast<std::size_t>(s)],
                 v.node_ids[static_cast<std::size_t>(s - 1)],
                 {{"style", "invis"}, {"weight", "10"}});
    dot.close();
  }
  // Stage columns stay in order even where no edge joins them, and their first steps line up
  // (without the weight each column would start where the previous one ends).
  for (std::size_t si = 0; si + 1 < j.stages.size(); ++si) {
    auto first_node = [&](std::size_t k) {
      const Stage& st = j.stages[k];
      return st.count ? v.node_ids[static_cast<std::size_t>(st.first)] : fmt::format("empty:{}", k);
    };
    dot.edge(first_node(si), first_node(si + 1), {{"style", "invis"}, {"weight", "100"}});
  }
}

// The node an edge ends at: a step, or a small numbered marker of another journey's step
// (written once; the title says which step it is).
std::string edge_head(DotWriter& dot, const JourneyView& v, const Edge& e,
                      std::set<std::string>& cross_nodes) {
  if (!e.cross) return v.node_ids[static_cast<std::size_t>(e.to)];
  const Journey& other = v.model.journeys[e.to_journey];
  std::string to = node_id("link", other.id + "/" + other.steps[e.to].id);
  const auto link =
      std::find_if(v.links.begin(), v.links.end(), [&](const auto& l) { return l.first == to; });
  if (cross_nodes.insert(to).second)
    dot.node(to, {{"shape", "note"},
                  {"style", "filled"},
                  {"fillcolor", "#ffffff"},
                  {"margin", "0.06,0.03"},
                  {"label", fmt::format("→ {}", link - v.links.begin() + 1)},
                  {"tooltip", "continues in " + link->second}});
  return to;
}

// Whether an edge joins a step to the next one of its column (down the column), or loops back
// to an earlier step of its column: such an edge's label is a node in the column, on the edge
// (see write_stages), under the upper step.
bool down_the_column(const Journey& j, const Edge& e) {
  return !e.cross && !e.loop && !e.back && e.to == e.from + 1 &&
         j.steps[e.from].stage == j.steps[e.to].stage;
}
bool up_the_column(const Journey& j, const Edge& e) {
  return !e.cross && (e.loop || e.back) && e.to < e.from &&
         j.steps[e.from].stage == j.steps[e.to].stage;
}
// A loop or back edge to a step of an earlier column: its label is a node under that step, in
// its column, where the loop comes in.
bool back_to_earlier_column(const Journey& j, const Edge& e) {
  return !e.cross && (e.loop || e.back) && j.steps[e.to].stage < j.steps[e.from].stage;
}
std::int32_t upper_step(const Edge& e) { return std::min(e.from, e.to); }

// An edge's attributes: line, label and findings overlay.
Attrs edge_attrs(const JourneyView& v, const Edge& e) {
  const FlowLook look = flow_look(v.model, v.jg, e, v.overlay);
  Attrs attrs;
  if (look.handover) {
    attrs = {{"penwidth", "2.5"}, {"color", look.colour}, {"fontcolor", look.colour}};
    if (!look.style.empty()) attrs.push_back({"style", look.style});
  } else if (!look.style.empty()) {
    attrs = {{"style", look.style}};
  }
  if (look.loop) {
    attrs.push_back({"style", "dashed"});
    attrs.push_back({"constraint", "false"});
  }
  const std::string label = look.label();
  // Within a column Graphviz puts an edge's tail below its head (rankdir LR); an edge down the
  // column is written backwards with dir=back, so the earlier step stays on top.
  const bool same_column =
      !e.cross && !e.loop && !e.back && v.j.steps[e.from].stage == v.j.steps[e.to].stage;
  // A real label on forward edges between columns: Graphviz places it on the edge, clear of
  // the steps. xlabel elsewhere: Graphviz 2.42 double-frees the label nodes it makes for
  // edges between steps of one rank inside a cluster, and for backward edges between clusters.
  const bool forward_between_columns = !same_column && !e.loop && !e.back;
  // Labels wrap to a narrow block that sits beside its edge rather than a long line that
  // reaches across the neighbouring edges. A loop's label goes at its head end, on the loop
  // itself, where no other edge's label is placed.
  if (!label.empty()) {
    const std::string text = wrap_html(label, kEdgeLabelWidth);
    if (look.loop) {
      attrs.push_back(html_attr("headlabel", text));
      // Far enough from the step that the label's box clears it: its centre at least half
      // its width (9 pt type, about 5.5 pt a character) from the step's border, in units of
      // 10 points.
      const double half = static_cast<double>(std::min(label.size(), kEdgeLabelWidth)) * 5.5 / 2;
      attrs.push_back({"labeldistance", fmt::format("{:.1f}", std::max(2.5, (half + 14) / 10))});
      attrs.push_back({"labelangle", "-30"});
      attrs.push_back({"labelfontcolor", look.colour.empty() ? "#555555" : look.colour});
    } else {
      attrs.push_back(html_attr(forward_between_columns ? "label" : "xlabel", text));
    }
  }
  add_overlay(attrs, v.overlay, {handover_target(v.model, v.jg, e)}, false);
  return attrs;
}

// The label of an edge down the column, taken out of its attributes: a node between the two
// steps, in their column. An xlabel there (the only label Graphviz 2.42 allows on an edge
// within a rank) is placed after the edges are routed, beside the edge, where the edges that
// come in from the neighbouring columns run through it; a node is something they route around.
Attrs take_column_label(Attrs& attrs) {
  Attrs node = {{"shape", "plaintext"}, {"style", ""}, {"fontsize", "9"}, {"margin", "0.04,0.02"}};
  for (auto it = attrs.begin(); it != attrs.end();) {
    if (it->key == "label" || it->key == "xlabel" || it->key == "headlabel") {
      node.push_back(Attr{"label", it->value, it->html});
    } else if (it->key == "tooltip") {  // on the node and the edge
      node.push_back(*it);
      ++it;
      continue;
    } else if (it->key == "fontcolor") {
      node.push_back(*it);
    } else if (it->key == "labelfontcolor") {
      node.push_back({"fontcolor", it->value});
    } else if (it->key == "labeldistance" || it->key == "labelangle" ||
               it->key == "constraint") {  // a loop's, for a label at its head
    } else {
      ++it;
      continue;
    }
    it = attrs.erase(it);
  }
  return node;
}

std::string column_label_id(const JourneyView& v, const Edge& e) {
  return fmt::format("label:{}", &e - v.jg.edges.data());
}

void write_edge(DotWriter& dot, const JourneyView& v, const Edge& e,
                std::set<std::string>& cross_nodes) {
  const std::string from = v.node_ids[static_cast<std::size_t>(e.from)];
  const std::string to = edge_head(dot, v, e, cross_nodes);
  Attrs attrs = edge_attrs(v, e);
  const bool same_column =
      !e.cross && !e.loop && !e.back && v.j.steps[e.from].stage == v.j.steps[e.to].stage;
  if (std::find(v.column_labels.begin(), v.column_labels.end(), &e) != v.column_labels.end()) {
    // Through its label node: the earlier step on top (a tail within a rank goes below its
    // head), the arrow at the step the edge goes to.
    take_column_label(attrs);
    const std::string label = column_label_id(v, e);
    if (back_to_earlier_column(v.j, e)) {  // from the later column to the label, then up
      Attrs back = attrs, in = attrs;
      back.push_back({"dir", "none"});
      back.push_back({"constraint", "false"});
      dot.edge(from, label, back);
      dot.edge(label, to, in);
      return;
    }
    Attrs upper = attrs, lower = attrs;
    const bool down = e.to > e.from;
    upper.push_back({"dir", down ? "none" : "forward"});
    lower.push_back({"dir", down ? "back" : "none"});
    dot.edge(label, down ? from : to, upper);
    dot.edge(down ? to : from, label, lower);
    return;
  }
  if (same_column && e.to > e.from) {
    attrs.push_back({"dir", "back"});
    dot.edge(to, from, attrs);
  } else {  // between columns; or up a column (to a step listed earlier), which the tail-below
            // rule already draws with the earlier step on top
    dot.edge(from, to, attrs);
  }
}

}  // namespace

std::string dot_journey(const Model& model, const Graph& graph, std::int32_t index,
                        const Overlay& overlay) {
  const Journey& j = model.journeys[index];
  JourneyView v{{model, j, graph.journeys[index], overlay, Palette(model)},
                step_node_ids(j),
                cross_links(model, graph.journeys[index])};
  for (const Edge& e : v.jg.edges)
    if ((down_the_column(j, e) || up_the_column(j, e) || back_to_earlier_column(j, e)) &&
        (!flow_look(model, v.jg, e, overlay).label().empty() ||
         !overlay.colour(handover_target(model, v.jg, e)).empty()))
      v.column_labels.push_back(&e);

  DotWriter dot("journey");
  common_defaults(dot, "LR");
  dot.graph({{"newrank", "true"},
             {"ranksep", "0.9"},
             {"nodesep", "0.8"},
             html_attr("label", title_label(model, "journey", journey_name(j), journey_notes(v)))});
  open_findings_frame(dot, overlay);
  dot.node("start", {{"shape", "circle"},
                     {"style", "filled"},
                     {"fillcolor", "#333333"},
                     {"label", ""},
                     {"width", "0.2"},
                     {"height", "0.2"},
                     {"tooltip", "start"}});
  write_stages(dot, v);
  for (std::size_t s = 0; s < v.jg.size(); ++s)
    if (v.jg.entry[s]) dot.edge("start", v.node_ids[s], {{"color", "#333333"}});
  std::set<std::string> cross_nodes;
  for (const Edge& e : v.jg.edges) write_edge(dot, v, e, cross_nodes);
  close_findings_frame(dot, overlay);
  return dot.finish();
}

}  // namespace chainmap::views
