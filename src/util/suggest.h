#pragma once
// "Did you mean" for unknown keys, references and rule names (like ninja's edit_distance).
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

// Optimal-string-alignment distance (insertions, deletions, substitutions, transpositions).
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate closest to `word`, if it is close enough to be a plausible typo; ties go to
// the candidate that sorts first, so suggestions are deterministic.
std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" — appended to messages.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chainmap
