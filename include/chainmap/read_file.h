#pragma once
// Reading a whole input file, with a size limit, for the loader and for the files the CLI reads
// besides models (e.g. a baseline report).
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>

namespace chainmap {

// Reads `path` into `text`; on failure returns the reason ("No such file or directory", "it is
// a directory", "it is larger than the limit of N MiB") and leaves `text` alone.
std::optional<std::string> read_file(const std::filesystem::path& path, std::size_t limit,
                                     std::string& text);

}  // namespace chainmap
