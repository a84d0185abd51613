// chainmap schema [-o FILE]: the JSON Schema of the model format, compiled into the binary.
#include <memory>

#include "chainmap/schema.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_schema(CLI::App& root, const Globals&) {
  auto output = std::make_shared<std::string>();
  CLI::App* app = root.add_subcommand(
      "schema", "Print the JSON Schema (draft 2020-12) of the model format, for editors and CI");
  add_output_option(app, *output);
  return {app, [output] {
            emit(std::string(json_schema()), *output, SourceSet{});
            return 0;
          }};
}

}  // namespace chainmap::cli
