#include "render/png.h"

#include <zlib.h>

#include <cstring>
#include <optional>
#include <vector>

namespace chainmap::views {
namespace {

void put32(std::string& out, std::uint32_t v) {
  out += static_cast<char>(v >> 24);
  out += static_cast<char>(v >> 16);
  out += static_cast<char>(v >> 8);
  out += static_cast<char>(v);
}

void chunk(std::string& out, const char type[4], const std::string& data) {
  put32(out, static_cast<std::uint32_t>(data.size()));
  const std::size_t start = out.size();
  out.append(type, 4);
  out += data;
  const auto crc = crc32(crc32(0, nullptr, 0), reinterpret_cast<const Bytef*>(out.data() + start),
                         static_cast<uInt>(out.size() - start));
  put32(out, static_cast<std::uint32_t>(crc));
}

std::uint32_t pixel(const unsigned char* row, int x) {
  std::uint32_t p;
  std::memcpy(&p, row + 4 * static_cast<std::size_t>(x), 4);
  return p;
}

// Whether every pixel is opaque (then the PNG needs no alpha channel).
bool all_opaque(const unsigned char* pixels, int width, int height, int stride) {
  for (int y = 0; y < height; ++y)
    for (int x = 0; x < width; ++x)
      if ((pixel(pixels + static_cast<std::size_t>(y) * stride, x) >> 24) != 0xff) return false;
  return true;
}

// One row of premultiplied ARGB pixels as straight RGB or RGBA bytes.
void unpack_row(const unsigned char* src, int width, int channels, unsigned char* row) {
  for (int x = 0; x < width; ++x) {
    const std::uint32_t p = pixel(src, x);
    unsigned a = p >> 24, r = (p >> 16) & 0xff, g = (p >> 8) & 0xff, b = p & 0xff;
    if (a != 0xff && a != 0) {  // un-premultiply, rounding
      r = (r * 255 + a / 2) / a, g = (g * 255 + a / 2) / a, b = (b * 255 + a / 2) / a;
    }
    unsigned char* d = row + static_cast<std::size_t>(x) * channels;
    d[0] = static_cast<unsigned char>(r), d[1] = static_cast<unsigned char>(g),
    d[2] = static_cast<unsigned char>(b);
    if (channels == 4) d[3] = static_cast<unsigned char>(a);
  }
}

// Feeds one filtered row to the deflate stream (finishing it after the last row), appending
// what comes out to `idat`. False on a stream error.
bool deflate_row(z_stream& z, std::vector<unsigned char>& filtered, bool last,
                 std::vector<unsigned char>& buffer, std::string& idat) {
  z.next_in = filtered.data();
  z.avail_in = static_cast<uInt>(filtered.size());
  const int flush = last ? Z_FINISH : Z_NO_FLUSH;
  int status;
  do {
    z.next_out = buffer.data();
    z.avail_out = static_cast<uInt>(buffer.size());
    status = deflate(&z, flush);
    if (status == Z_STREAM_ERROR) return false;
    idat.append(reinterpret_cast<const char*>(buffer.data()), buffer.size() - z.avail_out);
  } while (z.avail_out == 0 || (flush == Z_FINISH && status != Z_STREAM_END));
  return true;
}

// The compressed image data: each row filtered "Up" and deflated; nullopt on failure.
std::optional<std::string> image_data(const unsigned char* pixels, int width, int height,
                                      int stride, int channels) {
  const std::size_t row_bytes = static_cast<std::size_t>(width) * channels;
  z_stream z{};
  if (deflateInit(&z, Z_BEST_SPEED) != Z_OK) return std::nullopt;
  std::string idat;
  std::vector<unsigned char> row(row_bytes), previous(row_bytes, 0), filtered(row_bytes + 1);
  std::vector<unsigned char> buffer(1 << 16);
  bool ok = true;
  for (int y = 0; y < height && ok; ++y) {
    unpack_row(pixels + static_cast<std::size_t>(y) * stride, width, channels, row.data());
    filtered[0] = 2;  // filter "Up": each byte minus the one above (0 above the first row)
    for (std::size_t i = 0; i < row_bytes; ++i)
      filtered[i + 1] = static_cast<unsigned char>(row[i] - previous[i]);
    previous.swap(row);
    ok = deflate_row(z, filtered, y + 1 == height, buffer, idat);
  }
  deflateEnd(&z);
  if (!ok) return std::nullopt;
  return idat;
}

}  // namespace

std::string encode_png(const unsigned char* pixels, int width, int height, int stride) {
  if (!pixels || width <= 0 || height <= 0 || stride < 4 * width) return {};
  const bool opaque = all_opaque(pixels, width, height, stride);
  const auto idat = image_data(pixels, width, height, stride, opaque ? 3 : 4);
  if (!idat) return {};

  std::string out("\x89PNG\r\n\x1a\n", 8);
  std::string ihdr;
  put32(ihdr, static_cast<std::uint32_t>(width));
  put32(ihdr, static_cast<std::uint32_t>(height));
  ihdr += '\x08';                    // 8 bits per channel
  ihdr += opaque ? '\x02' : '\x06';  // RGB or RGBA
  ihdr.append("\x00\x00\x00", 3);    // deflate, adaptive filtering, no interlace
  chunk(out, "IHDR", ihdr);
  chunk(out, "IDAT", *idat);
  chunk(out, "IEND", {});
  return out;
}

}  // namespace chainmap::views
