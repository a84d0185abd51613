// chainmap render VIEW [FILE]: draw a view of a model (SPEC sections 5 and 6). Argument
// handling only; the drawing is in src/render/.
#include <unistd.h>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chainmap/render.h"
#include "chainmap/suggest.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

struct RenderArgs {
  std::string view;
  std::string file = "chainmap.yaml";
  std::string output;
  std::string format;
  std::string journey;
  std::string persona;
  bool findings = false;
  ModelOptions model;
};

std::string choices(const std::vector<std::string>& names) {
  return fmt::format("{}", fmt::join(names, ", "));
}

int run_render(const RenderArgs& a) {
  const auto view = parse_view(a.view);
  if (!view)
    throw Failure{fmt::format("unknown view '{}'; valid views: {}{}", a.view, choices(view_names()),
                              did_you_mean(a.view, view_names()))};
  const bool to_stdout = a.output.empty() || a.output == "-";
  std::optional<RenderFormat> format;
  if (!a.format.empty()) {
    format = parse_render_format(a.format);
    if (!format)
      throw Failure{fmt::format("unknown format '{}'; valid formats: {}{}", a.format,
                                choices(render_format_names()),
                                did_you_mean(a.format, render_format_names()))};
  } else if (!to_stdout) {
    format = render_format_from_path(a.output);
    if (!format)
      throw Failure{fmt::format(
          "cannot tell the format from '{}'; use an extension (.dot .gv .svg .png .pdf .mmd) "
          "or --format ({})",
          a.output, choices(render_format_names()))};
  } else {
    format = RenderFormat::Dot;
  }
  // Binary output on a terminal is garbage; into a pipe or file it is what the user asked for.
  if (to_stdout && is_binary(*format) && ::isatty(STDOUT_FILENO))
    throw Failure{
        fmt::format("{} output needs -o FILE (or redirect standard output)", to_string(*format))};

  SourceSet sources;
  auto checked = load_and_check(a.file, sources, a.model);
  RenderOptions options;
  options.view = *view;
  options.format = *format;
  options.journey = a.journey;
  options.persona = a.persona;
  // A model with one journey needs no --journey.
  if (options.journey.empty() && view_needs_journey(*view) &&
      checked->load.model.journeys.size() == 1)
    options.journey = checked->load.model.journeys.front().id;
  if (a.findings) options.findings = &checked->diagnostics;
  Rendered out = render(checked->load.model, checked->graph, options);
  if (!out.error.empty()) throw Failure{out.error};
  emit(out.bytes, to_stdout ? "" : a.output, sources);
  return 0;
}

}  // namespace

Command add_render(CLI::App& root, const Globals& /*globals*/) {
  auto a = std::make_shared<RenderArgs>();
  CLI::App* app = root.add_subcommand(
      "render", "Draw a view of a model: chain, journey, blueprint, handovers, experience");
  app->add_option("view", a->view, "chain | journey | blueprint | handovers | experience")
      ->required()
      ->type_name("VIEW");
  app->add_option("file", a->file, "Root model file or folder")
      ->capture_default_str()
      ->type_name("FILE");
  app->add_option("-o,--output", a->output,
                  "Output file; the format follows its extension. Default or '-': standard output")
      ->type_name("OUT");
  app->add_option("-f,--format", a->format,
                  "dot | svg | png | pdf | mermaid (default: from -o, else dot)")
      ->type_name("FORMAT");
  app->add_option("-j,--journey", a->journey,
                  "Journey id, for the journey, blueprint and experience views (not needed when "
                  "the model has one)")
      ->type_name("ID");
  app->add_option("--persona", a->persona,
                  "Persona id, for the experience view: the one its mermaid journey shows "
                  "(default: the journey's "
                  "first) and the only curve drawn (default: every persona of the journey)")
      ->type_name("ID");
  app->add_flag(
      "--findings", a->findings,
      "Overlay validation findings: errors red, warnings orange, numbered on the picture and "
      "listed under it (also SVG tooltips)");
  add_model_options(app, a->model);
  app->footer(
      "Examples:\n  chainmap render chain -o chain.svg\n  chainmap render journey --journey "
      "order-to-delivery "
      "-o journey.png\n  chainmap render blueprint -j order-to-delivery --format mermaid\n"
      "  chainmap render experience -j order-to-delivery --findings -o experience.svg");
  return {app, [a] { return run_render(*a); }};
}

}  // namespace chainmap::cli
