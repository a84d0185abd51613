#include "render/overlay.h"

#include <algorithm>

#include <fmt/format.h>

namespace chainmap::views {

Overlay::Overlay(const std::vector<Diagnostic>* findings) {
  if (!findings) return;
  enabled_ = true;
  for (const Diagnostic& d : *findings) {
    if (d.severity != Severity::Error && d.severity != Severity::Warning) continue;
    Entry& e = by_target_[d.target];
    e.worst = std::max(e.worst, d.severity);
    e.lines.push_back(fmt::format("{}: {} [{}]", to_string(d.severity), d.message, d.rule));
    e.rules.push_back(d.rule);
  }
}

std::string Overlay::colour(const std::string& target) const {
  auto it = by_target_.find(target);
  if (it == by_target_.end()) return "";
  return it->second.worst == Severity::Error ? kErrorColour : kWarningColour;
}

bool Overlay::has_rule(const std::string& target, std::string_view rule) const {
  auto it = by_target_.find(target);
  return it != by_target_.end() && std::find(it->second.rules.begin(), it->second.rules.end(),
                                             rule) != it->second.rules.end();
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

}  // namespace chainmap::views
