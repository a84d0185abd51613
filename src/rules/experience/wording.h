#pragma once
// Wording shared by the experience/* rules: lists of names and pain point texts in messages.
#include <string>
#include <string_view>
#include <vector>

namespace chainmap::rules {

// "'a'", "'a' and 'b'", "'a', 'b' and 'c'"
inline std::string quoted_and(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += "'" + items[i] + "'";
  }
  return out;
}

// "a", "a and b", "a, b and c"
inline std::string plain_and(const std::vector<std::string>& items) {
  std::string out;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += i + 1 == items.size() ? " and " : ", ";
    out += items[i];
  }
  return out;
}

// A pain point's text as a message quotes it: its first line, cut to about 60 bytes at a word
// boundary (never inside a UTF-8 sequence), with "..." when cut.
inline std::string short_text(std::string_view text) {
  constexpr std::size_t kMax = 60;
  text = text.substr(0, text.find('\n'));
  if (text.size() <= kMax) return std::string(text);
  std::size_t cut = text.rfind(' ', kMax);
  if (cut == std::string_view::npos || cut < kMax / 2) {
    cut = kMax;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  }
  return std::string(text.substr(0, cut)) + "...";
}

}  // namespace chainmap::rules
