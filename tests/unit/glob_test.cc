// Include globs (src/load/glob.h): sorted matches, bounded on any tree.
#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include <fmt/format.h>

#include "load/glob.h"
#include "support.h"

using chainmap::load::expand_glob;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> relative(const chainmap::load::GlobMatches& m, const fs::path& base) {
  std::vector<std::string> out;
  for (const auto& f : m.files) out.push_back(f.lexically_relative(base).string());
  return out;
}

}  // namespace

TEST_CASE("glob: segments, ** and sorting") {
  chainmap::test::TempDir dir;
  dir.write("j/b.yaml", "");
  dir.write("j/a.yaml", "");
  dir.write("j/x/c.yaml", "");
  dir.write("j/x/y/d.yaml", "");
  dir.write("j/.hidden/e.yaml", "");
  dir.write("j/notes.txt", "");
  auto top = expand_glob(dir.path(), "j/*.yaml", 1000);
  CHECK(relative(top, dir.path()) == std::vector<std::string>{"j/a.yaml", "j/b.yaml"});
  auto all = expand_glob(dir.path(), "j/**/*.yaml", 1000);
  CHECK(relative(all, dir.path()) ==
        std::vector<std::string>{"j/a.yaml", "j/b.yaml", "j/x/c.yaml", "j/x/y/d.yaml"});
  CHECK_FALSE(all.truncated);
}

TEST_CASE("glob: ** does not descend into symlinked folders, so links cannot loop it") {
  chainmap::test::TempDir dir;
  dir.write("parts/a.yaml", "");
  dir.write("parts/one/b.yaml", "");
  dir.write("parts/two/c.yaml", "");
  fs::create_directory_symlink(".", dir.path() / "parts/self");
  fs::create_directory_symlink("..", dir.path() / "parts/up");
  fs::create_directory_symlink("../two", dir.path() / "parts/one/to-two");
  fs::create_directory_symlink("../one", dir.path() / "parts/two/to-one");
  auto m = expand_glob(dir.path(), "parts/**/*.yaml", 1000);
  CHECK(relative(m, dir.path()) ==
        std::vector<std::string>{"parts/a.yaml", "parts/one/b.yaml", "parts/two/c.yaml"});
  CHECK_FALSE(m.truncated);
  CHECK(m.visited < 20);
  // A symlinked folder named in the pattern, or matched by `*`, is followed (once: the
  // pattern bounds it).
  CHECK(relative(expand_glob(dir.path(), "parts/self/*.yaml", 1000), dir.path()) ==
        std::vector<std::string>{"parts/self/a.yaml"});
  CHECK(relative(expand_glob(dir.path(), "parts/one/*/*.yaml", 1000), dir.path()) ==
        std::vector<std::string>{"parts/one/to-two/c.yaml"});
}

TEST_CASE("glob: the walk stops after max_visits files and folders") {
  chainmap::test::TempDir dir;
  for (int i = 0; i < 30; ++i) dir.write(fmt::format("d/{:02}/x.yaml", i), "");
  auto full = expand_glob(dir.path(), "d/**/*.yaml", 1000);
  CHECK(full.files.size() == 30);
  CHECK_FALSE(full.truncated);
  auto cut = expand_glob(dir.path(), "d/**/*.yaml", 20);
  CHECK(cut.truncated);
  CHECK(cut.visited == 21);
}
