// One journey (SPEC section 6): stages left to right as columns (steps of a stage stacked top
// to bottom, so 200 steps in 20 stages stay a readable grid), steps as nodes coloured by
// owner, moments of truth marked, handovers emphasised and labelled with method and carried
// items, loops drawn as back edges, entries fed from a start dot, terminals double-bordered.
#include <algorithm>
#include <set>

#include <fmt/format.h>

#include "render/style.h"

namespace chainmap::views {

std::string dot_journey(const Model& model, const Graph& graph, std::int32_t index, const Overlay& overlay) {
  const Journey& j = model.journeys[index];
  const JourneyGraph& jg = graph.journeys[index];
  const Palette palette(model);

  std::vector<Owner> owners;
  for (const Owner& o : jg.owners)
    if (o.kind != OwnerKind::Unresolved && std::find(owners.begin(), owners.end(), o) == owners.end())
      owners.push_back(o);

  std::vector<std::string> notes;
  std::string about;
  if (j.persona.present()) about = "Persona: " + html_escape(j.persona.value);
  if (j.promise_text.present()) about += (about.empty() ? "" : " · ") + std::string("Promise: ") + html_escape(j.promise_text.value);
  if (!about.empty()) notes.push_back(about);
  notes.push_back("Stages are columns, read top to bottom. Bold blue edges: handovers (method · items "
                  "carried). Dashed: loops and back edges. ★ moment of truth. Double border: end.");
  if (auto legend = owner_legend(model, palette, owners); !legend.empty()) notes.push_back(legend);

  // Node names: `step:<id>`. A step whose id an earlier step of the journey has (a
  // model/duplicate-id error) gets its index too: one node in two stage clusters crashes
  // Graphviz's dot layout (mincross).
  std::vector<std::string> step_node_id(jg.size());
  std::set<std::string> taken;
  for (std::size_t s = 0; s < jg.size(); ++s) {
    std::string name = node_id("step", j.steps[s].id);
    for (int n = 0; !taken.insert(name).second; ++n) name = node_id("step", fmt::format("{}#{}.{}", j.steps[s].id, s, n));
    step_node_id[s] = std::move(name);
  }

  DotWriter dot("journey");
  common_defaults(dot, "LR");
  dot.graph({{"newrank", "true"}, {"ranksep", "0.9"}, {"nodesep", "0.8"},
             html_attr("label", title_label(model, "journey", j.name.empty() ? j.id : j.name, notes))});

  dot.node("start", {{"shape", "circle"}, {"style", "filled"}, {"fillcolor", "#333333"}, {"label", ""},
                     {"width", "0.2"}, {"height", "0.2"}, {"tooltip", "start"}});

  for (std::size_t si = 0; si < j.stages.size(); ++si) {
    const Stage& stage = j.stages[si];
    Attrs cluster = {{"label", stage.name.empty() ? stage.id : stage.name},
                     {"style", "rounded,filled"}, {"fillcolor", si % 2 ? "#f3f3f3" : "#fafafa"},
                     {"color", "#bbbbbb"}, {"fontsize", "13"}, {"labeljust", "c"}};
    add_overlay(cluster, overlay, {fmt::format("stage:{}/{}", j.id, stage.id)}, true);
    dot.open_cluster(fmt::format("stage-{}", si), cluster);
    // A stage is one column: its steps share a rank and stack top to bottom.
    dot.open_rank("same");
    if (stage.count == 0) dot.node(fmt::format("empty:{}", si), {{"label", "(no steps)"}, {"style", "dashed"}, {"fontcolor", "#888888"}});
    for (std::int32_t s = stage.first; s < stage.first + stage.count; ++s) {
      dot.node(step_node_id[static_cast<std::size_t>(s)], step_node(model, palette, j, jg, s, overlay));
    }
    dot.close();
    dot.close();
  }
  // Stage columns stay in order even where no edge joins them, and their first steps line up
  // (without the weight each column would start where the previous one ends).
  for (std::size_t si = 0; si + 1 < j.stages.size(); ++si) {
    auto first_node = [&](std::size_t k) {
      const Stage& st = j.stages[k];
      return st.count ? step_node_id[static_cast<std::size_t>(st.first)] : fmt::format("empty:{}", k);
    };
    dot.edge(first_node(si), first_node(si + 1), {{"style", "invis"}, {"weight", "100"}});
  }

  for (std::size_t s = 0; s < jg.size(); ++s)
    if (jg.entry[s]) dot.edge("start", step_node_id[s], {{"color", "#333333"}});

  std::set<std::string> cross_nodes;
  for (const Edge& e : jg.edges) {
    const std::string from = step_node_id[static_cast<std::size_t>(e.from)];
    std::string to;
    if (e.cross) {
      const Journey& other = model.journeys[e.to_journey];
      to = node_id("link", other.id + "/" + other.steps[e.to].id);
      if (cross_nodes.insert(to).second)
        dot.node(to, {{"shape", "note"}, {"style", "filled"}, {"fillcolor", "#ffffff"},
                      {"label", fmt::format("→ {}: {}", other.name.empty() ? other.id : other.name,
                                            step_name(other.steps[e.to]))}});
    } else {
      to = step_node_id[static_cast<std::size_t>(e.to)];
    }
    Attrs attrs;
    std::string label;
    if (e.next && e.next->when.present()) label = "[" + e.next->when.value + "]";
    if (e.is_handover()) {
      const Handover* h = e.handover();
      std::string what = h ? handover_summary(model, *h) : "undeclared handover";
      label = label.empty() ? what : what + "\n" + label;
      attrs = {{"penwidth", "2.5"}, {"color", h ? "#1f4e79" : "#7f0000"}, {"fontcolor", h ? "#1f4e79" : "#7f0000"}};
      if (!h) attrs.push_back({"style", "dashed"});
    } else if (e.kind == EdgeKind::Unjudged) {
      attrs = {{"style", "dotted"}};
    }
    if (e.loop || e.back) {
      attrs.push_back({"style", "dashed"});
      attrs.push_back({"constraint", "false"});
      label = label.empty() ? "loop" : label + " (loop)";
    }
    // quote() escapes backslashes, so a line break in the label is a literal newline here,
    // which the writer turns into a space; keep labels on one line instead.
    std::replace(label.begin(), label.end(), '\n', ' ');
    // Within a column Graphviz puts an edge's tail below its head (rankdir LR); written
    // backwards with dir=back, the earlier step stays on top.
    const bool same_column = !e.cross && !e.loop && !e.back && j.steps[e.from].stage == j.steps[e.to].stage;
    // A real label on forward edges between columns: Graphviz places it on the edge, clear of
    // the steps. xlabel elsewhere: Graphviz 2.42 double-frees the label nodes it makes for
    // edges between steps of one rank inside a cluster, and for backward edges between clusters.
    const bool forward_between_columns = !same_column && !e.loop && !e.back;
    if (!label.empty()) attrs.push_back({forward_between_columns ? "label" : "xlabel", label});
    // Findings on an edge use the handover target even where the edge is not judged a
    // handover (e.g. an unknown key in a `handover` whose receiver has no owner).
    add_overlay(attrs, overlay, {handover_target(model, jg, e)}, false);
    if (same_column) {
      attrs.push_back({"dir", "back"});
      dot.edge(to, from, attrs);
    } else {
      dot.edge(from, to, attrs);
    }
  }
  return dot.finish();
}

}  // namespace chainmap::views
