#include <doctest/doctest.h>

#include "chainmap/loader.h"
#include "support.h"
#include "yaml/parse_cache.h"

using namespace chainmap;

TEST_CASE("parse cache: the same text is parsed once; sweep forgets texts not asked for") {
  yaml::ParseCache cache;
  const Limits limits;
  yaml::ParseResult a = cache.parse("a: [1, 2]\n", 7, limits);
  yaml::ParseResult b = cache.parse("a: [1, 2]\n", 7, limits);
  CHECK(cache.size() == 1);
  CHECK(b.root.is_mapping());
  CHECK(b.root.value(0).items.size() == 2);
  CHECK(b.root.key(0).loc == a.root.key(0).loc);
  cache.parse("a: [1, 2]\n", 8, limits);  // another file index: positions differ
  CHECK(cache.size() == 2);
  yaml::ParseResult bad = cache.parse("a: [\n", 7, limits);
  CHECK(bad.error.has_value());
  CHECK(cache.parse("a: [\n", 7, limits).error->message == bad.error->message);
  cache.sweep();  // everything was used since the start
  CHECK(cache.size() == 3);
  cache.parse("a: [1, 2]\n", 7, limits);
  cache.sweep();  // only one was asked for since the last sweep
  CHECK(cache.size() == 1);
}

TEST_CASE("load options: read_override stands for included files; a cache gives the same model") {
  test::TempDir dir;
  const auto root = dir.write("chainmap.yaml", "chainmap: 1\ninclude: [more.yaml]\n");
  const auto more = dir.write("more.yaml", "information:\n  on-disk: {}\n");
  LoadOptions options;
  options.read_override =
      [&](const std::filesystem::path& canonical) -> std::optional<std::string> {
    if (canonical == std::filesystem::weakly_canonical(more))
      return std::string("information:\n  in-buffer: {}\n");
    return std::nullopt;
  };
  yaml::ParseCache cache;
  options.parse_cache = &cache;
  for (int i = 0; i < 2; ++i) {
    SourceSet sources;
    LoadResult r = load_model(root, sources, options);
    REQUIRE(r.model.information.size() == 1);
    CHECK(r.model.information[0].id == "in-buffer");
    CHECK(r.model.information[0].loc.file == 1);
    CHECK(r.model.information[0].loc.line == 2);
    CHECK(sources.at(1).text == "information:\n  in-buffer: {}\n");
  }
  CHECK(cache.size() == 2);
}
