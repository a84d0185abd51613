// The responsibility matrix in four shapes: an aligned terminal table, CSV for spreadsheets,
// markdown for wikis and pull requests, and one self-contained HTML page.
#include "chainmap/matrix_report.h"

#include <algorithm>

#include <fmt/format.h>

#include "chainmap/printable.h"
#include "util/escape.h"

namespace chainmap {
namespace {

constexpr std::string_view kLegend =
    "A accountable (the step's owner), R responsible, C consulted, I informed";

std::string idle_columns(const Matrix& m) {
  std::string out;
  for (const auto& c : m.columns)
    if (!c.work) out += (out.empty() ? "" : ", ") + c.id;
  return out.empty() ? "none" : out;
}

std::string summary(const Model& model, const Matrix& m) {
  return fmt::format(
      "{} steps in {} journeys: {} without an owner (no A), {} with several owners; "
      "{} of {} columns without work (no A or R)",
      m.rows.size(), model.journeys.size(), m.rows_without_owner(), m.rows_with_several_owners(),
      m.columns_without_work(), m.columns.size());
}

std::string title(const Model& model) {
  return model.organisation.present() ? "Responsibility matrix: " + model.organisation.value
                                      : std::string("Responsibility matrix");
}

// Consecutive columns of one group: [first, last].
struct Group {
  std::string name;
  std::size_t first = 0, last = 0;
};
std::vector<Group> groups(const Matrix& m) {
  std::vector<Group> out;
  for (std::size_t c = 0; c < m.columns.size(); ++c) {
    if (out.empty() || out.back().name != m.columns[c].group)
      out.push_back({m.columns[c].group, c, c});
    else
      out.back().last = c;
  }
  return out;
}

std::string stage_label(const Journey& j, std::int32_t stage) {
  if (stage < 0 || static_cast<std::size_t>(stage) >= j.stages.size()) return "";
  const Stage& s = j.stages[stage];
  return s.name.empty() ? s.id : s.id + ": " + s.name;
}
std::string journey_label(const Journey& j) { return j.name.empty() ? j.id : j.id + ": " + j.name; }

// Calls on_journey / on_stage when a new one starts, then on_step for every row.
template <class J, class S, class R>
void walk(const Model& model, const Matrix& m, J&& on_journey, S&& on_stage, R&& on_step) {
  std::int32_t journey = -1, stage = -1;
  for (const MatrixRow& row : m.rows) {
    const Journey& j = model.journeys[row.journey];
    if (row.journey != journey) {
      journey = row.journey;
      stage = -1;
      on_journey(j);
    }
    if (row.stage != stage) {
      stage = row.stage;
      on_stage(j, stage);
    }
    on_step(j, j.steps[row.step], row);
  }
}

}  // namespace

std::string format_matrix_text(const Model& model, const Matrix& m) {
  constexpr std::string_view gap = "  ";
  // First column: indented journey, stage and step labels.
  std::size_t first = display_width("step");
  walk(
      model, m,
      [&](const Journey& j) {
        first = std::max(first, display_width(printable(journey_label(j))));
      },
      [&](const Journey& j, std::int32_t s) {
        first = std::max(first, 2 + display_width(printable(stage_label(j, s))));
      },
      [&](const Journey&, const Step& s, const MatrixRow&) {
        first = std::max(first, 4 + display_width(s.id));
      });

  std::vector<std::size_t> width(m.columns.size());
  for (std::size_t c = 0; c < m.columns.size(); ++c)
    width[c] = std::max<std::size_t>(display_width(m.columns[c].label), 2);
  auto gs = groups(m);
  for (const Group& g : gs) {
    // Widen the group's last column until the group name fits over its columns.
    std::size_t span = 0;
    for (std::size_t c = g.first; c <= g.last; ++c)
      span += width[c] + (c > g.first ? gap.size() : 0);
    if (span < display_width(g.name)) width[g.last] += display_width(g.name) - span;
  }

  std::string out = title(model) + "\n" + std::string(kLegend) + "\n\n";
  auto trim = [](std::string line) {
    while (!line.empty() && line.back() == ' ') line.pop_back();
    return line + "\n";
  };
  std::string line = pad_right("", first);
  for (const Group& g : gs) {
    std::size_t span = 0;
    for (std::size_t c = g.first; c <= g.last; ++c)
      span += width[c] + (c > g.first ? gap.size() : 0);
    line += std::string(gap) + pad_right(g.name, span);
  }
  out += trim(line);
  line = pad_right("step", first);
  for (std::size_t c = 0; c < m.columns.size(); ++c)
    line += std::string(gap) + pad_right(m.columns[c].label, width[c]);
  out += trim(line + std::string(gap) + "check");

  walk(
      model, m, [&](const Journey& j) { out += printable(journey_label(j)) + "\n"; },
      [&](const Journey& j, std::int32_t s) { out += "  " + printable(stage_label(j, s)) + "\n"; },
      [&](const Journey&, const Step& s, const MatrixRow& row) {
        std::string l = pad_right("    " + s.id, first);
        for (std::size_t c = 0; c < m.columns.size(); ++c)
          l += std::string(gap) + pad_right(raci_letters(row.cells[c]), width[c]);
        out += trim(l + std::string(gap) + row_problem(row));
      });
  line = pad_right("no work", first);
  for (std::size_t c = 0; c < m.columns.size(); ++c)
    line += std::string(gap) + pad_right(m.columns[c].work ? "" : "--", width[c]);
  out += trim(line);
  out += "\nColumns without work: " + idle_columns(m) + "\n";
  out += summary(model, m) + "\n";
  return out;
}

std::string format_matrix_csv(const Model& model, const Matrix& m) {
  std::string out = "journey,stage,step,name";
  for (const auto& c : m.columns) out += "," + csv_field(c.id);
  out += ",check\r\n";
  walk(
      model, m, [](const Journey&) {}, [](const Journey&, std::int32_t) {},
      [&](const Journey& j, const Step& s, const MatrixRow& row) {
        std::string stage = row.stage >= 0 ? j.stages[row.stage].id : "";
        out += csv_field(j.id) + "," + csv_field(stage) + "," + csv_field(s.id) + "," +
               csv_field(s.name);
        for (std::size_t c = 0; c < m.columns.size(); ++c) out += "," + raci_letters(row.cells[c]);
        out += "," + row_problem(row) + "\r\n";
      });
  // Columns without work, as a last row a spreadsheet filter can find.
  out += ",,(no work),columns with no A or R";
  for (const auto& c : m.columns) out += c.work ? "," : ",x";
  out += ",\r\n";
  return out;
}

std::string format_matrix_markdown(const Model& model, const Matrix& m) {
  std::string out = "## " + markdown_cell(title(model)) + "\n\n" + std::string(kLegend) + ".\n\n";
  out += "| step |";
  for (const auto& c : m.columns) out += " " + markdown_cell(c.id) + " |";
  out += " check |\n|---|";
  for (std::size_t c = 0; c < m.columns.size(); ++c) out += ":-:|";
  out += "---|\n";
  std::size_t blanks = m.columns.size() + 1;
  auto heading = [&](const std::string& text) {
    out += "| " + text + " |";
    for (std::size_t c = 0; c < blanks; ++c) out += " |";
    out += "\n";
  };
  walk(
      model, m, [&](const Journey& j) { heading("**" + markdown_cell(journey_label(j)) + "**"); },
      [&](const Journey& j, std::int32_t s) {
        heading("*" + markdown_cell(stage_label(j, s)) + "*");
      },
      [&](const Journey&, const Step& s, const MatrixRow& row) {
        out += "| " + markdown_cell(s.id) + " |";
        for (std::size_t c = 0; c < m.columns.size(); ++c)
          out += " " + raci_letters(row.cells[c]) + " |";
        std::string problem = row_problem(row);
        out += problem.empty() ? " |\n" : " **" + problem + "** |\n";
      });
  out += "| *no work* |";
  for (const auto& c : m.columns) out += c.work ? " |" : " **--** |";
  out += " |\n\n";
  out += "Columns without work: " + markdown_cell(idle_columns(m)) + ".\n\n" + summary(model, m) +
         ".\n";
  return out;
}

std::string format_matrix_html_table(const Model& model, const Matrix& m) {
  const std::size_t span = m.columns.size() + 2;
  std::string out = "<table>\n<thead>\n<tr><th rowspan=\"2\">step</th>";
  for (const Group& g : groups(m))
    out += fmt::format("<th colspan=\"{}\">{}</th>", g.last - g.first + 1, html_escape(g.name));
  out += "<th rowspan=\"2\">check</th></tr>\n<tr>";
  for (const auto& c : m.columns)
    out += fmt::format("<th{} title=\"{}\">{}</th>", c.work ? "" : " class=\"idle\"",
                       html_escape(c.id + ": " + c.name), html_escape(c.label));
  out += "</tr>\n</thead>\n<tbody>\n";
  walk(
      model, m,
      [&](const Journey& j) {
        out += fmt::format("<tr class=\"journey\"><th colspan=\"{}\">{}</th></tr>\n", span,
                           html_escape(journey_label(j)));
      },
      [&](const Journey& j, std::int32_t s) {
        out += fmt::format("<tr class=\"stage\"><th colspan=\"{}\">{}</th></tr>\n", span,
                           html_escape(stage_label(j, s)));
      },
      [&](const Journey&, const Step& s, const MatrixRow& row) {
        out += row.ok() ? "<tr>" : "<tr class=\"problem\">";
        out += fmt::format("<td title=\"{}\">{}</td>", html_escape(s.name), html_escape(s.id));
        for (std::size_t c = 0; c < m.columns.size(); ++c) {
          std::string cls = "cell";
          if (row.cells[c] & static_cast<std::uint8_t>(Raci::A)) cls += " a";
          if (!m.columns[c].work) cls += " idle";
          out += fmt::format("<td class=\"{}\">{}</td>", cls, raci_letters(row.cells[c]));
        }
        out += "<td class=\"check\">" + row_problem(row) + "</td></tr>\n";
      });
  out += "</tbody>\n<tfoot>\n<tr><th>no work</th>";
  for (const auto& c : m.columns) out += c.work ? "<td></td>" : "<td class=\"cell idle\">--</td>";
  out += "<td></td></tr>\n</tfoot>\n</table>\n";
  return out;
}

std::string format_matrix_html(const Model& model, const Matrix& m) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      html_escape(title(model)) +
      "</title>\n<style>\n"
      "body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }\n"
      "table { border-collapse: collapse; }\n"
      "th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; }\n"
      "td.cell { text-align: center; font-family: monospace; }\n"
      "td.a { background: #dbe9ff; font-weight: bold; }\n"
      "tr.journey th { background: #eee; text-align: left; }\n"
      "tr.stage th { background: #f7f7f7; text-align: left; font-weight: normal; font-style: "
      "italic; }\n"
      "tr.problem td { background: #ffe3e3; }\n"
      "th.idle, td.idle { background: #fff4d6; }\n"
      "td.check { color: #b00020; font-weight: bold; }\n"
      "</style>\n</head>\n<body>\n<h1>" +
      html_escape(title(model)) + "</h1>\n<p>" + html_escape(kLegend) +
      ". Rows in red have no owner or several; columns in yellow hold no A or R.</p>\n";
  out += format_matrix_html_table(model, m);
  out += "<p>" + html_escape(summary(model, m)) + ".</p>\n</body>\n</html>\n";
  return out;
}

// ---- The touchpoint matrix ----

namespace {

constexpr std::string_view kTouchpointLegend =
    "Where the customer meets the organisation: per touchpoint, the steps of each journey that "
    "name it";

std::string touchpoint_title(const Model& model) {
  return model.organisation.present() ? "Touchpoint matrix: " + model.organisation.value
                                      : std::string("Touchpoint matrix");
}

std::string step_list(const Journey& j, const std::vector<std::int32_t>& steps) {
  std::string out;
  for (std::int32_t s : steps) out += (out.empty() ? "" : ", ") + j.steps[s].id;
  return out;
}

std::string owner_text(const Touchpoint& t) { return t.owner ? t.owner->text : ""; }

// The steps of journey `j` in the "(no touchpoint)" row.
std::string unmapped_in(const Model& model, const TouchpointMatrix& m, std::size_t j) {
  std::vector<std::int32_t> steps;
  for (const StepAt& at : m.unmapped)
    if (at.journey == static_cast<std::int32_t>(j)) steps.push_back(at.step);
  return step_list(model.journeys[j], steps);
}

constexpr std::string_view kUnmappedLabel = "(no touchpoint)";
constexpr std::string_view kUnmappedCheck = "frontstage steps naming none";

}  // namespace

std::string touchpoint_matrix_summary(const Model& model, const TouchpointMatrix& m) {
  return fmt::format(
      "{} touchpoint{} in {} journeys: {} unused, {} without an owner; {} frontstage step{} "
      "name{} no touchpoint",
      m.rows.size(), m.rows.size() == 1 ? "" : "s", model.journeys.size(), m.unused(),
      m.without_owner(model), m.unmapped.size(), m.unmapped.size() == 1 ? "" : "s",
      m.unmapped.size() == 1 ? "s" : "");
}

std::string format_touchpoint_matrix_text(const Model& model, const TouchpointMatrix& m) {
  constexpr std::string_view gap = "  ";
  std::string out = touchpoint_title(model) + "\n" + std::string(kTouchpointLegend) + "\n\n";
  if (m.rows.empty()) return out + "The model declares no touchpoints.\n";
  // Columns: touchpoint, channel, owner, hours, one per journey, check.
  std::vector<std::string> header = {"touchpoint", "channel", "owner", "hours"};
  for (const Journey& j : model.journeys) header.push_back(j.id);
  header.push_back("check");
  std::vector<std::vector<std::string>> rows;
  for (const TouchpointRow& row : m.rows) {
    const Touchpoint& t = model.touchpoints[row.touchpoint];
    std::vector<std::string> cells = {t.id, t.channel.value, owner_text(t), t.hours_text.value};
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      cells.push_back(step_list(model.journeys[j], row.steps[j]));
    cells.push_back(touchpoint_problem(model, row));
    rows.push_back(std::move(cells));
  }
  if (!m.unmapped.empty()) {
    std::vector<std::string> cells = {std::string(kUnmappedLabel), "", "", ""};
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      cells.push_back(unmapped_in(model, m, j));
    cells.push_back(std::string(kUnmappedCheck));
    rows.push_back(std::move(cells));
  }
  std::vector<std::size_t> width(header.size());
  for (std::size_t c = 0; c < header.size(); ++c) {
    width[c] = display_width(header[c]);
    for (const auto& r : rows) width[c] = std::max(width[c], display_width(printable(r[c])));
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string l;
    for (std::size_t c = 0; c < cells.size(); ++c)
      l += (c ? std::string(gap) : "") + pad_right(printable(cells[c]), width[c]);
    while (!l.empty() && l.back() == ' ') l.pop_back();
    out += l + "\n";
  };
  line(header);
  for (const auto& r : rows) line(r);
  out += "\n" + touchpoint_matrix_summary(model, m) + "\n";
  return out;
}

std::string format_touchpoint_matrix_csv(const Model& model, const TouchpointMatrix& m) {
  std::string out = "touchpoint,name,channel,owner,hours";
  for (const Journey& j : model.journeys) out += "," + csv_field(j.id);
  out += ",check\r\n";
  for (const TouchpointRow& row : m.rows) {
    const Touchpoint& t = model.touchpoints[row.touchpoint];
    out += csv_field(t.id) + "," + csv_field(t.name) + "," + csv_field(t.channel.value) + "," +
           csv_field(owner_text(t)) + "," + csv_field(t.hours_text.value);
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += "," + csv_field(step_list(model.journeys[j], row.steps[j]));
    out += "," + csv_field(touchpoint_problem(model, row)) + "\r\n";
  }
  // Frontstage steps naming no touchpoint, as a last row a spreadsheet filter can find.
  if (!m.unmapped.empty()) {
    out += std::string(kUnmappedLabel) + ",,,,";
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += "," + csv_field(unmapped_in(model, m, j));
    out += "," + std::string(kUnmappedCheck) + "\r\n";
  }
  return out;
}

std::string format_touchpoint_matrix_markdown(const Model& model, const TouchpointMatrix& m) {
  std::string out = "## " + markdown_cell(touchpoint_title(model)) + "\n\n" +
                    std::string(kTouchpointLegend) + ".\n\n";
  if (m.rows.empty()) return out + "The model declares no touchpoints.\n";
  out += "| touchpoint | name | channel | owner | hours |";
  for (const Journey& j : model.journeys) out += " " + markdown_cell(j.id) + " |";
  out += " check |\n|---|---|---|---|---|";
  for (std::size_t j = 0; j < model.journeys.size(); ++j) out += "---|";
  out += "---|\n";
  for (const TouchpointRow& row : m.rows) {
    const Touchpoint& t = model.touchpoints[row.touchpoint];
    out += "| " + markdown_cell(t.id) + " | " + markdown_cell(t.name) + " | " +
           markdown_cell(t.channel.value) + " | " + markdown_cell(owner_text(t)) + " | " +
           markdown_cell(t.hours_text.value) + " |";
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += " " + markdown_cell(step_list(model.journeys[j], row.steps[j])) + " |";
    std::string problem = touchpoint_problem(model, row);
    out += problem.empty() ? " |\n" : " **" + problem + "** |\n";
  }
  if (!m.unmapped.empty()) {
    out += "| *" + std::string(kUnmappedLabel) + "* | | | | |";
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += " " + markdown_cell(unmapped_in(model, m, j)) + " |";
    out += " **" + std::string(kUnmappedCheck) + "** |\n";
  }
  out += "\n" + touchpoint_matrix_summary(model, m) + ".\n";
  return out;
}

std::string touchpoint_matrix_html_table(const Model& model, const TouchpointMatrix& m) {
  std::string out =
      "<table class=\"touchpoints\">\n<thead>\n<tr><th>touchpoint</th><th>name</th><th>channel</th>"
      "<th>owner</th><th>hours</th>";
  for (const Journey& j : model.journeys)
    out += fmt::format("<th title=\"{}\">{}</th>", html_escape(j.name.empty() ? j.id : j.name),
                       html_escape(j.id));
  out += "<th>check</th></tr>\n</thead>\n<tbody>\n";
  for (const TouchpointRow& row : m.rows) {
    const Touchpoint& t = model.touchpoints[row.touchpoint];
    std::string problem = touchpoint_problem(model, row);
    out += problem.empty() ? "<tr>" : "<tr class=\"problem\">";
    out += fmt::format("<th>{}</th><td>{}</td><td>{}</td><td>{}</td><td>{}</td>", html_escape(t.id),
                       html_escape(t.name), html_escape(t.channel.value),
                       html_escape(owner_text(t)), html_escape(t.hours_text.value));
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += "<td class=\"steps\">" + html_escape(step_list(model.journeys[j], row.steps[j])) +
             "</td>";
    out += "<td class=\"check\">" + html_escape(problem) + "</td></tr>\n";
  }
  if (!m.unmapped.empty()) {
    out += "<tr class=\"unmapped\"><th>" + std::string(kUnmappedLabel) +
           "</th><td></td><td></td><td></td><td></td>";
    for (std::size_t j = 0; j < model.journeys.size(); ++j)
      out += "<td class=\"steps\">" + html_escape(unmapped_in(model, m, j)) + "</td>";
    out += "<td class=\"check\">" + std::string(kUnmappedCheck) + "</td></tr>\n";
  }
  out += "</tbody>\n</table>\n";
  return out;
}

std::string format_touchpoint_matrix_html(const Model& model, const TouchpointMatrix& m) {
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" +
      html_escape(touchpoint_title(model)) +
      "</title>\n<style>\n"
      "body { font-family: system-ui, sans-serif; margin: 2em; color: #222; }\n"
      "table { border-collapse: collapse; }\n"
      "th, td { border: 1px solid #ccc; padding: 0.2em 0.5em; text-align: left; vertical-align: "
      "top; }\n"
      "thead th { background: #eee; }\n"
      "tbody th { font-family: monospace; font-weight: normal; }\n"
      "td.steps { font-family: monospace; }\n"
      "tr.problem td, tr.problem th { background: #fff4d6; }\n"
      "tr.unmapped td, tr.unmapped th { background: #ffe3e3; }\n"
      "td.check { color: #b00020; font-weight: bold; }\n"
      "</style>\n</head>\n<body>\n<h1>" +
      html_escape(touchpoint_title(model)) + "</h1>\n<p>" + html_escape(kTouchpointLegend) +
      ". Rows in yellow are touchpoints no step names or nobody owns; the red row lists the "
      "frontstage "
      "steps that name no touchpoint.</p>\n";
  if (m.rows.empty())
    out += "<p>The model declares no touchpoints.</p>\n";
  else
    out += touchpoint_matrix_html_table(model, m) + "<p>" +
           html_escape(touchpoint_matrix_summary(model, m)) + ".</p>\n";
  return out + "</body>\n</html>\n";
}

}  // namespace chainmap
