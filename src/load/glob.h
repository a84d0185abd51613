#pragma once
// Include globs (SPEC section 2: "paths/globs relative to this file", "globs sorted by path").
#include <filesystem>
#include <string_view>
#include <vector>

namespace chainmap::load {

// Whether an include entry is a pattern (`*`, `?`, `[...]`) rather than a plain path.
bool is_glob(std::string_view pattern);

// Regular files matching `pattern` relative to `base`, sorted by path. Segments match with
// fnmatch(3) rules (`*` and `?` never match `/`, nor a leading `.`); `**` matches any number
// of folders, including none.
std::vector<std::filesystem::path> expand_glob(const std::filesystem::path& base,
                                               std::string_view pattern);

}  // namespace chainmap::load
