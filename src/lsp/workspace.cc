#include "lsp/workspace.h"

#include <algorithm>

#include "lsp/uri.h"
#include "rules/model/rules.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

namespace {

constexpr std::string_view kRootName = "chainmap.yaml";
constexpr std::size_t kMaxScanEntries = 50000;  // a workspace scan gives up after this many
constexpr int kMaxScanDepth = 16;

}  // namespace

bool ModelEntry::contains(const fs::path& file) const {
  return std::find(files.begin(), files.end(), file) != files.end();
}

void Workspace::set_folders(std::vector<fs::path> folders) {
  folders_ = std::move(folders);
  scanned_roots_.reset();
}

void Workspace::add_folder(const fs::path& folder) {
  if (std::find(folders_.begin(), folders_.end(), folder) == folders_.end())
    folders_.push_back(folder);
  scanned_roots_.reset();
}

void Workspace::remove_folder(const fs::path& folder) {
  folders_.erase(std::remove(folders_.begin(), folders_.end(), folder), folders_.end());
  scanned_roots_.reset();
}

ModelEntry& Workspace::entry(const fs::path& root) {
  auto [it, fresh] = models_.try_emplace(root);
  if (fresh) it->second.root = root;
  return it->second;
}

std::vector<fs::path> Workspace::upward_roots(const fs::path& file) const {
  std::vector<fs::path> out;
  std::error_code ec;
  for (fs::path dir = file.parent_path(); !dir.empty(); dir = dir.parent_path()) {
    const fs::path candidate = dir / kRootName;
    if (fs::is_regular_file(candidate, ec) || documents_.find_path(candidate))
      out.push_back(candidate);
    if (dir == dir.root_path()) break;
  }
  return out;
}

std::vector<fs::path> Workspace::workspace_roots() {
  if (scanned_roots_) return *scanned_roots_;
  std::vector<fs::path> out;
  std::size_t seen = 0;
  for (const fs::path& folder : folders_) {
    std::error_code ec;
    fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec),
        end;
    for (; !ec && it != end && seen < kMaxScanEntries; it.increment(ec), ++seen) {
      const fs::path& path = it->path();
      const std::string name = path.filename().string();
      std::error_code type_ec;
      if (it->is_directory(type_ec)) {
        // Hidden folders (.git, editors' state) and package caches hold no models of the user.
        if (name.starts_with('.') || name == "node_modules" || it.depth() >= kMaxScanDepth)
          it.disable_recursion_pending();
        continue;
      }
      if (name == kRootName) out.push_back(fs::weakly_canonical(path, type_ec));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  scanned_roots_ = out;
  return out;
}

bool Workspace::belongs(const fs::path& file) const {
  return std::any_of(models_.begin(), models_.end(),
                     [&](const auto& m) { return m.second.known && m.second.contains(file); });
}

void Workspace::opened(const fs::path& file, Clock::time_point now) {
  if (!belongs(file)) {
    // The nearest root above the file that includes it; else every root in the workspace
    // folders that does (a file shared by several models belongs to each).
    bool found = false;
    for (const fs::path& root : upward_roots(file)) {
      ModelEntry& m = entry(root);
      if (!m.known) check(m, now);
      if (m.contains(file)) {
        found = true;
        break;
      }
    }
    if (!found)
      for (const fs::path& root : workspace_roots()) {
        ModelEntry& m = entry(root);
        if (!m.known) check(m, now);
      }
  }
  update_activity(now);
}

void Workspace::changed(const fs::path& file, Clock::time_point now) {
  for (auto& [root, m] : models_) {
    if (!m.contains(file) && root != file) continue;
    if (m.active)
      schedule(m, now);
    else
      m.known = false;
  }
}

void Workspace::created_or_deleted(const fs::path& file, Clock::time_point now) {
  // A glob may now match more or fewer files, and a root may have appeared or gone: check
  // every active model again, and look again for the models of documents without one.
  if (file.filename() == kRootName) scanned_roots_.reset();
  for (auto& [root, m] : models_) {
    if (m.active)
      schedule(m, now);
    else
      m.known = false;
  }
  rediscover(now);
}

void Workspace::rediscover(Clock::time_point now) {
  for (const auto& [uri, doc] : documents_.all())
    if (!doc.path.empty() && !belongs(doc.path)) opened(doc.path, now);
}

void Workspace::closed(const fs::path& file, Clock::time_point now) {
  // Its models now read the file from disk, which may differ from the closed buffer.
  changed(file, now);
  update_activity(now);
}

void Workspace::schedule(ModelEntry& m, Clock::time_point now) {
  if (m.dirty) return;  // already waiting; the earlier time stands
  m.dirty = true;
  // The first edit after a quiet spell is checked at once; edits during or right after a
  // check wait until the throttle interval has passed since it ended.
  m.due = std::max(now, m.last_end + options_.throttle);
}

void Workspace::update_activity(Clock::time_point now) {
  for (auto it = models_.begin(); it != models_.end();) {
    ModelEntry& m = it->second;
    bool active = false;
    for (const auto& [uri, doc] : documents_.all())
      if (!doc.path.empty() && (m.contains(doc.path) || doc.path == m.root)) active = true;
    if (active && !m.active && m.dirty) m.due = std::min(m.due, now);
    if (!active) {
      // Nobody looks at it: withdraw its diagnostics and free the analysis, keeping the list
      // of its files to know where a document opened later belongs.
      if (m.active) changed_.insert(m.files.begin(), m.files.end());
      m.current.reset();
      m.last_clean.reset();
      m.parse_cache.reset();
      m.dirty = true;
    }
    m.active = active;
    if (!active && m.known && m.files.empty()) {
      it = models_.erase(it);  // a root that cannot be read (deleted) and nobody has open
      continue;
    }
    ++it;
  }
}

void Workspace::check(ModelEntry& m, Clock::time_point now) {
  const Clock::time_point started = Clock::now();
  auto a = std::make_shared<Analysis>();
  const CheckOptions check_options =
      options_.check_options ? options_.check_options() : CheckOptions{};
  if (!m.parse_cache) m.parse_cache = std::make_shared<yaml::ParseCache>();
  a->checked = check_root(m.root, documents_.overlay(), options_.allow_outside_root, check_options,
                          m.parse_cache.get());
  for (const fs::path& f : a->checked->files)
    if (const Document* doc = documents_.find_path(f)) a->versions[f] = doc->version;
  a->index = build_index(a->checked->load.model);
  a->diagnostics =
      lsp_diagnostics(*a->checked, encoding_, options_.rules_url,
                      uri_of_ ? uri_of_ : UriOf([](const fs::path& p) { return path_to_uri(p); }));
  a->syntax_errors =
      std::any_of(a->checked->diagnostics.begin(), a->checked->diagnostics.end(),
                  [](const Diagnostic& d) { return d.rule == rules::model_syntax.id; });
  changed_.insert(m.files.begin(), m.files.end());
  m.files = a->checked->files;
  changed_.insert(m.files.begin(), m.files.end());
  if (!a->syntax_errors) m.last_clean = a;
  m.current = std::move(a);
  m.dirty = false;
  m.known = true;
  m.last_end = now + (Clock::now() - started);
}

std::optional<Clock::time_point> Workspace::next_due() const {
  std::optional<Clock::time_point> out;
  for (const auto& [root, m] : models_)
    if (m.active && m.dirty && (!out || m.due < *out)) out = m.due;
  return out;
}

void Workspace::run_due(Clock::time_point now, bool force) {
  for (auto& [root, m] : models_)
    if (m.active && m.dirty && (force || m.due <= now)) check(m, now);
  update_activity(now);
}

void Workspace::refresh(const fs::path& file) {
  const Clock::time_point now = Clock::now();
  for (auto& [root, m] : models_)
    if (m.active && m.dirty && (m.contains(file) || root == file)) check(m, now);
  update_activity(now);
}

std::vector<const ModelEntry*> Workspace::models_of(const fs::path& file) const {
  std::vector<const ModelEntry*> out;
  for (const auto& [root, m] : models_)
    if (m.active && m.current && m.contains(file)) out.push_back(&m);
  // Nearest root first: the longest folder that holds the file.
  std::stable_sort(out.begin(), out.end(), [](const ModelEntry* a, const ModelEntry* b) {
    return a->root.native().size() > b->root.native().size();
  });
  return out;
}

std::set<fs::path> Workspace::take_changed() {
  std::set<fs::path> out;
  out.swap(changed_);
  return out;
}

}  // namespace chainmap::lsp
