#pragma once
// The models behind the open documents: which model a file belongs to (the root
// chainmap.yaml that includes it, looked for upwards from the file, then in the workspace
// folders), when each model is checked again (throttled), and the result of its last check.
#include <chrono>
#include <filesystem>
#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "chainmap/lsp.h"
#include "lsp/checked.h"
#include "lsp/diagnostics.h"
#include "lsp/documents.h"
#include "lsp/index.h"
#include "yaml/parse_cache.h"

namespace chainmap::lsp {

using Clock = std::chrono::steady_clock;

// A checked model and what the editor features read from it.
struct Analysis {
  std::unique_ptr<CheckedModel> checked;
  Index index;
  std::map<std::filesystem::path, std::int64_t> versions;  // open documents' versions it saw
  // The findings as LSP diagnostics, by file (what publishDiagnostics sends).
  std::map<std::filesystem::path, std::vector<json>> diagnostics;
  bool syntax_errors = false;  // some file of the model is not valid YAML
};

struct ModelEntry {
  std::filesystem::path root;
  std::shared_ptr<const Analysis> current;     // latest check; null until the first
  std::shared_ptr<const Analysis> last_clean;  // latest check without a YAML syntax error
  std::vector<std::filesystem::path> files;    // of the latest check
  bool active = false;      // an open document belongs to it: checked and published
  bool known = false;       // `files` is up to date (a check ran since the files last changed)
  bool dirty = true;        // needs a check
  Clock::time_point due{};  // when the pending check may run
  Clock::time_point last_end{};
  std::shared_ptr<yaml::ParseCache> parse_cache;  // parse results of its files, by content

  bool contains(const std::filesystem::path& file) const;
};

class Workspace {
 public:
  Workspace(const ServerOptions& options, const Documents& documents)
      : options_(options), documents_(documents) {}

  // How positions are counted and files named in the diagnostics of later checks.
  void set_encoding(Encoding encoding, UriOf uri_of) {
    encoding_ = encoding;
    uri_of_ = std::move(uri_of);
  }
  void set_folders(std::vector<std::filesystem::path> folders);
  void add_folder(const std::filesystem::path& folder);
  void remove_folder(const std::filesystem::path& folder);

  // A document was opened: find its models (checking candidates as needed) and activate them.
  void opened(const std::filesystem::path& file, Clock::time_point now);
  // A buffer changed, or a file changed on disk: its models need a check.
  void changed(const std::filesystem::path& file, Clock::time_point now);
  // A file was created or deleted on disk: roots may have appeared or gone.
  void created_or_deleted(const std::filesystem::path& file, Clock::time_point now);
  // A document was closed: models without open documents are dropped.
  void closed(const std::filesystem::path& file, Clock::time_point now);

  // When the next throttled check is due, if any.
  std::optional<Clock::time_point> next_due() const;
  // Checks the active dirty models that are due at `now` (all of them when `force`).
  void run_due(Clock::time_point now, bool force = false);
  // Checks now the dirty models `file` belongs to, so an answer about it reads its text.
  void refresh(const std::filesystem::path& file);

  // The active models a file belongs to, nearest root first.
  std::vector<const ModelEntry*> models_of(const std::filesystem::path& file) const;
  const std::map<std::filesystem::path, ModelEntry>& models() const { return models_; }
  // Files whose diagnostics may have changed since the last call: the files of models
  // checked since, before and after, and of models that went away.
  std::set<std::filesystem::path> take_changed();

 private:
  ModelEntry& entry(const std::filesystem::path& root);
  void check(ModelEntry& m, Clock::time_point now);
  void schedule(ModelEntry& m, Clock::time_point now);
  void update_activity(Clock::time_point now);
  void rediscover(Clock::time_point now);
  bool belongs(const std::filesystem::path& file) const;
  std::vector<std::filesystem::path> workspace_roots();
  std::vector<std::filesystem::path> upward_roots(const std::filesystem::path& file) const;

  const ServerOptions& options_;
  const Documents& documents_;
  Encoding encoding_ = Encoding::Utf16;
  UriOf uri_of_;
  std::vector<std::filesystem::path> folders_;
  std::optional<std::vector<std::filesystem::path>> scanned_roots_;  // cached scan of folders_
  std::map<std::filesystem::path, ModelEntry> models_;
  std::set<std::filesystem::path> changed_;
};

}  // namespace chainmap::lsp
