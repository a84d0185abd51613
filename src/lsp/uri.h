#pragma once
// `file:` URIs (RFC 8089) <-> paths. Other schemes (untitled:, git:) name no file on disk.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace chainmap::lsp {

// The local path of a `file:` URI, percent-decoded; nullopt for other schemes or a URI that
// names no local file.
std::optional<std::filesystem::path> uri_to_path(std::string_view uri);
// `file:///...`, with every byte outside the unreserved set and `/` percent-encoded.
std::string path_to_uri(const std::filesystem::path& path);
// The canonical form a file is known by (symlinks resolved where the path exists).
std::filesystem::path canonical_path(const std::filesystem::path& path);

}  // namespace chainmap::lsp
