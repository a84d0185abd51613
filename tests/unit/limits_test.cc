// Input limits of the loader (include/chainmap/loader.h `Limits`): each breach is one clear
// model/syntax diagnostic, never a crash, and the rest of the model still loads.
#include <doctest/doctest.h>

#include <map>
#include <string>

#include <fmt/format.h>

#include "support.h"

using namespace chainmap;
using chainmap::test::load;
using chainmap::test::summary;

TEST_CASE("a file larger than max_file_bytes is refused with a diagnostic on it") {
  LoadOptions options;
  options.limits.max_file_bytes = 64;
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: [big.yaml]\n"},
                 {"big.yaml", "departments:\n" + std::string(80, '#') + "\n"}},
                options);
  REQUIRE(l->result.diagnostics.size() == 1);
  CHECK(l->result.diagnostics[0].rule == "model/syntax");
  CHECK(l->result.diagnostics[0].message ==
        "cannot read this file: it is larger than the limit of 64 bytes");
  CHECK(l->sources.at(l->result.diagnostics[0].loc.file).display.ends_with("big.yaml"));
}

TEST_CASE("more files than max_files: the rest are not read, reported once") {
  LoadOptions options;
  options.limits.max_files = 3;
  auto l = load({{"chainmap.yaml", "chainmap: 1\ninclude: ['parts/*.yaml', extra.yaml]\n"},
                 {"parts/a.yaml", "departments:\n  a: {type: frontline}\n"},
                 {"parts/b.yaml", "departments:\n  b: {type: frontline}\n"},
                 {"parts/c.yaml", "departments:\n  c: {type: frontline}\n"},
                 {"extra.yaml", "departments:\n  e: {type: frontline}\n"}},
                options);
  CHECK(summary(l->result.diagnostics) == std::vector<std::string>{"model/syntax@2:11 model"});
  CHECK(l->result.diagnostics[0].message.find("more than 3 files; not reading") !=
        std::string::npos);
  CHECK(l->result.model.files.size() == 3);
  CHECK(l->result.model.departments.size() == 2);
}

TEST_CASE("a scalar longer than max_scalar_bytes stops the file") {
  LoadOptions options;
  options.limits.max_scalar_bytes = 12;  // "organisation" itself is 12 bytes
  auto l =
      load({{"chainmap.yaml", "chainmap: 1\norganisation: Acme Online Retail Limited\n"}}, options);
  CHECK(summary(l->result.diagnostics) == std::vector<std::string>{"model/syntax@2:15 model"});
  CHECK(l->result.diagnostics[0].message == "a value longer than 12 bytes");
}

TEST_CASE("nesting deeper than max_depth stops the file") {
  LoadOptions options;
  options.limits.max_depth = 3;
  auto l = load({{"chainmap.yaml", "chainmap: 1\nx-a: [[[1]]]\n"}}, options);
  CHECK(summary(l->result.diagnostics) == std::vector<std::string>{"model/syntax@2:8 model"});
}

TEST_CASE("included files parsed ahead keep load order and positions") {
  // Several includes are parsed on worker threads; the model and every position must be the
  // same as when they are read one by one.
  std::map<std::string, std::string> files{
      {"chainmap.yaml", "chainmap: 1\ninclude: ['d/*.yaml']\n"}};
  for (int i = 0; i < 12; ++i)
    files[fmt::format("d/{:02}.yaml", i)] =
        fmt::format("departments:\n  dep-{}: {{type: nope}}\n", i);
  auto l = load(files);
  REQUIRE(l->result.model.departments.size() == 12);
  for (int i = 0; i < 12; ++i) {
    const auto& d = l->result.model.departments[static_cast<std::size_t>(i)];
    CHECK(d.id == fmt::format("dep-{}", i));
    CHECK(l->sources.at(d.loc.file).display.ends_with(fmt::format("{:02}.yaml", i)));
  }
  REQUIRE(l->result.diagnostics.size() == 12);
  for (const auto& d : l->result.diagnostics) CHECK(d.loc.line == 2);
}

TEST_CASE("an include glob that looks at more than max_glob_visits files: not read, one error") {
  LoadOptions options;
  options.limits.max_glob_visits = 5;
  std::map<std::string, std::string> files{
      {"chainmap.yaml", "chainmap: 1\ninclude: ['d/**/*.yaml', one.yaml]\n"},
      {"one.yaml", "departments:\n  one: {type: frontline}\n"}};
  for (int i = 0; i < 10; ++i)
    files[fmt::format("d/{}/x.yaml", i)] =
        fmt::format("departments:\n  d{}: {{type: frontline}}\n", i);
  auto l = load(files, options);
  CHECK(summary(l->result.diagnostics) ==
        std::vector<std::string>{"model/include-not-found@2:11 model"});
  CHECK(
      l->result.diagnostics[0].message ==
      "'d/**/*.yaml' looks at more than 5 files and folders, so its files are not read; narrow "
      "it to the folders that hold the model (e.g. 'journeys/**/*.yaml' rather than '**/*.yaml')");
  REQUIRE(l->result.model.departments.size() == 1);
  CHECK(l->result.model.departments[0].id == "one");
}
