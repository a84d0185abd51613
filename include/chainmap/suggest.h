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
// the candidate that sorts first, so suggestions are deterministic. Tried in turn:
//  1. a few edits (`ownr` -> `owner`, `followup` -> `follow-up`);
//  2. a shortened or inflected word that starts exactly one candidate (`carry` -> `carries`);
//  3. word parts (hyphen, underscore, dot and camelCase separated): a candidate all of whose
//     parts appear in the word (`contract-ref` -> `contract`, `confirmed-by` -> `confirm`),
//     or whose parts hold all of the word's (`follow` -> `follow-up`); parts match when equal,
//     when one starts the other (4 letters at least) or when one edit apart (5 letters at
//     least). Several such candidates: the one matching best (more parts, equal parts
//     before shared beginnings before one-edit matches), else no guess.
std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates);

// "; did you mean 'x'?" or "" — appended to messages.
std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates);

// As did_you_mean, but when nothing is close it lists the candidates instead, in the order
// given: "; expected one of: a, b, c". For small fixed sets such as the keys of a mapping.
std::string did_you_mean_or_list(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace chainmap
