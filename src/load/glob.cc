#include "load/glob.h"

#include <fnmatch.h>
#include <sys/stat.h>

#include <algorithm>
#include <set>
#include <string>
#include <system_error>
#include <tuple>

namespace chainmap::load {
namespace fs = std::filesystem;

bool is_glob(std::string_view pattern) {
  return pattern.find_first_of("*?[") != std::string_view::npos;
}

namespace {

std::vector<std::string> split(std::string_view pattern) {
  std::vector<std::string> parts;
  std::size_t start = 0;
  while (start <= pattern.size()) {
    std::size_t slash = pattern.find('/', start);
    if (slash == std::string_view::npos) slash = pattern.size();
    if (slash > start) parts.emplace_back(pattern.substr(start, slash - start));
    start = slash + 1;
  }
  return parts;
}

struct Entry {
  fs::path path;
  std::string name;
  bool directory = false;  // a folder, not through a symlink
};

class Walk {
 public:
  Walk(std::vector<std::string> parts, std::size_t max_visits, GlobMatches& out)
      : parts_(std::move(parts)), max_visits_(max_visits), out_(out) {}

  void match(const fs::path& dir, std::size_t i) {
    if (out_.truncated) return;
    std::error_code ec;
    if (i == parts_.size()) {
      if (fs::is_regular_file(dir, ec)) out_.files.push_back(dir);
      return;
    }
    const std::string& part = parts_[i];
    if (part == "**") {
      if (!first_walk(dir, i)) return;
      match(dir, i + 1);
      for (const Entry& e : list(dir))
        if (e.directory && e.name[0] != '.') match(e.path, i);
      return;
    }
    if (!is_glob(part)) {
      if (!visit()) return;
      match(dir / part, i + 1);
      return;
    }
    for (const Entry& e : list(dir))
      if (fnmatch(part.c_str(), e.name.c_str(), FNM_PERIOD) == 0) match(e.path, i + 1);
  }

 private:
  // Counts one file or folder looked at; false (and truncated) past the limit.
  bool visit() {
    if (++out_.visited > max_visits_) out_.truncated = true;
    return !out_.truncated;
  }

  // The entries of a folder, sorted by name so that a walk cut short is the same on every
  // run and file system. Nothing when it cannot be read or the limit is reached.
  std::vector<Entry> list(const fs::path& dir) {
    std::vector<Entry> entries;
    if (out_.truncated) return entries;
    std::error_code ec;
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      if (!visit()) return {};
      Entry e{it->path(), it->path().filename().string(), false};
      if (e.name.empty()) continue;
      std::error_code type_ec;
      e.directory = !it->is_symlink(type_ec) && it->is_directory(type_ec);
      entries.push_back(std::move(e));
    }
    std::sort(entries.begin(), entries.end(),
              [](const Entry& a, const Entry& b) { return a.name < b.name; });
    return entries;
  }

  // Whether `dir` is walked by the `**` at parts_[i] for the first time (by device and
  // inode: a bind mount can show one folder under two paths).
  bool first_walk(const fs::path& dir, std::size_t i) {
    struct stat st {};
    if (::stat(dir.c_str(), &st) != 0) return false;
    return walked_.emplace(st.st_dev, st.st_ino, i).second;
  }

  std::vector<std::string> parts_;
  std::size_t max_visits_;
  GlobMatches& out_;
  std::set<std::tuple<dev_t, ino_t, std::size_t>> walked_;
};

}  // namespace

GlobMatches expand_glob(const fs::path& base, std::string_view pattern, std::size_t max_visits) {
  GlobMatches out;
  fs::path start = !pattern.empty() && pattern[0] == '/' ? fs::path("/") : base;
  Walk(split(pattern), max_visits, out).match(start, 0);
  for (auto& p : out.files) p = p.lexically_normal();
  std::sort(out.files.begin(), out.files.end());
  out.files.erase(std::unique(out.files.begin(), out.files.end()), out.files.end());
  return out;
}

}  // namespace chainmap::load
