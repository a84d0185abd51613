#pragma once
// Positions in text as LSP counts them: 0-based lines and columns in code units of the
// negotiated encoding (UTF-16 unless the client offers UTF-8 or UTF-32), while chainmap's Loc
// counts 1-based lines and bytes. Lines end at '\n' ("\r\n" too: the '\r' is not part of the
// line), as in SourceSet::line, so both sides agree on line numbers.
//
// Text that is not valid UTF-8 still converts: every byte of a broken sequence counts as one
// code unit, so a position never falls inside a character and never throws.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "chainmap/diagnostic.h"

namespace chainmap::lsp {

enum class Encoding : std::uint8_t { Utf8, Utf16, Utf32 };

struct Position {
  std::uint32_t line = 0;
  std::uint32_t character = 0;
  friend auto operator<=>(const Position&, const Position&) = default;
};

struct Range {
  Position start, end;
  bool contains(Position p) const { return start <= p && p <= end; }
  friend bool operator==(const Range&, const Range&) = default;
};

// Code units of `bytes` (a run of whole characters) in the encoding.
std::uint32_t count_units(std::string_view bytes, Encoding encoding);
// Bytes of the longest prefix of `line` holding at most `units` code units; a position past
// the end of the line is the end of the line (LSP: "defaults back to the line length").
std::size_t prefix_bytes(std::string_view line, std::uint32_t units, Encoding encoding);

// Line starts of one text, for converting between byte offsets and positions.
class Lines {
 public:
  explicit Lines(std::string_view text);

  std::size_t count() const { return starts_.size(); }
  // Line `i` without its line break; empty past the end.
  std::string_view line(std::size_t i) const;
  std::size_t start(std::size_t i) const { return starts_.at(i); }

  // Byte offset of a position, clamped into the text (a line past the end: the end of text).
  std::size_t offset(Position p, Encoding encoding) const;
  Position position(std::size_t offset, Encoding encoding) const;
  // A Loc of this text (1-based line, byte column, byte length) as an LSP range. A Loc
  // without length covers the rest of its line (trailing blanks excluded), so editors have
  // something to underline.
  Range range(const Loc& loc, Encoding encoding) const;
  // The byte column (0-based) of a position on its line.
  std::size_t column_bytes(Position p, Encoding encoding) const;

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

}  // namespace chainmap::lsp
