// The experience view (SPEC section 6): one journey's map as service designers draw it. Stages
// are columns, split into one column per step the customer meets; rows, top to bottom: the
// touchpoints (with their channel), the customer's steps, the frontstage steps (and the steps
// of other lanes that name a touchpoint or carry experience data), one emotion curve per
// persona around a neutral line, the feelings, the pain points (with their evidence) and the
// opportunities (owner, status).
//
// Layout: a grid we compute ourselves, so that each curve point sits exactly in its step's
// column at the height its score sets. Every cell is first laid out alone by Graphviz to learn
// its size (measure(), render/gvc.h); columns are as wide as their widest cell, rows as tall
// as their tallest; then every node is pinned (`pos="x,y!"`) and the neato engine only draws
// (straight curve segments between pinned points). Nodes are drawn before edges and in the
// order written: stage bands, cells, grid lines, points, then the curve's segments.
//
// Long journeys wrap: the columns go into bands of at most kBandColumns (a stage stays whole
// unless it alone is wider), each band a full map of its own with its own row titles and
// scale, stacked top to bottom; a curve continues in the next band from its first point there.
#include <algorithm>
#include <map>
#include <optional>

#include <fmt/format.h>

#include "render/labels.h"
#include "render/views.h"
#include "rules/experience/rules.h"

namespace chainmap::views {
namespace {

// Geometry, in points (1/72 inch).
constexpr double kTitleWidth = 150;  // the row titles' column
constexpr double kScaleWidth = 34;   // the curve's scale (+2 .. -2), between titles and steps
constexpr double kMinColumn = 150;   // a step's column at least
constexpr double kGap = 8;           // between neighbouring cells
constexpr double kMinRow = 34;
constexpr double kLevel = 26;             // one score step of the curve
constexpr double kCurvePad = 30;          // above +2 and below -2 (room for the hotspot marks)
constexpr double kBandGap = 36;           // between two bands of a wrapped journey
constexpr std::size_t kBandColumns = 12;  // step columns across one band at most

// How each persona's curve is marked: colour (cycling), node shape and legend glyph (cycling
// independently, so colour is never the only difference), size (smaller for later personas,
// so equal scores stay visible as nested marks).
constexpr const char* kPersonaColours[] = {"#1f77b4", "#9467bd", "#2ca02c",
                                           "#8c564b", "#e377c2", "#17becf"};
struct Mark {
  const char* shape;
  const char* glyph;
};
constexpr Mark kMarks[] = {
    {"circle", "●"}, {"square", "■"}, {"diamond", "◆"}, {"triangle", "▲"}, {"invtriangle", "▼"}};
std::string persona_colour(std::size_t i) {
  return kPersonaColours[i % std::size(kPersonaColours)];
}
const Mark& persona_mark(std::size_t i) { return kMarks[i % std::size(kMarks)]; }
// Sizes let a later mark sit inside an earlier one at the same place (a square of 10 inside a
// circle of 16) so that equal scores stay visible.
double mark_size(std::size_t i) { return std::max(5.0, 16.0 - 6.0 * static_cast<double>(i)); }

enum class RowKind { Stages, Touchpoints, Lane, Curve, Feelings, PainPoints, Opportunities };
struct Row {
  RowKind kind;
  Lane lane = Lane::Customer;  // for RowKind::Lane
  std::string title;           // HTML-like
};

struct Column {
  std::int32_t stage = 0;
  std::int32_t step = -1;  // -1: a stage with no step to show
  std::size_t band = 0;
};

// One node of the grid: in a row, over columns [col, col + span).
struct Cell {
  std::string id;
  Attrs attrs;
  std::size_t row = 0, col = 0, span = 1;
  std::size_t band = 0;  // for a row title (col == kTitleColumn); else its column's
};

// Everything the picture is built from.
struct Map {
  const Model& model;
  const Journey& j;
  const JourneyGraph& jg;
  const Overlay& overlay;
  const std::vector<std::int32_t>& personas;
  const Palette palette;
  const std::vector<std::string> step_ids;
  const std::vector<std::vector<std::int32_t>> opportunities;  // per step: Model::opportunities
  std::vector<Column> columns;
  std::vector<Row> rows;
  std::vector<Cell> cells;  // the grid's cells, row titles included (col = npos)
  std::size_t bands = 1;
  std::vector<double> x, width;   // per column: centre and width
  std::vector<double> y, height;  // per row: centre and height within a band (y grows downwards)
  double band_height = 0;
};

constexpr std::size_t kTitleColumn = static_cast<std::size_t>(-1);

// A step is drawn when the customer meets it (customer and frontstage lanes) or when it carries
// what this view is about: a touchpoint, a persona's experience, a pain point, an opportunity.
bool shown(const Map& m, std::int32_t s) {
  const Step& step = m.j.steps[s];
  if (step.lane == Lane::Customer || step.lane == Lane::Frontstage) return true;
  if (step.names_touchpoint() || !step.pain_points.empty() || !m.opportunities[s].empty())
    return true;
  return std::any_of(m.j.persona_list.begin(), m.j.persona_list.end(),
                     [&](std::int32_t p) { return experience_for(step, p) != nullptr; });
}

void plan_columns(Map& m) {
  for (std::size_t si = 0; si < m.j.stages.size(); ++si) {
    const Stage& st = m.j.stages[si];
    const std::size_t before = m.columns.size();
    for (std::int32_t s = st.first; s < st.first + st.count; ++s)
      if (shown(m, s)) m.columns.push_back({static_cast<std::int32_t>(si), s});
    if (m.columns.size() == before) m.columns.push_back({static_cast<std::int32_t>(si), -1});
  }
  // Bands: a stage joins the current band while it fits; one wider than a band is cut.
  std::size_t band = 0, used = 0;
  for (std::size_t c = 0; c < m.columns.size();) {
    std::size_t run = 1;
    while (c + run < m.columns.size() && m.columns[c + run].stage == m.columns[c].stage) ++run;
    if (used > 0 && used + run > kBandColumns) ++band, used = 0;
    for (std::size_t k = c; k < c + run; ++k) {
      if (used == kBandColumns) ++band, used = 0;
      m.columns[k].band = band;
      ++used;
    }
    c += run;
  }
  m.bands = band + 1;
}

// How many columns from `c` on belong together: the same stage, in the same band.
std::size_t stage_run(const Map& m, std::size_t c) {
  std::size_t run = 1;
  while (c + run < m.columns.size() && m.columns[c + run].stage == m.columns[c].stage &&
         m.columns[c + run].band == m.columns[c].band)
    ++run;
  return run;
}

void plan_rows(Map& m) {
  m.rows.push_back({RowKind::Stages, {}, ""});
  m.rows.push_back({RowKind::Touchpoints,
                    {},
                    "<B>Touchpoints</B><BR/><FONT POINT-SIZE=\"9\">channel · owner</FONT>"});
  for (Lane lane :
       {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support, Lane::Partner}) {
    const bool any = std::any_of(m.columns.begin(), m.columns.end(), [&](const Column& c) {
      return c.step >= 0 && m.j.steps[c.step].lane == lane;
    });
    if (any || lane == Lane::Customer || lane == Lane::Frontstage)
      m.rows.push_back({RowKind::Lane, lane, fmt::format("<B>{}</B>", lane_title(lane))});
  }
  m.rows.push_back({RowKind::Curve,
                    {},
                    "<B>Experience</B><BR/><FONT POINT-SIZE=\"9\">+2 very good<BR/>0 "
                    "neutral<BR/>−2 very bad</FONT>"});
  bool feelings = false;
  for (const Column& c : m.columns)
    for (std::int32_t p : m.personas)
      if (const Experience* e = c.step >= 0 ? experience_for(m.j.steps[c.step], p) : nullptr)
        feelings |= e->feeling.present();
  if (feelings) m.rows.push_back({RowKind::Feelings, {}, "<B>Thinking and feeling</B>"});
  m.rows.push_back({RowKind::PainPoints,
                    {},
                    "<B>Pain points</B><BR/><FONT POINT-SIZE=\"9\">and their evidence</FONT>"});
  m.rows.push_back({RowKind::Opportunities,
                    {},
                    "<B>Opportunities</B><BR/><FONT POINT-SIZE=\"9\">owner · status</FONT>"});
}

std::size_t row_of(const Map& m, RowKind kind, Lane lane = Lane::Customer) {
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    if (m.rows[r].kind == kind && (kind != RowKind::Lane || m.rows[r].lane == lane)) return r;
  return kTitleColumn;
}

// A cell that fills its grid slot: a rounded box in `fill`.
Attrs box(std::string label, std::string_view fill, std::string_view border) {
  return {html_attr("label", std::move(label)),
          {"style", "rounded,filled"},
          {"fillcolor", std::string(fill)},
          {"color", std::string(border)}};
}

// A table of entries, each its own rounded box (pain points, opportunities); `entries` holds
// each entry's label and its border colour and tooltip (from the findings overlay).
struct Entry {
  std::string label, fill, border = "#999999", width = "1", tooltip{};
};
Attrs entry_table(const std::vector<Entry>& entries) {
  std::string rows;
  for (const Entry& e : entries)
    rows += fmt::format(
        "<TR><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\" BGCOLOR=\"{}\" COLOR=\"{}\" BORDER=\"{}\" "
        "STYLE=\"rounded\" "
        "CELLPADDING=\"5\"{}>{}</TD></TR>",
        e.fill, e.border, e.width,
        e.tooltip.empty() ? "" : fmt::format(" TOOLTIP=\"{}\"", html_escape(e.tooltip)), e.label);
  // Top-aligned in its row, so that the first entries of neighbouring columns line up.
  return {html_attr("label",
                    "<TABLE BORDER=\"0\" CELLSPACING=\"4\" CELLPADDING=\"0\">" + rows + "</TABLE>"),
          {"shape", "plaintext"},
          {"style", ""},
          {"margin", "0"},
          {"labelloc", "t"}};
}

// Border and tooltip of an entry from the findings on `target`.
void overlay_entry(const Overlay& overlay, const std::string& target, Entry& e) {
  if (std::string c = overlay.colour(target); !c.empty()) {
    e.border = c, e.width = "3";
    e.label = with_callout(e.label, overlay.callout({target}), c);
  }
  e.tooltip = overlay.tooltip(target);
  std::replace(e.tooltip.begin(), e.tooltip.end(), '\n', ' ');
}

std::string touchpoint_label(const Map& m, const Step& step) {
  const Text& channel = effective_channel(m.model, step);
  if (step.touchpoint.index >= 0) {
    const Touchpoint& t = m.model.touchpoints[static_cast<std::size_t>(step.touchpoint.index)];
    std::string facts = channel.present() ? channel.value : "channel not given";
    if (t.owner && t.owner->owner.kind != OwnerKind::Unresolved)
      facts += " · " + owner_display_name(m.model, t.owner->owner);
    return fmt::format("<B>{}</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">{}</FONT>",
                       wrap_html(t.name.empty() ? t.id : t.name, 24), wrap_html(facts, 30));
  }
  if (step.names_touchpoint())
    return fmt::format(
        "<B>{}</B><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#7f0000\">unknown touchpoint</FONT>",
        wrap_html(step.touchpoint.id.empty() ? "?" : step.touchpoint.id, 24));
  return fmt::format(
      "<I>{}</I><BR/><FONT POINT-SIZE=\"9\" COLOR=\"#777777\">no touchpoint named</FONT>",
      wrap_html(channel.value, 24));
}

// Touchpoints: one cell per run of neighbouring columns of a stage whose steps share one.
void add_touchpoints(Map& m) {
  const std::size_t row = row_of(m, RowKind::Touchpoints);
  for (std::size_t c = 0; c < m.columns.size();) {
    const std::int32_t s = m.columns[c].step;
    std::size_t span = 1;
    if (s < 0) {
      ++c;
      continue;
    }
    const Step& step = m.j.steps[s];
    const bool resolved = step.touchpoint.index >= 0;
    auto same = [&](std::size_t k) {  // column k shows the same touchpoint on the same channel
      const std::int32_t t = m.columns[k].step;
      return m.columns[k].stage == m.columns[c].stage && m.columns[k].band == m.columns[c].band &&
             t >= 0 && m.j.steps[t].touchpoint.index == step.touchpoint.index &&
             same_channel(effective_channel(m.model, m.j.steps[t]).value,
                          effective_channel(m.model, step).value);
    };
    while (resolved && c + span < m.columns.size() && same(c + span)) ++span;
    if (step.names_touchpoint() || effective_channel(m.model, step).present()) {
      Attrs attrs = box(touchpoint_label(m, step), "#ffffff", "#888888");
      if (resolved) add_overlay(attrs, m.overlay, {"touchpoint:" + step.touchpoint.id}, true);
      m.cells.push_back({fmt::format("touchpoint:{}", c), std::move(attrs), row, c, span});
    }
    c += span;
  }
}

void add_steps(Map& m) {
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    const std::int32_t s = m.columns[c].step;
    if (s < 0) {
      m.cells.push_back({fmt::format("nothing:{}", c),
                         {html_attr("label", "<I>nothing the<BR/>customer meets</I>"),
                          {"shape", "plaintext"},
                          {"style", ""},
                          {"fontcolor", "#777777"},
                          {"fontsize", "10"}},
                         row_of(m, RowKind::Lane, Lane::Customer),
                         c,
                         1});
      continue;
    }
    m.cells.push_back({m.step_ids[static_cast<std::size_t>(s)],
                       step_node(m.model, m.palette, m.j, m.jg, s, m.overlay),
                       row_of(m, RowKind::Lane, m.j.steps[s].lane), c, 1});
  }
}

void add_feelings(Map& m) {
  const std::size_t row = row_of(m, RowKind::Feelings);
  if (row == kTitleColumn) return;
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (m.columns[c].step < 0) continue;
    std::string label;
    for (std::size_t i = 0; i < m.personas.size(); ++i) {
      const Experience* e = experience_for(m.j.steps[m.columns[c].step], m.personas[i]);
      if (!e || !e->feeling.present()) continue;
      if (!label.empty()) label += "<BR/>";
      label += fmt::format("<FONT COLOR=\"{}\">{}</FONT> <I>{}</I>", persona_colour(i),
                           persona_mark(i).glyph, wrap_html("“" + e->feeling.value + "”", 26));
    }
    if (!label.empty())
      m.cells.push_back(
          {fmt::format("feeling:{}", c), box(label, "#ffffff", "#cccccc"), row, c, 1});
  }
}

const char* evidence_colour(Evidence evidence) {
  switch (evidence) {
    case Evidence::Observed:
      return "#1b5e20";
    case Evidence::Reported:
      return "#1f4e79";
    case Evidence::Assumed:
      break;
  }
  return "#777777";
}

void add_pain_points(Map& m) {
  const std::size_t row = row_of(m, RowKind::PainPoints);
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (m.columns[c].step < 0) continue;
    std::vector<Entry> entries;
    for (const PainPoint& p : m.j.steps[m.columns[c].step].pain_points) {
      std::string label = "⚠ " + wrap_html(p.text.value, 26);
      label += fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"{}\"><B>{}</B></FONT>",
                           evidence_colour(p.evidence), to_string(p.evidence));
      if (p.source.present())
        label += fmt::format("<BR/><FONT POINT-SIZE=\"8\" COLOR=\"#555555\">{}</FONT>",
                             wrap_html(p.source.value, 34));
      entries.push_back({label, "#fdecea"});
    }
    if (!entries.empty())
      m.cells.push_back({fmt::format("pain:{}", c), entry_table(entries), row, c, 1});
  }
}

void add_opportunities(Map& m) {
  const std::size_t row = row_of(m, RowKind::Opportunities);
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (m.columns[c].step < 0) continue;
    std::vector<Entry> entries;
    for (std::int32_t o : m.opportunities[static_cast<std::size_t>(m.columns[c].step)]) {
      const Opportunity& op = m.model.opportunities[static_cast<std::size_t>(o)];
      std::string owner = "no owner";
      if (op.owner && op.owner->owner.kind != OwnerKind::Unresolved)
        owner = owner_display_name(m.model, op.owner->owner);
      else if (op.owner)
        owner = op.owner->text;
      Entry e{fmt::format("<B>{}</B><BR/><FONT POINT-SIZE=\"9\">{} · <B>{}</B></FONT>",
                          wrap_html(op.name.empty() ? op.id : op.name, 26), wrap_html(owner, 24),
                          to_string(op.status)),
              "#e8f5e9"};
      overlay_entry(m.overlay, "opportunity:" + op.id, e);
      entries.push_back(std::move(e));
    }
    if (!entries.empty())
      m.cells.push_back({fmt::format("opportunity:{}", c), entry_table(entries), row, c, 1});
  }
}

// Stage titles over their columns, and the row titles down the left.
void add_titles(Map& m) {
  for (std::size_t c = 0; c < m.columns.size();) {
    const std::int32_t si = m.columns[c].stage;
    const std::size_t span = stage_run(m, c);
    const Stage& st = m.j.stages[static_cast<std::size_t>(si)];
    const bool continued = c > 0 && m.columns[c - 1].stage == si;  // a stage cut by the band's end
    Attrs attrs = box(
        fmt::format("<B>{}</B>{}", wrap_html(stage_name(st), 24), continued ? " (continued)" : ""),
        "#e8e8e8", "#bbbbbb");
    attrs.push_back({"fontsize", "13"});
    add_overlay(attrs, m.overlay, {fmt::format("stage:{}/{}", m.j.id, st.id)}, true);
    m.cells.push_back({continued ? fmt::format("stage:{}@{}", si, c) : fmt::format("stage:{}", si),
                       std::move(attrs), row_of(m, RowKind::Stages), c, span});
    c += span;
  }
  for (std::size_t b = 0; b < m.bands; ++b)
    for (std::size_t r = 0; r < m.rows.size(); ++r)
      if (!m.rows[r].title.empty())
        m.cells.push_back({b ? fmt::format("row:{}@{}", r, b) : fmt::format("row:{}", r),
                           {html_attr("label", m.rows[r].title),
                            {"shape", "box"},
                            {"style", "filled"},
                            {"fillcolor", "#dde6ef"},
                            {"color", "#dde6ef"}},
                           r,
                           kTitleColumn,
                           1,
                           b});
  if (m.personas.empty()) {
    // Nothing to draw a curve from: say why, across each band's row.
    for (std::size_t c = 0; c < m.columns.size(); ++c)
      if (c == 0 || m.columns[c].band != m.columns[c - 1].band) {
        std::size_t span = 1;
        while (c + span < m.columns.size() && m.columns[c + span].band == m.columns[c].band) ++span;
        m.cells.push_back(
            {m.columns[c].band ? fmt::format("curve:none@{}", m.columns[c].band) : "curve:none",
             {html_attr("label",
                        "<I>The journey lists no personas,<BR/>so there is no emotion curve: "
                        "add<BR/><B>personas:</B> to the journey and score its steps.</I>"),
              {"shape", "plaintext"},
              {"style", ""},
              {"fontcolor", "#555555"}},
             row_of(m, RowKind::Curve),
             c,
             span});
      }
  }
}

// The findings overlay's key and list under the picture (render/overlay.h), as a node.
Attrs findings_list(const Map& m) {
  return {html_attr("label", m.overlay.key_and_list()), {"shape", "plaintext"}, {"style", ""}};
}

// The DOT that lays every cell out alone, to measure it (and the findings list).
std::string measuring_dot(const Map& m) {
  DotWriter dot("measure");
  common_defaults(dot, "LR");
  for (const Cell& cell : m.cells) dot.node(cell.id, cell.attrs);
  if (m.overlay.enabled()) dot.node("findings", findings_list(m));
  return dot.finish();
}

// Column widths and row heights from the measured cells; then centres.
void size_grid(Map& m, const Layout& measured) {
  m.width.assign(m.columns.size(), kMinColumn);
  m.height.assign(m.rows.size(), kMinRow);
  if (!m.personas.empty()) m.height[row_of(m, RowKind::Curve)] = 4 * kLevel + 2 * kCurvePad;
  auto size_of = [&](const Cell& cell) {
    auto it = measured.nodes.find(cell.id);
    return it == measured.nodes.end() ? Box{} : it->second;
  };
  for (const Cell& cell : m.cells) {
    const Box b = size_of(cell);
    m.height[cell.row] = std::max(m.height[cell.row], b.height + kGap);
    if (cell.col == kTitleColumn || cell.span != 1) continue;
    m.width[cell.col] = std::max(m.width[cell.col], b.width + kGap);
  }
  // A cell over several columns (a stage title, a shared touchpoint) widens them evenly.
  for (const Cell& cell : m.cells) {
    if (cell.col == kTitleColumn || cell.span == 1) continue;
    double total = 0;
    for (std::size_t c = cell.col; c < cell.col + cell.span; ++c) total += m.width[c];
    const double need = size_of(cell).width + kGap;
    if (need > total)
      for (std::size_t c = cell.col; c < cell.col + cell.span; ++c)
        m.width[c] += (need - total) / static_cast<double>(cell.span);
  }
  m.x.resize(m.columns.size());
  double left = kTitleWidth + kScaleWidth;
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (c > 0 && m.columns[c].band != m.columns[c - 1].band) left = kTitleWidth + kScaleWidth;
    m.x[c] = left + m.width[c] / 2, left += m.width[c];
  }
  m.y.resize(m.rows.size());
  double top = 0;
  for (std::size_t r = 0; r < m.rows.size(); ++r)
    m.y[r] = top + m.height[r] / 2, top += m.height[r];
  m.band_height = top;
}

// Where band b starts, from the top.
double band_top(const Map& m, std::size_t b) {
  return static_cast<double>(b) * (m.band_height + kBandGap);
}
// The centre of row r in band b.
double row_y(const Map& m, std::size_t b, std::size_t r) { return band_top(m, b) + m.y[r]; }

std::string inches(double points) { return fmt::format("{:.4f}", points / 72); }
Attr pin(double x, double y) { return {"pos", fmt::format("{},{}!", inches(x), inches(-y))}; }

// The right end of band b's columns.
double right_edge(const Map& m, std::size_t b) {
  double right = kTitleWidth + kScaleWidth;
  for (std::size_t c = 0; c < m.columns.size(); ++c)
    if (m.columns[c].band == b) right = m.x[c] + m.width[c] / 2;
  return right;
}

// Stage bands behind everything, alternating shades, from the stage titles to the bottom.
void write_bands(DotWriter& dot, const Map& m) {
  for (std::size_t c = 0; c < m.columns.size();) {
    const std::size_t span = stage_run(m, c);
    const double left = m.x[c] - m.width[c] / 2,
                 right = m.x[c + span - 1] + m.width[c + span - 1] / 2;
    const double top = band_top(m, m.columns[c].band);
    dot.node(c > 0 && m.columns[c - 1].stage == m.columns[c].stage
                 ? fmt::format("band:{}@{}", m.columns[c].stage, c)
                 : fmt::format("band:{}", m.columns[c].stage),
             {{"shape", "box"},
              {"style", "filled"},
              {"color", "transparent"},
              {"fillcolor", m.columns[c].stage % 2 ? "#f3f3f3" : "#fafafa"},
              {"label", ""},
              {"width", inches(right - left)},
              {"height", inches(m.band_height)},
              pin((left + right) / 2, top + m.band_height / 2)});
    c += span;
  }
}

void write_cells(DotWriter& dot, const Map& m) {
  for (const Cell& cell : m.cells) {
    Attrs attrs = cell.attrs;
    double x = kTitleWidth / 2, w = kTitleWidth;
    if (cell.col != kTitleColumn) {
      const double left = m.x[cell.col] - m.width[cell.col] / 2;
      const std::size_t last = cell.col + cell.span - 1;
      const double right = m.x[last] + m.width[last] / 2;
      x = (left + right) / 2, w = right - left;
    }
    attrs.push_back({"width", inches(w - kGap)});
    attrs.push_back({"height", inches(m.height[cell.row] - kGap)});
    attrs.push_back(pin(x, row_y(m, cell.band, cell.row)));
    dot.node(cell.id, attrs);
  }
}

// The height of a score in band b's curve row.
double level_y(const Map& m, std::size_t b, int score) {
  return row_y(m, b, row_of(m, RowKind::Curve)) - score * kLevel;
}

// The curve's scale and grid: a line per score, the neutral one stronger, labelled at the left.
void write_scale(DotWriter& dot, const Map& m, std::size_t b) {
  const double left = kTitleWidth + kScaleWidth - 4, right = right_edge(m, b);
  const std::string band = b ? fmt::format("@{}", b) : "";
  for (int score = kMaxScore; score >= kMinScore; --score) {
    dot.node(fmt::format("scale:{}{}", score, band),
             {{"shape", "plaintext"},
              {"style", ""},
              {"fontsize", "9"},
              {"fontcolor", "#555555"},
              {"label", score > 0   ? fmt::format("+{}", score)
                        : score < 0 ? fmt::format("−{}", -score)
                                    : "0"},
              {"width", inches(kScaleWidth - 6)},
              {"height", inches(14)},
              pin(kTitleWidth + kScaleWidth / 2, level_y(m, b, score))});
    dot.node(fmt::format("level:{}{}", score, band),
             {{"shape", "box"},
              {"style", "filled"},
              {"label", ""},
              {"color", "transparent"},
              {"fillcolor", score == 0 ? "#888888" : "#dddddd"},
              {"fixedsize", "true"},
              {"width", inches(right - left)},
              {"height", inches(score == 0 ? 1.2 : 0.6)},
              {"tooltip", score == 0 ? "neutral (0)" : fmt::format("score {:+}", score)},
              pin((left + right) / 2, level_y(m, b, score))});
  }
}

// The hotspots the overlay knows of (experience/seam-hotspot on a step), marked under the curve.
void write_hotspots(DotWriter& dot, const Map& m) {
  if (!m.overlay.enabled()) return;
  const std::size_t row = row_of(m, RowKind::Curve);
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (m.columns[c].step < 0) continue;
    const std::string target = step_target(m.j, m.j.steps[m.columns[c].step]);
    if (!m.overlay.has_rule(target, rules::experience_seam_hotspot.id)) continue;
    const std::string colour = m.overlay.colour(target);
    std::string tip = m.overlay.tooltip(target);
    std::replace(tip.begin(), tip.end(), '\n', ' ');
    dot.node("seam:" + m.step_ids[static_cast<std::size_t>(m.columns[c].step)],
             {html_attr("label",
                        with_callout("<B>⚡ seam hotspot</B>", m.overlay.callout({target}), colour)),
              {"shape", "box"},
              {"style", "rounded,filled"},
              {"fillcolor", "#ffffff"},
              {"color", colour},
              {"fontcolor", colour},
              {"fontsize", "9"},
              {"penwidth", "2"},
              {"tooltip", tip},
              {"width", inches(std::min(m.width[c] - kGap, 110.0))},
              {"height", inches(16)},
              pin(m.x[c], row_y(m, m.columns[c].band, row) + m.height[row] / 2 - 11)});
  }
}

// The findings list, left-aligned under the last band (where a next band would start).
void write_findings(DotWriter& dot, const Map& m, const Layout& measured) {
  auto it = measured.nodes.find("findings");
  if (it == measured.nodes.end()) return;
  Attrs attrs = findings_list(m);
  attrs.push_back(pin(it->second.width / 2, band_top(m, m.bands) + it->second.height / 2));
  dot.node("findings", attrs);
}

// Per persona: a point at each scored step, in its column at its score's height, and straight
// segments between neighbouring points (dashed across a step the persona should have scored:
// one in the customer or frontstage lane, or a moment of truth, as experience/missing-score).
void write_curves(DotWriter& dot, const Map& m) {
  std::map<std::int32_t, std::size_t> column_of;
  for (std::size_t c = 0; c < m.columns.size(); ++c)
    if (m.columns[c].step >= 0) column_of[m.columns[c].step] = c;
  for (std::size_t i = 0; i < m.personas.size(); ++i) {
    const Persona& persona = m.model.personas[static_cast<std::size_t>(m.personas[i])];
    const std::string colour = persona_colour(i);
    std::vector<std::pair<std::string, std::size_t>> points;  // node, column
    for (const CurvePoint& p : curve(m.j, m.personas[i])) {
      auto it = column_of.find(p.step);
      if (it == column_of.end()) continue;  // not drawn (cannot happen: a scored step is shown)
      const Step& step = m.j.steps[p.step];
      const Experience* e = experience_for(step, m.personas[i]);
      std::string tip =
          fmt::format("{} at {}: {}", persona.name.empty() ? persona.id : persona.name,
                      step_name(step), p.score == 0 ? "0" : fmt::format("{:+}", p.score));
      if (e && e->feeling.present()) tip += " — " + e->feeling.value;
      const std::string id =
          fmt::format("point:{}:{}", persona.id, m.step_ids[static_cast<std::size_t>(p.step)]);
      dot.node(id, {{"shape", persona_mark(i).shape},
                    {"style", "filled"},
                    {"fillcolor", colour},
                    {"color", "white"},
                    {"penwidth", "1.5"},
                    {"label", ""},
                    {"fixedsize", "true"},
                    {"width", inches(mark_size(i))},
                    {"height", inches(mark_size(i))},
                    {"tooltip", tip},
                    pin(m.x[it->second], level_y(m, m.columns[it->second].band, p.score))});
      points.emplace_back(id, it->second);
    }
    for (std::size_t k = 0; k + 1 < points.size(); ++k) {
      if (m.columns[points[k].second].band != m.columns[points[k + 1].second].band)
        continue;  // wrapped
      bool hole = false;
      for (std::size_t c = points[k].second + 1; c < points[k + 1].second; ++c)
        if (const std::int32_t s = m.columns[c].step; s >= 0) {
          const Step& step = m.j.steps[s];
          hole |=
              step.lane == Lane::Customer || step.lane == Lane::Frontstage || step.moment_of_truth;
        }
      Attrs attrs = {{"dir", "none"}, {"color", colour}, {"penwidth", "2.5"}};
      if (hole) attrs.push_back({"style", "dashed"});
      dot.edge(points[k].first, points[k + 1].first, attrs);
    }
  }
}

std::vector<std::string> notes(const Map& m) {
  std::vector<std::string> out;
  std::string legend;
  for (std::size_t i = 0; i < m.personas.size(); ++i) {
    const Persona& p = m.model.personas[static_cast<std::size_t>(m.personas[i])];
    legend += fmt::format("   <FONT COLOR=\"{}\">{}</FONT> {}", persona_colour(i),
                          persona_mark(i).glyph, html_escape(p.name.empty() ? p.id : p.name));
  }
  if (!legend.empty())
    out.push_back("Emotion curves, from −2 (very bad) to +2 (very good):" + legend +
                  "   (dashed across a step the persona did not score)");
  std::string how =
      "Stages are columns, one per step the customer meets. Pain point evidence: observed (in "
      "research), "
      "reported (complaints, surveys) or assumed. ★ moment of truth.";
  if (m.bands > 1)
    how += fmt::format(" The stages wrap into {} rows, read top to bottom.", m.bands);
  out.push_back(how);
  std::vector<Owner> owners;  // of the steps drawn
  for (const Column& c : m.columns)
    if (c.step >= 0 &&
        m.jg.owners[static_cast<std::size_t>(c.step)].kind != OwnerKind::Unresolved &&
        std::find(owners.begin(), owners.end(), m.jg.owners[static_cast<std::size_t>(c.step)]) ==
            owners.end())
      owners.push_back(m.jg.owners[static_cast<std::size_t>(c.step)]);
  if (auto legend_owners = owner_legend(m.model, m.palette, owners); !legend_owners.empty())
    out.push_back(legend_owners);
  return out;
}

}  // namespace

Drawing dot_experience(const Model& model, const Graph& graph, std::int32_t index,
                       const std::vector<std::int32_t>& personas, const Overlay& overlay) {
  const Journey& j = model.journeys[index];
  Map m{model,
        j,
        graph.journeys[index],
        overlay,
        personas,
        Palette(model),
        step_node_ids(j),
        opportunities_by_step(model)[static_cast<std::size_t>(index)],
        {},
        {},
        {},
        1,
        {},
        {},
        {},
        {},
        0};
  plan_columns(m);
  plan_rows(m);
  add_titles(m);
  add_touchpoints(m);
  add_steps(m);
  add_feelings(m);
  add_pain_points(m);
  add_opportunities(m);
  for (Cell& cell : m.cells)
    if (cell.col != kTitleColumn) cell.band = m.columns[cell.col].band;

  std::string error;
  const std::optional<Layout> measured = measure(measuring_dot(m), error);
  if (!measured) return {{}, {}, error};
  size_grid(m, *measured);

  DotWriter dot("experience");
  common_defaults(dot, "LR");
  dot.graph({{"layout", "neato"},
             {"splines", "line"},
             {"outputorder", "nodesfirst"},
             html_attr("label", title_label(model, "experience", journey_name(j), notes(m)))});
  write_bands(dot, m);
  write_cells(dot, m);
  if (!personas.empty()) {
    for (std::size_t b = 0; b < m.bands; ++b) write_scale(dot, m, b);
    write_curves(dot, m);
  }
  write_hotspots(dot, m);
  write_findings(dot, m, *measured);
  return {dot.finish(), {}, {}};
}

}  // namespace chainmap::views
