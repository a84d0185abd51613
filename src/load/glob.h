#pragma once
// Include globs (SPEC section 2: "paths/globs relative to this file", "globs sorted by path").
#include <cstddef>
#include <filesystem>
#include <string_view>
#include <vector>

namespace chainmap::load {

// Whether an include entry is a pattern (`*`, `?`, `[...]`) rather than a plain path.
bool is_glob(std::string_view pattern);

struct GlobMatches {
  std::vector<std::filesystem::path> files;  // sorted by path
  std::size_t visited = 0;                   // files and folders looked at
  bool truncated = false;                    // stopped after `max_visits`: `files` is incomplete
};

// Regular files matching `pattern` relative to `base`, sorted by path. Segments match with
// fnmatch(3) rules (`*` and `?` never match `/`, nor a leading `.`); `**` matches any number
// of folders, including none.
//
// Bounded on any tree (docs/limits.md): `**` does not descend into symlinked folders (as
// bash's globstar, find and git), so a link to `.` or `..` or two links to each other cannot
// loop it; no folder is walked twice for one segment, whatever path leads to it (tracked by
// device and inode, for bind mounts); and the walk stops after looking at `max_visits`
// files and folders. A folder named in the pattern, or matched by `*`, may be a symlink.
GlobMatches expand_glob(const std::filesystem::path& base, std::string_view pattern,
                        std::size_t max_visits);

}  // namespace chainmap::load
