#pragma once
// Shared by the commands that report on one model (matrix, impact, stats): the same options
// (FILE, --format, -o, the model options) and the same run: load and check, build the report,
// write it, exit 0 (2 when the command cannot run).
#include <cstdio>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "cli/common.h"

namespace chainmap::cli {

struct ReportOptions {
  std::string file = "chainmap.yaml";
  std::string format = "text";
  std::string output;
  ModelOptions model;
};

inline void add_report_options(CLI::App* app, ReportOptions& o,
                               const std::vector<std::string>& formats) {
  app->add_option("file", o.file, "Root model file or folder")
      ->type_name("FILE")
      ->capture_default_str();
  add_output_options(app, o.format, o.output, formats);
  add_model_options(app, o.model);
}

// These commands report; `validate` and `diff` are the gates. A model with error findings
// still gets its report and exit 0 (as the man pages say), with a note
// that the report describes a model that does not validate.
inline int findings_status(const Checked& checked) {
  if (summarize(checked.diagnostics).errors > 0)
    std::fputs(
        "chainmap: note: the model has error findings; run 'chainmap validate' for details\n",
        stderr);
  return 0;
}

// Loads and checks o.file, writes what `report` returns, and gives the exit status.
inline int run_report(const ReportOptions& o,
                      const std::function<std::string(const Checked&)>& report) {
  SourceSet sources;
  auto checked = load_and_check(o.file, sources, o.model);
  emit(report(*checked), o.output, sources);
  return findings_status(*checked);
}

}  // namespace chainmap::cli
