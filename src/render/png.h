#pragma once
// A PNG encoder for the bitmaps Graphviz's cairo renderer draws (see gvc.cc). Cairo's own PNG
// writer (libpng, default compression, adaptive filters) took more than half of the time of a
// large render; this one uses the "Up" filter and zlib's fastest level, which on diagrams
// (large flat areas) costs a fraction of that for files of a similar size.
#include <cstdint>
#include <string>

namespace chainmap::views {

// `pixels`: `height` rows of `width` 32-bit pixels in cairo's ARGB32 layout (native-endian,
// premultiplied alpha), rows `stride` bytes apart. Opaque images are written as RGB, others
// as RGBA with the alpha un-premultiplied. Empty on failure.
std::string encode_png(const unsigned char* pixels, int width, int height, int stride);

}  // namespace chainmap::views
