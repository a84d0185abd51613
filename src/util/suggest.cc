#include "util/suggest.h"

#include <algorithm>
#include <cctype>

#include <fmt/format.h>

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
std::string lower(std::string_view s) {
  std::string out(s);
  for (auto& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}
}  // namespace

std::optional<std::string> closest(std::string_view word, const std::vector<std::string>& candidates) {
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
  if (lowered.size() < 4) return std::nullopt;
  const std::string stem = lowered.substr(0, std::max<std::size_t>(4, lowered.size() - 1));
  const std::string* found = nullptr;
  for (const auto& candidate : candidates) {
    if (!lower(candidate).starts_with(stem) || candidate == word) continue;
    if (found) return std::nullopt;  // more than one: no guess
    found = &candidate;
  }
  if (found) return *found;
  return std::nullopt;
}

std::string did_you_mean(std::string_view word, const std::vector<std::string>& candidates) {
  auto best = closest(word, candidates);
  return best ? fmt::format("; did you mean '{}'?", *best) : std::string();
}

}  // namespace chainmap
