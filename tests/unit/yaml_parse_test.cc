#include <doctest/doctest.h>

#include <string>

#include "yaml/parse.h"

using chainmap::Limits;
using chainmap::yaml::Kind;
using chainmap::yaml::parse;

TEST_CASE("scalars, lists and mappings carry 1-based positions") {
  auto r = parse("a: 1\nb:\n  - x\n  - {y: \"z\"}\n", 0, Limits{});
  REQUIRE_FALSE(r.error);
  const auto& root = r.root;
  REQUIRE(root.is_mapping());
  REQUIRE(root.entries() == 2);
  CHECK(root.key(0).text == "a");
  CHECK(root.value(0).loc.line == 1);
  CHECK(root.value(0).loc.column == 4);
  CHECK(root.value(0).loc.length == 1);
  const auto& list = root.value(1);
  REQUIRE(list.is_sequence());
  CHECK(list.loc.line == 3);
  CHECK(list.loc.column == 3);
  CHECK(list.items[0].text == "x");
  const auto& quoted = list.items[1].value(0);
  CHECK(quoted.quoted);
  CHECK(quoted.loc.column == 9);
  CHECK(quoted.loc.length == 3);  // the quotes are part of the node
}

TEST_CASE("an empty value points at its key, not at the next token") {
  auto r = parse("a:\nb: 2\n", 0, Limits{});
  REQUIRE(r.root.is_mapping());
  CHECK(r.root.value(0).is_null());
  CHECK(r.root.value(0).loc.line == 1);
  CHECK(r.root.value(0).loc.column == 1);
}

TEST_CASE("quoted null and true stay text") {
  auto r = parse("a: \"null\"\nb: null\nc: ~\n", 0, Limits{});
  CHECK(r.root.value(0).is_scalar());
  CHECK(r.root.value(1).is_null());
  CHECK(r.root.value(2).is_null());
}

TEST_CASE("duplicate keys are kept for the loader to report") {
  auto r = parse("a: 1\na: 2\n", 0, Limits{});
  REQUIRE(r.root.entries() == 2);
}

TEST_CASE("aliases and merge keys") {
  auto r = parse("base: &b {x: 1, y: 2}\nuse: *b\nm:\n  <<: *b\n  y: 3\n", 0, Limits{});
  REQUIRE_FALSE(r.error);
  CHECK(r.root.value(1).is_mapping());
  CHECK(r.root.value(1).entries() == 2);
  const auto& m = r.root.value(2);
  REQUIRE(m.entries() == 2);
  CHECK(m.key(0).text == "y");  // explicit keys win over merged ones
  CHECK(m.value(0).text == "3");
  CHECK(m.key(1).text == "x");
}

TEST_CASE("syntax errors report the parser's position") {
  auto r = parse("a: [1, 2\nb: 3\n", 7, Limits{});
  REQUIRE(r.error);
  CHECK(r.error->loc.file == 7);
  CHECK(r.error->loc.line == 2);
  CHECK(r.root.is_null());
}

TEST_CASE("tabs used for indentation get a hint") {
  auto r = parse("a:\n\tb: 1\n", 0, Limits{});
  REQUIRE(r.error);
  CHECK(r.error->message.find("tabs cannot indent YAML") != std::string::npos);
}

TEST_CASE("invalid UTF-8 and NUL bytes are refused with their position") {
  auto bad = parse("a: 1\nb: caf\xe9\n", 0, Limits{});
  REQUIRE(bad.error);
  CHECK(bad.error->loc.line == 2);
  CHECK(bad.error->loc.column == 7);
  auto nul = parse(std::string("a: 1\0", 5), 0, Limits{});
  REQUIRE(nul.error);
  CHECK(nul.error->message.find("NUL") != std::string::npos);
  auto utf16 = parse(
      "\xff\xfe"
      "a\0",
      0, Limits{});
  REQUIRE(utf16.error);
  CHECK(utf16.error->message.find("UTF-16") != std::string::npos);
  // Overlong encodings and surrogates are not UTF-8.
  CHECK(parse("a: \xc0\xaf\n", 0, Limits{}).error);
  CHECK(parse("a: \xed\xa0\x80\n", 0, Limits{}).error);
  CHECK_FALSE(parse("a: \xe2\x82\xac\n", 0, Limits{}).error);  // the euro sign is fine
}

TEST_CASE("a UTF-8 byte-order mark and CRLF line ends are accepted") {
  auto r = parse(
      "\xef\xbb\xbf"
      "a: 1\r\nb: 2\r\n",
      0, Limits{});
  REQUIRE_FALSE(r.error);
  CHECK(r.root.value(1).text == "2");
  CHECK(r.root.value(1).loc.line == 2);
}

TEST_CASE("a second document is refused") {
  auto r = parse("a: 1\n---\nb: 2\n", 0, Limits{});
  REQUIRE(r.error);
  CHECK(r.error->loc.line == 2);
  CHECK(r.error->message.find("more than one YAML document") != std::string::npos);
}

TEST_CASE("limits: depth, scalar length, alias expansion") {
  Limits small;
  small.max_depth = 3;
  small.max_scalar_bytes = 10;
  small.max_alias_nodes = 20;
  CHECK_FALSE(parse("a: [[1]]\n", 0, small).error);
  auto deep = parse("a: [[[1]]]\n", 0, small);
  REQUIRE(deep.error);
  CHECK(deep.error->message.find("nested deeper than 3") != std::string::npos);
  auto big = parse("a: 12345678901\n", 0, small);
  REQUIRE(big.error);
  CHECK(big.error->message.find("longer than 10 bytes") != std::string::npos);
  auto bomb = parse("a: &a [1,2,3,4,5]\nb: [*a,*a,*a,*a]\n", 0, small);
  REQUIRE(bomb.error);
  CHECK(bomb.error->message.find("alias") != std::string::npos);
}

TEST_CASE("an empty file is a null document") {
  auto r = parse("", 0, Limits{});
  CHECK_FALSE(r.error);
  CHECK(r.root.is_null());
  auto comments = parse("# only a comment\n", 0, Limits{});
  CHECK_FALSE(comments.error);
  CHECK(comments.root.is_null());
}
