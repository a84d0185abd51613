#include <doctest/doctest.h>

#include "lsp/cursor.h"

using namespace chainmap::lsp;

namespace {

// The path as text: keys joined by '/', list items as "[]".
std::string path_text(const YamlPath& path) {
  std::string out;
  for (const PathStep& s : path)
    out += (out.empty() ? "" : "/") + (s.item ? std::string("[]") : s.key);
  return out;
}

// The cursor at the '|' of `text` (which is removed).
Cursor at(std::string text) {
  const std::size_t bar = text.find('|');
  text.erase(bar, 1);
  static std::string keep;
  keep = text;
  Lines lines(keep);
  std::size_t line = 0, start = 0;
  for (std::size_t i = 0; i < bar; ++i)
    if (keep[i] == '\n') {
      ++line;
      start = i + 1;
    }
  return cursor_at(lines, line, bar - start);
}

const char* kSteps =
    "journeys:\n"
    "  order:\n"
    "    stages:\n"
    "      - id: buy\n"
    "        steps:\n"
    "          - id: a\n"
    "            owner: x\n";

}  // namespace

TEST_CASE("lsp cursor: block values and keys from indentation") {
  Cursor c = at(std::string(kSteps) + "          - id: b\n            owner: sa|\n");
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]/owner");
  CHECK(c.slot == Slot::Value);
  CHECK(c.word == "sa");
  CHECK(c.siblings.count("id") == 1);  // the item's first key, on the `- ` line
  CHECK(c.siblings.count("owner") == 1);
  c = at(std::string(kSteps) + "          - id: b\n            ne|\n");
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]");
  CHECK(c.slot == Slot::Either);
  CHECK(c.siblings.size() == 1);  // `id: b` only, not the first step's keys
  c = at(std::string(kSteps) + "            |\n");
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]");
  CHECK(c.siblings.count("owner") == 1);
  c = at("dep|");
  CHECK(c.path.empty());
}

TEST_CASE("lsp cursor: flow collections on the cursor's line") {
  Cursor c = at(std::string(kSteps) + "          - { id: b, sla: |, owner: fastship }\n");
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]/sla");
  CHECK(c.slot == Slot::Value);
  CHECK(c.siblings.at("owner") == "fastship");
  c = at(std::string(kSteps) + "            captures: [order-id, ad|]\n");
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]/captures/[]");
  CHECK(c.slot == Slot::Value);
  CHECK(c.word == "ad");
  CHECK(c.word_end - c.word_begin == 2);
  c = at(std::string(kSteps) + "          - { id: b, ow| }\n");
  CHECK(c.slot == Slot::Key);
  CHECK(path_text(c.path) == "journeys/order/stages/[]/steps/[]");
}

TEST_CASE("lsp cursor: after a colon, in quotes, in lists of scalars") {
  Cursor c = at("lint:\n  extends:|");
  CHECK(path_text(c.path) == "lint/extends");
  CHECK(c.after_colon);
  c = at("waivers:\n  - rule: \"hand|over\"\n");
  CHECK(path_text(c.path) == "waivers/[]/rule");
  CHECK(c.word == "hand");
  c = at("include:\n  - a.yaml\n  - jour|\n");
  CHECK(path_text(c.path) == "include/[]");
  CHECK(c.slot == Slot::Either);
}

TEST_CASE("lsp cursor: the key under the cursor") {
  Lines lines(kSteps);
  auto k = key_at(lines, 6, 14);
  REQUIRE(k);
  CHECK(path_text(k->path) == "journeys/order/stages/[]/steps/[]/owner");
  CHECK(k->begin == 12);
  CHECK(k->end == 17);
  CHECK_FALSE(key_at(lines, 6, 20));  // on the value
}
