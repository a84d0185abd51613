#include "chainmap/printable.h"

namespace chainmap {

std::size_t utf8_length(std::string_view text, std::size_t i) {
  const auto c = static_cast<unsigned char>(text[i]);
  std::size_t len;
  unsigned lo = 0x80, hi = 0xBF;
  if (c < 0x80) return 1;
  if (c >= 0xC2 && c <= 0xDF)
    len = 2;
  else if (c >= 0xE0 && c <= 0xEF) {
    len = 3;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F;
  } else if (c >= 0xF0 && c <= 0xF4) {
    len = 4;
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F;
  } else
    return 0;
  if (i + len > text.size()) return 0;
  const auto second = static_cast<unsigned char>(text[i + 1]);
  if (second < lo || second > hi) return 0;
  for (std::size_t k = 2; k < len; ++k)
    if ((static_cast<unsigned char>(text[i + k]) & 0xC0) != 0x80) return 0;
  return len;
}

bool is_control(std::string_view seq) {
  const auto c = static_cast<unsigned char>(seq[0]);
  if (seq.size() == 1) return c < 0x20 || c == 0x7F;
  // U+0080..U+009F are encoded C2 80..C2 9F.
  return seq.size() == 2 && c == 0xC2 && static_cast<unsigned char>(seq[1]) < 0xA0;
}

std::string printable(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::size_t len = utf8_length(text, i);
    if (len == 0 || is_control(text.substr(i, len))) {
      out += "\xEF\xBF\xBD";
      i += len == 0 ? 1 : len;
      continue;
    }
    out.append(text, i, len);
    i += len;
  }
  return out;
}

}  // namespace chainmap
