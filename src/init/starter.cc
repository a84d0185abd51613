#include "chainmap/starter.h"

#include <fmt/format.h>

#include "chainmap/atomic_file.h"
#include "chainmap/schema.h"
#include "embedded/embedded.h"

namespace chainmap {
namespace fs = std::filesystem;

std::vector<StarterFile> starter_files() {
  // The schema goes beside the model: the files' modeline names it by a relative path, so an
  // editor finds it offline and it matches this chainmap (`chainmap schema -o` refreshes it).
  return {{"chainmap.yaml", embedded::starter_chainmap_yaml},
          {"journeys.yaml", embedded::starter_journeys_yaml},
          {"chainmap.schema.json", json_schema()}};
}

InitResult write_starter_model(const fs::path& dir) {
  InitResult result;
  const std::vector<StarterFile> files = starter_files();
  std::error_code ec;
  // Check everything first: a half-written starter next to the user's own files helps nobody.
  if (fs::exists(dir, ec) && !fs::is_directory(dir, ec)) {
    result.error = fmt::format("'{}' exists and is not a folder", dir.string());
    return result;
  }
  for (const auto& file : files) {
    const fs::path path = dir / file.path;
    if (fs::symlink_status(path, ec).type() != fs::file_type::not_found) {
      result.error = fmt::format(
          "'{}' already exists; chainmap init never overwrites a file "
          "(choose an empty folder: chainmap init DIR)",
          path.string());
      return result;
    }
  }
  fs::create_directories(dir, ec);
  if (ec) {
    result.error = fmt::format("cannot create folder '{}': {}", dir.string(), ec.message());
    return result;
  }
  for (const auto& file : files) {
    const fs::path path = dir / file.path;
    if (std::string error = write_file_atomic(path, file.text); !error.empty()) {
      result.error = std::move(error);
      return result;
    }
    result.written.push_back(path);
  }
  return result;
}

}  // namespace chainmap
