#pragma once
// The language server's state machine: one message in, zero or more messages out. It has no
// threads and no clock of its own: serve() (serve.cc) feeds it messages and tells it the
// time, tests and the fuzzer do the same in memory.
#include <map>
#include <optional>
#include <set>
#include <string>

#include "chainmap/lsp.h"
#include "lsp/documents.h"
#include "lsp/features.h"
#include "lsp/text.h"
#include "lsp/transport.h"
#include "lsp/workspace.h"

namespace chainmap::lsp {

class Server {
 public:
  Server(Output& out, const ServerOptions& options);

  // One message (or framing error) from the client, received at `now`.
  void handle(const Incoming& in, Clock::time_point now);
  // `$/cancelRequest` seen ahead of the request it names (messages waiting in the queue).
  void cancel(const json& id);
  // When the next throttled check is due, if any.
  std::optional<Clock::time_point> next_due() const { return workspace_.next_due(); }
  // Runs the checks that are due (all pending ones when `force`) and publishes diagnostics.
  void run_due(Clock::time_point now, bool force = false);

  bool done() const { return done_; }
  int exit_status() const { return shutdown_ ? 0 : 1; }
  // False once the client can no longer be written to.
  bool connected() const { return connected_; }

 private:
  void send(const json& message);
  void log(int type, const std::string& message);
  void request(const json& id, const std::string& method, const json& params);
  void notification(const std::string& method, const json& params, Clock::time_point now);
  // The notifications that need something done, one function each.
  void register_watchers();
  void did_open(const json& params, Clock::time_point now);
  void did_change(const json& params, Clock::time_point now);
  void did_save(const json& params, Clock::time_point now);
  void did_close(const json& params, Clock::time_point now);
  void watched_files_changed(const json& params, Clock::time_point now);
  void workspace_folders_changed(const json& params);
  json initialize(const json& params);
  void publish(const std::set<std::filesystem::path>& files);
  std::string uri_of(const std::filesystem::path& path) const;
  FeatureContext context(const Document& doc);

  Output& out_;
  const ServerOptions& options_;
  Documents documents_;
  Workspace workspace_;
  Encoding encoding_ = Encoding::Utf16;
  bool initialized_ = false, shutdown_ = false, done_ = false, connected_ = true;
  bool watch_files_ = false;  // the client can watch files for us (dynamic registration)
  int next_request_id_ = 1;
  std::set<std::string> cancelled_;  // request ids (dumped) cancelled before they were read
  // What was last published per file, to send only changes (and clear what is gone).
  struct Published {
    json diagnostics = json::array();
    std::optional<std::int64_t> version;
  };
  std::map<std::filesystem::path, Published> published_;
};

}  // namespace chainmap::lsp
