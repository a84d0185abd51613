#pragma once
// Each subcommand registers itself on the app and returns how to run it once parsed.
#include <CLI/CLI.hpp>

#include <functional>

#include "cli/common.h"

namespace chainmap::cli {

struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;  // the exit status
};

Command add_validate(CLI::App& root, const Globals& globals);
Command add_rules(CLI::App& root, const Globals& globals);
Command add_explain(CLI::App& root, const Globals& globals);
Command add_render(CLI::App& root, const Globals& globals);
Command add_complete(CLI::App& root, const Globals& globals);
Command add_init(CLI::App& root, const Globals& globals);
Command add_schema(CLI::App& root, const Globals& globals);
Command add_matrix(CLI::App& root, const Globals& globals);
Command add_impact(CLI::App& root, const Globals& globals);
Command add_diff(CLI::App& root, const Globals& globals);
Command add_stats(CLI::App& root, const Globals& globals);
Command add_lsp(CLI::App& root, const Globals& globals);

}  // namespace chainmap::cli
