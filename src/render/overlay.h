#pragma once
// The findings overlay (`--findings`): findings by target, drawn as colours and tooltips.
#include <map>
#include <string>
#include <vector>

#include "chainmap/diagnostic.h"
#include "render/dot.h"

namespace chainmap::views {

inline constexpr const char* kErrorColour = "#d62728";
inline constexpr const char* kWarningColour = "#ff9f1c";

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

}  // namespace chainmap::views
