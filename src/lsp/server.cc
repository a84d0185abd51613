#include "lsp/server.h"

#include <algorithm>

#include <fmt/format.h>

#include "chainmap/version.h"
#include "lsp/protocol.h"
#include "lsp/uri.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

namespace {

constexpr int kLogError = 1, kLogWarning = 2;
constexpr std::size_t kMaxCancelled = 1024;

// A request's parameters were not what the method needs (answered with InvalidParams).
struct BadParams {
  std::string message;
};

const json& member(const json& object, const char* key) {
  static const json null;
  if (!object.is_object()) return null;
  auto it = object.find(key);
  return it == object.end() ? null : *it;
}

std::string string_member(const json& object, const char* key) {
  const json& v = member(object, key);
  return v.is_string() ? v.get<std::string>() : std::string();
}

Position position_param(const json& params) {
  auto p = read_position(member(params, "position"));
  if (!p) throw BadParams{"'position' must be {line, character} with non-negative integers"};
  return *p;
}

Range range_param(const json& params) {
  const json& r = member(params, "range");
  auto start = read_position(member(r, "start")), end = read_position(member(r, "end"));
  if (!start || !end) throw BadParams{"'range' must be {start, end} positions"};
  return Range{*start, *end};
}

bool is_root_file(const fs::path& path) { return path.filename() == "chainmap.yaml"; }

}  // namespace

Server::Server(Output& out, const ServerOptions& options)
    : out_(out), options_(options), workspace_(options, documents_) {}

void Server::send(const json& message) {
  if (!connected_) return;
  if (!out_.write(frame(message))) connected_ = false;
}

void Server::log(int type, const std::string& message) {
  send(lsp::notification("window/logMessage",
                         {{"type", type}, {"message", "chainmap lsp: " + message}}));
}

std::string Server::uri_of(const fs::path& path) const {
  if (const Document* doc = documents_.find_path(path)) return doc->uri;
  return path_to_uri(path);
}

void Server::cancel(const json& id) {
  if (cancelled_.size() >= kMaxCancelled) cancelled_.clear();
  cancelled_.insert(dump(id));
}

void Server::handle(const Incoming& in, Clock::time_point now) {
  if (in.kind == Incoming::Kind::End) return;
  if (in.kind == Incoming::Kind::Invalid) {
    log(kLogError, in.error);
    if (in.raw.find_first_not_of(" \t\r\n") == std::string::npos) return;
    // Answer a request whose framing was broken if its id can still be read; otherwise say
    // that something could not be parsed, as JSON-RPC asks (id null).
    json id = nullptr;
    try {
      const json maybe = json::parse(in.raw);
      if (maybe.is_object() && maybe.contains("id") &&
          (maybe["id"].is_string() || maybe["id"].is_number_integer()))
        id = maybe["id"];
    } catch (const json::exception&) {
    }
    send(error_response(id, error::kParseError, in.error));
    return;
  }
  if (!in.note.empty()) log(kLogWarning, in.note);

  const json& m = in.message;
  if (!m.is_object()) {
    send(error_response(nullptr, error::kInvalidRequest, "a message must be a JSON object"));
    return;
  }
  auto id = m.find("id");
  auto method = m.find("method");
  const bool has_id = id != m.end();
  const bool good_id = has_id && (id->is_string() || id->is_number_integer());
  if (method == m.end()) {
    // A response to one of our requests (client/registerCapability): nothing to do.
    if (has_id && (m.contains("result") || m.contains("error"))) return;
    send(error_response(good_id ? *id : json(nullptr), error::kInvalidRequest,
                        "a message needs a 'method'"));
    return;
  }
  if (!method->is_string() || (has_id && !good_id) || member(m, "jsonrpc") != "2.0") {
    if (has_id)
      send(error_response(
          good_id ? *id : json(nullptr), error::kInvalidRequest,
          "a request needs \"jsonrpc\": \"2.0\", a string 'method' and an integer or string 'id'"));
    return;
  }
  const json& params = member(m, "params");
  if (has_id) {
    request(*id, method->get<std::string>(), params);
    return;
  }
  try {
    notification(method->get<std::string>(), params, now);
  } catch (const std::exception& e) {
    // A notification has nobody to answer: say it in the log and go on.
    log(kLogError, fmt::format("{}: {}", method->get<std::string>(), e.what()));
  }
}

FeatureContext Server::context(const Document& doc) {
  FeatureContext cx{
      doc, {}, {}, encoding_, options_, [this](const fs::path& p) { return uri_of(p); }, {}};
  for (const ModelEntry* m : workspace_.models_of(doc.path)) {
    cx.analyses.push_back(m->current);
    if (m->last_clean && m->last_clean != m->current) cx.clean.push_back(m->last_clean);
  }
  if (options_.check_options) cx.today = options_.check_options().today;
  return cx;
}

void Server::request(const json& id, const std::string& method, const json& params) {
  if (cancelled_.erase(dump(id))) {
    send(error_response(id, error::kRequestCancelled, "the request was cancelled"));
    return;
  }
  if (!initialized_ && method != "initialize") {
    send(error_response(id, error::kServerNotInitialized,
                        "the server is not initialized; send 'initialize' first"));
    return;
  }
  if (shutdown_) {
    send(error_response(id, error::kInvalidRequest,
                        "the server is shutting down; only 'exit' is accepted"));
    return;
  }
  try {
    if (method == "initialize") {
      if (initialized_) throw BadParams{"the server is already initialized"};
      json result = initialize(params);
      initialized_ = true;
      send(response(id, std::move(result)));
      return;
    }
    if (method == "shutdown") {
      shutdown_ = true;
      send(response(id, nullptr));
      return;
    }
    static const std::set<std::string> document_methods = {
        "textDocument/hover",      "textDocument/definition", "textDocument/references",
        "textDocument/completion", "textDocument/codeAction", "textDocument/documentSymbol"};
    if (!document_methods.count(method)) {
      send(error_response(id, error::kMethodNotFound, fmt::format("unknown method '{}'", method)));
      return;
    }
    const std::string uri = document_uri(params);
    if (uri.empty()) throw BadParams{"'textDocument.uri' is missing"};
    Document* doc = documents_.find(uri);
    if (!doc) throw BadParams{fmt::format("'{}' is not open", uri)};
    // Answer about the text as it is now: check its models first if an edit is pending.
    if (!doc->path.empty()) {
      workspace_.refresh(doc->path);
      publish(workspace_.take_changed());
    }
    const FeatureContext cx = context(*doc);
    json result;
    if (cx.analyses.empty()) {
      // A file of no model: chainmap has nothing to say about it.
      const bool list = method == "textDocument/completion" ||
                        method == "textDocument/codeAction" ||
                        method == "textDocument/documentSymbol";
      send(response(id, list ? json::array() : json(nullptr)));
      return;
    }
    if (method == "textDocument/hover") {
      result = hover(cx, position_param(params));
    } else if (method == "textDocument/definition") {
      result = definition(cx, position_param(params));
    } else if (method == "textDocument/references") {
      const json& include = member(member(params, "context"), "includeDeclaration");
      result =
          references(cx, position_param(params), include.is_boolean() ? include.get<bool>() : true);
    } else if (method == "textDocument/completion") {
      result = completion(cx, position_param(params));
    } else if (method == "textDocument/codeAction") {
      std::vector<std::string> only;
      for (const json& k : member(member(params, "context"), "only"))
        if (k.is_string()) only.push_back(k.get<std::string>());
      result = code_actions(cx, range_param(params), only);
    } else {
      result = document_symbols(cx);
    }
    send(response(id, std::move(result)));
  } catch (const BadParams& e) {
    send(error_response(id, error::kInvalidParams, e.message));
  } catch (const std::exception& e) {
    send(error_response(id, error::kInternalError, e.what()));
  }
}

json Server::initialize(const json& params) {
  // Position encoding (LSP 3.17): UTF-8 if the client offers it (no conversion), else UTF-16.
  const json& offered =
      member(member(member(params, "capabilities"), "general"), "positionEncodings");
  std::string chosen = "utf-16";
  if (offered.is_array()) {
    if (std::find(offered.begin(), offered.end(), "utf-8") != offered.end())
      chosen = "utf-8";
    else if (std::find(offered.begin(), offered.end(), "utf-16") == offered.end() &&
             std::find(offered.begin(), offered.end(), "utf-32") != offered.end())
      chosen = "utf-32";
  }
  encoding_ = chosen == "utf-8"    ? Encoding::Utf8
              : chosen == "utf-32" ? Encoding::Utf32
                                   : Encoding::Utf16;
  workspace_.set_encoding(encoding_, [this](const fs::path& p) { return uri_of(p); });

  std::vector<fs::path> folders;
  const json& given = member(params, "workspaceFolders");
  if (given.is_array()) {
    for (const json& f : given)
      if (auto path = uri_to_path(string_member(f, "uri")))
        folders.push_back(canonical_path(*path));
  } else if (auto path = uri_to_path(string_member(params, "rootUri"))) {
    folders.push_back(canonical_path(*path));
  } else if (std::string root = string_member(params, "rootPath"); !root.empty()) {
    folders.push_back(canonical_path(root));
  }
  workspace_.set_folders(std::move(folders));
  const json& watch =
      member(member(member(member(params, "capabilities"), "workspace"), "didChangeWatchedFiles"),
             "dynamicRegistration");
  watch_files_ = watch.is_boolean() && watch.get<bool>();

  json capabilities = {
      {"positionEncoding", chosen},
      {"textDocumentSync",
       {{"openClose", true}, {"change", 2}, {"save", {{"includeText", false}}}}},
      {"hoverProvider", true},
      {"definitionProvider", true},
      {"referencesProvider", true},
      {"completionProvider",
       {{"triggerCharacters", {" ", ":", "[", ",", ".", "/"}}, {"resolveProvider", false}}},
      {"codeActionProvider", {{"codeActionKinds", {"quickfix"}}}},
      {"documentSymbolProvider", true},
      {"workspace", {{"workspaceFolders", {{"supported", true}, {"changeNotifications", true}}}}}};
  return {{"capabilities", std::move(capabilities)},
          {"serverInfo", {{"name", "chainmap"}, {"version", kVersion}}}};
}

void Server::notification(const std::string& method, const json& params, Clock::time_point now) {
  if (method == "exit") {
    done_ = true;
    return;
  }
  if (!initialized_ || shutdown_) return;  // LSP: notifications before initialize are dropped
  if (method == "initialized") {
    register_watchers();
  } else if (method == "$/cancelRequest") {
    const json& id = member(params, "id");
    if (id.is_string() || id.is_number_integer()) cancel(id);
  } else if (method == "textDocument/didOpen") {
    did_open(params, now);
  } else if (method == "textDocument/didChange") {
    did_change(params, now);
  } else if (method == "textDocument/didSave") {
    did_save(params, now);
  } else if (method == "textDocument/didClose") {
    did_close(params, now);
  } else if (method == "workspace/didChangeWatchedFiles") {
    watched_files_changed(params, now);
  } else if (method == "workspace/didChangeWorkspaceFolders") {
    workspace_folders_changed(params);
  }
  // Other notifications ($/setTrace, workspace/didChangeConfiguration, ...) need nothing.
}

void Server::register_watchers() {
  if (!watch_files_) return;
  const json watchers =
      json::array({{{"globPattern", "**/*.yaml"}}, {{"globPattern", "**/*.yml"}}});
  send(json{{"jsonrpc", "2.0"},
            {"id", fmt::format("chainmap-{}", next_request_id_++)},
            {"method", "client/registerCapability"},
            {"params",
             {{"registrations", json::array({{{"id", "chainmap-watched-files"},
                                              {"method", "workspace/didChangeWatchedFiles"},
                                              {"registerOptions", {{"watchers", watchers}}}}})}}}});
}

void Server::did_open(const json& params, Clock::time_point now) {
  const json& td = member(params, "textDocument");
  const json& text = member(td, "text");
  const json& version = member(td, "version");
  const std::string uri = string_member(td, "uri");
  if (uri.empty() || !text.is_string()) {
    log(kLogError, "didOpen without 'textDocument.uri' and 'textDocument.text'");
    return;
  }
  Document& doc = documents_.open(
      uri, version.is_number_integer() ? version.get<std::int64_t>() : 0, text.get<std::string>());
  if (!doc.path.empty()) workspace_.opened(doc.path, now);
  publish(workspace_.take_changed());
}

void Server::did_change(const json& params, Clock::time_point now) {
  Document* doc = documents_.find(document_uri(params));
  if (!doc) {
    log(kLogError, fmt::format("didChange for '{}', which is not open", document_uri(params)));
    return;
  }
  const json& version = member(member(params, "textDocument"), "version");
  if (version.is_number_integer()) doc->version = version.get<std::int64_t>();
  const json& changes = member(params, "contentChanges");
  if (changes.is_array())
    for (const json& change : changes)
      if (std::string error = Documents::apply(*doc, change, encoding_); !error.empty())
        log(kLogError, error);
  if (!doc->path.empty()) workspace_.changed(doc->path, now);
}

void Server::did_save(const json& params, Clock::time_point now) {
  Document* doc = documents_.find(document_uri(params));
  if (!doc || doc->path.empty()) return;
  const json& text = member(params, "text");
  if (text.is_string()) doc->text = text.get<std::string>();
  workspace_.changed(doc->path, now);
  // Saving a root may make it the model of documents that had none.
  if (is_root_file(doc->path)) workspace_.created_or_deleted(doc->path, now);
  publish(workspace_.take_changed());
}

void Server::did_close(const json& params, Clock::time_point now) {
  const std::string uri = document_uri(params);
  const Document* doc = documents_.find(uri);
  if (!doc) return;
  const fs::path path = doc->path;
  documents_.close(uri);
  if (!path.empty()) {
    workspace_.closed(path, now);
    // Its diagnostics stay while the file belongs to an open model (they describe the
    // file on disk after the next check); otherwise they go.
    std::set<fs::path> files = workspace_.take_changed();
    files.insert(path);
    publish(files);
  }
}

void Server::watched_files_changed(const json& params, Clock::time_point now) {
  for (const json& change : member(params, "changes")) {
    auto path = uri_to_path(string_member(change, "uri"));
    if (!path) continue;
    const json& type = member(change, "type");
    const fs::path file = canonical_path(*path);
    if (type == 2)
      workspace_.changed(file, now);
    else
      workspace_.created_or_deleted(file, now);
  }
  publish(workspace_.take_changed());
}

void Server::workspace_folders_changed(const json& params) {
  const json& event = member(params, "event");
  for (const json& f : member(event, "added"))
    if (auto path = uri_to_path(string_member(f, "uri")))
      workspace_.add_folder(canonical_path(*path));
  for (const json& f : member(event, "removed"))
    if (auto path = uri_to_path(string_member(f, "uri")))
      workspace_.remove_folder(canonical_path(*path));
}

void Server::run_due(Clock::time_point now, bool force) {
  workspace_.run_due(now, force);
  publish(workspace_.take_changed());
}

void Server::publish(const std::set<fs::path>& files) {
  for (const fs::path& file : files) {
    json diagnostics = json::array();
    std::optional<std::int64_t> version;
    for (const ModelEntry* m : workspace_.models_of(file)) {
      auto found = m->current->diagnostics.find(file);
      if (found != m->current->diagnostics.end())
        for (const json& d : found->second)
          if (std::find(diagnostics.begin(), diagnostics.end(), d) == diagnostics.end())
            diagnostics.push_back(d);
      if (!version)
        if (auto v = m->current->versions.find(file); v != m->current->versions.end())
          version = v->second;
    }
    // A file in several models: keep the order of positions across them.
    std::stable_sort(diagnostics.begin(), diagnostics.end(), [](const json& a, const json& b) {
      const json &ra = a["range"]["start"], &rb = b["range"]["start"];
      return std::pair(ra["line"].get<std::uint32_t>(), ra["character"].get<std::uint32_t>()) <
             std::pair(rb["line"].get<std::uint32_t>(), rb["character"].get<std::uint32_t>());
    });
    auto it = published_.find(file);
    if (it == published_.end()) {
      if (diagnostics.empty() && !documents_.find_path(file))
        continue;  // nothing to say, never said
      it = published_.emplace(file, Published{}).first;
    } else if (it->second.diagnostics == diagnostics && it->second.version == version) {
      continue;
    }
    Published& last = it->second;
    json params = {{"uri", uri_of(file)}, {"diagnostics", diagnostics}};
    if (version) params["version"] = *version;
    send(lsp::notification("textDocument/publishDiagnostics", std::move(params)));
    last.diagnostics = std::move(diagnostics);
    last.version = version;
    if (last.diagnostics.empty() && !documents_.find_path(file)) published_.erase(file);
  }
}

}  // namespace chainmap::lsp
