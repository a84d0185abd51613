#include "render/style.h"

#include <algorithm>

#include <fmt/format.h>

namespace chainmap::views {
namespace {

// Light fills that keep black text readable and stay distinct when printed.
constexpr const char* kPalette[] = {
    "#a6cee3", "#b2df8a", "#fdbf6f", "#cab2d6", "#8dd3c7", "#fb9a99",
    "#bebada", "#80b1d3", "#fdb462", "#b3de69", "#fccde5", "#d9d9d9",
    "#ccebc5", "#ffed6f", "#e5c494", "#b3cde3",
};
constexpr std::size_t kPaletteSize = sizeof kPalette / sizeof kPalette[0];

}  // namespace

Palette::Palette(const Model& model) {
  struct Party {
    std::string id;
    bool partner;
    std::int32_t index;
  };
  std::vector<Party> parties;
  for (std::size_t i = 0; i < model.departments.size(); ++i)
    parties.push_back({model.departments[i].id, false, static_cast<std::int32_t>(i)});
  for (std::size_t i = 0; i < model.partners.size(); ++i)
    parties.push_back({model.partners[i].id, true, static_cast<std::int32_t>(i)});
  std::sort(parties.begin(), parties.end(), [](const Party& a, const Party& b) {
    return a.id != b.id ? a.id < b.id : a.partner < b.partner;
  });
  departments_.resize(model.departments.size());
  partners_.resize(model.partners.size());
  for (std::size_t i = 0; i < parties.size(); ++i) {
    auto& slot = parties[i].partner ? partners_[parties[i].index] : departments_[parties[i].index];
    slot = kPalette[i % kPaletteSize];
  }
}

std::string Palette::fill_department(std::int32_t index) const { return departments_.at(index); }
std::string Palette::fill_partner(std::int32_t index) const { return partners_.at(index); }

std::string Palette::fill(const Owner& owner) const {
  switch (owner.kind) {
    case OwnerKind::Customer: return kCustomerColour;
    case OwnerKind::Department:
    case OwnerKind::Role: return fill_department(owner.party);
    case OwnerKind::Partner: return fill_partner(owner.party);
    case OwnerKind::Unresolved: break;
  }
  return kUnknownColour;
}

Overlay::Overlay(const std::vector<Diagnostic>* findings) {
  if (!findings) return;
  enabled_ = true;
  for (const Diagnostic& d : *findings) {
    if (d.severity != Severity::Error && d.severity != Severity::Warning) continue;
    Entry& e = by_target_[d.target];
    e.worst = std::max(e.worst, d.severity);
    e.lines.push_back(fmt::format("{}: {} [{}]", to_string(d.severity), d.message, d.rule));
  }
}

std::string Overlay::colour(const std::string& target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return "";
  return it->second.worst == Severity::Error ? kErrorColour : kWarningColour;
}

std::string Overlay::tooltip(const std::string& target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return "";
  std::string out;
  for (const auto& line : it->second.lines) {
    if (!out.empty()) out += '\n';
    out += line;
  }
  return out;
}

void add_overlay(Attrs& attrs, const Overlay& overlay, const std::vector<std::string>& targets,
                 bool node) {
  std::string colour, tip;
  for (const auto& target : targets) {
    std::string c = overlay.colour(target);
    if (c.empty()) continue;
    if (colour != kErrorColour) colour = c;
    // One tooltip line per finding; quote() keeps user text from forming Graphviz escapes,
    // so findings are separated by " | " rather than by \n.
    std::string t = overlay.tooltip(target);
    std::size_t pos = 0;
    while ((pos = t.find('\n', pos)) != std::string::npos) t.replace(pos, 1, " | ");
    tip += tip.empty() ? t : " | " + t;
  }
  if (colour.empty()) return;
  // Later attributes win in DOT, so these override the view's own colour and width.
  attrs.push_back({"color", colour});
  attrs.push_back({"penwidth", node ? "3" : "2.5"});
  if (!node) attrs.push_back({"fontcolor", colour});
  attrs.push_back({"tooltip", tip});
}

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

std::string owner_legend(const Model& model, const Palette& palette, const std::vector<Owner>& owners) {
  // One swatch per party: roles share their department's colour.
  std::vector<Owner> parties;
  for (Owner o : owners) {
    if (o.kind == OwnerKind::Role) o = Owner{OwnerKind::Department, o.party, -1};
    if (o.kind != OwnerKind::Unresolved && std::find(parties.begin(), parties.end(), o) == parties.end())
      parties.push_back(o);
  }
  std::string cells;
  for (const Owner& o : parties)
    cells += fmt::format("<TD BGCOLOR=\"{}\" BORDER=\"1\" COLOR=\"#888888\"> {} </TD>", palette.fill(o),
                         html_escape(owner_display_name(model, o)));
  if (cells.empty()) return "";
  return fmt::format("<TABLE BORDER=\"0\" CELLSPACING=\"3\" CELLPADDING=\"3\"><TR>"
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
  dot.edge_defaults({{"fontname", kFont}, {"fontsize", "9"}, {"color", "#555555"}, {"arrowsize", "0.7"}});
}

std::string title_label(const Model& model, std::string_view view, std::string_view subject,
                        const std::vector<std::string>& notes) {
  std::string org = model.organisation.present() ? model.organisation.value : "Untitled organisation";
  std::string head = html_escape(org) + " — " + html_escape(view);
  if (!subject.empty()) head += ": " + html_escape(subject);
  std::string out = "<TABLE BORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"0\">";
  out += fmt::format("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"20\"><B>{}</B></FONT></TD></TR>", head);
  for (const auto& note : notes)
    out += fmt::format("<TR><TD ALIGN=\"LEFT\"><FONT POINT-SIZE=\"11\" COLOR=\"#555555\">{}</FONT></TD></TR>",
                       note);
  out += "</TABLE>";
  return out;
}

std::string handover_summary(const Model& /*model*/, const Handover& handover) {
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

std::string party_key(const Model& model, const Owner& owner) {
  switch (owner.kind) {
    case OwnerKind::Customer: return "customer";
    case OwnerKind::Department:
    case OwnerKind::Role: return node_id("dept", model.departments[owner.party].id);
    case OwnerKind::Partner: return node_id("partner", model.partners[owner.party].id);
    case OwnerKind::Unresolved: break;
  }
  return "";
}

Flows collect_handovers(const Model& model, const Graph& graph, FlowLevel level) {
  Flows out;
  for (const JourneyGraph& jg : graph.journeys) {
    const Journey& j = model.journeys[jg.journey];
    for (const Edge& e : jg.edges) {
      if (!e.is_handover()) continue;
      if (level == FlowLevel::Party && e.kind == EdgeKind::Team) continue;
      const Owner from = jg.owners[e.from];
      const Owner to = e.cross ? model.journeys[e.to_journey].steps[e.to].owner() : jg.owners[e.to];
      auto key = [&](const Owner& o) { return level == FlowLevel::Owner ? owner_name(model, o) : party_key(model, o); };
      out.ends.emplace(key(from), from);
      out.ends.emplace(key(to), to);
      Flow& f = out.pairs[{key(from), key(to)}];
      ++f.count;
      f.kind = std::max(f.kind, e.kind);
      const Handover* h = e.handover();
      f.methods.insert(h && h->method.present() ? h->method.value : "undeclared");
      f.journeys.insert(j.name.empty() ? j.id : j.name);
      f.targets.push_back(handover_target(model, jg, e));
    }
  }
  return out;
}

std::string node_id(std::string_view prefix, std::string_view id) {
  return fmt::format("{}:{}", prefix, id);
}

std::string step_name(const Step& step) { return step.name.empty() ? step.id : step.name; }

const Journey* find_journey(const Model& model, std::string_view id) {
  auto it = model.journey_index.find(std::string(id));
  return it == model.journey_index.end() ? nullptr : &model.journeys[it->second];
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
  if (step.channel.present()) add(step.channel.value);
  if (terminal) add("end");
  if (!facts.empty())
    label += fmt::format("<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#444444\">{}</FONT>", html_escape(facts));
  if (step.moment_of_truth) label += "<BR/><FONT POINT-SIZE=\"9\" COLOR=\"#8a5a00\"><B>★ moment of truth</B></FONT>";
  return label;
}

Attrs step_node(const Model& model, const Palette& palette, const Journey& j, const JourneyGraph& jg, std::int32_t s,
                const Overlay& overlay) {
  const Step& step = j.steps[s];
  Attrs attrs = {html_attr("label", step_label(model, step, jg.terminal[s])), {"fillcolor", palette.fill(jg.owners[s])}};
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
    case Lane::Customer: return "Customer actions";
    case Lane::Frontstage: return "Frontstage";
    case Lane::Backstage: return "Backstage";
    case Lane::Support: return "Support processes";
    case Lane::Partner: return "Partners (external)";
  }
  return "";
}

const char* line_below(Lane lane) {
  switch (lane) {
    case Lane::Customer: return "line of interaction";
    case Lane::Frontstage: return "line of visibility";
    case Lane::Backstage: return "line of internal interaction";
    default: return nullptr;
  }
}

}  // namespace chainmap::views
