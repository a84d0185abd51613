// Renders every view of every model under the folders given (each chainmap.yaml found, with its
// includes), for every journey, as DOT, SVG and mermaid with and without the findings overlay,
// and, for the models under a folder given with --png-under, as PNG too: in one process, so that
// `make test` can do it under ASan+UBSan. PNG lays the picture out as SVG does and only then
// differs (cairo, a library outside our code), so it runs on the examples and the render
// fixtures rather than on every rule fixture. A render that fails is reported and fails the
// test (a picture refused as too large to lay out, kMaxPictureSize, is counted apart); one that
// crashes ends the process, and the last "model:" line says which model did it.
//
//   chainmap_render_models [--png-under FOLDER]... FOLDER...
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"
#include "chainmap/source.h"
#include "every_view.h"

int main(int argc, char** argv) {
  namespace fs = std::filesystem;
  using namespace chainmap;
  std::vector<fs::path> models;
  std::vector<std::string> png_under;
  for (int i = 1; i < argc; ++i) {
    if (std::string_view(argv[i]) == "--png-under" && i + 1 < argc) {
      png_under.push_back(
          (fs::path(argv[++i]).lexically_normal() / "").string());  // a folder: ends in /
      continue;
    }
    for (const auto& entry :
         fs::recursive_directory_iterator(argv[i], fs::directory_options::skip_permission_denied))
      if (entry.path().filename() == "chainmap.yaml" && entry.is_regular_file())
        models.push_back(entry.path());
  }
  auto wants_png = [&](const fs::path& model) {
    const std::string path = model.lexically_normal().string();
    return std::any_of(png_under.begin(), png_under.end(), [&](const std::string& folder) {
      return path.compare(0, folder.size(), folder) == 0;
    });
  };
  std::sort(models.begin(), models.end());
  if (models.empty()) {
    std::fprintf(stderr, "chainmap_render_models: no chainmap.yaml under the folders given\n");
    return 2;
  }
  const auto start = std::chrono::steady_clock::now();
  int renders = 0, failures = 0, loaded = 0, refused = 0;
  for (const fs::path& path : models) {
    std::printf("model: %s\n", path.c_str());
    std::fflush(stdout);
    SourceSet sources;
    LoadResult load = load_model(path, sources);
    if (!load.fatal.empty()) continue;  // nothing to draw (the CLI exits 2)
    ++loaded;
    const Graph graph = build_graph(load.model);
    CheckOptions options;
    options.today = Date{2026, 6, 1};
    const std::vector<Diagnostic> findings =
        check_model(load.model, graph, std::move(load.diagnostics), options);
    auto check = [&](const fuzz::ViewRender& what, const Rendered& out) {
      ++renders;
      if (out.too_large) ++refused;
      if ((out.error.empty() && !out.bytes.empty()) || out.too_large) return;
      ++failures;
      std::printf("FAIL %s: %s%s%s as %s%s: %s\n", path.c_str(),
                  std::string(to_string(what.view)).c_str(),
                  what.journey.empty() ? "" : " --journey ", what.journey.c_str(),
                  std::string(to_string(what.format)).c_str(), what.findings ? " --findings" : "",
                  out.error.empty() ? "no output" : out.error.c_str());
    };
    // PNG (and through the same cairo renderer PDF) once, without findings: the overlay
    // changes colours and widths, which the text formats show as well.
    std::vector<RenderFormat> formats{RenderFormat::Dot, RenderFormat::Svg, RenderFormat::Mermaid};
    if (wants_png(path)) formats.push_back(RenderFormat::Png);
    fuzz::render_every_view(load.model, graph, formats, nullptr, check);
    fuzz::render_every_view(load.model, graph,
                            {RenderFormat::Dot, RenderFormat::Svg, RenderFormat::Mermaid},
                            &findings, check);
  }
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  std::printf(
      "%d renders of %d models (%zu found) in %.1f s, %d refused as too large to lay out, %d "
      "failed\n",
      renders, loaded, models.size(), seconds, refused, failures);
  return failures == 0 ? 0 : 1;
}
