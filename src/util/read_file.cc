#include "chainmap/read_file.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace chainmap {

std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t limit,
                                     std::string& text) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) return std::string("it is a directory");
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (!f) return std::string(std::strerror(errno));
  std::string out;
  char buffer[1 << 16];
  std::size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, f)) > 0) {
    out.append(buffer, n);
    if (out.size() > limit) {
      std::fclose(f);
      return limit >= (1u << 20) && limit % (1u << 20) == 0
                 ? fmt::format("it is larger than the limit of {} MiB", limit >> 20)
                 : fmt::format("it is larger than the limit of {} bytes", limit);
    }
  }
  bool failed = std::ferror(f);
  int err = errno;
  std::fclose(f);
  if (failed) return std::string(std::strerror(err));
  text = std::move(out);
  return std::nullopt;
}

}  // namespace chainmap
