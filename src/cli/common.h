#pragma once
// What several subcommands share: global options, model loading + checking, output.
#include <CLI/CLI.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"
#include "chainmap/rules.h"
#include "chainmap/source.h"

namespace chainmap::cli {

struct Globals {
  std::string color = "auto";  // --color auto|always|never
  bool use_color() const;      // for standard output
};

// Options of every command that reads a model.
struct ModelOptions {
  bool allow_outside_root = false;
  bool strict = false;
  std::vector<std::string> rules;  // NAME=SEVERITY
};
void add_model_options(CLI::App* app, ModelOptions& options);

// -o,--output FILE: where a command writes its output, standard output without it.
void add_output_option(CLI::App* app, std::string& output);
// -f,--format (one of `formats`, `format` the default) and -o,--output FILE.
void add_output_options(CLI::App* app, std::string& format, std::string& output,
                        const std::vector<std::string>& formats);

// A loaded, checked model. The graph points into `load.model`, so a Checked never moves or is
// copied: load_and_check gives it out on the heap.
struct Checked {
  Checked() = default;
  Checked(const Checked&) = delete;
  Checked(Checked&&) = delete;
  Checked& operator=(const Checked&) = delete;
  Checked& operator=(Checked&&) = delete;
  ~Checked() = default;

  LoadResult load;
  Graph graph;
  std::vector<Diagnostic> diagnostics;  // sorted
};

// Thrown for "the command could not run" (exit 2); main prints `chainmap: error: <message>`.
struct Failure {
  std::string message;
};

// The rule a command-line argument names: its id, or its name without the group when only one
// rule has that name. Throws Failure naming the candidates (ambiguous) or the closest id.
const Rule& named_rule(const std::string& name, std::string_view context);

CheckOptions check_options(const ModelOptions& options);  // throws Failure on a bad --rule
std::unique_ptr<Checked> load_and_check(const std::string& path, SourceSet& sources,
                                        const ModelOptions& options);  // throws Failure

// Prints to standard output, or writes atomically to `path` (refusing input files).
void emit(const std::string& text, const std::string& path, const SourceSet& inputs);

}  // namespace chainmap::cli
