#pragma once
// Writing JSON: every JSON-shaped output (reports, SARIF, GitLab, stats, rules) is built as an
// nlohmann::ordered_json document (keys in the order written) and turned into text by
// json_text(), the one place that decides how chainmap's JSON looks.
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace chainmap {

using Json = nlohmann::ordered_json;

// The document indented by two spaces, with a final newline. Strings are escaped per RFC 8259
// (control characters as \n, \t, ... or \u00XX) and other UTF-8 passes through; bytes that are
// not valid UTF-8 (a file name from a Latin-1 file system, a hostile model) become U+FFFD, so
// the output is always valid JSON.
std::string json_text(const Json& document);

// Builds a document in the order a format is written, for writers that go front to back.
// Each call appends to the innermost open array or object; str() gives json_text().
class JsonWriter {
 public:
  JsonWriter& begin_object();
  JsonWriter& end_object();
  JsonWriter& begin_array();
  JsonWriter& end_array();
  JsonWriter& key(std::string_view name);
  JsonWriter& value(std::string_view text);
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(std::int64_t number);
  JsonWriter& value(std::uint64_t number);
  JsonWriter& value(int number) { return value(static_cast<std::int64_t>(number)); }
  JsonWriter& value(unsigned number) { return value(static_cast<std::uint64_t>(number)); }
  JsonWriter& value(double number);  // integral values as integers: 0, not 0.0
  JsonWriter& value(bool flag);
  JsonWriter& null();

  // Shorthand for key(name).value(v).
  template <class T>
  JsonWriter& field(std::string_view name, const T& v) {
    return key(name).value(v);
  }

  std::string str() const { return json_text(root_); }

 private:
  Json& slot();  // where the next value goes
  JsonWriter& open(Json container);
  Json root_;
  std::vector<Json*> open_;  // the open containers, innermost last
  std::string key_;          // the key of the next member, when the innermost is an object
};

}  // namespace chainmap
