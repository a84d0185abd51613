#pragma once
// Files -> model: reads the root file and its includes (SPEC section 2), maps them onto the
// typed model and reports every model/* rule. Never prints; never throws for bad input.
#include <cstddef>
#include <filesystem>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/limits.h"
#include "chainmap/model.h"
#include "chainmap/source.h"

namespace chainmap {

namespace yaml {
class ParseCache;  // src/yaml/parse_cache.h
}

struct LoadOptions {
  bool allow_outside_root = false;  // --allow-outside-root
  Limits limits;
  // Asked, by canonical path, before an included file is read from disk: text that stands
  // for its contents (an editor's unsaved buffer), or nullopt to read the disk. Whether a
  // file exists and what a glob matches are still decided by the disk. Called from the
  // loader's worker threads, so it must be safe to call concurrently.
  std::function<std::optional<std::string>(const std::filesystem::path& canonical)> read_override;
  // Parse results by content, reused across loads of one model (files that did not change
  // are not parsed again); nullptr parses every file.
  yaml::ParseCache* parse_cache = nullptr;
};

struct LoadResult {
  Model model;
  std::vector<Diagnostic> diagnostics;  // model/* findings, default severities
  // Set when the root file could not be read at all (missing, a directory, unreadable):
  // the command cannot run (exit 2). The message is for the user, without a position.
  std::string fatal;
};

// `root` may name a file, or a directory holding chainmap.yaml.
LoadResult load_model(const std::filesystem::path& root, SourceSet& sources,
                      const LoadOptions& options = {});

// As load_model, with `text` standing for the contents of the root file `root` (which need
// not exist; its includes are read from disk). For the fuzzer and tests.
LoadResult load_model_text(const std::string& text, const std::filesystem::path& root,
                           SourceSet& sources, const LoadOptions& options = {});

// A loader finding that means part of the model was not read: an error-level file that does not
// parse, an unknown section, an include that was not found or not allowed outside the root
// folder. What was lost would look removed, so a comparison of two models says so first.
bool loses_input(const Diagnostic& diagnostic);
// A file that does not parse (model/syntax): what follows the error is lost or misread.
bool is_syntax_error(const Diagnostic& diagnostic);

}  // namespace chainmap
