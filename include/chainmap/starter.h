#pragma once
// `chainmap init`: a small, commented starter model that validates clean under the
// recommended rule set. The file texts live in src/init/starter/ and are compiled in.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

struct StarterFile {
  std::string path;  // relative to the model's folder
  std::string_view text;
};

// The starter model, root file first, and the JSON Schema its modelines point at.
std::vector<StarterFile> starter_files();

struct InitResult {
  std::vector<std::filesystem::path> written;  // in the order of starter_files()
  std::string error;                           // empty on success
};

// Writes the starter model into `dir`, creating it (and its parents) if missing. Refuses,
// writing nothing, when any of the files already exists. Each file is written atomically.
InitResult write_starter_model(const std::filesystem::path& dir);

}  // namespace chainmap
