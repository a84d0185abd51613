#include "chainmap/suggest.h"

#include <algorithm>
#include <cctype>
#include <utility>

#include <fmt/format.h>
#include <fmt/ranges.h>

namespace chainmap {

std::size_t edit_distance(std::string_view a, std::string_view b) {
  const std::size_t n = a.size(), m = b.size();
  std::vector<std::size_t> prev2(m + 1), prev(m + 1), cur(m + 1);
  for (std::size_t j = 0; j <= m; ++j) prev[j] = j;
  for (std::size_t i = 1; i <= n; ++i) {
    cur[0] = i;
    for (std::size_t j = 1; j <= m; ++j) {
      std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
      if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
        cur[j] = std::min(cur[j], prev2[j - 2] + 1);
    }
    std::swap(prev2, prev);
    std::swap(prev, cur);
  }
  return prev[m];
}

namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = lower(c);
  return out;
}

// Lowercase word parts: `contract-ref`, `contract_ref`, `contractRef` -> contract, ref.
std::vector<std::string> parts(std::string_view word) {
  std::vector<std::string> out;
  std::string part;
  for (std::size_t i = 0; i < word.size(); ++i) {
    const char c = word[i];
    const bool separator = c == '-' || c == '_' || c == '.' || c == '/' || c == ' ';
    const bool camel = i > 0 && std::isupper(static_cast<unsigned char>(c)) &&
                       std::islower(static_cast<unsigned char>(word[i - 1]));
    if ((separator || camel) && !part.empty()) out.push_back(std::exchange(part, {}));
    if (!separator) part += lower(c);
  }
  if (!part.empty()) out.push_back(part);
  return out;
}

// How alike two word parts are: 3 equal, 2 one starts the other (`confirmed`, `confirm`;
// 4 letters at least), 1 one edit apart (5 letters at least), 0 not alike.
int part_match(std::string_view a, std::string_view b) {
  if (a == b) return 3;
  const std::size_t shorter = std::min(a.size(), b.size());
  if (shorter >= 4 && (a.starts_with(b) || b.starts_with(a))) return 2;
  return shorter >= 5 && edit_distance(a, b) <= 1 ? 1 : 0;
}

// The sum of the best matches of the parts `of` among `in`; 0 unless every part has one.
int all_parts_in(const std::vector<std::string>& of, const std::vector<std::string>& in) {
  int total = 0;
  for (const auto& p : of) {
    int best = 0;
    for (const auto& q : in) best = std::max(best, part_match(p, q));
    if (best == 0) return 0;
    total += best;
  }
  return total;
}

std::optional<std::string> by_parts(std::string_view word,
                                    const std::vector<std::string>& candidates) {
  const std::vector<std::string> word_parts = parts(word);
  if (word_parts.empty()) return std::nullopt;
  const std::string* best = nullptr;
  int best_score = 0;
  bool tie = false;
  for (const auto& candidate : candidates) {
    if (candidate == word) continue;
    const std::vector<std::string> candidate_parts = parts(candidate);
    if (candidate_parts.empty()) continue;
    const int score = std::max(all_parts_in(candidate_parts, word_parts),
                               all_parts_in(word_parts, candidate_parts));
    if (score == 0) continue;
    if (score > best_score) {
      best = &candidate;
      best_score = score;
      tie = false;
    } else if (score == best_score) {
      tie = true;
    }
  }
  if (!best || tie) return std::nullopt;
  return *best;
}

}  // namespace

std::optional<std::string> closest(std::string_view word,
                                   const std::vector<std::string>& candidates) {
  if (word.empty()) return std::nullopt;
  // Short words tolerate one edit, longer ones up to three: enough for typos, not for guesses.
  const std::size_t limit = word.size() <= 3 ? 1 : word.size() <= 7 ? 2 : 3;
  const std::string lowered = lower(word);
  const std::string* best = nullptr;
  std::size_t best_distance = limit + 1;
  for (const auto& candidate : candidates) {
    if (candidate == word) continue;
    std::size_t d = lower(candidate) == lowered ? 0 : edit_distance(word, candidate);
    if (d < best_distance || (d == best_distance && best && candidate < *best)) {
      best = &candidate;
      best_distance = d;
    }
  }
  if (best && best_distance <= limit) return *best;
  // A shortened or differently inflected word: `carry` for `carries`, `warn` for `warning`.
  // The word without its last letter (at least 4 letters) starts exactly one candidate.
  if (lowered.size() >= 4) {
    const std::string stem = lowered.substr(0, std::max<std::size_t>(4, lowered.size() - 1));
    const std::string* found = nullptr;
    bool several = false;
    for (const auto& candidate : candidates) {
      if (!lower(candidate).starts_with(stem) || candidate == word) continue;
      several = several || found;
      found = &candidate;
    }
    if (found && !several) return *found;
    if (several) return std::nullopt;  // `respo`: response or responsible? no guess
  }
  // A longer or shorter name built from the same words: `contract-ref`, `review-cadence`.
  return by_parts(word, candidates);
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto best = closest(word, candidates);
  return best ? fmt::format("; did you mean '{}'?", *best) : std::string();
}

std::string did_you_mean_or_list(std::string_view word,
                                 const std::vector<std::string>& candidates) {
  if (auto best = closest(word, candidates)) return fmt::format("; did you mean '{}'?", *best);
  if (candidates.empty()) return {};
  return fmt::format("; expected one of: {}", fmt::join(candidates, ", "));
}

}  // namespace chainmap
