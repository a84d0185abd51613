#include "lsp/checked.h"

#include <algorithm>

#include "yaml/parse_cache.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

bool CheckedModel::contains(const fs::path& canonical) const {
  return std::find(files.begin(), files.end(), canonical) != files.end();
}

std::unique_ptr<CheckedModel> check_root(const fs::path& root, const Overlay& overlay,
                                         bool allow_outside_root, const CheckOptions& options,
                                         yaml::ParseCache* cache) {
  auto out = std::make_unique<CheckedModel>();
  out->root = root;
  LoadOptions load;
  load.allow_outside_root = allow_outside_root;
  load.parse_cache = cache;
  // Buffers larger than a file may be are read from disk, where the loader's limit applies.
  const std::size_t limit = load.limits.max_file_bytes;
  load.read_override = [&overlay, limit](const fs::path& canonical) -> std::optional<std::string> {
    auto it = overlay.find(canonical);
    if (it == overlay.end() || it->second.size() > limit) return std::nullopt;
    return it->second;
  };
  // The root's own buffer, when it is open, even if the file is gone from disk.
  if (auto it = overlay.find(root); it != overlay.end() && it->second.size() <= limit)
    out->load = load_model_text(it->second, root, out->sources, load);
  else
    out->load = load_model(root, out->sources, load);
  if (cache) cache->sweep();
  if (!out->load.fatal.empty()) return out;
  for (std::uint32_t f : out->load.model.files) out->files.push_back(out->sources.at(f).canonical);
  out->graph = build_graph(out->load.model);
  out->diagnostics =
      check_model(out->load.model, out->graph, std::move(out->load.diagnostics), options);
  out->load.diagnostics.clear();
  sort_diagnostics(out->diagnostics, out->sources);
  return out;
}

}  // namespace chainmap::lsp
