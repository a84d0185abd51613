// chainmap init [DIR]: writes the starter model (the library's starter_files()) and says what next.
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "chainmap/starter.h"
#include "cli/commands.h"

namespace chainmap::cli {

Command add_init(CLI::App& root, const Globals&) {
  auto dir = std::make_shared<std::string>(".");
  CLI::App* app = root.add_subcommand(
      "init", "Write a small, valid, commented starter model into DIR (never overwrites a file)");
  app->add_option("dir", *dir, "Folder for the model (created if missing)")
      ->type_name("DIR")
      ->capture_default_str();
  return {app, [dir] {
            InitResult result = write_starter_model(*dir);
            std::string out;
            for (const auto& path : result.written) out += fmt::format("wrote {}\n", path.string());
            std::fwrite(out.data(), 1, out.size(), stdout);
            if (!result.error.empty()) throw Failure{result.error};
            const std::string root = result.written.front().string();
            const std::string schema = result.written.back().string();
            out = fmt::format(
                "\nNext: check it with\n  chainmap validate {}\nthen describe your "
                "own departments, partners and journeys in those files.\n"
                "After upgrading chainmap, refresh the schema editors read with\n"
                "  chainmap schema -o {}\n",
                root, schema);
            std::fwrite(out.data(), 1, out.size(), stdout);
            return 0;
          }};
}

}  // namespace chainmap::cli
