#include "util/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace chainmap {
namespace fs = std::filesystem;

std::string write_file_atomic(const fs::path& path, std::string_view bytes,
                              const std::vector<fs::path>& inputs) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
  for (const auto& input : inputs)
    if (fs::weakly_canonical(input, ec) == target)
      return fmt::format("refusing to write '{}': it is an input file of this run", path.string());
  if (fs::is_directory(target, ec)) return fmt::format("cannot write '{}': it is a folder", path.string());

  const fs::path dir = target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      int err = errno;
      ::close(fd);
      ::unlink(tmpl.c_str());
      return fmt::format("cannot write '{}': {}", path.string(), std::strerror(err));
    }
    done += static_cast<std::size_t>(n);
  }
  // mkstemp creates 0600; outputs are ordinary files.
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, 0666 & ~mask);
  if (::close(fd) != 0 || std::rename(tmpl.c_str(), target.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return fmt::format("cannot write '{}': {}", path.string(), std::strerror(err));
  }
  return "";
}

}  // namespace chainmap
