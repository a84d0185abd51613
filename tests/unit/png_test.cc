#include <doctest/doctest.h>
#include <zlib.h>

#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "render/png.h"

using chainmap::views::encode_png;

namespace {

std::uint32_t be32(const std::string& s, std::size_t at) {
  return (std::uint32_t(std::uint8_t(s[at])) << 24) |
         (std::uint32_t(std::uint8_t(s[at + 1])) << 16) |
         (std::uint32_t(std::uint8_t(s[at + 2])) << 8) | std::uint32_t(std::uint8_t(s[at + 3]));
}

struct Decoded {
  std::uint32_t width = 0, height = 0;
  int colour = -1;
  std::vector<unsigned char> rows;  // inflated image data, filter bytes included
  bool crcs_ok = true;
};

Decoded decode(const std::string& png) {
  Decoded d;
  REQUIRE(png.size() > 8);
  REQUIRE(png.compare(0, 8, std::string("\x89PNG\r\n\x1a\n", 8)) == 0);
  std::string idat;
  for (std::size_t pos = 8; pos + 12 <= png.size();) {
    const std::uint32_t length = be32(png, pos);
    const std::string kind = png.substr(pos + 4, 4);
    const auto crc = crc32(0, reinterpret_cast<const Bytef*>(png.data() + pos + 4), length + 4);
    if (crc != be32(png, pos + 8 + length)) d.crcs_ok = false;
    if (kind == "IHDR") {
      d.width = be32(png, pos + 8);
      d.height = be32(png, pos + 12);
      d.colour = std::uint8_t(png[pos + 17]);
    }
    if (kind == "IDAT") idat += png.substr(pos + 8, length);
    pos += 12 + length;
  }
  d.rows.resize(1 << 16);
  uLongf size = d.rows.size();
  REQUIRE(uncompress(d.rows.data(), &size, reinterpret_cast<const Bytef*>(idat.data()),
                     idat.size()) == Z_OK);
  d.rows.resize(size);
  return d;
}

std::uint32_t argb(unsigned a, unsigned r, unsigned g, unsigned b) {
  return (a << 24) | (r << 16) | (g << 8) | b;
}

}  // namespace

TEST_CASE("PNG encoder: an opaque bitmap becomes RGB rows filtered with Up") {
  // 2 x 2, cairo ARGB32 (native-endian words), rows 12 bytes apart (stride wider than 4 * width).
  const std::uint32_t px[] = {argb(255, 10, 20, 30), argb(255, 40, 50, 60), 0,
                              argb(255, 11, 22, 33), argb(255, 40, 50, 60), 0};
  const std::string png = encode_png(reinterpret_cast<const unsigned char*>(px), 2, 2, 12);
  const Decoded d = decode(png);
  CHECK(d.crcs_ok);
  CHECK(d.width == 2);
  CHECK(d.height == 2);
  CHECK(d.colour == 2);
  const std::vector<unsigned char> expected = {
      2, 10, 20, 30, 40, 50, 60,  // first row: minus zeros
      2, 1,  2,  3,  0,  0,  0};  // second: minus the first
  CHECK(d.rows == expected);
}

TEST_CASE("PNG encoder: transparency gives RGBA with the alpha un-premultiplied") {
  const std::uint32_t px[] = {argb(128, 64, 0, 128), argb(0, 0, 0, 0)};
  const Decoded d = decode(encode_png(reinterpret_cast<const unsigned char*>(px), 2, 1, 8));
  CHECK(d.colour == 6);
  const std::vector<unsigned char> expected = {2, 128, 0, 255, 128, 0, 0, 0, 0};
  CHECK(d.rows == expected);
}

TEST_CASE("PNG encoder: nothing to encode gives nothing") {
  const std::uint32_t px[] = {0};
  CHECK(encode_png(nullptr, 1, 1, 4).empty());
  CHECK(encode_png(reinterpret_cast<const unsigned char*>(px), 0, 1, 4).empty());
  CHECK(
      encode_png(reinterpret_cast<const unsigned char*>(px), 2, 1, 4).empty());  // stride too small
}
