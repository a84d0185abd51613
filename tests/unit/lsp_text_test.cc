#include <doctest/doctest.h>

#include "lsp/text.h"

using namespace chainmap;
using namespace chainmap::lsp;

TEST_CASE("lsp text: code units of UTF-8, UTF-16 and UTF-32") {
  const std::string line = "a\xC3\xBC\xE2\x80\x94\xF0\x9F\x8E\x82z";  // a ü — 🎂 z
  CHECK(count_units(line, Encoding::Utf8) == 11);
  CHECK(count_units(line, Encoding::Utf16) == 6);  // the emoji is a surrogate pair
  CHECK(count_units(line, Encoding::Utf32) == 5);
  CHECK(prefix_bytes(line, 3, Encoding::Utf16) == 6);  // after the dash
  CHECK(prefix_bytes(line, 4, Encoding::Utf16) == 6);  // inside the pair: its start
  CHECK(prefix_bytes(line, 5, Encoding::Utf16) == 10);
  CHECK(prefix_bytes(line, 99, Encoding::Utf16) == 11);  // past the end: the end
  CHECK(prefix_bytes(line, 2, Encoding::Utf8) == 1);     // inside ü: its start
}

TEST_CASE("lsp text: bytes that are not UTF-8 count one unit each") {
  const std::string line = "x\xFF\xC3(\xF0\x9F";
  CHECK(count_units(line, Encoding::Utf16) == 6);
  CHECK(prefix_bytes(line, 3, Encoding::Utf16) == 3);
}

TEST_CASE("lsp text: offsets and positions, CRLF lines, clamping") {
  const std::string text =
      "ab\r\nc\xC3\xA9"
      "d\n\nlast";
  Lines lines(text);
  CHECK(lines.count() == 4);
  CHECK(lines.line(0) == "ab");
  CHECK(lines.line(1) ==
        "c\xC3\xA9"
        "d");
  CHECK(lines.offset({1, 2}, Encoding::Utf16) == 7);
  CHECK(lines.offset({1, 9}, Encoding::Utf16) == 8);  // past the line: its end
  CHECK(lines.offset({9, 0}, Encoding::Utf16) == text.size());
  CHECK(lines.position(7, Encoding::Utf16) == Position{1, 2});
  CHECK(lines.position(3, Encoding::Utf16) == Position{0, 2});  // the '\r' is not in the line
}

TEST_CASE("lsp text: a Loc as a range; without length it covers the rest of the line") {
  const std::string text = "  owner: \xF0\x9F\x8E\x82x  \n";
  Lines lines(text);
  CHECK(lines.range(Loc{0, 1, 10, 5}, Encoding::Utf16) == Range{{0, 9}, {0, 12}});
  CHECK(lines.range(Loc{0, 1, 3, 0}, Encoding::Utf16) == Range{{0, 2}, {0, 12}});
  CHECK(lines.range(Loc{0, 1, 3, 99}, Encoding::Utf8) == Range{{0, 2}, {0, 16}});
}
