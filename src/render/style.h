#pragma once
// What the views share: owner colours, fonts, the findings overlay, titles and edge labels.
#include <map>
#include <set>
#include <string>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/render.h"
#include "render/dot.h"
#include "render/gvc.h"

namespace chainmap::views {

inline constexpr const char* kFont = "DejaVu Sans";
inline constexpr const char* kErrorColour = "#d62728";
inline constexpr const char* kWarningColour = "#ff9f1c";
inline constexpr const char* kCustomerColour = "#fff2b3";
inline constexpr const char* kUnknownColour = "#e0e0e0";

// Fill colours keyed by party: departments and partners sorted by id take palette colours in
// turn, so an owner has the same colour in every view of a model and two owners of one model
// share a colour only beyond the palette's size. Roles take their department's colour.
class Palette {
 public:
  explicit Palette(const Model& model);
  std::string fill(const Owner& owner) const;
  std::string fill_department(std::int32_t index) const;
  std::string fill_partner(std::int32_t index) const;

 private:
  std::vector<std::string> departments_, partners_;
};

// Findings by target (SPEC section 4), strongest severity first; notes are not drawn.
class Overlay {
 public:
  explicit Overlay(const std::vector<Diagnostic>* findings);
  // "" when the target has no error or warning, else the colour of the worst one.
  std::string colour(const std::string& target) const;
  // "severity: message [rule]" lines, for tooltips.
  std::string tooltip(const std::string& target) const;
  bool enabled() const { return enabled_; }

 private:
  struct Entry {
    Severity worst = Severity::Off;
    std::vector<std::string> lines;
  };
  bool enabled_ = false;
  std::map<std::string, Entry> by_target_;
};

// Adds colour/penwidth/tooltip attributes to a node or edge when one of `targets` has
// findings (the worst decides the colour; every message goes into the tooltip).
void add_overlay(Attrs& attrs, const Overlay& overlay, const std::vector<std::string>& targets,
                 bool node);

// Words wrapped to lines of about `width` characters, HTML-escaped, joined by <BR/>.
std::string wrap_html(std::string_view text, std::size_t width);

// An HTML-like table row of colour swatches naming the owners given (owner legend).
std::string owner_legend(const Model& model, const Palette& palette, const std::vector<Owner>& owners);

// A blueprint lane's row title ("Customer actions", ...), and the line drawn below it: "line
// of interaction" (customer), "line of visibility" (frontstage), "line of internal
// interaction" (backstage), or nullptr.
const char* lane_title(Lane lane);
const char* line_below(Lane lane);

// A step's HTML-like label: name, owner, duration, channel, "end", ★ moment of truth.
std::string step_label(const Model& model, const Step& step, bool terminal);
// A step as a node: name, owner, duration, channel, "end" and ★ moment of truth; filled in
// its owner's colour, double border at an end, gold border on a moment of truth, findings
// overlaid.
Attrs step_node(const Model& model, const Palette& palette, const Journey& j, const JourneyGraph& jg, std::int32_t s,
                const Overlay& overlay);

// graph/node/edge defaults every view starts with (font pinned for identical output).
void common_defaults(DotWriter& dot, std::string_view rankdir);

// An HTML-like title: organisation, view name, subject, one line of smaller notes.
std::string title_label(const Model& model, std::string_view view, std::string_view subject,
                        const std::vector<std::string>& notes);

// "wms-ticket · order-id, address": how a handover is labelled on an edge.
std::string handover_summary(const Model& model, const Handover& handover);

// Handovers of every journey, aggregated per ordered pair of ends (the chain, handovers and
// their mermaid forms all draw these). Keys sort, so iteration order is deterministic.
struct Flow {
  int count = 0;
  EdgeKind kind = EdgeKind::Unjudged;   // the strongest kind seen: Partner > Department > Team
  std::set<std::string> methods;        // "undeclared" for a handover without `handover`
  std::set<std::string> journeys;       // journey names
  std::vector<std::string> targets;     // handover targets, for the findings overlay
};
enum class FlowLevel {
  Owner,  // ends are owners (`sales.advisor`); team handovers included
  Party,  // ends are parties (`dept:sales`, `partner:fastship`); roles fold into departments,
          // so team handovers, which stay inside a department, are left out
};
struct Flows {
  std::map<std::string, Owner> ends;
  std::map<std::pair<std::string, std::string>, Flow> pairs;
};
Flows collect_handovers(const Model& model, const Graph& graph, FlowLevel level);
// The party key of an owner at FlowLevel::Party ("customer", "dept:<id>", "partner:<id>").
std::string party_key(const Model& model, const Owner& owner);

// A node id that is safe and stable: a prefix plus the model id.
std::string node_id(std::string_view prefix, std::string_view id);

// The display name of a step: its name, or its id.
std::string step_name(const Step& step);

// Journey by id, or nullptr.
const Journey* find_journey(const Model& model, std::string_view id);

std::string dot_chain(const Model& model, const Graph& graph, const Overlay& overlay);
std::string dot_journey(const Model& model, const Graph& graph, std::int32_t journey,
                        const Overlay& overlay);
// A view's DOT plus what to draw behind it once it is laid out (empty: nothing).
struct Drawing {
  std::string dot;
  Background background;
};
Drawing dot_blueprint(const Model& model, const Graph& graph, std::int32_t journey, const Overlay& overlay);
std::string dot_handovers(const Model& model, const Graph& graph, const Overlay& overlay);
std::string mermaid(const Model& model, const Graph& graph, View view, std::int32_t journey,
                    const Overlay& overlay);

}  // namespace chainmap::views
