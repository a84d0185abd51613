#pragma once
// Outputs are written atomically (a temporary file in the same folder, then rename) and never
// over an input file.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

// Writes `bytes` to `path`; returns an error message, or "" on success. Refuses when `path` is
// one of `inputs` (compared as canonical paths).
std::string write_file_atomic(const std::filesystem::path& path, std::string_view bytes,
                              const std::vector<std::filesystem::path>& inputs = {});

}  // namespace chainmap
