#pragma once
// A small, strict JSON reader (RFC 8259) for the files chainmap reads back, such as a baseline
// report. Strict means: one value, no comments, no trailing commas, no leading zeros, no
// duplicate keys, valid UTF-8, no raw control characters in strings. A UTF-8 byte order mark is
// skipped. Errors come back as a value with a 1-based line and column (bytes), never thrown.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace chainmap {

struct JsonMember;

struct JsonValue {
  enum class Kind : std::uint8_t { Null, Bool, Number, String, Array, Object };
  Kind kind = Kind::Null;
  bool boolean = false;
  double number = 0;
  std::string text;  // the decoded string, or a number as written
  std::vector<JsonValue> items;                            // Array
  std::vector<JsonMember> members;                         // Object, in document order
  std::uint32_t line = 0, column = 0;                      // where the value starts

  // The member called `key` of an object, or nullptr.
  const JsonValue* find(std::string_view key) const;
};

// A named member of an object. A struct of its own rather than std::pair: a pair of an
// incomplete JsonValue inside JsonValue is rejected by clang with libstdc++.
struct JsonMember {
  std::string first;  // the key
  JsonValue second;   // the value
};

std::string_view to_string(JsonValue::Kind kind);  // "null", "boolean", "number", ...

struct JsonError {
  std::uint32_t line = 0, column = 0;
  std::string message;
};

// Parses `text` into `out`; on failure returns false and fills `error`.
bool parse_json(std::string_view text, JsonValue& out, JsonError& error);

}  // namespace chainmap
