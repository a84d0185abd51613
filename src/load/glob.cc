#include "load/glob.h"

#include <fnmatch.h>

#include <algorithm>
#include <string>
#include <system_error>

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

void match(const fs::path& dir, const std::vector<std::string>& parts, std::size_t i,
           std::vector<fs::path>& out, int depth) {
  std::error_code ec;
  if (depth > 64) return;  // symlink loops under `**`
  if (i == parts.size()) {
    if (fs::is_regular_file(dir, ec)) out.push_back(dir);
    return;
  }
  const std::string& part = parts[i];
  if (part == "**") {
    match(dir, parts, i + 1, out, depth);
    for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
      const std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      if (it->is_directory(ec)) match(it->path(), parts, i, out, depth + 1);
    }
    return;
  }
  if (!is_glob(part)) {
    match(dir / part, parts, i + 1, out, depth);
    return;
  }
  for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec)) {
    const std::string name = it->path().filename().string();
    if (fnmatch(part.c_str(), name.c_str(), FNM_PERIOD) == 0) match(it->path(), parts, i + 1, out, depth + 1);
  }
}

}  // namespace

std::vector<fs::path> expand_glob(const fs::path& base, std::string_view pattern) {
  std::vector<fs::path> out;
  fs::path start = !pattern.empty() && pattern[0] == '/' ? fs::path("/") : base;
  match(start, split(pattern), 0, out, 0);
  for (auto& p : out) p = p.lexically_normal();
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

}  // namespace chainmap::load
