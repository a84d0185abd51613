#pragma once
// Helpers for unit tests: write small models to a temporary folder and load them.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "chainmap/check.h"
#include "chainmap/graph.h"
#include "chainmap/loader.h"

namespace chainmap::test {

class TempDir {
 public:
  TempDir();
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const std::filesystem::path& path() const { return path_; }
  // Writes `text` to `relative` (creating folders) and returns the full path.
  std::filesystem::path write(const std::string& relative, const std::string& text) const;

 private:
  std::filesystem::path path_;
};

// A model loaded from files given as {relative path: text}; the first entry named
// "chainmap.yaml" (or the only one) is the root.
struct Loaded {
  TempDir dir;
  SourceSet sources;
  LoadResult result;
  Graph graph;
};
std::unique_ptr<Loaded> load(const std::map<std::string, std::string>& files,
                             const LoadOptions& options = {});
// A single root file.
std::unique_ptr<Loaded> load(const std::string& root_text);

// "rule@line:col target" for each diagnostic, sorted, for compact asserts.
std::vector<std::string> summary(const std::vector<Diagnostic>& diagnostics);

// Runs the full check (lint config, rules, waivers) with today = 2026-06-01.
std::vector<Diagnostic> check(const Loaded& loaded, CheckOptions options = {});

}  // namespace chainmap::test

#include <doctest/doctest.h>
namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
  static String convert(const std::vector<std::string>& v) {
    std::string out = "{";
    for (const auto& s : v) out += "\n  \"" + s + "\"";
    return (out + " }").c_str();
  }
};
}  // namespace doctest
