#pragma once
// How messages write a path of steps: "a -> b -> c", shortened when long so that a 300-step
// path does not turn one finding into kilobytes: the first and last few steps, and how many
// were left out between them ("a -> b -> c -> d -> … 292 more -> w -> x -> y -> z").
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/model.h"

namespace chainmap::rules {

// Steps shown at each end of a long path. A path of up to kPathHead + kPathTail + 1 steps is
// shown whole ("… 1 more" would save nothing).
inline constexpr std::size_t kPathHead = 4, kPathTail = 4;

// The ids of `steps` (indexes into journey.steps), shortened when long.
std::string path_text(const Journey& journey, std::span<const std::int32_t> steps);
// A path already cut: its first steps, its last steps (empty when `head` is the whole path),
// and the number of steps on the whole path.
std::string path_text(const Journey& journey, std::span<const std::int32_t> head,
                      std::span<const std::int32_t> tail, std::size_t length);

}  // namespace chainmap::rules
