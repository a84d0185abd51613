#include <doctest/doctest.h>

#include "util/json_read.h"

using namespace chainmap;

namespace {
// "line:col: message" of a document that must not parse.
std::string error_of(std::string_view text) {
  JsonValue v;
  JsonError e;
  if (parse_json(text, v, e)) return "parsed";
  return std::to_string(e.line) + ":" + std::to_string(e.column) + ": " + e.message;
}
JsonValue parse(std::string_view text) {
  JsonValue v;
  JsonError e;
  REQUIRE_MESSAGE(parse_json(text, v, e), e.message);
  return v;
}
}  // namespace

TEST_CASE("json_read: values, nesting and positions") {
  JsonValue v = parse("{\n  \"a\": [1, -2.5e3, true, false, null],\n  \"b\": {\"c\": \"d\"}\n}\n");
  REQUIRE(v.kind == JsonValue::Kind::Object);
  REQUIRE(v.members.size() == 2);
  const JsonValue* a = v.find("a");
  REQUIRE(a);
  CHECK(a->line == 2);
  CHECK(a->column == 8);
  REQUIRE(a->items.size() == 5);
  CHECK(a->items[0].number == 1);
  CHECK(a->items[1].number == -2500);
  CHECK(a->items[1].text == "-2.5e3");
  CHECK(a->items[2].boolean);
  CHECK(a->items[3].kind == JsonValue::Kind::Bool);
  CHECK(!a->items[3].boolean);
  CHECK(a->items[4].kind == JsonValue::Kind::Null);
  CHECK(v.find("b")->find("c")->text == "d");
  CHECK(v.find("missing") == nullptr);
  CHECK(parse("  7 ").number == 7);
  CHECK(parse("[]").items.empty());
  CHECK(parse("{}").members.empty());
  CHECK(parse("\xEF\xBB\xBF{}").kind == JsonValue::Kind::Object);  // a BOM is skipped
}

TEST_CASE("json_read: string escapes and UTF-8") {
  CHECK(parse(R"("a\"b\\c\/d\b\f\n\r\t")").text == "a\"b\\c/d\b\f\n\r\t");
  CHECK(parse(R"("\u00e9\u20AC")").text == "\xC3\xA9\xE2\x82\xAC");
  CHECK(parse(R"("\ud83d\ude00")").text == "\xF0\x9F\x98\x80");  // surrogate pair
  CHECK(parse("\"caf\xC3\xA9\"").text == "caf\xC3\xA9");
}

TEST_CASE("json_read: strict errors with line and column") {
  CHECK(error_of("") == "1:1: expected a JSON value, found end of input");
  CHECK(error_of("{\"a\": 1,}") == "1:9: expected a string key, found '}'");
  CHECK(error_of("[1, 2,]") == "1:7: expected a JSON value, found ']'");
  CHECK(error_of("[1 2]") == "1:4: expected ',' or ']', found '2'");
  CHECK(error_of("{\"a\" 1}") == "1:6: expected ':', found '1'");
  CHECK(error_of("{\"a\": 1 \"b\": 2}") == "1:9: expected ',' or '}', found '\"'");
  CHECK(error_of("{\n  \"a\": 1,\n  \"a\": 2\n}") == "3:3: duplicate key 'a'");
  CHECK(error_of("\"abc") == "1:5: unterminated string");
  CHECK(error_of("\"a\nb\"") == "1:3: control character in string (escape it, e.g. \\n)");
  CHECK(error_of("\"\\x\"") == "1:3: invalid escape '\\x'");
  CHECK(error_of("\"\\u12g4\"") == "1:6: expected a hex digit in \\u escape, found 'g'");
  CHECK(error_of("\"\\udc00\"") == "1:8: unpaired low surrogate in \\u escape");
  CHECK(error_of("\"\\ud800x\"") ==
        "1:8: high surrogate in \\u escape not followed by a low surrogate");
  CHECK(error_of("\"\xFF\"") == "1:2: invalid UTF-8 in string");
  CHECK(error_of("01") == "1:2: leading zeros are not allowed in numbers");
  CHECK(error_of("1.") == "1:3: expected a digit, found end of input");
  CHECK(error_of("-") == "1:2: expected a digit, found end of input");
  CHECK(error_of("1e") == "1:3: expected a digit, found end of input");
  CHECK(error_of("1e999") == "1:6: number out of range");
  CHECK(error_of("NaN") == "1:1: expected a JSON value, found 'N'");
  CHECK(error_of("// c\n{}") == "1:1: expected a JSON value, found '/'");
  CHECK(error_of("{} {}") == "1:4: unexpected content after the JSON value");
  CHECK(error_of("tru") == "1:1: expected a JSON value, found 't'");
  CHECK(error_of("\x01") == "1:1: expected a JSON value, found a control or invalid byte");
}

TEST_CASE("json_read: hostile nesting is an error, not a crash") {
  std::string deep(100000, '[');
  CHECK(error_of(deep) == "1:202: nesting deeper than 200 levels");
  std::string ok = std::string(150, '[') + std::string(150, ']');
  CHECK(parse(ok).kind == JsonValue::Kind::Array);
}
