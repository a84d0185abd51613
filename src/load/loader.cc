// Loads a model: the root file, then its includes depth-first in the order listed (each glob
// sorted), each file at its first occurrence (SPEC section 2). Parsing a file and building the
// model from it are separate steps, so parsing can run ahead of building.
#include "chainmap/loader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unordered_set>

#include <fmt/format.h>

#include "load/context.h"
#include "load/glob.h"
#include "load/resolve.h"
#include "load/sections.h"
#include "util/read_file.h"
#include "yaml/parse.h"

namespace chainmap {
namespace fs = std::filesystem;

namespace {

bool inside(const fs::path& dir, const fs::path& file) {
  auto d = dir.begin(), f = file.begin();
  for (; d != dir.end(); ++d, ++f)
    if (f == file.end() || *d != *f) return false;
  return true;
}

struct Unit {
  std::uint32_t source;
  fs::path dir;  // folder of the file as the user named it, for relative includes
  yaml::Node root;
  bool unreadable = false;  // already reported (model/syntax): nothing more to say about it
};

class Loader {
 public:
  Loader(SourceSet& sources, const LoadOptions& options, LoadResult& result)
      : sources_(sources), options_(options), result_(result) {}

  bool load_root(const fs::path& given) {
    std::error_code ec;
    fs::path path = given;
    if (fs::is_directory(path, ec)) {
      path /= "chainmap.yaml";
      if (!fs::exists(path, ec)) {
        result_.fatal = fmt::format("'{}' is a folder without a chainmap.yaml; name the model's root file",
                                    given.string());
        return false;
      }
    }
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (std::FILE* f = std::fopen(absolute.c_str(), "rb")) {
      std::fclose(f);
    } else {
      result_.fatal = fmt::format("cannot read '{}': {}", path.string(), std::strerror(errno));
      return false;
    }
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    root_dir_ = canonical.parent_path();
    visit(absolute, canonical);
    return true;
  }

  // Builds the model from the parsed files, in load order.
  void build() {
    for (std::size_t i = 0; i < units_.size(); ++i) {
      load::Context cx{result_.model, result_.diagnostics, i == 0};
      build_file(cx, units_[i]);
      units_[i].root = yaml::Node{};  // the tree is no longer needed
    }
  }

 private:
  void visit(const fs::path& absolute, const fs::path& canonical) {
    const std::uint32_t index = sources_.add(canonical, display_path(absolute));
    visited_.insert(index);
    result_.model.files.push_back(index);

    Unit unit{index, absolute.parent_path(), {}};
    std::string text;
    if (auto error = read_file(absolute, options_.limits.max_file_bytes, text)) {
      // Readable as a file but refused (too large), or it vanished: report it on the file.
      result_.diagnostics.push_back(Diagnostic{"model/syntax", Severity::Error,
                                               fmt::format("cannot read this file: {}", *error),
                                               "model", Loc{index, 1, 1, 0}, {}});
      unit.root.loc = Loc{index, 1, 1, 0};
      unit.unreadable = true;
      units_.push_back(std::move(unit));
      return;
    }
    sources_.at(index).text = std::move(text);
    auto parsed = yaml::parse(sources_.at(index).text, index, options_.limits);
    unit.unreadable = parsed.error.has_value();
    if (parsed.error) result_.diagnostics.push_back(std::move(*parsed.error));
    unit.root = std::move(parsed.root);

    // Collect the includes before recursing: units_ grows underneath.
    std::vector<std::pair<std::string, Loc>> includes = include_entries(unit.root);
    fs::path dir = unit.dir;
    units_.push_back(std::move(unit));
    stack_.push_back(index);
    for (const auto& [pattern, loc] : includes) include(dir, pattern, loc);
    stack_.pop_back();
  }

  std::vector<std::pair<std::string, Loc>> include_entries(const yaml::Node& root) {
    std::vector<std::pair<std::string, Loc>> out;
    if (!root.is_mapping()) return out;
    for (std::size_t i = 0; i < root.entries(); ++i) {
      if (!root.key(i).is_scalar() || root.key(i).text != "include") continue;
      const yaml::Node& value = root.value(i);
      if (value.is_null()) break;
      if (!value.is_sequence()) {
        report("model/type", value.loc,
               fmt::format("'include' must be a list of paths or globs (e.g. [partners.yaml, "
                           "journeys/*.yaml]), not {}",
                           yaml::describe(value)));
        break;
      }
      for (const auto& item : value.items) {
        if (item.is_scalar() && !item.text.empty())
          out.emplace_back(item.text, item.loc);
        else
          report("model/type", item.loc,
                 fmt::format("items of 'include' must be paths or globs, not {}",
                             yaml::describe(item)));
      }
      break;  // a repeated `include` key is reported as a duplicate key when the file is built
    }
    return out;
  }

  void include(const fs::path& dir, const std::string& pattern, Loc loc) {
    std::error_code ec;
    std::vector<fs::path> files;
    const bool glob = load::is_glob(pattern);
    if (glob) {
      files = load::expand_glob(dir, pattern);
      if (files.empty()) {
        report("model/include-not-found", loc,
               fmt::format("'{}' matches no file", pattern), Severity::Warning);
        return;
      }
    } else {
      fs::path path = (dir / pattern).lexically_normal();
      // Leaving the model's folder is refused whether or not the file exists.
      if (!options_.allow_outside_root && !inside(root_dir_, fs::weakly_canonical(path, ec))) {
        report("model/include-outside-root", loc,
               fmt::format("'{}' is outside the model's folder; pass --allow-outside-root to "
                           "include it",
                           pattern));
        return;
      }
      if (fs::is_directory(path, ec)) {
        report("model/include-not-found", loc,
               fmt::format("included '{}' is a folder; name a file or use a glob such as '{}/*.yaml'",
                           pattern, pattern));
        return;
      }
      if (!fs::exists(path, ec)) {
        report("model/include-not-found", loc, fmt::format("included file '{}' does not exist", pattern));
        return;
      }
      files.push_back(path);
    }
    for (const auto& file : files) {
      fs::path canonical = fs::weakly_canonical(file, ec);
      if (!options_.allow_outside_root && !inside(root_dir_, canonical)) {
        report("model/include-outside-root", loc,
               fmt::format("'{}' is outside the model's folder; pass --allow-outside-root to "
                           "include it",
                           glob ? display_path(file) : pattern));
        continue;
      }
      auto known = sources_.find(canonical);
      if (known && glob && *known == stack_.back()) continue;  // a glob matching its own file
      if (known && std::find(stack_.begin(), stack_.end(), *known) != stack_.end()) {
        std::string chain;
        auto from = std::find(stack_.begin(), stack_.end(), *known);
        for (auto it = from; it != stack_.end(); ++it) chain += sources_.at(*it).display + " -> ";
        chain += sources_.at(*known).display;
        report("model/include-cycle", loc, fmt::format("include cycle: {}", chain));
        continue;
      }
      if (known && visited_.count(*known)) continue;  // read once
      if (result_.model.files.size() >= options_.limits.max_files) {
        report("model/syntax", loc,
               fmt::format("the model has more than {} files; not reading '{}'",
                           options_.limits.max_files, display_path(file)));
        return;
      }
      visit(file, canonical);
    }
  }

  void build_file(const load::Context& cx, const Unit& unit) {
    const yaml::Node& root = unit.root;
    const Loc file_start{unit.source, 1, 1, 0};
    if (unit.unreadable) return;
    if (root.is_null()) {
      if (cx.root_file)
        cx.report("model/missing-field", "model", file_start,
                  "the file is empty; a chainmap model starts with 'chainmap: 1'");
      return;
    }
    if (!root.is_mapping()) {
      cx.report("model/type", "model", root.loc,
                fmt::format("a chainmap file must be a mapping of sections (chainmap, departments, "
                            "journeys, ...), not {}",
                            yaml::describe(root)));
      return;
    }
    load::Fields f(cx, root,
                   {"chainmap", "organisation", "include", "information", "departments",
                    "partners", "journeys", "kpis", "waivers", "lint"},
                   "the file", "model");
    if (const yaml::Node* version = f.get("chainmap")) {
      if (!version->is_scalar() || version->text != "1")
        cx.report("model/unsupported-version", "model", version->loc,
                  fmt::format("unsupported format version '{}'; this chainmap reads version 1",
                              version->is_scalar() ? version->text : std::string(yaml::describe(*version))));
    } else if (cx.root_file) {
      cx.report("model/missing-field", "model", root.loc,
                "the root file has no 'chainmap' version; add 'chainmap: 1'");
    }
    for (std::string_view root_only : {"organisation", "lint"}) {
      if (cx.root_file || !f.get(root_only)) continue;
      for (std::size_t i = 0; i < root.entries(); ++i)
        if (root.key(i).is_scalar() && root.key(i).text == root_only)
          cx.report("model/unknown-key", "model", root.key(i).loc,
                    fmt::format("'{}' is only read from the root file ({}); it is ignored here",
                                root_only, sources_.at(result_.model.files.front()).display));
    }
    if (cx.root_file) {
      cx.model.organisation = load::read_located_text(f, "organisation");
      if (const yaml::Node* lint = f.get("lint")) load::read_lint(cx, *lint);
    }
    if (const yaml::Node* n = f.get("information")) load::read_information(cx, *n);
    if (const yaml::Node* n = f.get("departments")) load::read_departments(cx, *n);
    if (const yaml::Node* n = f.get("partners")) load::read_partners(cx, *n);
    if (const yaml::Node* n = f.get("journeys")) load::read_journeys(cx, *n);
    if (const yaml::Node* n = f.get("kpis")) load::read_kpis(cx, *n);
    if (const yaml::Node* n = f.get("waivers")) load::read_waivers(cx, *n);
  }

  void report(std::string_view rule, Loc loc, std::string message,
              Severity severity = Severity::Error) {
    result_.diagnostics.push_back(
        Diagnostic{std::string(rule), severity, std::move(message), "model", loc, {}});
  }

  SourceSet& sources_;
  const LoadOptions& options_;
  LoadResult& result_;
  fs::path root_dir_;
  std::vector<Unit> units_;
  std::unordered_set<std::uint32_t> visited_;
  std::vector<std::uint32_t> stack_;
};

}  // namespace

LoadResult load_model(const fs::path& root, SourceSet& sources, const LoadOptions& options) {
  LoadResult result;
  Loader loader(sources, options, result);
  if (!loader.load_root(root)) return result;
  loader.build();
  load::resolve(load::Context{result.model, result.diagnostics, true});
  return result;
}

}  // namespace chainmap
