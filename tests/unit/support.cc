#include "support.h"

#include <unistd.h>

#include <algorithm>
#include <fstream>

#include <fmt/format.h>

namespace chainmap::test {
namespace fs = std::filesystem;

TempDir::TempDir() {
  std::string tmpl = (fs::temp_directory_path() / "chainmap-test-XXXXXX").string();
  path_ = ::mkdtemp(tmpl.data());
}

TempDir::~TempDir() {
  std::error_code ec;
  fs::remove_all(path_, ec);
}

fs::path TempDir::write(const std::string& relative, const std::string& text) const {
  fs::path p = path_ / relative;
  fs::create_directories(p.parent_path());
  std::ofstream(p, std::ios::binary) << text;
  return p;
}

std::unique_ptr<Loaded> load(const std::map<std::string, std::string>& files,
                             const LoadOptions& options) {
  auto l = std::make_unique<Loaded>();
  fs::path root;
  for (const auto& [name, text] : files) {
    fs::path p = l->dir.write(name, text);
    if (name == "chainmap.yaml" || root.empty()) root = p;
  }
  if (files.count("chainmap.yaml")) root = l->dir.path() / "chainmap.yaml";
  l->result = load_model(root, l->sources, options);
  l->graph = build_graph(l->result.model);
  return l;
}

std::unique_ptr<Loaded> load(const std::string& root_text) {
  return load(std::map<std::string, std::string>{{"chainmap.yaml", root_text}});
}

std::vector<std::string> summary(const std::vector<Diagnostic>& diagnostics) {
  std::vector<std::string> out;
  for (const auto& d : diagnostics)
    out.push_back(fmt::format("{}@{}:{} {}", d.rule, d.loc.line, d.loc.column, d.target));
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<Diagnostic> check(const Loaded& loaded, CheckOptions options) {
  if (options.today.year == 0) options.today = Date{2026, 6, 1};
  auto out = check_model(loaded.result.model, loaded.graph, loaded.result.diagnostics, options);
  sort_diagnostics(out, loaded.sources);
  return out;
}

}  // namespace chainmap::test
