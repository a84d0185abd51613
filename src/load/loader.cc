// Loads a model: the root file, then its includes depth-first in the order listed (each glob
// sorted), each file at its first occurrence (SPEC section 2). Parsing a file and building the
// model from it are separate steps, so parsing can run ahead of building.
#include "chainmap/loader.h"

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <future>
#include <optional>
#include <thread>
#include <unordered_map>
#include <unordered_set>

#include <fmt/format.h>

#include "chainmap/read_file.h"
#include "load/context.h"
#include "load/glob.h"
#include "load/resolve.h"
#include "load/sections.h"
#include "rules/model/rules.h"
#include "yaml/parse.h"
#include "yaml/parse_cache.h"

namespace chainmap {
namespace fs = std::filesystem;

namespace {

// `journeys/`, `journeys` -> `journeys/*.yaml`; `.`, `./` -> `*.yaml`.
std::string folder_glob(std::string_view folder) {
  while (folder.size() > 1 && folder.back() == '/') folder.remove_suffix(1);
  while (folder.starts_with("./")) folder.remove_prefix(2);
  if (folder.empty() || folder == ".") return "*.yaml";
  return fmt::format("{}{}*.yaml", folder, folder.back() == '/' ? "" : "/");
}

// For a glob matching nothing: the same glob with `.yaml` for `.yml` (or the other way
// round), when that matches, as a hint; "" otherwise.
std::string other_extension(const fs::path& dir, std::string_view pattern, std::size_t limit) {
  std::string other(pattern);
  if (other.ends_with(".yml"))
    other.insert(other.size() - 2, "a");
  else if (other.ends_with(".yaml"))
    other.erase(other.size() - 3, 1);
  else
    return {};
  const std::size_t found = load::expand_glob(dir, other, limit).files.size();
  if (found == 0) return {};
  return fmt::format("; '{}' would match {} file{}", other, found, found == 1 ? "" : "s");
}

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

// A file read and parsed away from the loader's state, so several can be parsed at once
// (yaml-cpp parsers are independent). Positions carry a placeholder file index until the
// loader gives the file its index in load order.
struct Parsed {
  std::optional<std::string> read_error;
  std::string text;
  yaml::ParseResult result;
};
constexpr std::uint32_t kPendingFile = 0xFFFFFFFFu;

yaml::ParseResult parse(const std::string& text, const LoadOptions& options) {
  return options.parse_cache ? options.parse_cache->parse(text, kPendingFile, options.limits)
                             : yaml::parse(text, kPendingFile, options.limits);
}

Parsed read_and_parse(const fs::path& absolute, const fs::path& canonical,
                      const LoadOptions& options) {
  Parsed p;
  const Limits& limits = options.limits;
  std::optional<std::string> given;
  if (options.read_override) given = options.read_override(canonical);
  if (given)
    p.text = std::move(*given);
  else
    p.read_error = read_file(absolute, limits.max_file_bytes, p.text);
  if (!p.read_error) p.result = parse(p.text, options);
  return p;
}

void set_file(yaml::Node& node, std::uint32_t file) {
  node.loc.file = file;
  for (auto& item : node.items) set_file(item, file);
}

// One resolved include: a file an include entry names, and where it was named.
struct Target {
  fs::path file, canonical;
  Loc loc;
  bool glob = false;
};

// How many files are parsed ahead of the one being built (0: parse when visited).
unsigned lookahead() {
  unsigned cores = std::thread::hardware_concurrency();
  return cores > 1 ? std::min(cores, 8u) : 0;
}

class Loader {
 public:
  Loader(SourceSet& sources, const LoadOptions& options, LoadResult& result)
      : sources_(sources), options_(options), result_(result), lookahead_(lookahead()) {}

  // The root file from disk; `text`, when given, stands for its contents (fuzzing, tests).
  bool load_root(const fs::path& given, const std::string* text = nullptr) {
    std::error_code ec;
    fs::path path = given;
    if (!text && fs::is_directory(path, ec)) {
      path /= "chainmap.yaml";
      if (!fs::exists(path, ec)) {
        result_.fatal = fmt::format(
            "'{}' is a folder without a chainmap.yaml; name the model's root file", given.string());
        return false;
      }
    }
    fs::path absolute = fs::absolute(path, ec).lexically_normal();
    if (!text) {
      if (std::FILE* f = std::fopen(absolute.c_str(), "rb")) {
        std::fclose(f);
      } else {
        result_.fatal = fmt::format("cannot read '{}': {}", path.string(), std::strerror(errno));
        return false;
      }
    }
    fs::path canonical = fs::weakly_canonical(absolute, ec);
    root_dir_ = canonical.parent_path();
    if (text) {
      Parsed p;
      p.text = *text;
      p.result = parse(p.text, options_);
      visit(absolute, canonical, std::move(p));
    } else {
      visit(absolute, canonical, read_and_parse(absolute, canonical, options_));
    }
    return true;
  }

 private:
  // Adds a parsed file to the model (in load order), then loads its includes.
  void visit(const fs::path& absolute, const fs::path& canonical, Parsed parsed) {
    const std::uint32_t index = sources_.add(canonical, display_path(absolute));
    visited_.insert(index);
    const bool root_file = result_.model.files.empty();
    result_.model.files.push_back(index);

    Unit unit{index, absolute.parent_path(), {}};
    unit.root.loc = Loc{index, 1, 1, 0};
    if (parsed.read_error) {
      // Readable as a file but refused (too large), or it vanished: report it on the file.
      report(rules::model_syntax, Loc{index, 1, 1, 0},
             fmt::format("cannot read this file: {}", *parsed.read_error));
      unit.unreadable = true;
    } else {
      sources_.at(index).text = std::move(parsed.text);
      yaml::ParseResult& r = parsed.result;
      unit.unreadable = r.error.has_value();
      if (r.error) {
        r.error->loc.file = index;
        report(rules::model_syntax, r.error->loc, std::move(r.error->message));
      }
      unit.root = std::move(r.root);
      set_file(unit.root, index);
    }

    // Build this file now (files are built in load order) and free its tree before the
    // includes are read: only the files parsed ahead are held in memory at once.
    std::vector<Target> targets;
    for (const auto& [pattern, loc] : include_entries(unit.root))
      resolve_include(unit.dir, pattern, loc, targets);
    build_file(load::Context{result_.model, result_.diagnostics, root_file}, unit);
    unit = Unit{};

    stack_.push_back(index);
    load_includes(targets);
    stack_.pop_back();
  }

  // Parses up to lookahead_ unread files ahead of the one being loaded, on worker threads;
  // the results are consumed in include order, so the model and the diagnostics do not
  // depend on thread timing.
  void load_includes(const std::vector<Target>& targets) {
    std::unordered_map<std::string, std::future<Parsed>> ahead;
    std::size_t next = 0;
    auto launch = [&](std::size_t until) {
      for (; next < targets.size() && next < until; ++next) {
        const Target& t = targets[next];
        std::string key = t.canonical.string();
        if (sources_.find(t.canonical) || ahead.count(key)) continue;
        ahead.emplace(std::move(key), std::async(std::launch::async, read_and_parse, t.file,
                                                 t.canonical, std::cref(options_)));
      }
    };
    for (std::size_t i = 0; i < targets.size(); ++i) {
      if (lookahead_ > 0) launch(i + lookahead_);
      const Target& t = targets[i];
      if (!admit(t)) continue;
      auto it = ahead.find(t.canonical.string());
      if (it != ahead.end()) {
        Parsed p = it->second.get();
        ahead.erase(it);
        visit(t.file, t.canonical, std::move(p));
      } else {
        visit(t.file, t.canonical, read_and_parse(t.file, t.canonical, options_));
      }
    }
  }

  std::vector<std::pair<std::string, Loc>> include_entries(const yaml::Node& root) {
    std::vector<std::pair<std::string, Loc>> out;
    if (!root.is_mapping()) return out;
    for (std::size_t i = 0; i < root.entries(); ++i) {
      if (!root.key(i).is_scalar() || root.key(i).text != "include") continue;
      const yaml::Node& value = root.value(i);
      if (value.is_null()) break;
      if (!value.is_sequence()) {
        report(rules::model_type, value.loc,
               fmt::format("'include' must be a list of paths or globs (e.g. [partners.yaml, "
                           "journeys/*.yaml]), not {}",
                           yaml::describe(value)));
        break;
      }
      for (const auto& item : value.items) {
        if (item.is_scalar() && !item.text.empty())
          out.emplace_back(item.text, item.loc);
        else
          report(rules::model_type, item.loc,
                 fmt::format("items of 'include' must be paths or globs, not {}",
                             yaml::describe(item)));
      }
      break;  // a repeated `include` key is reported as a duplicate key when the file is built
    }
    return out;
  }

  // The files one include entry names (reporting a missing file or a path leaving the
  // model's folder); whether each is read is decided by admit() when its turn comes.
  void resolve_include(const fs::path& dir, const std::string& pattern, Loc loc,
                       std::vector<Target>& out) {
    std::error_code ec;
    std::vector<fs::path> files;
    const bool glob = load::is_glob(pattern);
    if (glob) {
      const std::size_t limit = options_.limits.max_glob_visits;
      load::GlobMatches matches = load::expand_glob(dir, pattern, limit);
      // A glob cut short has not found all its files: like a missing file, its entry is not
      // read (a partial set would depend on where the walk stopped).
      if (matches.truncated) {
        report(rules::model_include_not_found, loc,
               fmt::format("'{}' looks at more than {} files and folders, so its files are not "
                           "read; narrow it to the folders that hold the model (e.g. "
                           "'journeys/**/*.yaml' rather than '**/*.yaml')",
                           pattern, limit));
        return;
      }
      // SPEC section 2: a glob matching nothing is an error (a typo such as `*.yml` must not
      // drop files from a CI check unseen).
      if (matches.files.empty()) {
        report(
            rules::model_include_not_found, loc,
            fmt::format("'{}' matches no file{}", pattern, other_extension(dir, pattern, limit)));
        return;
      }
      files = std::move(matches.files);
    } else {
      fs::path path = (dir / pattern).lexically_normal();
      // Leaving the model's folder is refused whether or not the file exists.
      if (!options_.allow_outside_root && !inside(root_dir_, fs::weakly_canonical(path, ec))) {
        report(rules::model_include_outside_root, loc,
               fmt::format("'{}' is outside the model's folder; pass --allow-outside-root to "
                           "include it",
                           pattern));
        return;
      }
      if (fs::is_directory(path, ec)) {
        report(rules::model_include_not_found, loc,
               fmt::format("included '{}' is a folder; name a file or use a glob such as '{}'",
                           pattern, folder_glob(pattern)));
        return;
      }
      if (!fs::exists(path, ec)) {
        report(rules::model_include_not_found, loc,
               fmt::format("included file '{}' does not exist", pattern));
        return;
      }
      files.push_back(path);
    }
    for (auto& file : files) {
      fs::path canonical = fs::weakly_canonical(file, ec);
      if (!options_.allow_outside_root && !inside(root_dir_, canonical)) {
        report(rules::model_include_outside_root, loc,
               fmt::format("'{}' is outside the model's folder; pass --allow-outside-root to "
                           "include it",
                           glob ? display_path(file) : pattern));
        continue;
      }
      out.push_back(Target{std::move(file), std::move(canonical), loc, glob});
    }
  }

  // Whether an included file is read now: not a cycle, not read before, within the limit.
  bool admit(const Target& t) {
    auto known = sources_.find(t.canonical);
    if (known && t.glob && *known == stack_.back()) return false;  // a glob matching its own file
    if (known && std::find(stack_.begin(), stack_.end(), *known) != stack_.end()) {
      std::string chain;
      auto from = std::find(stack_.begin(), stack_.end(), *known);
      for (auto it = from; it != stack_.end(); ++it) chain += sources_.at(*it).display + " -> ";
      chain += sources_.at(*known).display;
      report(rules::model_include_cycle, t.loc, fmt::format("include cycle: {}", chain));
      return false;
    }
    if (known && visited_.count(*known)) return false;  // read once
    if (result_.model.files.size() >= options_.limits.max_files) {
      if (!files_limit_reported_)
        report(
            rules::model_syntax, t.loc,
            fmt::format("the model has more than {} files; not reading '{}' and the later includes",
                        options_.limits.max_files, display_path(t.file)));
      files_limit_reported_ = true;
      return false;
    }
    return true;
  }

  void build_file(const load::Context& cx, const Unit& unit) {
    const yaml::Node& root = unit.root;
    const Loc file_start{unit.source, 1, 1, 0};
    if (unit.unreadable) return;
    if (root.is_null()) {
      if (cx.root_file)
        cx.report(rules::model_missing_field, "model", file_start,
                  "the file is empty; a chainmap model starts with 'chainmap: 1'");
      return;
    }
    if (!root.is_mapping()) {
      cx.report(rules::model_type, "model", root.loc,
                fmt::format("a chainmap file must be a mapping of sections (chainmap, departments, "
                            "journeys, ...), not {}",
                            yaml::describe(root)));
      return;
    }
    // SPEC section 2, in its order; v1.1 sections included. An unknown top-level key is a
    // misspelt section (model/unknown-section).
    load::Fields f(
        cx, root,
        {"chainmap", "organisation", "include", "information", "departments", "partners",
         "touchpoints", "personas", "journeys", "opportunities", "kpis", "waivers", "lint"},
        "the file", "model", load::Unknown::Section);
    if (const yaml::Node* version = f.get("chainmap")) {
      if (!version->is_scalar() || version->text != "1")
        cx.report(rules::model_unsupported_version, "model", version->loc,
                  fmt::format("unsupported format version '{}'; this chainmap reads version 1",
                              version->is_scalar() ? version->text
                                                   : std::string(yaml::describe(*version))));
    } else if (cx.root_file) {
      cx.report(rules::model_missing_field, "model", root.loc,
                "the root file has no 'chainmap' version; add 'chainmap: 1'");
    }
    for (std::string_view root_only : {"organisation", "lint"}) {
      if (cx.root_file || !f.get(root_only)) continue;
      for (std::size_t i = 0; i < root.entries(); ++i)
        if (root.key(i).is_scalar() && root.key(i).text == root_only)
          cx.report(rules::model_unknown_key, "model", root.key(i).loc,
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
    if (const yaml::Node* n = f.get("touchpoints")) load::read_touchpoints(cx, *n);
    if (const yaml::Node* n = f.get("personas")) load::read_personas(cx, *n);
    if (const yaml::Node* n = f.get("journeys")) load::read_journeys(cx, *n);
    if (const yaml::Node* n = f.get("opportunities")) load::read_opportunities(cx, *n);
    if (const yaml::Node* n = f.get("kpis")) load::read_kpis(cx, *n);
    if (const yaml::Node* n = f.get("waivers")) load::read_waivers(cx, *n);
  }

  void report(const Rule& rule, Loc loc, std::string message) {
    result_.diagnostics.push_back(make_diagnostic(rule, "model", loc, std::move(message)));
  }

  SourceSet& sources_;
  const LoadOptions& options_;
  LoadResult& result_;
  fs::path root_dir_;
  std::unordered_set<std::uint32_t> visited_;
  std::vector<std::uint32_t> stack_;
  unsigned lookahead_;
  bool files_limit_reported_ = false;
};

// SPEC section 2: while a file of the model has a model/syntax error, the ids it declares
// are unknown, so a reference to one is not reported (a tab in one included file would
// otherwise bury its syntax finding under unknown references all over the model); the syntax
// finding says so, when there was something to hold back.
void hold_references(std::vector<Diagnostic>& diagnostics) {
  const auto syntax = [](const Diagnostic& d) { return d.rule == rules::model_syntax.id; };
  if (std::none_of(diagnostics.begin(), diagnostics.end(), syntax)) return;
  const std::size_t held = std::erase_if(
      diagnostics, [](const Diagnostic& d) { return d.rule == rules::model_unknown_reference.id; });
  if (held == 0) return;
  for (Diagnostic& d : diagnostics)
    if (syntax(d))
      d.message += fmt::format(
          "; references were not checked ({}, which may be declared in "
          "what could not be read)",
          held == 1 ? std::string("1 names an id not found")
                    : fmt::format("{} name ids not found", held));
}

}  // namespace

LoadResult load_model(const fs::path& root, SourceSet& sources, const LoadOptions& options) {
  LoadResult result;
  Loader loader(sources, options, result);
  if (!loader.load_root(root)) return result;
  load::resolve(load::Context{result.model, result.diagnostics, true});
  hold_references(result.diagnostics);
  return result;
}

LoadResult load_model_text(const std::string& text, const fs::path& root, SourceSet& sources,
                           const LoadOptions& options) {
  LoadResult result;
  Loader loader(sources, options, result);
  if (!loader.load_root(root, &text)) return result;
  load::resolve(load::Context{result.model, result.diagnostics, true});
  hold_references(result.diagnostics);
  return result;
}

bool loses_input(const Diagnostic& diagnostic) {
  const std::string& rule = diagnostic.rule;
  return diagnostic.severity == Severity::Error &&
         (rule == rules::model_syntax.id || rule == rules::model_unknown_section.id ||
          rule == rules::model_include_not_found.id ||
          rule == rules::model_include_outside_root.id);
}

bool is_syntax_error(const Diagnostic& diagnostic) {
  return diagnostic.rule == rules::model_syntax.id;
}

}  // namespace chainmap
