#pragma once
// The files a run has read: their display paths (relative to the working directory) and
// contents, so reports can quote source lines. Shared by every model loaded in one run.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace chainmap {

struct SourceFile {
  std::string display;              // path shown to users: relative to the working directory
  std::filesystem::path canonical;  // identity: a file included twice is read once
  std::string text;                 // full contents as read (empty until read)
};

class SourceSet {
 public:
  // Index of the file with this canonical path, adding it (without contents) if new.
  std::uint32_t add(const std::filesystem::path& canonical, std::string display);
  std::optional<std::uint32_t> find(const std::filesystem::path& canonical) const;

  SourceFile& at(std::uint32_t i) { return files_.at(i); }
  const SourceFile& at(std::uint32_t i) const { return files_.at(i); }
  std::size_t size() const { return files_.size(); }

  // The text of a 1-based line without its line break; empty when out of range. The first
  // call for a file indexes its line starts, so quoting many findings stays linear.
  std::string_view line(std::uint32_t file, std::uint32_t line) const;

 private:
  std::vector<SourceFile> files_;
  mutable std::vector<std::vector<std::size_t>> line_starts_;  // by file; built on first use
  std::unordered_map<std::string, std::uint32_t> by_path_;
};

// Path for display: relative to the working directory when that is shorter than absolute.
std::string display_path(const std::filesystem::path& absolute);

}  // namespace chainmap
