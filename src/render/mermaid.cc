// Mermaid text for GitHub markdown (SPEC section 6, `--format mermaid`): a flowchart for the
// chain, handovers, journey and blueprint views (journeys: stages as subgraphs left to right),
// and for the experience view Mermaid's own `journey` diagram: a section per stage, a task per
// step the persona scored, its score + 3 (Mermaid's 1..5), the step's owner as actor.
// Flowchart node ids are generated (n0, n1 ...); user text only ever appears inside quoted
// labels with Mermaid's entity codes, so it cannot close a label or start a directive. A
// `journey` diagram has no quoting: the characters its grammar stops at become look-alikes
// (full-width ＃ ； ，, and ꞉ U+A789 for a colon), line breaks spaces.
#include <cmath>
#include <map>
#include <optional>
#include <set>

#include <utility>

#include <fmt/format.h>

#include "graph/handover_flows.h"
#include "render/flow_edge.h"
#include "render/labels.h"
#include "render/views.h"

namespace chainmap::views {
namespace {

std::string text(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '#':
        out += "#35;";
        break;
      case '"':
        out += "#quot;";
        break;
      case '<':
        out += "#lt;";
        break;
      case '>':
        out += "#gt;";
        break;
      case '&':
        out += "#amp;";
        break;
      case '|':
        out += "#124;";
        break;
      case '`':
        out += "#96;";
        break;
      default:
        out += (c < 0x20 || c == 0x7f) ? ' ' : static_cast<char>(c);
    }
  }
  return out;
}

class Writer {
 public:
  explicit Writer(std::string_view direction) { out_ = fmt::format("flowchart {}\n", direction); }
  // A node id for a key; created on first use.
  std::string id(const std::string& key) {
    auto [it, added] = ids_.emplace(key, "");
    if (added) it->second = fmt::format("n{}", ids_.size() - 1);
    return it->second;
  }
  void line(const std::string& s) { out_ += std::string(depth_ * 2, ' ') + s + "\n"; }
  void open(const std::string& key, std::string_view title) {
    line(fmt::format("subgraph {}[\"{}\"]", id(key), text(title)));
    ++depth_;
  }
  void close() {
    --depth_;
    line("end");
  }
  void node(const std::string& key, const std::string& label, std::string_view shape = "[]") {
    line(fmt::format("{}{}\"{}\"{}", id(key), shape.substr(0, shape.size() / 2), label,
                     shape.substr(shape.size() / 2)));
  }
  // Edges are counted so linkStyle can address them.
  int edge(const std::string& from, const std::string& to, std::string_view arrow,
           const std::string& label) {
    if (label.empty())
      line(fmt::format("{} {} {}", id(from), arrow, id(to)));
    else
      line(fmt::format("{} {}|\"{}\"| {}", id(from), arrow, label, id(to)));
    return edges_++;
  }
  void style(const std::string& key, const std::string& css) {
    styles_.push_back(fmt::format("style {} {}", id(key), css));
  }
  void link_style(int edge, const std::string& css) {
    styles_.push_back(fmt::format("linkStyle {} {}", edge, css));
  }
  std::string finish() {
    for (const auto& s : styles_) out_ += "  " + s + "\n";
    return std::move(out_);
  }

 private:
  std::string out_;
  std::map<std::string, std::string> ids_;
  std::vector<std::string> styles_;
  int depth_ = 1;
  int edges_ = 0;
};

void overlay_node(Writer& w, const Overlay& overlay, const std::string& key,
                  const std::string& target) {
  if (auto c = overlay.colour(target); !c.empty())
    w.style(key, fmt::format("stroke:{},stroke-width:3px", c));
}

std::string step_text(const Model& model, const Step& step, const Owner& owner) {
  std::string label = (step.moment_of_truth ? "★ " : "") + text(step_name(step));
  if (owner.kind != OwnerKind::Unresolved)
    label += "<br/><small>" + text(owner_display_name(model, owner)) + "</small>";
  return label;
}

// Steps and flow of one journey; `group` puts each step into a subgraph (stage or lane).
void journey_flow(Writer& w, const Model& model, const Graph& graph, std::int32_t index,
                  const Overlay& overlay, const Palette& palette, bool by_lane) {
  const Journey& j = model.journeys[index];
  const JourneyGraph& jg = graph.journeys[index];
  auto put_step = [&](std::int32_t s) {
    const std::string key = "step:" + j.steps[s].id;
    w.node(key, step_text(model, j.steps[s], jg.owners[s]), jg.terminal[s] ? "([])" : "[]");
    w.style(key, fmt::format("fill:{}", palette.fill(jg.owners[s])));
    overlay_node(w, overlay, key, step_target(j, j.steps[s]));
  };
  if (by_lane) {
    // Mermaid cannot draw the blueprint's lines; each lane's title names the line above it.
    const char* above = nullptr;
    for (Lane lane :
         {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support, Lane::Partner}) {
      const char* line = std::exchange(above, line_below(lane));
      bool any = false;
      for (const Step& s : j.steps) any = any || s.lane == lane;
      if (!any) continue;
      w.open(fmt::format("lane:{}", to_string(lane)),
             line ? fmt::format("{} — below the {}", lane_title(lane), line)
                  : std::string(lane_title(lane)));
      for (std::size_t s = 0; s < j.steps.size(); ++s)
        if (j.steps[s].lane == lane) put_step(static_cast<std::int32_t>(s));
      w.close();
    }
  } else {
    for (const Stage& st : j.stages) {
      w.open("stage:" + st.id, st.name.empty() ? st.id : st.name);
      for (std::int32_t s = st.first; s < st.first + st.count; ++s) put_step(s);
      w.close();
    }
  }
  for (const Edge& e : jg.edges) {
    std::string to;
    if (e.cross) {
      const Journey& other = model.journeys[e.to_journey];
      to = "link:" + other.id + "/" + other.steps[e.to].id;
      w.node(to, "→ " + text(other.name.empty() ? other.id : other.name) + ": " +
                     text(step_name(other.steps[e.to])));
    } else {
      to = "step:" + j.steps[e.to].id;
    }
    const FlowLook look = flow_look(model, jg, e, overlay);
    std::string label = text(look.condition);
    if (look.handover) label = label.empty() ? text(look.what) : text(look.what) + "<br/>" + label;
    const char* arrow = look.loop ? "-.->" : look.handover ? "==>" : "-->";
    int n = w.edge("step:" + j.steps[e.from].id, to, arrow, label);
    if (!look.finding.empty())
      w.link_style(n, fmt::format("stroke:{},stroke-width:3px", look.finding));
  }
}

std::string chain(const Model& model, const Graph& graph, const Overlay& overlay,
                  const Palette& palette) {
  Writer w("LR");
  w.line(fmt::format("%% {} — service chain", text(model.organisation.value)));
  w.node("customer", "Customer", "([])");
  w.style("customer", fmt::format("fill:{}", kCustomerColour));
  w.open("internal", "Our organisation");
  for (std::size_t i = 0; i < model.departments.size(); ++i) {
    const Department& d = model.departments[i];
    const std::string key = "dept:" + d.id;
    w.node(key, text(d.name.empty() ? d.id : d.name) + "<br/><small>" + text(to_string(d.type)) +
                    "</small>");
    w.style(key, fmt::format("fill:{}{}", palette.fill_department(static_cast<std::int32_t>(i)),
                             d.type == DepartmentType::Frontline ? ",stroke-width:3px" : ""));
    overlay_node(w, overlay, key, "department:" + d.id);
  }
  w.close();
  if (!model.partners.empty()) {
    w.open("external", "External partners");
    for (std::size_t i = 0; i < model.partners.size(); ++i) {
      const Partner& p = model.partners[i];
      const std::string key = "partner:" + p.id;
      w.node(key, text(p.name.empty() ? p.id : p.name) + "<br/><small>" +
                      text(to_string(p.agreement)) + "</small>");
      w.style(key, fmt::format("fill:{}{}", palette.fill_partner(static_cast<std::int32_t>(i)),
                               p.agreement == Agreement::Informal ? ",stroke-dasharray:5 5" : ""));
      overlay_node(w, overlay, key, "partner:" + p.id);
    }
    w.close();
  }
  const Flows flows = collect_handovers(model, graph, FlowLevel::Party);
  for (const auto& [pair, f] : flows.pairs) {
    std::string methods;
    for (const auto& m : f.methods) methods += (methods.empty() ? "" : ", ") + m;
    w.edge(pair.first, pair.second, "==>", text(fmt::format("{}× {}", f.count, methods)));
  }
  for (const Partner& p : model.partners)
    if (p.feedback.present())
      for (const auto& [pair, f] : flows.pairs)
        if (pair.second == "partner:" + p.id && pair.first.starts_with("dept:"))
          w.edge(pair.second, pair.first, "-.->", text("feedback: " + p.feedback.value));
  return w.finish();
}

std::string handovers(const Model& model, const Graph& graph, const Overlay& overlay,
                      const Palette& palette) {
  Writer w("LR");
  w.line(fmt::format("%% {} — handovers", text(model.organisation.value)));
  const Flows flows = collect_handovers(model, graph, FlowLevel::Owner);
  for (const auto& [name, owner] : flows.ends) {
    w.node("owner:" + name, text(owner_display_name(model, owner)));
    w.style("owner:" + name, fmt::format("fill:{}", palette.fill(owner)));
  }
  for (const auto& [pair, f] : flows.pairs) {
    int n =
        w.edge("owner:" + pair.first, "owner:" + pair.second, "-->", fmt::format("{}", f.count));
    std::string colour = f.kind == EdgeKind::Partner      ? "#8c564b"
                         : f.kind == EdgeKind::Department ? "#1f4e79"
                                                          : "#888888";
    for (const auto& t : f.targets)
      if (auto c = overlay.colour(t); !c.empty() && colour != kErrorColour) colour = c;
    w.link_style(n, fmt::format("stroke:{},stroke-width:{:.0f}px", colour,
                                1.0 + 2.0 * std::log2(1.0 + f.count)));
  }
  return w.finish();
}

// Text for a Mermaid `journey` diagram: its grammar ends a title at # ; and line breaks, a
// section or task name also at :, and an actor at , (actors are a comma-separated list);
// each becomes a look-alike that it does not end at.
std::string journey_text(std::string_view s) {
  std::string out;
  for (unsigned char c : s) {
    switch (c) {
      case '#':
        out += "＃";
        break;
      case ':':
        out += "꞉";
        break;  // U+A789, a colon to the eye
      case ';':
        out += "；";
        break;
      case ',':
        out += "，";
        break;
      default:
        out += (c < 0x20 || c == 0x7f) ? ' ' : static_cast<char>(c);
    }
  }
  // A name that is blank would make an empty task or section: Mermaid rejects those.
  if (out.find_first_not_of(' ') == std::string::npos) out = "(unnamed)";
  return out;
}

// The experience view as a Mermaid `journey` (SPEC section 6) for one persona (-1: the
// journey lists none; then every section is empty).
std::string experience_journey(const Model& model, const Graph& graph, std::int32_t index,
                               std::int32_t persona) {
  const Journey& j = model.journeys[index];
  const JourneyGraph& jg = graph.journeys[index];
  std::string title = journey_name(j);
  if (persona >= 0) {
    const Persona& p = model.personas[persona];
    title += " — " + (p.name.empty() ? p.id : p.name);
  }
  std::string out = "journey\n";
  out += fmt::format("  %% {} — experience: {}\n",
                     journey_text(model.organisation.present() ? model.organisation.value
                                                               : "Untitled organisation"),
                     journey_text(journey_name(j)));
  out += fmt::format("  title {}\n", journey_text(title));
  if (persona < 0) out += "  %% the journey lists no personas: no scores to show\n";
  for (const Stage& st : j.stages) {
    out += fmt::format("  section {}\n", journey_text(stage_name(st)));
    for (std::int32_t s = st.first; s < st.first + st.count; ++s) {
      const std::optional<int> score = persona >= 0 ? score_for(j.steps[s], persona) : std::nullopt;
      if (!score) continue;
      const Owner owner = jg.owners[s];
      const std::string actor =
          owner.kind == OwnerKind::Unresolved ? "owner unclear" : owner_display_name(model, owner);
      out += fmt::format("    {}: {}: {}\n", journey_text(step_name(j.steps[s])), *score + 3,
                         journey_text(actor));
    }
  }
  return out;
}

}  // namespace

std::string mermaid(const Model& model, const Graph& graph, View view, std::int32_t journey,
                    std::int32_t persona, const Overlay& overlay) {
  const Palette palette(model);
  switch (view) {
    case View::Chain:
      return chain(model, graph, overlay, palette);
    case View::Handovers:
      return handovers(model, graph, overlay, palette);
    case View::Experience:
      return experience_journey(model, graph, journey, persona);
    case View::Journey:
    case View::Blueprint: {
      const Journey& j = model.journeys[journey];
      Writer w(view == View::Journey ? "LR" : "TB");
      w.line(fmt::format("%% {} — {}: {}", text(model.organisation.value), to_string(view),
                         text(j.name.empty() ? j.id : j.name)));
      journey_flow(w, model, graph, journey, overlay, palette, view == View::Blueprint);
      return w.finish();
    }
  }
  return "";
}

}  // namespace chainmap::views
