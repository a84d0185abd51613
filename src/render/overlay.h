#pragma once
// The findings overlay (`--findings`): what the checks found, drawn on the elements they are
// about in colours no view uses for anything else, with a numbered callout on each marked
// element and, under the picture, a key and the numbered list of the findings (rule id,
// severity, message), so that PNG and PDF carry the messages too; SVG also has them as tooltips.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/diagnostic.h"
#include "render/dot.h"

namespace chainmap::views {

// Findings only: no view draws anything else in these (issue 16). Both are at least 21
// CIEDE2000 from every line, border and text colour of the views (the handover blue, partner
// brown, moment-of-truth gold, the personas' curve colours) and from each other.
inline constexpr const char* kErrorColour = "#ff1744";
inline constexpr const char* kWarningColour = "#ff6f00";

// Findings by target (SPEC section 4), strongest severity first; notes are not drawn.
// One Overlay serves one picture: it numbers the elements the picture marks, in the order the
// view asks for their callouts, and lists them under the picture.
class Overlay {
 public:
  explicit Overlay(const std::vector<Diagnostic>* findings);
  // "" when the target has no error or warning, else the colour of the worst one.
  std::string colour(const std::string& target) const;
  // "severity: message [rule]" lines, for tooltips.
  std::string tooltip(const std::string& target) const;
  // Whether the target has an error or warning of the rule.
  bool has_rule(const std::string& target, std::string_view rule) const;
  bool enabled() const { return enabled_; }
  // The number of the callout on the element drawn for `targets`: 0 when none of them has an
  // error or warning; else numbered from 1 in the order asked, one element (the same targets)
  // keeping its number when asked again. Numbering is what drawing a picture records, so it is
  // allowed on the const overlay a view is given.
  int callout(const std::vector<std::string>& targets) const;
  // The key (what the colours and numbered marks mean) and the numbered list, as an HTML-like
  // label for under the picture: "" without --findings.
  std::string key_and_list() const;

 private:
  struct Finding {
    Severity severity = Severity::Off;
    std::string rule, message;
  };
  struct Entry {
    Severity worst = Severity::Off;
    std::vector<Finding> findings;
  };
  struct Callout {
    std::vector<std::string> targets;
    Severity worst = Severity::Off;
  };
  bool enabled_ = false;
  std::map<std::string, Entry> by_target_;
  mutable std::vector<Callout> callouts_;
};

// A callout: the number, white and bold, on a rounded badge of the finding's colour (an
// HTML-like table).
std::string callout_badge(int number, std::string_view colour);
// An HTML-like label with the callout badge on its left, at the top.
std::string with_callout(std::string_view html_label, int number, std::string_view colour);

// Marks a node, cluster or edge when one of `targets` has findings (the worst decides the
// colour; every message goes into the tooltip): its colour, a heavier border for a node
// (an edge keeps the width the view gave it: it says how many handovers the edge carries), and
// the callout number at the start of its label.
void add_overlay(Attrs& attrs, const Overlay& overlay, const std::vector<std::string>& targets,
                 bool node);

// Opens the frame that carries the findings list under the picture (a borderless cluster
// around everything the view draws), and closes it with the key and list as its label at the
// bottom. Both do nothing without --findings.
void open_findings_frame(DotWriter& dot, const Overlay& overlay);
void close_findings_frame(DotWriter& dot, const Overlay& overlay);

}  // namespace chainmap::views
