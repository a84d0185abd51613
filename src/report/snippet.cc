// The quoted source line and its caret, as the text format shows them (and the HTML report).
#include "report/snippet.h"

#include <algorithm>

#include "chainmap/printable.h"

namespace chainmap::report {
namespace {

// The code point of a valid UTF-8 sequence.
char32_t decode(std::string_view seq) {
  const auto c = static_cast<unsigned char>(seq[0]);
  if (seq.size() == 1) return c;
  char32_t cp = c & (seq.size() == 2 ? 0x1F : seq.size() == 3 ? 0x0F : 0x07);
  for (std::size_t k = 1; k < seq.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(seq[k]) & 0x3F);
  return cp;
}

// Terminal columns a code point takes, so that the caret stays under its character after a
// name written in Chinese or with a combining accent: 0 for combining marks and zero-width
// characters, 2 for East Asian wide and fullwidth characters and emoji, 1 otherwise. (Not
// wcwidth(): that depends on the locale, and the output must not.)
std::size_t columns(char32_t cp) {
  if ((cp >= 0x0300 && cp <= 0x036F) || (cp >= 0x200B && cp <= 0x200F) ||
      (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x20D0 && cp <= 0x20FF))
    return 0;
  if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0x303E) ||
      (cp >= 0x3041 && cp <= 0x33FF) || (cp >= 0x3400 && cp <= 0x4DBF) ||
      (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0xA000 && cp <= 0xA4CF) ||
      (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
      (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60) ||
      (cp >= 0xFFE0 && cp <= 0xFFE6) || (cp >= 0x1F300 && cp <= 0x1F64F) ||
      (cp >= 0x1F900 && cp <= 0x1F9FF) || (cp >= 0x20000 && cp <= 0x3FFFD))
    return 2;
  return 1;
}

// The source line as shown (tabs expanded to the next multiple of 8, control characters and
// invalid UTF-8 replaced) and the caret line under bytes [column, column + length). Both are
// measured in terminal columns, so the caret lines up whatever precedes it: tabs, wide or
// combining characters.
}  // namespace

std::pair<std::string, std::string> snippet(std::string_view line, std::uint32_t column,
                                            std::uint32_t length) {
  std::string shown, caret;
  std::size_t width = 0, caret_start = std::string::npos, caret_end = std::string::npos;
  const std::size_t start = column - 1, end = length > 0 ? start + length : start + 1;
  for (std::size_t i = 0; i <= line.size();) {
    if (caret_start == std::string::npos && i >= start) caret_start = width;
    if (caret_end == std::string::npos && i >= end) caret_end = width;
    if (i == line.size()) break;
    if (line[i] == '\t') {
      std::size_t spaces = 8 - width % 8;
      shown.append(spaces, ' ');
      width += spaces;
      ++i;
      continue;
    }
    std::size_t len = utf8_length(line, i);
    if (len == 0 || is_control(line.substr(i, len))) {
      shown += "\xEF\xBF\xBD";
      i += len == 0 ? 1 : len;
      ++width;
    } else {
      shown.append(line, i, len);
      width += columns(decode(line.substr(i, len)));
      i += len;
    }
  }
  if (caret_start == std::string::npos) caret_start = width;
  if (caret_end == std::string::npos || caret_end <= caret_start) caret_end = caret_start + 1;
  caret.assign(caret_start, ' ');
  caret += '^';
  caret.append(caret_end - caret_start - 1, '~');

  // Very long lines (a huge scalar): show a window around the caret.
  constexpr std::size_t kWindow = 160;
  if (width > kWindow + 40 && shown.size() == width) {
    std::size_t from = caret_start > 60 ? caret_start - 60 : 0;
    std::string cut = (from > 0 ? "..." : "") + shown.substr(from, kWindow) + "...";
    std::size_t shift = from > 0 ? from - 3 : 0;
    caret = caret.substr(std::min(shift, caret.size()));
    if (caret.size() > kWindow + 3) caret.resize(kWindow + 3);
    return {cut, caret};
  }
  return {shown, caret};
}

}  // namespace chainmap::report
