// chainmap validate [FILE...]: load, check, print diagnostics (SPEC sections 5 and 6).
#include <cstdio>
#include <memory>

#include <fmt/format.h>

#include "chainmap/report.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

struct ValidateOptions {
  std::vector<std::string> files;
  std::string format = "text";
  ModelOptions model;
};

int run_validate(const ValidateOptions& o, const Globals& globals) {
  SourceSet sources;
  std::vector<std::unique_ptr<Checked>> models;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::uint32_t> files;
  bool failed = false;
  const std::vector<std::string> paths = o.files.empty() ? std::vector<std::string>{"chainmap.yaml"} : o.files;
  for (const auto& path : paths) {
    try {
      auto checked = load_and_check(path, sources, o.model);
      for (auto f : checked->load.model.files)
        if (std::find(files.begin(), files.end(), f) == files.end()) files.push_back(f);
      diagnostics.insert(diagnostics.end(), checked->diagnostics.begin(), checked->diagnostics.end());
      models.push_back(std::move(checked));
    } catch (const Failure& f) {
      std::fprintf(stderr, "chainmap: error: %s\n", f.message.c_str());
      failed = true;
    }
  }
  // A file included by two root models yields the same finding twice: report it once.
  sort_diagnostics(diagnostics, sources);
  diagnostics.erase(std::unique(diagnostics.begin(), diagnostics.end(),
                                [](const Diagnostic& a, const Diagnostic& b) {
                                  return a.rule == b.rule && a.target == b.target && a.loc == b.loc &&
                                         a.message == b.message;
                                }),
                    diagnostics.end());

  if (models.empty()) return 2;  // nothing could be read: no report to give
  Report report{sources, diagnostics, files};
  std::string out = o.format == "json" ? format_json(report)
                                       : format_text(report, TextStyle{globals.use_color()});
  emit(out, "", sources);
  if (failed) return 2;
  return summarize(diagnostics).errors > 0 ? 1 : 0;
}

}  // namespace

Command add_validate(CLI::App& root, const Globals& globals) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* app = root.add_subcommand("validate", "Load a model, check it, print diagnostics");
  app->add_option("files", o->files, "Root model files or folders (default: ./chainmap.yaml)")
      ->type_name("FILE");
  app->add_option("-f,--format", o->format, "Output format")
      ->check(CLI::IsMember({"text", "json"}))
      ->capture_default_str();
  add_model_options(app, o->model);
  return {app, [o, &globals] { return run_validate(*o, globals); }};
}

}  // namespace chainmap::cli
