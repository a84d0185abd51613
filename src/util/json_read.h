#pragma once
// Reading JSON that chainmap reads back (a baseline report), strictly, through nlohmann-json's
// SAX parser: one value, no comments, no trailing commas, valid UTF-8, no raw control
// characters in strings, no duplicate keys, nesting at most 200 deep. A UTF-8 byte order mark
// is skipped. The reader hands each event to a JsonHandler together with the byte offset where
// its token starts, so a reader that checks a document's shape can say where it went wrong
// without keeping a tree. Errors come back as a value with a 1-based line and column (bytes),
// never thrown.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <utility>

#include <nlohmann/json_fwd.hpp>

namespace chainmap {

enum class JsonKind : std::uint8_t { Null, Boolean, Number, String, Array, Object };
std::string_view to_string(JsonKind kind);  // "null", "boolean", "number", ...

struct JsonError {
  std::uint32_t line = 0, column = 0;  // 1-based; the column counts bytes
  std::string message;
  bool syntax = false;  // the text is not strict JSON (rather than a handler's fail())
};

// What a reader does with the events of a document, in document order. Each returns false
// to stop reading, after fail().
class JsonHandler {
 public:
  virtual ~JsonHandler() = default;
  // A value starts at byte `at`. For an array or object, `scalar` is null and its contents
  // follow, then end(); otherwise `scalar` holds the value.
  virtual bool value(JsonKind kind, const nlohmann::json& scalar, std::size_t at) = 0;
  // A member of the innermost object; its value follows.
  virtual bool key(const std::string& name, std::size_t at) = 0;
  // The innermost array or object ends.
  virtual bool end(JsonKind kind) = 0;

  // Stops reading: the document is wrong at byte `at`. Returns false.
  bool fail(std::size_t at, std::string message);

 private:
  friend bool read_json(std::string_view, JsonHandler&, JsonError&);
  std::optional<std::pair<std::size_t, std::string>> failure_;
};

// Reads `text`, handing its events to `handler`; false (and `error`) when the text is not
// strict JSON or the handler failed.
bool read_json(std::string_view text, JsonHandler& handler, JsonError& error);

}  // namespace chainmap
