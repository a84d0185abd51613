#include "lsp/text.h"

#include <algorithm>

namespace chainmap::lsp {
namespace {

// Length in bytes of the well-formed UTF-8 sequence at `s[i]`, or 1 for a broken one.
std::size_t sequence_length(std::string_view s, std::size_t i) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
  const unsigned char lead = byte(i);
  std::size_t n = lead < 0x80           ? 1
                  : (lead >> 5) == 0x6  ? 2
                  : (lead >> 4) == 0xE  ? 3
                  : (lead >> 3) == 0x1E ? 4
                                        : 0;
  if (n <= 1 || i + n > s.size()) return 1;
  for (std::size_t k = 1; k < n; ++k)
    if ((byte(i + k) & 0xC0) != 0x80) return 1;
  // Overlong forms and values past U+10FFFF are broken too.
  if (n == 2 && lead < 0xC2) return 1;
  if (n == 3 && lead == 0xE0 && byte(i + 1) < 0xA0) return 1;
  if (n == 4 &&
      (lead > 0xF4 || (lead == 0xF0 && byte(i + 1) < 0x90) || (lead == 0xF4 && byte(i + 1) > 0x8F)))
    return 1;
  return n;
}

std::uint32_t units_of(std::size_t length, Encoding encoding) {
  switch (encoding) {
    case Encoding::Utf8:
      return static_cast<std::uint32_t>(length);
    case Encoding::Utf16:
      return length == 4 ? 2 : 1;
    case Encoding::Utf32:
      return 1;
  }
  return 1;
}

}  // namespace

std::uint32_t count_units(std::string_view bytes, Encoding encoding) {
  if (encoding == Encoding::Utf8) return static_cast<std::uint32_t>(bytes.size());
  std::uint32_t units = 0;
  for (std::size_t i = 0; i < bytes.size();) {
    const std::size_t n = sequence_length(bytes, i);
    units += units_of(n, encoding);
    i += n;
  }
  return units;
}

std::size_t prefix_bytes(std::string_view line, std::uint32_t units, Encoding encoding) {
  // Whole characters only, in every encoding: a position inside a character (the second
  // half of a surrogate pair, a byte inside a UTF-8 sequence) is the character's start.
  std::size_t i = 0;
  std::uint32_t used = 0;
  while (i < line.size()) {
    const std::size_t n = sequence_length(line, i);
    const std::uint32_t u = units_of(n, encoding);
    if (used + u > units) break;
    used += u;
    i += n;
  }
  return i;
}

Lines::Lines(std::string_view text) : text_(text) {
  starts_.push_back(0);
  for (std::size_t nl = text.find('\n'); nl != std::string_view::npos; nl = text.find('\n', nl + 1))
    starts_.push_back(nl + 1);
}

std::string_view Lines::line(std::size_t i) const {
  if (i >= starts_.size()) return {};
  const std::size_t begin = starts_[i];
  const std::size_t end = i + 1 < starts_.size() ? starts_[i + 1] - 1 : text_.size();
  std::string_view out = text_.substr(begin, end - begin);
  if (!out.empty() && out.back() == '\r') out.remove_suffix(1);
  return out;
}

std::size_t Lines::column_bytes(Position p, Encoding encoding) const {
  return prefix_bytes(line(p.line), p.character, encoding);
}

std::size_t Lines::offset(Position p, Encoding encoding) const {
  if (p.line >= starts_.size()) return text_.size();
  return starts_[p.line] + column_bytes(p, encoding);
}

Position Lines::position(std::size_t offset, Encoding encoding) const {
  offset = std::min(offset, text_.size());
  const auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
  const std::size_t i = static_cast<std::size_t>(it - starts_.begin()) - 1;
  const std::string_view text = line(i);
  const std::size_t column = std::min(offset - starts_[i], text.size());
  return Position{static_cast<std::uint32_t>(i), count_units(text.substr(0, column), encoding)};
}

Range Lines::range(const Loc& loc, Encoding encoding) const {
  if (!loc.valid()) return {};
  const std::size_t i = loc.line - 1;
  const std::string_view text = line(i);
  const std::size_t begin = std::min<std::size_t>(loc.column > 0 ? loc.column - 1 : 0, text.size());
  std::size_t end;
  if (loc.length > 0) {
    end = std::min<std::size_t>(begin + loc.length, text.size());
  } else {
    end = text.size();
    while (end > begin && (text[end - 1] == ' ' || text[end - 1] == '\t')) --end;
  }
  const auto line_no = static_cast<std::uint32_t>(i);
  const std::uint32_t start_units = count_units(text.substr(0, begin), encoding);
  return Range{{line_no, start_units},
               {line_no, start_units + count_units(text.substr(begin, end - begin), encoding)}};
}

}  // namespace chainmap::lsp
