// chainmap [GLOBAL OPTIONS] COMMAND [ARGS]: argument handling only; the work is in the library.
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <vector>

#include "chainmap/suggest.h"
#include "chainmap/version.h"
#include "cli/commands.h"

int main(int argc, char** argv) {
  using namespace chainmap::cli;
  CLI::App app{
      "chainmap: map customer journeys and service chains, check their handovers, "
      "draw them.",
      "chainmap"};
  app.footer(
      "Run 'chainmap COMMAND --help' for a command's options; 'chainmap' alone runs "
      "'chainmap validate'.\nExit status: 0 done (validate: no error findings); 1 validate found "
      "errors (or too many warnings), diff found new errors; 2 the command could not run.");
  app.set_version_flag("-V,--version", std::string("chainmap ") + chainmap::kVersion);
  app.require_subcommand(0, 1);
  app.fallthrough();

  Globals globals;
  app.add_option("--color", globals.color,
                 "Colour output: auto (on a terminal, unless NO_COLOR is set), always, never")
      ->check(CLI::IsMember({"auto", "always", "never"}))
      ->capture_default_str();

  std::vector<Command> commands = {
      add_validate(app, globals),  // first: `chainmap` alone runs it
      add_render(app, globals),   add_matrix(app, globals),   add_impact(app, globals),
      add_diff(app, globals),     add_stats(app, globals),    add_rules(app, globals),
      add_explain(app, globals),  add_init(app, globals),     add_schema(app, globals),
      add_lsp(app, globals),      add_complete(app, globals),
  };

  // `chainmap valdate`: name the unknown command and suggest the closest one.
  if (argc > 1 && argv[1][0] != '-') {
    std::vector<std::string> names;
    for (const auto& command : commands) names.push_back(command.app->get_name());
    if (std::find(names.begin(), names.end(), argv[1]) == names.end()) {
      std::fprintf(stderr,
                   "chainmap: error: unknown command '%s'%s\nRun 'chainmap --help' for usage.\n",
                   argv[1], chainmap::did_you_mean(argv[1], names).c_str());
      return 2;
    }
  }

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    if (e.get_exit_code() == 0) return app.exit(e);  // --help, --version
    std::fprintf(stderr, "chainmap: error: %s\nRun 'chainmap --help' for usage.\n", e.what());
    return 2;
  }

  int status = 2;
  try {
    const Command* chosen = &commands.front();  // no command: validate ./chainmap.yaml
    for (const auto& command : commands)
      if (command.app->parsed()) chosen = &command;
    status = chosen->run();
  } catch (const Failure& f) {
    std::fprintf(stderr, "chainmap: error: %s\n", f.message.c_str());
    return 2;
  }
  // Output that could not be written (a full disk, a closed standard output) is a command
  // that could not run (SPEC section 5), not a silent success.
  std::cout.flush();
  errno = 0;
  const bool lost = !std::cout.good() || std::fflush(stdout) != 0 || std::ferror(stdout);
  if (lost) {
    std::fprintf(stderr, "chainmap: error: cannot write the output%s%s\n", errno ? ": " : "",
                 errno ? std::strerror(errno) : "");
    return 2;
  }
  return status;
}
