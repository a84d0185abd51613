#include "rules/path_text.h"

#include <fmt/format.h>

namespace chainmap::rules {

std::string path_text(const Journey& journey, std::span<const std::int32_t> head,
                      std::span<const std::int32_t> tail, std::size_t length) {
  std::string out;
  auto add = [&](std::string_view part) {
    if (!out.empty()) out += " -> ";
    out += part;
  };
  for (auto s : head) add(journey.steps[s].id);
  const std::size_t shown = head.size() + tail.size();
  if (!tail.empty() && length > shown) add(fmt::format("\u2026 {} more", length - shown));
  for (auto s : tail) add(journey.steps[s].id);
  return out;
}

std::string path_text(const Journey& journey, std::span<const std::int32_t> steps) {
  if (steps.size() <= kPathHead + kPathTail + 1) return path_text(journey, steps, {}, steps.size());
  return path_text(journey, steps.first(kPathHead), steps.last(kPathTail), steps.size());
}

}  // namespace chainmap::rules
