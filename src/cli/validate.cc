// chainmap validate [FILE...]: load, check, print diagnostics (SPEC sections 5 and 6).
#include <cstdio>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>

#include <fmt/format.h>

#include "chainmap/printable.h"
#include "chainmap/read_file.h"
#include "chainmap/report.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

const std::vector<std::string> kFormats = {"text",   "json",  "sarif", "github",
                                           "gitlab", "junit", "html"};

struct ValidateOptions {
  std::vector<std::string> files;
  std::string format = "text";
  std::vector<std::string> outputs;  // FORMAT=PATH
  std::string baseline;
  std::optional<std::size_t> max_warnings;
  bool quiet = false;
  ModelOptions model;
};

struct Output {
  std::string format, path;
};

std::vector<Output> parse_outputs(const std::vector<std::string>& specs) {
  std::vector<Output> out;
  for (const auto& spec : specs) {
    auto eq = spec.find('=');
    if (eq == std::string::npos || eq + 1 == spec.size())
      throw Failure{fmt::format(
          "--output-format '{}': expected FORMAT=PATH, e.g. sarif=chainmap.sarif", spec)};
    Output o{spec.substr(0, eq), spec.substr(eq + 1)};
    if (std::find(kFormats.begin(), kFormats.end(), o.format) == kFormats.end())
      throw Failure{fmt::format("--output-format '{}': unknown format '{}' (expected {})", spec,
                                o.format, fmt::join(kFormats, ", "))};
    // A folder that does not exist fails before the model is read (SPEC section 5: exit 2).
    const std::filesystem::path folder = std::filesystem::path(o.path).parent_path();
    if (std::error_code ec; !folder.empty() && !std::filesystem::is_directory(folder, ec))
      throw Failure{fmt::format("cannot write '{}': the folder '{}' does not exist",
                                printable(o.path), printable(folder.string()))};
    out.push_back(std::move(o));
  }
  return out;
}

Baseline read_baseline(const std::string& path) {
  constexpr std::size_t kLimit = std::size_t{256} << 20;
  std::string text;
  if (auto error = read_file(path, kLimit, text))
    throw Failure{fmt::format("cannot read baseline '{}': {}", path, *error)};
  Baseline baseline;
  BaselineError error;
  if (!parse_baseline(text, baseline, error))
    throw Failure{
        fmt::format("{}:{}:{}: bad baseline: {}", path, error.line, error.column, error.message)};
  return baseline;
}

std::string format(const std::string& name, const Report& report, bool color,
                   const HtmlOptions& html) {
  if (name == "html") return format_html(report, html);
  if (name == "json") return format_json(report);
  if (name == "sarif") return format_sarif(report);
  if (name == "github") return format_github(report);
  if (name == "gitlab") return format_gitlab(report);
  if (name == "junit") return format_junit(report);
  return format_text(report, TextStyle{color});
}

// Every root model given, loaded and checked, with their findings together.
struct Checks {
  std::vector<std::unique_ptr<Checked>> models;
  std::vector<Diagnostic> diagnostics;
  std::vector<std::uint32_t> files;
  bool failed = false;
  std::vector<std::string> unread;  // for the HTML report: files given that could not be read
};

Checks check_all(const ValidateOptions& o, SourceSet& sources) {
  Checks out;
  const std::vector<std::string> paths =
      o.files.empty() ? std::vector<std::string>{"chainmap.yaml"} : o.files;
  for (const auto& path : paths) {
    try {
      auto checked = load_and_check(path, sources, o.model);
      for (auto f : checked->load.model.files)
        if (std::find(out.files.begin(), out.files.end(), f) == out.files.end())
          out.files.push_back(f);
      out.diagnostics.insert(out.diagnostics.end(), checked->diagnostics.begin(),
                             checked->diagnostics.end());
      out.models.push_back(std::move(checked));
    } catch (const Failure& f) {
      std::fprintf(stderr, "chainmap: error: %s\n", f.message.c_str());
      out.failed = true;
      out.unread.push_back(f.message);
    }
  }
  // A file included by two root models yields the same finding twice: report it once.
  sort_diagnostics(out.diagnostics, sources);
  out.diagnostics.erase(std::unique(out.diagnostics.begin(), out.diagnostics.end(),
                                    [](const Diagnostic& a, const Diagnostic& b) {
                                      return a.rule == b.rule && a.target == b.target &&
                                             a.loc == b.loc && a.message == b.message;
                                    }),
                        out.diagnostics.end());
  return out;
}

int run_validate(const ValidateOptions& o, const Globals& globals) {
  // Options that cannot work fail before any model is read.
  std::vector<Output> outputs = parse_outputs(o.outputs);
  std::optional<Baseline> baseline;
  if (!o.baseline.empty()) baseline = read_baseline(o.baseline);

  SourceSet sources;
  Checks checks = check_all(o, sources);
  auto& [models, diagnostics, files, failed, unread] = checks;
  if (models.empty()) return 2;  // nothing could be read: no report to give
  // Known findings are neither shown nor counted; --quiet only hides: warnings it hides still
  // count for --max-warnings and in the summary.
  Summary baselined;
  if (baseline) {
    const Summary before = summarize(diagnostics);
    apply_baseline(*baseline, diagnostics);
    const Summary after = summarize(diagnostics);
    baselined = Summary{before.errors - after.errors, before.warnings - after.warnings,
                        before.notes - after.notes};
  }
  const Summary counted = summarize(diagnostics);
  std::vector<Diagnostic> shown;
  for (const Diagnostic& d : diagnostics)
    if (!o.quiet || d.severity == Severity::Error) shown.push_back(d);
  Report report{sources, shown, files, counted};
  const GateSettings gate_settings{o.max_warnings, failed};
  HtmlOptions html;
  html.gate = gate_settings;
  html.unread = unread;
  if (baseline) html.baseline_hidden = baselined;
  html.date = format_date(check_options(o.model).today);
  for (const auto& m : models) html.models.push_back({m->load.model, m->graph});

  // Each format is made once, however many outputs ask for it (html draws every picture).
  std::map<std::pair<std::string, bool>, std::string> made;
  auto output = [&](const std::string& name, bool color) -> const std::string& {
    auto it = made.find({name, color});
    if (it == made.end())
      it = made.emplace(std::pair{name, color}, format(name, report, color, html)).first;
    return it->second;
  };
  emit(output(o.format, globals.use_color()), "", sources);
  // Files are never coloured. A file that cannot be written is exit 2, after the log output.
  for (const Output& out : outputs) emit(output(out.format, false), out.path, sources);
  // What the baseline hid, so that a gate that passes says how much it let pass (on standard
  // error: every format's output stays as documented).
  if (baseline) {
    const std::size_t hidden = baselined.errors + baselined.warnings + baselined.notes;
    std::string note = fmt::format("chainmap: the baseline '{}' hid {} known finding{}",
                                   printable(o.baseline), hidden, hidden == 1 ? "" : "s");
    if (hidden > 0)
      note += fmt::format(" ({} errors, {} warnings, {} notes)", baselined.errors,
                          baselined.warnings, baselined.notes);
    std::fputs((note + "\n").c_str(), stderr);
  }
  const Gate verdict = gate(counted, gate_settings);
  if (verdict.verdict != Verdict::NotRun && verdict.too_many_warnings)
    std::fprintf(stderr, "chainmap: too many warnings: %zu (--max-warnings %zu)\n",
                 counted.warnings, *o.max_warnings);
  return verdict.exit_status();
}

}  // namespace

Command add_validate(CLI::App& root, const Globals& globals) {
  auto o = std::make_shared<ValidateOptions>();
  CLI::App* app = root.add_subcommand("validate", "Load a model, check it, print diagnostics");
  app->add_option("files", o->files, "Root model files or folders (default: ./chainmap.yaml)")
      ->type_name("FILE");
  app->add_option("-f,--format", o->format, "Output format on standard output")
      ->check(CLI::IsMember(kFormats))
      ->capture_default_str();
  app->add_option("--output-format", o->outputs,
                  "Also write the report in FORMAT to PATH, e.g. sarif=chainmap.sarif "
                  "(repeatable)")
      ->type_name("FORMAT=PATH")
      ->allow_extra_args(false);
  app->add_option("--baseline", o->baseline,
                  "A previous '--format json' report: findings with the same rule and target in "
                  "it are neither shown nor counted")
      ->type_name("FILE");
  app->add_option("--max-warnings", o->max_warnings,
                  "Exit 1 when more than N warnings remain (default: no limit)")
      ->type_name("N")
      ->check(CLI::Validator(
          [](std::string& value) -> std::string {
            bool digits = !value.empty() && value.size() < 10 &&
                          value.find_first_not_of("0123456789") == std::string::npos;
            return digits ? "" : fmt::format("expected a whole number, 0 or more, not '{}'", value);
          },
          ""));
  app->add_flag("-q,--quiet", o->quiet,
                "Show errors only (hidden warnings still count for --max-warnings)");
  add_model_options(app, o->model);
  return {app, [o, &globals] { return run_validate(*o, globals); }};
}

}  // namespace chainmap::cli
