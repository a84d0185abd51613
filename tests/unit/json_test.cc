// util/json: the strict reader (events with positions, what it refuses and where) and the
// writer (how chainmap's JSON looks, and that it stays valid whatever bytes it is given).
#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "util/json.h"
#include "util/json_read.h"

using namespace chainmap;

namespace {

// Writes every event as "kind@line:col" (keys as "'name'@line:col", ends as "/kind").
class Recorder final : public JsonHandler {
 public:
  explicit Recorder(std::string_view text) : text_(text) {}
  std::string events;

  bool value(JsonKind kind, const nlohmann::json& scalar, std::size_t at) override {
    add(std::string(to_string(kind)) + (scalar.is_null() ? "" : "=" + scalar.dump()), at);
    return true;
  }
  bool key(const std::string& name, std::size_t at) override {
    add("'" + name + "'", at);
    return true;
  }
  bool end(JsonKind kind) override {
    events += " /" + std::string(to_string(kind));
    return true;
  }

 private:
  void add(const std::string& what, std::size_t at) {
    std::string_view before = text_.substr(0, at);
    auto line = std::count(before.begin(), before.end(), '\n') + 1;
    auto nl = before.rfind('\n');
    auto column = at - (nl == std::string_view::npos ? 0 : nl + 1) + 1;
    events += (events.empty() ? "" : " ") + what + "@" + std::to_string(line) + ":" +
              std::to_string(column);
  }
  std::string_view text_;
};

std::string events_of(std::string_view text) {
  Recorder r(text);
  JsonError e;
  REQUIRE_MESSAGE(read_json(text, r, e), e.message);
  return r.events;
}

// "line:col: message" of a document that must not be read.
std::string error_of(std::string_view text) {
  Recorder r(text);
  JsonError e;
  if (read_json(text, r, e)) return "read";
  CHECK(e.syntax);
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
}

}  // namespace

TEST_CASE("json_read: events and where their tokens start") {
  CHECK(events_of("{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\" : {\"c\":\"d\"}\n}\n") ==
        "object@1:1 'a'@2:3 array@2:8 number=1@2:9 number=-2500.0@2:12 boolean=true@2:20 "
        "boolean=false@2:26 null@2:33 /array 'b'@3:3 object@3:9 'c'@3:10 string=\"d\"@3:14 "
        "/object /object");
  CHECK(events_of("  7 ") == "number=7@1:3");
  CHECK(events_of("[10,20 , 30]") == "array@1:1 number=10@1:2 number=20@1:5 number=30@1:10 /array");
  CHECK(events_of("[] ") == "array@1:1 /array");
  CHECK(events_of("\xEF\xBB\xBF{}") == "object@1:4 /object");  // a BOM is skipped
  CHECK(events_of(R"("a\"b\\c\/d\u00e9\ud83d\ude00")") ==
        "string=\"a\\\"b\\\\c/d\xC3\xA9\xF0\x9F\x98\x80\"@1:1");
}

TEST_CASE("json_read: strict errors with line and column") {
  CHECK(error_of("") ==
        "1:1: syntax error while parsing value - unexpected end of input; "
        "expected '[', '{', or a literal");
  CHECK(error_of("{\"a\": 1,}") ==
        "1:9: syntax error while parsing object key - unexpected '}'; expected string literal");
  CHECK(error_of("[1, 2,]") ==
        "1:7: syntax error while parsing value - unexpected ']'; expected '[', '{', or a literal");
  CHECK(error_of("{\n  \"a\": 1,\n  \"a\": 2\n}") == "3:3: duplicate key 'a'");
  CHECK(error_of("{\"a\": {\"x\": 1}, \"b\": {\"x\": 2}}") == "read");  // per object
  CHECK(error_of("\"abc") ==
        "1:5: syntax error while parsing value - invalid string: missing closing quote");
  CHECK(error_of("\"a\nb\"") ==
        "1:3: syntax error while parsing value - invalid string: control "
        "character U+000A (LF) must be escaped to \\u000A or \\n");
  CHECK(error_of("\"\xFF\"") ==
        "1:2: syntax error while parsing value - invalid string: ill-formed UTF-8 byte");
  CHECK(error_of("\"\\udc00\"") ==
        "1:7: syntax error while parsing value - invalid string: "
        "surrogate U+DC00..U+DFFF must follow U+D800..U+DBFF");
  CHECK(error_of("01") ==
        "1:2: syntax error while parsing value - unexpected number literal; expected end of input");
  CHECK(error_of("1e999") == "1:5: number overflow parsing '1e999'");
  CHECK(error_of("// c\n{}") == "1:1: syntax error while parsing value - invalid literal");
  CHECK(error_of("{} {}") ==
        "1:4: syntax error while parsing value - unexpected '{'; expected end of input");
  // Raw input in nlohmann's message is made printable and kept short.
  std::string long_number = "1" + std::string(500, '0') + "e999";
  std::string e = error_of(long_number);
  CHECK(e.size() < 200);
  CHECK(e.ends_with("..."));
}

TEST_CASE("json_read: hostile nesting is an error, not a crash") {
  std::string deep(100000, '[');
  CHECK(error_of(deep) == "1:201: nesting deeper than 200 levels");
  std::string ok = std::string(200, '[') + std::string(200, ']');
  CHECK(error_of(ok) == "read");
}

TEST_CASE("json_read: a handler's own failure is not a syntax error") {
  class NoArrays final : public JsonHandler {
    bool value(JsonKind kind, const nlohmann::json&, std::size_t at) override {
      return kind != JsonKind::Array || fail(at, "no arrays here");
    }
    bool key(const std::string&, std::size_t) override { return true; }
    bool end(JsonKind) override { return true; }
  } handler;
  JsonError e;
  CHECK(!read_json("{\"a\":\n  [1]}", handler, e));
  CHECK(!e.syntax);
  CHECK(e.line == 2);
  CHECK(e.column == 3);
  CHECK(e.message == "no arrays here");
}

TEST_CASE("json_text: two-space indentation, RFC 8259 escapes, UTF-8 kept") {
  JsonWriter w;
  w.begin_object();
  w.field("text", "caf\xC3\xA9 \"q\" \\ / \n\r\t\b\f \x01\x1f \x7f");
  w.key("empty").begin_array().end_array();
  w.key("none").begin_object().end_object();
  w.key("list").begin_array().value(1).value(std::uint64_t{18446744073709551615ULL}).value(-3);
  w.value(0.0).value(0.57).value(2.0).value(true).null().end_array();
  w.end_object();
  CHECK(w.str() ==
        "{\n"
        "  \"text\": \"caf\xC3\xA9 \\\"q\\\" \\\\ / \\n\\r\\t\\b\\f \\u0001\\u001f \x7f\",\n"
        "  \"empty\": [],\n"
        "  \"none\": {},\n"
        "  \"list\": [\n"
        "    1,\n"
        "    18446744073709551615,\n"
        "    -3,\n"
        "    0,\n"
        "    0.57,\n"
        "    2,\n"
        "    true,\n"
        "    null\n"
        "  ]\n"
        "}\n");
}

TEST_CASE("json_text: bytes that are not UTF-8 become U+FFFD, so the output stays valid") {
  // A Latin-1 file name, a lone continuation byte, a truncated sequence, an overlong '/'.
  JsonWriter w;
  w.begin_array();
  w.value("mod\xE9le.yaml").value("\x80").value("a\xE2\x82").value("\xC0\xAF").end_array();
  std::string text = w.str();
  auto parsed = nlohmann::json::parse(text);  // throws on invalid UTF-8
  REQUIRE(parsed.size() == 4);
  CHECK(parsed[0] == "mod\xEF\xBF\xBDle.yaml");
  CHECK(parsed[1] == "\xEF\xBF\xBD");
  CHECK(parsed[2].get<std::string>().starts_with("a\xEF\xBF\xBD"));
  CHECK(parsed[3].get<std::string>().find("/") == std::string::npos);
  CHECK(json_text(Json("\xFF")) == "\"\xEF\xBF\xBD\"\n");
}
