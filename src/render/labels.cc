#include "render/labels.h"

#include <algorithm>
#include <set>

#include <fmt/format.h>

namespace chainmap::views {

std::string wrap_html(std::string_view text, std::size_t width) {
  std::string out, line;
  std::size_t start = 0;
  auto flush = [&] {
    if (line.empty()) return;
    if (!out.empty()) out += "<BR/>";
    out += html_escape(line);
    line.clear();
  };
  while (start < text.size()) {
    std::size_t end = text.find(' ', start);
    if (end == std::string_view::npos) end = text.size();
    std::string_view word = text.substr(start, end - start);
    if (!word.empty()) {
      if (!line.empty() && line.size() + 1 + word.size() > width) flush();
      if (!line.empty()) line += ' ';
      line += word;
    }
    start = end + 1;
  }
  flush();
  return out;
}

std::string owner_legend(const Model& model, const Palette& palette,
                         const std::vector<Owner>& owners) {
  // One swatch per party: roles share their department's colour.
  std::vector<Owner> parties;
  for (Owner o : owners) {
    if (o.kind == OwnerKind::Role) o = Owner{OwnerKind::Department, o.party, -1};
    if (o.kind != OwnerKind::Unresolved &&
        std::find(parties.begin(), parties.end(), o) == parties.end())
      parties.push_back(o);
  }
  std::string cells;
  for (const Owner& o : parties)
    cells += fmt::format("<TD BGCOLOR=\"{}\" BORDER=\"1\" COLOR=\"#888888\"> {} </TD>",
                         palette.fill(o), html_escape(owner_display_name(model, o)));
  if (cells.empty()) return "";
  return fmt::format(
      "<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>"
      "<TD><FONT POINT-SIZE=\"10\">Owners:</FONT></TD>{}</TR></TABLE>",
      cells);
}

void common_defaults(DotWriter& dot, std::string_view rankdir) {
  dot.graph({{"rankdir", std::string(rankdir)},
             {"fontname", kFont},
             {"fontsize", "12"},
             {"labelloc", "t"},
             {"labeljust", "l"},
             {"nodesep", "0.35"},
             {"ranksep", "0.6"},
             {"pad", "0.3"},
             {"bgcolor", "white"}});
  dot.node_defaults({{"fontname", kFont},
                     {"fontsize", "11"},
                     {"shape", "box"},
                     {"style", "rounded,filled"},
                     {"fillcolor", "white"},
                     {"color", "#444444"},
                     {"margin", "0.12,0.06"}});
  dot.edge_defaults(
      {{"fontname", kFont}, {"fontsize", "9"}, {"color", "#555555"}, {"arrowsize", "0.7"}});
}

std::string title_label(const Model& model, std::string_view view, std::string_view subject,
                        const std::vector<std::string>& notes) {
  std::string org =
      model.organisation.present() ? model.organisation.value : "Untitled organisation";
  std::string head = html_escape(org) + " — " + html_escape(view);
  if (!subject.empty()) head += ": " + html_escape(subject);
  std::string out = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">";
  out += fmt::format("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>{}</B></FONT></TD></TR>",
                     head);
  for (const auto& note : notes)
    out += fmt::format(
        "<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#555555\">{}</FONT></TD></TR>",
        note);
  out += "</TABLE>";
  return out;
}

std::string handover_summary(const Handover& handover) {
  std::string out = handover.method.present() ? handover.method.value : "?";
  if (!handover.carries.empty()) {
    out += " · ";
    for (std::size_t i = 0; i < handover.carries.size(); ++i) {
      if (i) out += ", ";
      out += handover.carries[i].id;
    }
  }
  return out;
}

std::string node_id(std::string_view prefix, std::string_view id) {
  return fmt::format("{}:{}", prefix, id);
}

std::vector<std::string> step_node_ids(const Journey& j) {
  std::vector<std::string> ids(j.steps.size());
  std::set<std::string> taken;
  for (std::size_t s = 0; s < j.steps.size(); ++s) {
    std::string name = node_id("step", j.steps[s].id);
    for (int n = 0; !taken.insert(name).second; ++n)
      name = node_id("step", fmt::format("{}#{}.{}", j.steps[s].id, s, n));
    ids[s] = std::move(name);
  }
  return ids;
}

std::string step_name(const Step& step) { return step.name.empty() ? step.id : step.name; }
std::string stage_name(const Stage& stage) { return stage.name.empty() ? stage.id : stage.name; }
std::string journey_name(const Journey& journey) {
  return journey.name.empty() ? journey.id : journey.name;
}

std::vector<Owner> journey_owners(const JourneyGraph& jg) {
  std::vector<Owner> owners;
  for (const Owner& o : jg.owners)
    if (o.kind != OwnerKind::Unresolved &&
        std::find(owners.begin(), owners.end(), o) == owners.end())
      owners.push_back(o);
  return owners;
}

std::string step_label(const Model& model, const Step& step, bool terminal) {
  std::string label = fmt::format("<B>{}</B>", wrap_html(step_name(step), 24));
  const Owner owner = step.owner();
  std::string who = owner.kind == OwnerKind::Unresolved
                        ? (step.owners.empty() ? "no owner" : "owner unclear")
                        : owner_display_name(model, owner);
  label += fmt::format("<BR/><FONT POINT-SIZE=\"9\">{}</FONT>", wrap_html(who, 30));
  std::string facts;
  auto add = [&](const std::string& s) { facts += facts.empty() ? s : " · " + s; };
  if (step.duration) add(format_duration(*step.duration));
  if (const Text& channel = effective_channel(model, step); channel.present()) add(channel.value);
  if (terminal) add("end");
  if (!facts.empty())
    label +=
        fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">{}</FONT>", html_escape(facts));
  if (step.moment_of_truth)
    label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#8a5a00\"><B>★ moment of truth</B></FONT>";
  return label;
}

Attrs step_node(const Model& model, const Palette& palette, const Journey& j,
                const JourneyGraph& jg, std::int32_t s, const Overlay& overlay) {
  const Step& step = j.steps[s];
  Attrs attrs = {html_attr("label", step_label(model, step, jg.terminal[s])),
                 {"fillcolor", palette.fill(jg.owners[s])}};
  if (jg.terminal[s]) attrs.push_back({"peripheries", "2"});
  if (step.moment_of_truth) {
    attrs.push_back({"color", "#b8860b"});
    attrs.push_back({"penwidth", "3"});
  }
  add_overlay(attrs, overlay, {step_target(j, step)}, true);
  return attrs;
}

const char* lane_title(Lane lane) {
  switch (lane) {
    case Lane::Customer:
      return "Customer actions";
    case Lane::Frontstage:
      return "Frontstage";
    case Lane::Backstage:
      return "Backstage";
    case Lane::Support:
      return "Support processes";
    case Lane::Partner:
      return "Partners (external)";
  }
  return "";
}

const char* line_below(Lane lane) {
  switch (lane) {
    case Lane::Customer:
      return "line of interaction";
    case Lane::Frontstage:
      return "line of visibility";
    case Lane::Backstage:
      return "line of internal interaction";
    default:
      return nullptr;
  }
}

}  // namespace chainmap::views
