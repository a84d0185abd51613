#pragma once
// Where the cursor is in the YAML structure, read from the text around it rather than from a
// parse: while someone types, the file is often not valid YAML (`owner: [sal`, a key without
// its colon), and completion must still know that it is in a step's `owner`. Block structure
// comes from indentation (the lines above), flow collections ({...}, [...]) from the
// cursor's own line.
#include <cstddef>
#include <map>
#include <optional>
#include <string>

#include "lsp/schema_nav.h"
#include "lsp/text.h"

namespace chainmap::lsp {

// What is being typed: a key of the mapping at `path`, the value at `path`, or either (a word
// alone on a line, or after `- `: a key if the schema wants a mapping there, else a value).
enum class Slot { Key, Value, Either };

struct Cursor {
  YamlPath path;
  Slot slot = Slot::Either;
  std::size_t word_begin = 0;  // byte column where the word being typed starts
  std::size_t word_end = 0;    // byte column where it ends (the cursor or later)
  std::string word;            // the text before the cursor in [word_begin, cursor)
  bool after_colon = false;    // the cursor is right after `key:` with no space
  // Keys of the mapping the cursor is in (Key, Either) or whose value it is in (Value), with
  // their values when those are one-line scalars (empty otherwise).
  std::map<std::string, std::string> siblings;
};

// `column` is a byte column (0-based) on the 0-based `line`.
Cursor cursor_at(const Lines& lines, std::size_t line, std::size_t column);

// The key under the cursor: the path to its value, and its byte span on the line.
struct KeyAt {
  YamlPath path;
  std::size_t begin = 0, end = 0;
};
std::optional<KeyAt> key_at(const Lines& lines, std::size_t line, std::size_t column);

}  // namespace chainmap::lsp
