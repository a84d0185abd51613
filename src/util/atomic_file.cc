#include "chainmap/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <fmt/format.h>

namespace chainmap {
namespace fs = std::filesystem;
namespace {

std::string write_all(int fd, std::string_view bytes, const fs::path& path) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0) {
      if (errno == EINTR) continue;
      return fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
    }
    done += static_cast<std::size_t>(n);
  }
  return "";
}

}  // namespace

std::string write_file_atomic(const fs::path& path, std::string_view bytes,
                              const std::vector<fs::path>& inputs) {
  std::error_code ec;
  const fs::path target = fs::weakly_canonical(fs::absolute(path, ec), ec);
  for (const auto& input : inputs)
    if (fs::weakly_canonical(input, ec) == target)
      return fmt::format("refusing to write '{}': it is an input file of this run", path.string());
  if (fs::is_directory(target, ec))
    return fmt::format("cannot write '{}': it is a folder", path.string());

  // A device, FIFO or socket (/dev/null, /dev/stdout, a named pipe) is written to, not replaced:
  // renaming a file over it would destroy it.
  struct stat existing {};
  const bool exists = ::stat(target.c_str(), &existing) == 0;
  if (exists && !S_ISREG(existing.st_mode)) {
    int fd = ::open(target.c_str(), O_WRONLY | O_CLOEXEC);
    if (fd < 0) return fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
    std::string error = write_all(fd, bytes, path);
    if (::close(fd) != 0 && error.empty())
      error = fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
    return error;
  }

  const fs::path dir = target.parent_path();
  std::string tmpl = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  int fd = ::mkstemp(tmpl.data());
  if (fd < 0) return fmt::format("cannot write '{}': {}", path.string(), std::strerror(errno));
  if (std::string error = write_all(fd, bytes, path); !error.empty()) {
    ::close(fd);
    ::unlink(tmpl.c_str());
    return error;
  }
  // mkstemp creates 0600: an existing file keeps its permissions, a new one gets the usual
  // ones (0666 less the umask).
  mode_t mask = ::umask(0);
  ::umask(mask);
  ::fchmod(fd, exists ? (existing.st_mode & 07777) : (0666 & ~mask));
  if (::close(fd) != 0 || std::rename(tmpl.c_str(), target.c_str()) != 0) {
    int err = errno;
    ::unlink(tmpl.c_str());
    return fmt::format("cannot write '{}': {}", path.string(), std::strerror(err));
  }
  return "";
}

}  // namespace chainmap
