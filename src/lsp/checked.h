#pragma once
// One model checked exactly as `chainmap validate ROOT` checks it (load_model, build_graph,
// check_model with the model's lint configuration, sort_diagnostics), except that the
// editor's unsaved buffers stand for the files on disk.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"
#include "chainmap/source.h"

namespace chainmap::lsp {

// Unsaved buffers by canonical path.
using Overlay = std::map<std::filesystem::path, std::string>;

struct CheckedModel {
  std::filesystem::path root;  // canonical path of the root file
  SourceSet sources;
  LoadResult load;                      // load.fatal: the root could not be read (no findings then)
  Graph graph;                          // points into load.model: a CheckedModel never moves
  std::vector<Diagnostic> diagnostics;  // as validate reports them, sorted
  std::vector<std::filesystem::path> files;  // canonical paths in load order; files[0] is the root

  bool contains(const std::filesystem::path& canonical) const;
  // The index in `sources` of a file of the model.
  std::optional<std::uint32_t> source_of(const std::filesystem::path& canonical) const {
    return sources.find(canonical);
  }
};

// `cache`, when given, keeps the parse results of files whose text did not change since the
// previous check of this root (yaml/parse_cache.h).
std::unique_ptr<CheckedModel> check_root(const std::filesystem::path& root, const Overlay& overlay,
                                         bool allow_outside_root, const CheckOptions& options,
                                         yaml::ParseCache* cache = nullptr);

}  // namespace chainmap::lsp
