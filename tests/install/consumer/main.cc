// A program using the installed chainmap library (tests/install/consumer.sh): loads a model,
// checks it, prints the findings count and the text summary, and the chain view as DOT.
#include <chainmap/check.h>
#include <chainmap/loader.h>
#include <chainmap/render.h>
#include <chainmap/report.h>
#include <iostream>

int main(int argc, char** argv) {
  if (argc != 3) return std::cerr << "usage: consumer MODEL YYYY-MM-DD\n", 2;
  chainmap::SourceSet sources;
  chainmap::LoadResult loaded = chainmap::load_model(argv[1], sources);
  if (!loaded.fatal.empty()) return std::cerr << loaded.fatal << '\n', 2;
  const chainmap::Graph graph = chainmap::build_graph(loaded.model);
  chainmap::CheckOptions options;
  options.today = chainmap::parse_date(argv[2]).value();
  std::vector<chainmap::Diagnostic> findings =
      chainmap::check_model(loaded.model, graph, std::move(loaded.diagnostics), options);
  chainmap::sort_diagnostics(findings, sources);
  std::cout << findings.size() << " findings\n"
            << chainmap::format_summary({sources, findings, loaded.model.files}, {});
  const chainmap::Rendered dot = chainmap::render(loaded.model, graph, {.findings = &findings});
  if (!dot.error.empty()) return std::cerr << dot.error << '\n', 1;
  std::cout << dot.bytes;
}
