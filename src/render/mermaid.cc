// Mermaid text for GitHub markdown (SPEC section 6, `--format mermaid`): a flowchart for the
// chain, handovers, journey and blueprint views (journeys: a column per stage, left to right;
// see JourneyFlow), and for the experience view Mermaid's own `journey` diagram: a section per
// stage, a task per step the persona scored, its score + 3 (Mermaid's 1..5), the step's owner as
// actor. Flowchart node ids are generated (n0, n1 ...); user text only ever appears inside quoted
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
  // A node is declared once; later uses (a step linked to twice) only refer to its id.
  void node(const std::string& key, const std::string& label, std::string_view shape = "[]") {
    if (!declared_.insert(key).second) return;
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
  std::set<std::string> declared_;
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

// The stage each step is in, -1 for none.
std::vector<std::int32_t> stage_of(const Journey& j) {
  std::vector<std::int32_t> out(j.steps.size(), -1);
  for (std::size_t i = 0; i < j.stages.size(); ++i)
    for (std::int32_t s = j.stages[i].first; s < j.stages[i].first + j.stages[i].count; ++s)
      if (s >= 0 && s < static_cast<std::int32_t>(out.size()))
        out[s] = static_cast<std::int32_t>(i);
  return out;
}

// One journey as Mermaid can lay it out: a subgraph per stage (none for a stage without steps:
// an empty subgraph breaks the elk renderer), `direction TB` inside, left to right in model
// order. Mermaid honours a subgraph's direction only while no link crosses its border from a
// node inside, so a flow between steps of two stages is drawn between the two stage boxes and
// its label names the steps the boxes do not make plain (`from` a step that is not its stage's
// last, `to` one that is not its stage's first). Invisible links (`~~~`) keep the stages, and
// the steps of a stage, in model order where no flow does. In the blueprint a stage holds a
// subgraph per run of neighbouring steps in one lane, titled with the lane.
class JourneyFlow {
 public:
  JourneyFlow(Writer& w, const Model& model, const Graph& graph, std::int32_t index,
              const Overlay& overlay, const Palette& palette, bool by_lane)
      : w_(w),
        model_(model),
        j_(model.journeys[index]),
        jg_(graph.journeys[index]),
        overlay_(overlay),
        palette_(palette),
        by_lane_(by_lane),
        stage_(stage_of(j_)) {}

  void write() {
    std::vector<std::string> stages;
    for (const Stage& st : j_.stages) {
      if (st.count <= 0) continue;
      stages.push_back("stage:" + st.id);
      w_.open(stages.back(), stage_name(st));
      w_.line("direction TB");
      if (by_lane_)
        lanes(st);
      else
        for (std::int32_t s = st.first; s < st.first + st.count; ++s) put_step(s);
      w_.close();
    }
    for (std::size_t s = 0; s < j_.steps.size(); ++s)
      if (stage_[s] < 0) put_step(static_cast<std::int32_t>(s));
    // Invisible links keep the stages in model order where the flow alone would not.
    for (std::size_t i = 1; i < stages.size(); ++i) w_.edge(stages[i - 1], stages[i], "~~~", "");
    for (const auto& [above, below] : run_order_) w_.edge(above, below, "~~~", "");
    if (!by_lane_) stack_steps();
    for (const Edge& e : jg_.edges) edge(e);
  }

 private:
  void put_step(std::int32_t s) {
    const std::string key = "step:" + j_.steps[s].id;
    w_.node(key, step_text(model_, j_.steps[s], jg_.owners[s]), jg_.terminal[s] ? "([])" : "[]");
    w_.style(key, fmt::format("fill:{}", palette_.fill(jg_.owners[s])));
    overlay_node(w_, overlay_, key, step_target(j_, j_.steps[s]));
  }

  // In the journey view a stage's steps stand in model order, top to bottom: an invisible link
  // joins two neighbours that no flow joins.
  void stack_steps() {
    for (std::size_t s = 1; s < j_.steps.size(); ++s) {
      const auto a = static_cast<std::int32_t>(s - 1);
      const auto b = static_cast<std::int32_t>(s);
      if (stage_[a] < 0 || stage_[a] != stage_[b]) continue;
      bool joined = false;
      for (std::int32_t i : jg_.out(a)) joined = joined || jg_.edges[i].to == b;
      for (std::int32_t i : jg_.out(b)) joined = joined || jg_.edges[i].to == a;
      if (!joined) w_.edge("step:" + j_.steps[a].id, "step:" + j_.steps[b].id, "~~~", "");
    }
  }

  // Mermaid cannot draw the blueprint's lines; a lane's title names the line above it.
  static std::string lane_heading(Lane lane) {
    const char* above = nullptr;
    for (Lane l :
         {Lane::Customer, Lane::Frontstage, Lane::Backstage, Lane::Support, Lane::Partner}) {
      if (l == lane) break;
      above = line_below(l);
    }
    return above ? fmt::format("{} — below the {}", lane_title(lane), above)
                 : std::string(lane_title(lane));
  }

  // A stage of the blueprint: each run of neighbouring steps in one lane is a subgraph titled
  // with the lane, the runs top to bottom in model order. (One subgraph per lane and stage
  // would interleave when the flow goes back and forth between two lanes, and Mermaid's
  // layout then draws the boxes over each other, with steps inside the wrong lane's box.)
  void lanes(const Stage& st) {
    std::string previous;
    for (std::int32_t s = st.first; s < st.first + st.count;) {
      const Lane lane = j_.steps[s].lane;
      const std::string key = fmt::format("stage:{}/run:{}", st.id, s);
      w_.open(key, lane_heading(lane));
      for (; s < st.first + st.count && j_.steps[s].lane == lane; ++s) put_step(s);
      w_.close();
      if (!previous.empty()) run_order_.emplace_back(previous, key);
      previous = key;
    }
  }

  // The handover, "[condition]" and "loop": the edge's label lines.
  static std::string label(const FlowLook& look, bool back) {
    std::string out = look.condition.empty() ? "" : "[" + text(look.condition) + "]";
    if (look.handover) out = out.empty() ? text(look.what) : text(look.what) + "<br/>" + out;
    if (look.loop && !back) out = out.empty() ? "loop" : out + " (loop)";
    return out;
  }

  // A flow back to the same or an earlier step is written from that step on, as a dotted line
  // without arrowheads labelled "loop back to" its step: Mermaid draws no arrowhead at a link's
  // start, and a link written against the stages' order makes its layout put the later stage
  // first.
  void edge(const Edge& e) {
    const FlowLook look = flow_look(model_, jg_, e, overlay_);
    const bool back = !e.cross && e.to <= e.from;
    std::string label = JourneyFlow::label(look, back);
    auto add = [&label](const std::string& line) {
      label += (label.empty() ? "" : "<br/>") + line;
    };
    std::string from = "step:" + j_.steps[e.from].id;
    std::string to;
    const std::int32_t sf = stage_[e.from];
    if (e.cross) {
      const Journey& other = model_.journeys[e.to_journey];
      to = "link:" + other.id + "/" + other.steps[e.to].id;
      w_.node(to, "→ " + text(journey_name(other)) + ": " + text(step_name(other.steps[e.to])));
    } else {
      to = "step:" + j_.steps[e.to].id;
    }
    const std::int32_t st = e.cross ? -1 : stage_[e.to];
    if (back) add("loop back to " + text(step_name(j_.steps[e.to])));
    if (sf >= 0 && sf != st) {
      const Stage& s = j_.stages[sf];
      if (e.from != s.first + s.count - 1) add("from " + text(step_name(j_.steps[e.from])));
      from = "stage:" + s.id;
    }
    if (st >= 0 && st != sf) {
      const Stage& s = j_.stages[st];
      if (e.to != s.first && !back) add("to " + text(step_name(j_.steps[e.to])));
      to = "stage:" + s.id;
    }
    const char* arrow = back ? "-.-" : look.loop ? "-.->" : look.handover ? "==>" : "-->";
    const int n = back ? w_.edge(to, from, arrow, label) : w_.edge(from, to, arrow, label);
    const std::string colour = look.finding.empty() ? look.colour : look.finding;
    if (!colour.empty())
      w_.link_style(
          n,
          fmt::format("stroke:{}{}{}", colour, look.finding.empty() ? "" : ",stroke-width:3px",
                      look.line_style() == "dashed" && !look.loop ? ",stroke-dasharray:6 4" : ""));
  }

  Writer& w_;
  const Model& model_;
  const Journey& j_;
  const JourneyGraph& jg_;
  const Overlay& overlay_;
  const Palette& palette_;
  const bool by_lane_;
  const std::vector<std::int32_t> stage_;
  std::vector<std::pair<std::string, std::string>> run_order_;
};

std::string chain(const Model& model, const Graph& graph, const Overlay& overlay,
                  const Palette& palette) {
  Writer w("LR");
  w.line(fmt::format("%% {} — service chain", text(model.organisation.value)));
  w.node("customer", "Customer", "([])");
  w.style("customer", fmt::format("fill:{}", kCustomerColour));
  // No subgraph without nodes: an empty one breaks Mermaid's elk renderer.
  if (!model.departments.empty()) w.open("internal", "Our organisation");
  for (std::size_t i = 0; i < model.departments.size(); ++i) {
    const Department& d = model.departments[i];
    const std::string key = "dept:" + d.id;
    w.node(key, text(d.name.empty() ? d.id : d.name) + "<br/><small>" + text(to_string(d.type)) +
                    "</small>");
    w.style(key, fmt::format("fill:{}{}", palette.fill_department(static_cast<std::int32_t>(i)),
                             d.type == DepartmentType::Frontline ? ",stroke-width:3px" : ""));
    overlay_node(w, overlay, key, "department:" + d.id);
  }
  if (!model.departments.empty()) w.close();
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
      Writer w("LR");
      w.line(fmt::format("%% {} — {}: {}", text(model.organisation.value), to_string(view),
                         text(j.name.empty() ? j.id : j.name)));
      JourneyFlow(w, model, graph, journey, overlay, palette, view == View::Blueprint).write();
      return w.finish();
    }
  }
  return "";
}

}  // namespace chainmap::views
