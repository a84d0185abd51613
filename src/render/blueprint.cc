// A service blueprint of one journey (SPEC section 6): lanes as rows (customer, frontstage,
// backstage, support, partner), stages as columns, and the line of interaction, line of
// visibility and line of internal interaction as labelled dashed separators between lanes.
//
// Layout: a grid. Every lane and every separator is one rank (rank=same); a left column holds
// the row titles, a top row the stage titles. Each lane x stage cell is one node whose
// HTML-like table holds that cell's steps as ports, so rows stay straight and columns line up
// (heavy invisible edges join the cells of a column). Flow edges run between ports with
// constraint=false so they never disturb the grid.
#include <algorithm>

#include <fmt/format.h>

#include "render/style.h"

namespace chainmap::views {
namespace {

constexpr Lane kLanes[] = {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support, Lane::Partner};

const char* lane_title(Lane lane) {
  switch (lane) {
    case Lane::Customer: return "Customer actions";
    case Lane::Frontstage: return "Frontstage";
    case Lane::Backstage: return "Backstage";
    case Lane::Support: return "Support processes";
    case Lane::Partner: return "Partners (external)";
  }
  return "";
}

// The separator drawn below a lane, if any.
const char* line_below(Lane lane) {
  switch (lane) {
    case Lane::Customer: return "line of interaction";
    case Lane::Frontstage: return "line of visibility";
    case Lane::Backstage: return "line of internal interaction";
    default: return nullptr;
  }
}

std::string cell_id(std::size_t lane, std::size_t stage) { return fmt::format("cell:{}:{}", lane, stage); }
std::string port(std::int32_t step) { return fmt::format("p{}", step); }

}  // namespace

std::string dot_blueprint(const Model& model, const Graph& graph, std::int32_t index, const Overlay& overlay) {
  const Journey& j = model.journeys[index];
  const JourneyGraph& jg = graph.journeys[index];
  const Palette palette(model);
  const std::size_t stages = j.stages.size();

  std::vector<Owner> owners;
  for (const Owner& o : jg.owners)
    if (o.kind != OwnerKind::Unresolved && std::find(owners.begin(), owners.end(), o) == owners.end())
      owners.push_back(o);
  std::vector<std::string> notes;
  if (j.persona.present()) notes.push_back("Persona: " + html_escape(j.persona.value));
  notes.push_back("Bold blue arrows: handovers (method · items carried). ★ moment of truth. "
                  "Double border: end of the journey.");
  if (auto legend = owner_legend(model, palette, owners); !legend.empty()) notes.push_back(legend);

  DotWriter dot("blueprint");
  common_defaults(dot, "TB");
  dot.graph({{"newrank", "true"}, {"ranksep", "0.25"}, {"nodesep", "0.3"}, {"splines", "true"},
             html_attr("label", title_label(model, "service blueprint", j.name.empty() ? j.id : j.name, notes))});

  // Rows, top to bottom: stage titles, then each lane followed by its separator line.
  std::vector<std::string> row_heads = {"head:stages"};
  dot.open_rank("same");
  dot.node("head:stages", {{"shape", "plaintext"}, {"style", ""}, {"label", ""}});
  for (std::size_t s = 0; s < stages; ++s) {
    const Stage& st = j.stages[s];
    dot.node(fmt::format("stage:{}", s), {html_attr("label", fmt::format("<B>{}</B>", wrap_html(st.name.empty() ? st.id : st.name, 20))),
                                          {"shape", "box"}, {"style", "rounded,filled"}, {"fillcolor", "#e8e8e8"},
                                          {"color", "#bbbbbb"}, {"fontsize", "13"}});
  }
  dot.close();

  // The most steps one cell of the last stage holds (cells lay their steps side by side).
  int last_cell_steps = 1;
  if (stages > 0) {
    const Stage& last = j.stages.back();
    for (Lane lane : kLanes) {
      int n = 0;
      for (std::int32_t k = last.first; k < last.first + last.count; ++k) n += j.steps[k].lane == lane;
      last_cell_steps = std::max(last_cell_steps, n);
    }
  }
  std::vector<std::vector<std::string>> column(stages);  // per stage: its nodes top to bottom
  for (std::size_t s = 0; s < stages; ++s) column[s].push_back(fmt::format("stage:{}", s));

  for (std::size_t li = 0; li < std::size(kLanes); ++li) {
    const Lane lane = kLanes[li];
    const std::string head = fmt::format("lane:{}", to_string(lane));
    row_heads.push_back(head);
    dot.open_rank("same");
    dot.node(head, {html_attr("label", fmt::format("<B>{}</B>", lane_title(lane))), {"shape", "box"},
                    {"style", "filled"}, {"fillcolor", "#dde6ef"}, {"color", "#dde6ef"},
                    {"width", "1.8"}, {"fontsize", "12"}});
    for (std::size_t s = 0; s < stages; ++s) {
      const Stage& st = j.stages[s];
      std::string cells;
      for (std::int32_t k = st.first; k < st.first + st.count; ++k) {
        const Step& step = j.steps[k];
        if (step.lane != lane) continue;
        std::string border = "#444444", width = "1";
        if (step.moment_of_truth) border = "#b8860b", width = "3";
        if (std::string c = overlay.colour(step_target(j, step)); !c.empty()) border = c, width = "3";
        std::string text = fmt::format("<B>{}</B>", wrap_html(step_name(step), 20));
        text += fmt::format("<BR/><FONT POINT-SIZE=\"9\">{}</FONT>",
                            wrap_html(jg.owners[k].kind == OwnerKind::Unresolved ? "owner unclear"
                                                                                 : owner_display_name(model, jg.owners[k]),
                                      26));
        if (step.moment_of_truth) text += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#8a5a00\"><B>★ moment of truth</B></FONT>";
        if (jg.terminal[k]) text += "<BR/><FONT POINT-SIZE=\"9\">end</FONT>";
        std::string tip = overlay.tooltip(step_target(j, step));
        for (auto& ch : tip) if (ch == '\n') ch = ' ';
        cells += fmt::format("<TD PORT=\"{}\" BGCOLOR=\"{}\" COLOR=\"{}\" BORDER=\"{}\" STYLE=\"rounded\" CELLPADDING=\"6\"{}>{}</TD>",
                             port(k), palette.fill(jg.owners[k]), border, width,
                             tip.empty() ? "" : fmt::format(" TOOLTIP=\"{}\"", html_escape(tip)), text);
      }
      const std::string id = cell_id(li, s);
      if (cells.empty())
        dot.node(id, {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}});
      else
        dot.node(id, {{"shape", "plaintext"}, {"style", ""}, {"margin", "0"},
                      html_attr("label", "<TABLE BORDER=\"0\" CELLSPACING=\"8\"><TR>" + cells + "</TR></TABLE>")});
      column[s].push_back(id);
    }
    dot.close();
    // Keep the row's cells in stage order.
    std::string prev = head;
    for (std::size_t s = 0; s < stages; ++s) {
      dot.edge(prev, cell_id(li, s), {{"style", "invis"}});
      prev = cell_id(li, s);
    }

    if (const char* line = line_below(lane)) {
      const std::string sep = fmt::format("line:{}", li);
      row_heads.push_back(sep);
      dot.open_rank("same");
      dot.node(sep, {{"shape", "plaintext"}, {"style", ""}, {"fontcolor", "#1f4e79"}, {"fontsize", "10"},
                     html_attr("label", fmt::format("<I>{}</I>", line))});
      for (std::size_t s = 0; s < stages; ++s) {
        const std::string id = fmt::format("line:{}:{}", li, s);
        dot.node(id, {{"shape", "point"}, {"width", "0.01"}, {"color", "#1f4e79"}});
        column[s].push_back(id);
      }
      // An invisible end node, as wide as the last column's widest cell, so the line (drawn
      // to its centre: headclip=false) runs past the last column.
      dot.node(fmt::format("line:{}:end", li), {{"shape", "plaintext"}, {"style", ""}, {"label", ""},
                                                 {"width", fmt::format("{:.1f}", 0.5 + 1.1 * last_cell_steps)}});
      dot.close();
      std::string prev_point = sep;
      for (std::size_t s = 0; s <= stages; ++s) {
        const std::string id = s < stages ? fmt::format("line:{}:{}", li, s) : fmt::format("line:{}:end", li);
        Attrs line_attrs = {{"style", "dashed"}, {"color", "#1f4e79"}, {"penwidth", "1.5"}, {"arrowhead", "none"}};
        if (s == stages) line_attrs.push_back({"headclip", "false"});
        dot.edge(prev_point, id, line_attrs);
        prev_point = id;
      }
    }
  }
  // The left column of row titles fixes the order of the rows; heavy edges line up columns.
  for (std::size_t r = 0; r + 1 < row_heads.size(); ++r)
    dot.edge(row_heads[r], row_heads[r + 1], {{"style", "invis"}, {"weight", "100"}});
  for (const auto& col : column)
    for (std::size_t r = 0; r + 1 < col.size(); ++r)
      dot.edge(col[r], col[r + 1], {{"style", "invis"}, {"weight", "100"}});

  // Flow between steps.
  auto cell_of = [&](std::int32_t step) {
    const Step& st = j.steps[step];
    std::size_t lane = 0;
    while (kLanes[lane] != st.lane) ++lane;
    return cell_id(lane, static_cast<std::size_t>(st.stage));
  };
  for (const Edge& e : jg.edges) {
    if (e.cross) continue;  // another journey's step has no place in this grid
    Attrs attrs = {{"constraint", "false"}};
    std::string label;
    if (e.is_handover()) {
      const Handover* h = e.handover();
      label = h ? handover_summary(model, *h) : "undeclared handover";
      attrs.push_back({"penwidth", "2.2"});
      attrs.push_back({"color", h ? "#1f4e79" : "#7f0000"});
      attrs.push_back({"fontcolor", h ? "#1f4e79" : "#7f0000"});
      if (!h) attrs.push_back({"style", "dashed"});
    } else {
      attrs.push_back({"color", "#777777"});
    }
    add_overlay(attrs, overlay, {handover_target(model, jg, e)}, false);
    if (e.loop || e.back) {
      attrs.push_back({"style", "dashed"});
      label = label.empty() ? "loop" : label + " (loop)";
    }
    if (!label.empty()) attrs.push_back({"xlabel", label});
    // Leave and enter a step on the side facing the other one: rows down or up, the same
    // row left to right (or over the top when it goes back).
    const Step& a = j.steps[e.from];
    const Step& b = j.steps[e.to];
    const auto lane_a = static_cast<int>(a.lane), lane_b = static_cast<int>(b.lane);
    std::string tail = "e", head = "w";
    if (lane_b > lane_a) tail = "s", head = "n";
    else if (lane_b < lane_a) tail = "n", head = "s";
    else if (e.to <= e.from) tail = "n", head = "n";
    dot.edge(cell_of(e.from), cell_of(e.to), attrs, port(e.from) + ":" + tail, port(e.to) + ":" + head);
  }
  return dot.finish();
}

}  // namespace chainmap::views
