// A service blueprint of one journey (SPEC section 6): lanes as rows (customer, frontstage,
// backstage, support, partner), stages as columns, and the line of interaction, line of
// visibility and line of internal interaction as labelled dashed lines between lanes.
//
// Layout: a grid. Every lane is one rank (rank=same); a left column holds the row titles, a
// top row the stage titles. Each lane x stage cell is one node whose HTML-like table holds
// that cell's steps (at most kAcross side by side, then the next table row), so rows stay
// straight and columns line up (heavy invisible edges join the cells of a column). A step
// followed by the next one beside it in the same cell is joined by an arrow inside the
// table, labelled like an edge. Other flow edges run between the steps' ports: forward ones
// with weight 0 (they help order the grid without pulling it out of line), loops with
// constraint=false. Edges up the page are written downwards with the arrow reversed: dot
// routes upward edges around the whole grid.
//
// Long journeys wrap: stages go into bands of at most kBandWidth steps across, each band a
// grid of its own with its own row titles, stacked top to bottom, so a 20-stage journey reads
// like a poster rather than a 20,000-pixel strip.
//
// The separator lines and the lane shading are not nodes: a node chain across the grid is an
// obstacle the edge router detours around. Each separator rank holds only its title; lines
// and shading are drawn after layout, behind the graph (Graphviz `_background`), from where
// the titles and cells ended up. Nor are the lanes' steps chained left to right: such a chain
// pushes every edge passing through the row out to its right end.
#include <algorithm>
#include <array>
#include <cmath>
#include <map>
#include <set>
#include <tuple>

#include <fmt/format.h>

#include "render/flow_edge.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

constexpr Lane kLanes[] = {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support,
                           Lane::Partner};
constexpr std::size_t kLaneCount = std::size(kLanes);
// Rows of the grid: the touchpoint row (Shostack's physical evidence: what the customer sees
// or uses at each step), drawn when steps name touchpoints, then the lanes.
constexpr std::size_t kTouchpointRow = 0;
constexpr std::size_t kRowCount = kLaneCount + 1;
constexpr int kAcross = 3;       // steps side by side in one cell before its next row
constexpr int kBandWidth = 12;   // steps side by side across one band of stages
constexpr double kNodesep = 18;  // points between neighbouring nodes of a row (nodesep 0.25in)

std::size_t lane_index(Lane lane) {
  std::size_t i = 0;
  while (i + 1 < kLaneCount && kLanes[i] != lane) ++i;
  return i;
}
std::size_t lane_row(Lane lane) { return lane_index(lane) + 1; }
// Customer, frontstage and backstage are always drawn (their lines are what a blueprint is
// read by); support and partner lanes only when a step is on them.
bool always_drawn(std::size_t row) { return row >= 1 && row <= 3; }

std::string stage_id(std::size_t stage) { return fmt::format("stage:{}", stage); }
std::string cell_id(std::size_t lane, std::size_t stage) {
  return fmt::format("cell:{}:{}", lane, stage);
}
std::string port(std::int32_t step) { return fmt::format("p{}", step); }
std::string lane_id(std::size_t band, std::size_t lane) {
  return fmt::format("lane:{}:{}", band, lane);
}
std::string line_id(std::size_t band, std::size_t lane) {
  return fmt::format("line:{}:{}", band, lane);
}

// An edge along a lane is flat (both ends on the lane's rank), so its label is an xlabel
// (render/dot.h: a flat `label` corrupts Graphviz's heap), and dot does not make room for an
// xlabel. A minimum length, in units of nodesep, keeps the columns it joins apart by about
// the label's width: DejaVu Sans at the edge font size (9 pt) averages 5.5 pt a character.
std::string flat_label_room(std::string_view label) {
  std::size_t chars = 0;
  for (unsigned char c : label) chars += (c & 0xC0) != 0x80;
  return fmt::format(
      "{}", static_cast<int>(std::ceil((5.5 * static_cast<double>(chars) + 8) / kNodesep)) + 1);
}

// Stages [first, first + count) drawn as one grid.
struct Band {
  std::size_t first = 0, count = 0;
};

// Steps per row in each stage (the touchpoint row: steps naming a known touchpoint).
using Counts = std::vector<std::array<int, kRowCount>>;

Counts count_cells(const Journey& j) {
  Counts counts(j.stages.size());
  for (std::size_t s = 0; s < j.stages.size(); ++s) {
    counts[s].fill(0);
    const Stage& st = j.stages[s];
    for (std::int32_t k = st.first; k < st.first + st.count; ++k) {
      ++counts[s][lane_row(j.steps[k].lane)];
      if (j.steps[k].touchpoint.index >= 0) ++counts[s][kTouchpointRow];
    }
  }
  return counts;
}

// The rows drawn: those always drawn, and the others where a stage has something in them.
std::vector<std::size_t> rows_drawn(const Counts& counts) {
  std::vector<std::size_t> rows;
  for (std::size_t r = 0; r < kRowCount; ++r) {
    bool used = always_drawn(r);
    for (const auto& c : counts) used = used || c[r] > 0;
    if (used) rows.push_back(r);
  }
  return rows;
}

// Greedy: a stage joins the current band while the band stays within kBandWidth steps across
// (a stage is as wide as its widest cell); a stage wider than that gets a band of its own.
std::vector<Band> plan_bands(const Counts& counts) {
  std::vector<Band> bands;
  int width = 0;
  for (std::size_t s = 0; s < counts.size(); ++s) {
    const int w =
        std::max(1, std::min(kAcross, *std::max_element(counts[s].begin() + 1, counts[s].end())));
    if (bands.empty() || width + w > kBandWidth) {
      bands.push_back({s, 0});
      width = 0;
    }
    ++bands.back().count;
    width += w;
  }
  return bands;
}

// Which nodes make up each band: per row, its title and cells; the stage titles; per
// stage column, its title and cells.
struct Grid {
  std::vector<Band> bands;
  std::vector<std::size_t> rows;                                       // rows drawn, top to bottom
  std::vector<std::array<std::vector<std::string>, kRowCount>> lanes;  // [band][row]
  std::vector<std::vector<std::string>> titles;                        // [band]
  std::vector<std::vector<std::vector<std::string>>> columns;          // [band][stage in band]
  std::vector<std::string> markers{};  // marker nodes on a separator line (FlowWriter)
};

// A row's background tint: each lane its own, so that rows are told apart at a glance.
const char* row_tint(std::size_t row) {
  constexpr const char* kTints[kRowCount] = {"#f2f2f2", "#fdf8e6", "#eaf2fb",
                                             "#eeecf6", "#ebf4ec", "#f8efe8"};
  return kTints[row];
}

// The lane shading and separator lines of every band, from where the layout put the row
// titles and cells.
// A laid-out node by id, or nullptr.
const Box* blueprint_box(const Layout& layout, const std::string& id) {
  auto it = layout.nodes.find(id);
  return it == layout.nodes.end() ? nullptr : &it->second;
}

// Band `b`'s stage dividers, between the row boundaries `edge`.
void draw_stage_dividers(XdotWriter& xdot, const Layout& layout, const Grid& grid, std::size_t b,
                         const std::vector<double>& edge) {
  auto find = [&](const std::string& id) { return blueprint_box(layout, id); };
  const std::size_t n = grid.rows.size();
  // Stage dividers, row by row: halfway across the gap between a stage's cell and the next
  // stage's in that row (columns line up by their centres, so a wide cell can reach past a
  // straight line through the whole grid); where a row has no cell on one side, halfway
  // between the columns' widest extents.
  const Band& band = grid.bands[b];
  auto extent = [&](const std::vector<std::string>& ids, double& l, double& r) {
    l = 1e300, r = -1e300;
    for (const std::string& id : ids)
      if (const Box* box = find(id)) l = std::min(l, box->left()), r = std::max(r, box->right());
    return l <= r;
  };
  xdot.pen("#9aa7b4").style("dashed");
  for (std::size_t k = 0; k + 1 < band.count; ++k) {
    double cl, cr, nl, nr;
    if (!extent(grid.columns[b][k], cl, cr) || !extent(grid.columns[b][k + 1], nl, nr)) continue;
    double x = (cr + nl) / 2;  // where neither side of a row has a cell: the row above's
    for (std::size_t i = 0; i < n; ++i) {
      const Box* a = find(cell_id(grid.rows[i], band.first + k));
      const Box* c = find(cell_id(grid.rows[i], band.first + k + 1));
      if (a && a->width <= 1) a = nullptr;  // an empty cell's placeholder point
      if (c && c->width <= 1) c = nullptr;
      // Clear of the cells there are, by at least half a node gap.
      if (a && c)
        x = (a->right() + c->left()) / 2;
      else if (a)
        x = std::max((a->right() + nl) / 2, a->right() + kNodesep / 2);
      else if (c)
        x = std::min((cr + c->left()) / 2, c->left() - kNodesep / 2);
      // A divider ends at the row's lines, short of a marker sitting there.
      double top = edge[i], bottom = edge[i + 1];
      for (const std::string& id : grid.markers)
        if (const Box* m = find(id); m && m->left() - 2 <= x && x <= m->right() + 2) {
          if (m->bottom() - 2 <= top && top <= m->top() + 2) top = m->bottom() - 2;
          if (m->bottom() - 2 <= bottom && bottom <= m->top() + 2) bottom = m->top() + 2;
        }
      if (top > bottom) xdot.line(x, top, x, bottom);
    }
  }
}

std::string draw_lanes(const Layout& layout, const Grid& grid) {
  auto find = [&](const std::string& id) { return blueprint_box(layout, id); };
  // Every band runs to the same right edge: past its rightmost node and to the edge of the
  // drawing (which includes edge labels hanging out).
  double right = layout.bounds.right();
  for (std::size_t b = 0; b < grid.bands.size(); ++b) {
    for (const std::string& id : grid.titles[b])
      if (const Box* box = find(id)) right = std::max(right, box->right() + 18);
    for (const auto& lane : grid.lanes[b])
      for (const std::string& id : lane)
        if (const Box* box = find(id)) right = std::max(right, box->right() + 18);
  }
  const std::size_t n = grid.rows.size();
  XdotWriter xdot;
  for (std::size_t b = 0; b < grid.bands.size(); ++b) {
    // Vertical extent of each row, from its title and cells; left edge from the titles.
    double left = 1e300;
    std::vector<double> top(n, -1e300), bottom(n, 1e300);
    for (std::size_t i = 0; i < n; ++i) {
      for (const std::string& id : grid.lanes[b][grid.rows[i]]) {
        const Box* box = find(id);
        if (!box) continue;
        left = std::min(left, box->left());
        top[i] = std::max(top[i], box->top());
        bottom[i] = std::min(bottom[i], box->bottom());
      }
      if (top[i] < bottom[i]) return xdot.str();  // not laid out as expected: draw nothing
    }
    left -= 6;
    auto separator = [&](std::size_t i) -> const Box* {
      const std::size_t row = grid.rows[i];
      return row != kTouchpointRow && line_below(kLanes[row - 1]) ? find(line_id(b, row)) : nullptr;
    };
    // Boundaries between rows: the separator's height where there is one, else halfway.
    std::vector<double> edge(n + 1);
    edge[0] = top[0] + 8;
    edge[n] = bottom[n - 1] - 8;
    for (std::size_t i = 0; i < n; ++i) {
      const Box* sep = separator(i);
      if (sep || i + 1 < n) edge[i + 1] = sep ? sep->y : (bottom[i] + top[i + 1]) / 2;
    }
    xdot.pen("transparent");
    for (std::size_t i = 0; i < n; ++i)
      xdot.fill(row_tint(grid.rows[i])).rect(left, edge[i + 1], right, edge[i]);
    draw_stage_dividers(xdot, layout, grid, b, edge);
    xdot.pen("#1f4e79").style("dashed").style("setlinewidth(1.5)");
    for (std::size_t i = 0; i < n; ++i)
      if (const Box* sep = separator(i)) {
        // Broken where a handover's marker sits on the line (where the handover crosses it).
        std::vector<std::pair<double, double>> gaps;
        for (const std::string& id : grid.markers)
          if (const Box* m = find(id); m && std::abs(m->y - sep->y) < 1)
            gaps.emplace_back(m->left() - 2, m->right() + 2);
        std::sort(gaps.begin(), gaps.end());
        double x = sep->right() + 4;
        for (const auto& [l, r] : gaps) {
          if (l > x) xdot.line(x, sep->y, l, sep->y);
          x = std::max(x, r);
        }
        if (x < right) xdot.line(x, sep->y, right, sep->y);
      }
    xdot.style("solid").style("setlinewidth(1)");
  }
  return xdot.str();
}

// What one blueprint is drawn from.
struct BlueprintView : JourneyPicture {
  const Counts counts;
  Grid grid;
  std::vector<std::size_t> band_of;            // per stage
  std::map<std::int32_t, const Edge*> inside;  // edges drawn inside a cell, by source step
};

// How a flow edge is drawn here: colour, width, style and label (render/flow_edge.h decides).
struct Look {
  std::string colour = "#777777", width = "1", style, label;
};
Look look(const BlueprintView& v, const Edge& e) {
  const FlowLook flow = flow_look(v.model, v.jg, e, v.overlay);
  Look lk;
  if (!flow.colour.empty()) lk.colour = flow.colour;
  if (flow.handover) lk.width = "2.2";
  if (!flow.finding.empty()) lk.colour = flow.finding;  // the width keeps its meaning
  lk.style = flow.line_style();
  lk.label = flow.label();
  return lk;
}

// Persona, how to read the picture, and the owner legend.
std::vector<std::string> blueprint_notes(const BlueprintView& v) {
  std::vector<std::string> notes;
  if (v.j.persona.present()) notes.push_back("Persona: " + html_escape(v.j.persona.value));
  std::string how =
      "Bold blue arrows: handovers. Numbers on arrows: see the table under the picture (method · "
      "items carried, condition). Dashed: loops. ★ moment of truth.";
  if (v.grid.bands.size() > 1)
    how += fmt::format(" Stages wrap into {} rows, read top to bottom.", v.grid.bands.size());
  notes.push_back(how);
  if (auto legend = owner_legend(v.model, v.palette, journey_owners(v.jg)); !legend.empty())
    notes.push_back(legend);
  return notes;
}

// Edges drawn inside a cell: from a step to the next step of the same cell (beside it, or
// first on the next table row: then the arrow ends the row). Keyed by the source step.
std::map<std::int32_t, const Edge*> inside_edges(const Journey& j, const JourneyGraph& jg) {
  std::map<std::int32_t, const Edge*> inside;
  auto cell_pos = [&](std::int32_t step) {  // position among its cell's steps
    int n = 0;
    const Step& st = j.steps[step];
    const Stage& stage = j.stages[static_cast<std::size_t>(st.stage)];
    for (std::int32_t k = stage.first; k < step; ++k) n += j.steps[k].lane == st.lane;
    return n;
  };
  for (const Edge& e : jg.edges) {
    if (e.cross || e.loop || e.back || e.to <= e.from) continue;
    const Step& a = j.steps[e.from];
    const Step& b = j.steps[e.to];
    if (a.stage != b.stage || a.lane != b.lane) continue;
    if (cell_pos(e.to) == cell_pos(e.from) + 1 && !inside.count(e.from)) inside[e.from] = &e;
  }
  return inside;
}

// One step as a table cell: owner fill, border for an end, a moment of truth or a finding.
std::string step_cell(const BlueprintView& v, std::int32_t k) {
  const Step& step = v.j.steps[k];
  std::string border = "#444444", width = "1";
  if (v.jg.terminal[k]) border = "#222222", width = "2";
  if (step.moment_of_truth) border = "#b8860b", width = "3";
  std::string label = step_label(v.model, step, v.jg.terminal[k]);
  const std::string target = step_target(v.j, step);
  if (std::string c = v.overlay.colour(target); !c.empty()) {
    border = c, width = "3";
    label = with_callout(label, v.overlay.callout({target}), c);
  }
  std::string tip = v.overlay.tooltip(target);
  for (auto& ch : tip)
    if (ch == '\n') ch = ' ';
  return fmt::format(
      "<TD PORT=\"{}\" BGCOLOR=\"{}\" COLOR=\"{}\" BORDER=\"{}\" STYLE=\"rounded\" "
      "CELLPADDING=\"6\"{}>{}</TD>",
      port(k), v.palette.fill(v.jg.owners[k]), border, width,
      tip.empty() ? "" : fmt::format(" TOOLTIP=\"{}\"", html_escape(tip)), label);
}

// The arrow inside a cell from a step to the next (`wraps`: to the next table row), labelled
// like an edge, with the callout of a finding on its handover above it.
std::string inside_arrow(const BlueprintView& v, const Edge& e, bool wraps) {
  const Look lk = look(v, e);
  std::string arrow = fmt::format("<FONT COLOR=\"{}\" POINT-SIZE=\"16\">{}</FONT>", lk.colour,
                                  wraps                  ? "↵"
                                  : lk.style == "dashed" ? "⇢"
                                                         : "→");
  if (!lk.label.empty())
    arrow += fmt::format("<BR/><FONT COLOR=\"{}\" POINT-SIZE=\"8\">{}</FONT>", lk.colour,
                         wrap_html(lk.label, 14));
  const std::string target = handover_target(v.model, v.jg, e);
  if (const std::string c = v.overlay.colour(target); !c.empty()) {
    std::string tip = v.overlay.tooltip(target);
    std::replace(tip.begin(), tip.end(), '\n', ' ');
    return fmt::format(
        "<TD TOOLTIP=\"{}\"><TABLE BORDER=\"0\" CELLSPACING=\"0\" "
        "CELLPADDING=\"0\"><TR><TD>{}</TD></TR>"
        "<TR><TD>{}</TD></TR></TABLE></TD>",
        html_escape(tip), callout_badge(v.overlay.callout({target}), c), arrow);
  }
  return "<TD>" + arrow + "</TD>";
}

// One cell: its steps as table cells, kAcross to a row, with the arrows between them.
std::string cell_label(const BlueprintView& v, Lane lane, const Stage& st) {
  std::string rows;
  int in_row = 0;
  std::int32_t prev = -1;
  for (std::int32_t k = st.first; k < st.first + st.count; ++k) {
    if (v.j.steps[k].lane != lane) continue;
    if (in_row > 0) {
      auto it = v.inside.find(prev);
      if (it != v.inside.end() && it->second->to == k) {
        rows += inside_arrow(v, *it->second, in_row == kAcross);
      } else if (in_row < kAcross) {
        rows += "<TD> </TD>";
      }
    }
    if (in_row == kAcross) rows += "</TR><TR>", in_row = 0;
    ++in_row;
    prev = k;
    rows += step_cell(v, k);
  }
  return rows.empty() ? rows
                      : "<TABLE BORDER=\"0\" CELLSPACING=\"6\"><TR>" + rows + "</TR></TABLE>";
}

// The touchpoint row's cell of a stage: each touchpoint its steps name, once, in step order,
// with its channel, one above the other.
std::string touchpoint_cell(const BlueprintView& v, const Stage& st) {
  std::vector<std::int32_t> seen;
  std::string cells;
  for (std::int32_t k = st.first; k < st.first + st.count; ++k) {
    const std::int32_t t = v.j.steps[k].touchpoint.index;
    if (t < 0 || std::find(seen.begin(), seen.end(), t) != seen.end()) continue;
    seen.push_back(t);
    const Touchpoint& tp = v.model.touchpoints[static_cast<std::size_t>(t)];
    std::string text = fmt::format("<B>{}</B>", wrap_html(tp.name.empty() ? tp.id : tp.name, 22));
    if (tp.channel.present())
      text += fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">{}</FONT>",
                          html_escape(tp.channel.value));
    if (seen.size() > 1) cells += "</TR><TR>";  // one above the other: the column stays narrow
    cells += fmt::format(
        "<TD BGCOLOR=\"white\" COLOR=\"#888888\" BORDER=\"1\" STYLE=\"rounded\" "
        "CELLPADDING=\"4\">{}</TD>",
        text);
  }
  return cells.empty() ? cells
                       : "<TABLE BORDER=\"0\" CELLSPACING=\"6\"><TR>" + cells + "</TR></TABLE>";
}

// A band's top row: a blank row title and the stage titles, chained in order.
void write_stage_titles(DotWriter& dot, BlueprintView& v, std::size_t b,
                        std::vector<std::string>& row_heads) {
  const Band& band = v.grid.bands[b];
  const std::string head = fmt::format("head:{}", b);
  row_heads.push_back(head);
  dot.open_rank("same");
  dot.node(
      head,
      {{"shape", "plaintext"}, {"style", ""}, {"label", ""}, {"height", b == 0 ? "0.3" : "0.8"}});
  for (std::size_t s = band.first; s < band.first + band.count; ++s) {
    const Stage& st = v.j.stages[s];
    Attrs title = {html_attr("label", fmt::format("<B>{}</B>", wrap_html(stage_name(st), 20))),
                   {"style", "rounded,filled"},
                   {"fillcolor", "#e8e8e8"},
                   {"color", "#bbbbbb"},
                   {"fontsize", "13"}};
    add_overlay(title, v.overlay, {fmt::format("stage:{}/{}", v.j.id, st.id)}, true);
    dot.node(stage_id(s), title);
    v.grid.titles[b].push_back(stage_id(s));
  }
  dot.close();
  // Stage titles in order, right of the row titles: this orders the columns.
  std::string prev = head;
  for (std::size_t s = band.first; s < band.first + band.count; ++s) {
    dot.edge(prev, stage_id(s), {{"style", "invis"}});
    prev = stage_id(s);
  }
}

// A band's rows: the row title, one cell per stage, and the separator title below.
void write_lanes(DotWriter& dot, BlueprintView& v, std::size_t b,
                 std::vector<std::string>& row_heads) {
  const Band& band = v.grid.bands[b];
  for (std::size_t row : v.grid.rows) {
    const bool touchpoints = row == kTouchpointRow;
    const Lane lane = touchpoints ? Lane::Customer : kLanes[row - 1];
    row_heads.push_back(lane_id(b, row));
    v.grid.lanes[b][row].push_back(lane_id(b, row));
    dot.open_rank("same");
    const std::string title =
        touchpoints ? "<B>Touchpoints</B><BR/><FONT POINT-SIZE=\"9\">physical evidence</FONT>"
                    : fmt::format("<B>{}</B>", lane_title(lane));
    dot.node(lane_id(b, row), {html_attr("label", title),
                               {"shape", "box"},
                               {"style", "filled"},
                               {"fillcolor", "#dde6ef"},
                               {"color", "#dde6ef"},
                               {"width", "1.8"},
                               {"fontsize", "12"}});
    for (std::size_t s = band.first; s < band.first + band.count; ++s) {
      if (v.counts[s][row] == 0) {
        dot.node(cell_id(row, s), {{"shape", "point"}, {"style", "invis"}, {"width", "0.01"}});
      } else {
        const Stage& st = v.j.stages[s];
        dot.node(cell_id(row, s), {{"shape", "plaintext"},
                                   {"style", ""},
                                   {"margin", "0"},
                                   html_attr("label", touchpoints ? touchpoint_cell(v, st)
                                                                  : cell_label(v, lane, st))});
        v.grid.lanes[b][row].push_back(cell_id(row, s));
        v.grid.columns[b][s - band.first].push_back(cell_id(row, s));
      }
    }
    dot.close();
    if (const char* line = touchpoints ? nullptr : line_below(lane)) {
      // Only the title: the line itself is drawn behind the graph after layout.
      row_heads.push_back(line_id(b, row));
      dot.node(line_id(b, row), {{"shape", "plaintext"},
                                 {"style", ""},
                                 {"fontcolor", "#1f4e79"},
                                 {"fontsize", "10"},
                                 {"height", "0.3"},
                                 html_attr("label", fmt::format("<I>{}</I>", line))});
    }
  }
  // Heavy edges line up each column: the stage title over its cells.
  for (std::size_t s = band.first; s < band.first + band.count; ++s) {
    std::string above = stage_id(s);
    v.grid.columns[b][s - band.first].push_back(above);
    for (std::size_t row : v.grid.rows) {
      dot.edge(above, cell_id(row, s), {{"style", "invis"}, {"weight", "100"}});
      above = cell_id(row, s);
    }
  }
}

// Rows, top to bottom, band after band: stage titles, then each lane followed by its
// separator title. A heavy chain down the left column of row titles fixes their order.
std::vector<std::string> write_grid(DotWriter& dot, BlueprintView& v) {
  std::vector<std::string> row_heads;
  for (std::size_t b = 0; b < v.grid.bands.size(); ++b) {
    write_stage_titles(dot, v, b, row_heads);
    write_lanes(dot, v, b, row_heads);
  }
  for (std::size_t r = 0; r + 1 < row_heads.size(); ++r)
    dot.edge(row_heads[r], row_heads[r + 1], {{"style", "invis"}, {"weight", "100"}});
  return row_heads;
}

bool backwards_edge(const Edge& e) { return e.loop || e.back || e.to <= e.from; }

// Flow between steps that are not drawn inside a cell.
//
// Edges along one row are flat, and Graphviz's router fails on two flat edges between the
// same two ports ("triangulation failed" on standard error, and neither edge is drawn). So
// the edges from one step to another along a row that look alike (forward, or loops) are
// drawn as one, their labels joined; and of two edges over the top between the same steps
// (a loop one way, a step back the other), the second runs under the row.
struct Marker {
  std::string from, to, text, colour;
};

class FlowWriter {
 public:
  explicit FlowWriter(const BlueprintView& v) : v_(v) {
    for (const Edge& e : v_.jg.edges)
      if (drawn(e) && row_of(e.from) == row_of(e.to))
        along_[{e.from, e.to, backwards_edge(e)}].push_back(&e);
  }
  void write(DotWriter& dot) {
    for (const Edge& e : v_.jg.edges)
      if (drawn(e))
        write_edge(dot, e);  // another journey's step has no place in this grid; or in a cell
  }
  // The table of the numbered markers, under the grid (below `last`, the last row title).
  void write_table(DotWriter& dot, const std::string& last) const {
    if (markers_.empty()) return;
    std::string rows =
        "<TR><TD ALIGN=\"LEFT\" PORT=\"k\"><B>#</B></TD><TD ALIGN=\"LEFT\"><B>from → to</B></TD>"
        "<TD ALIGN=\"LEFT\"><B>handover (method · items carried), [condition]</B></TD></TR>";
    for (std::size_t i = 0; i < markers_.size(); ++i) {
      const Marker& m = markers_[i];
      rows += fmt::format(
          "<TR><TD ALIGN=\"RIGHT\"><FONT COLOR=\"{0}\"><B>{1}</B></FONT></TD><TD ALIGN=\"LEFT\" "
          "BALIGN=\"LEFT\">{2} → {3}</TD>"
          "<TD ALIGN=\"LEFT\" BALIGN=\"LEFT\"><FONT COLOR=\"{0}\">{4}</FONT></TD></TR>",
          m.colour, i + 1, wrap_html(m.from, 40), wrap_html(m.to, 40), wrap_html(m.text, 70));
    }
    dot.node(
        "markers",
        {{"shape", "plaintext"},
         {"style", ""},
         {"fontsize", "10"},
         html_attr("label",
                   "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLSPACING=\"0\" CELLPADDING=\"3\">" +
                       rows + "</TABLE>")});
    // Its narrow first column under the row titles: centred under them, the wide table would
    // push the whole grid to the right.
    dot.edge(last, "markers", {{"style", "invis"}, {"weight", "100"}}, "", "k:n");
  }

  // The marker nodes written (on separator lines), for the lines to leave gaps at.
  const std::vector<std::string>& marker_nodes() const { return marker_nodes_; }

 private:
  std::size_t row_of(std::int32_t step) const {
    const Step& st = v_.j.steps[step];
    return v_.band_of[static_cast<std::size_t>(st.stage)] * kRowCount + lane_row(st.lane);
  }
  std::string cell_of(std::int32_t step) const {
    const Step& st = v_.j.steps[step];
    return cell_id(lane_row(st.lane), static_cast<std::size_t>(st.stage));
  }
  bool drawn(const Edge& e) const {
    return !e.cross && !(v_.inside.count(e.from) && v_.inside.at(e.from) == &e);
  }

  // An edge across a line of the blueprint (or between two steps of one cell, which are not
  // neighbours there), through its marker: a node on the line below the upper step's lane, in
  // that line's rank, where the edge crosses it. An xlabel (Graphviz puts
  // it near the middle of the edge) sat on that line or on the edges crossing beside it; a
  // node is something the edges route around, and the line is broken around it. False when
  // the upper lane has no line below it (support processes, partners).
  bool write_through_marker(DotWriter& dot, const Edge& e, const Attrs& attrs,
                            const std::string& text, const std::vector<std::string>& targets) {
    const bool up = row_of(e.to) < row_of(e.from);
    const std::int32_t upper = up ? e.to : e.from, lower = up ? e.from : e.to;
    const Step& st = v_.j.steps[upper];
    if (!line_below(st.lane)) return false;
    const std::string line =
        line_id(v_.band_of[static_cast<std::size_t>(st.stage)], lane_row(st.lane));
    const std::string node = fmt::format("marker:{}", markers_.size());
    Attrs marker = {{"shape", "plaintext"}, {"style", ""},      {"width", "0.1"},
                    {"height", "0.1"},      {"margin", "0.03"}, {"fontsize", "10"}};
    for (const Attr& a : attrs)
      if (a.key == "color") marker.push_back({"fontcolor", a.value});  // the edge's colour
    marker.push_back(html_attr("label", text));
    add_overlay(marker, v_.overlay, targets, true);
    marker.push_back({"color", "transparent"});  // the number and its callout, no box
    dot.open_rank("same");
    dot.node(line);
    dot.node(node, marker);
    dot.close();
    marker_nodes_.push_back(node);
    Attrs to_marker = attrs, from_marker = attrs;
    to_marker.push_back({"dir", up ? "back" : "none"});
    from_marker.push_back({"dir", up ? "none" : "forward"});
    // Between two steps of one cell, out of the bottom of one and into the bottom of the
    // other: drawn from the cell to itself, the edge looped round the cell, through its steps.
    const bool same_cell = cell_of(upper) == cell_of(lower);
    dot.edge(cell_of(upper), node, to_marker,
             port(upper) + (same_cell ? ":s"
                            : up      ? ":sw"
                                      : ":se"),
             "");
    dot.edge(node, cell_of(lower), from_marker, "",
             port(lower) + (same_cell ? ":s"
                            : up      ? ":ne"
                                      : ":nw"));
    return true;
  }

  void write_edge(DotWriter& dot, const Edge& e) {
    const std::size_t ra = row_of(e.from), rb = row_of(e.to);
    const bool backwards = backwards_edge(e);
    std::vector<const Edge*> same = {&e};
    if (ra == rb) {
      same = along_.at({e.from, e.to, backwards});
      if (same.front() != &e) return;  // drawn with the first of them
    }
    const Look lk = look(v_, e);
    std::string label;
    std::vector<std::string> targets;
    for (const Edge* other : same) {
      const std::string more = other == &e ? lk.label : look(v_, *other).label;
      if (!more.empty() && label.find(more) == std::string::npos)
        label += (label.empty() ? "" : " / ") + more;
      targets.push_back(handover_target(v_.model, v_.jg, *other));
    }
    Attrs attrs = {backwards ? Attr{"constraint", "false"} : Attr{"weight", "0"},
                   {"color", lk.colour},
                   {"fontcolor", lk.colour},
                   {"penwidth", lk.width}};
    if (!lk.style.empty()) attrs.push_back({"style", lk.style});
    // A numbered marker as xlabel (which Graphviz places clear of the cells), its text in the
    // table under the picture: long labels on lane-crossing edges piled up between lanes and
    // sat on the separator lines. Along a lane to a later cell, room is made for the marker.
    if (!label.empty()) {
      markers_.push_back(
          {step_name(v_.j.steps[e.from]), step_name(v_.j.steps[e.to]), label, lk.colour});
      const std::string marker = fmt::format("{}", markers_.size());
      if (ra != rb || cell_of(e.from) == cell_of(e.to)) {
        Attrs tip = attrs;
        add_overlay(tip, v_.overlay, targets, false);
        for (const Attr& a : tip)
          if (a.key == "tooltip") attrs.push_back(a);
        if (write_through_marker(dot, e, attrs, fmt::format("<B>{}</B>", marker), targets)) return;
      }
      attrs.push_back(html_attr("xlabel", fmt::format("<B>{}</B>", marker)));
      attrs.push_back({"fontsize", "10"});
      if (ra == rb && !backwards) attrs.push_back({"minlen", flat_label_room(marker)});
    }
    add_overlay(attrs, v_.overlay, targets, false);
    // Edges leave a step on its right half and enter on its left (compass corners), so that a
    // step's incoming and outgoing edges never meet at one point.
    if (rb < ra) {
      // Up the page: written downwards with the arrow reversed.
      attrs.push_back({"dir", "back"});
      dot.edge(cell_of(e.to), cell_of(e.from), attrs, port(e.to) + ":sw", port(e.from) + ":ne");
    } else if (rb > ra) {
      dot.edge(cell_of(e.from), cell_of(e.to), attrs, port(e.from) + ":se", port(e.to) + ":nw");
    } else if (backwards) {
      const auto [left, right] = std::minmax(e.from, e.to);
      const bool over = over_the_top_.insert({left, right}).second;  // over the top, else under
      dot.edge(cell_of(e.from), cell_of(e.to), attrs, port(e.from) + (over ? ":ne" : ":se"),
               port(e.to) + (over ? ":nw" : ":sw"));
    } else {
      dot.edge(cell_of(e.from), cell_of(e.to), attrs, port(e.from) + ":e", port(e.to) + ":w");
    }
  }

  const BlueprintView& v_;
  std::vector<Marker> markers_;
  std::vector<std::string> marker_nodes_;
  std::map<std::tuple<std::int32_t, std::int32_t, bool>, std::vector<const Edge*>>
      along_;                                                     // (from, to, backwards)
  std::set<std::pair<std::int32_t, std::int32_t>> over_the_top_;  // (left step, right step)
};

}  // namespace

Drawing dot_blueprint(const Model& model, const Graph& graph, std::int32_t index,
                      const Overlay& overlay) {
  const Journey& j = model.journeys[index];
  const JourneyGraph& jg = graph.journeys[index];
  BlueprintView v{
      {model, j, jg, overlay, Palette(model)}, count_cells(j), {}, {}, inside_edges(j, jg)};
  v.grid.bands = plan_bands(v.counts);
  v.grid.rows = rows_drawn(v.counts);
  v.grid.lanes.resize(v.grid.bands.size());
  v.grid.titles.resize(v.grid.bands.size());
  v.grid.columns.resize(v.grid.bands.size());
  for (std::size_t b = 0; b < v.grid.bands.size(); ++b)
    v.grid.columns[b].resize(v.grid.bands[b].count);
  v.band_of.resize(j.stages.size());
  for (std::size_t b = 0; b < v.grid.bands.size(); ++b)
    for (std::size_t s = v.grid.bands[b].first; s < v.grid.bands[b].first + v.grid.bands[b].count;
         ++s)
      v.band_of[s] = b;

  DotWriter dot("blueprint");
  common_defaults(dot, "TB");
  dot.graph({{"newrank", "true"},
             {"ranksep", "0.3"},
             {"nodesep", fmt::format("{:g}", kNodesep / 72)},
             html_attr("label", title_label(model, "service blueprint", journey_name(j),
                                            blueprint_notes(v)))});
  open_findings_frame(dot, overlay);
  const std::vector<std::string> row_heads = write_grid(dot, v);
  FlowWriter flows(v);
  flows.write(dot);
  v.grid.markers = flows.marker_nodes();
  if (!row_heads.empty())
    flows.write_table(dot, row_heads.back());  // a journey without stages has none
  close_findings_frame(dot, overlay);
  return {dot.finish(),
          [grid = std::move(v.grid)](const Layout& layout) { return draw_lanes(layout, grid); }};
}

}  // namespace chainmap::views
