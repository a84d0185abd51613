#include <doctest/doctest.h>

#include "chainmap/lsp.h"
#include "lsp/transport.h"
#include "lsp/uri.h"
#include "support.h"

using namespace chainmap;
using namespace chainmap::lsp;

namespace {

std::string message(const json& m) { return frame(m); }

// Every message the server wrote.
std::vector<json> read_all(const std::string& text) {
  StringInput in(text);
  MessageReader reader(in);
  std::vector<json> out;
  for (Incoming m = reader.next(); m.kind != Incoming::Kind::End; m = reader.next()) {
    REQUIRE(m.kind == Incoming::Kind::Message);
    out.push_back(m.message);
  }
  return out;
}

ServerOptions options() {
  ServerOptions o;
  o.check_options = [] {
    CheckOptions c;
    c.today = Date{2026, 6, 1};
    return c;
  };
  o.throttle = std::chrono::milliseconds(0);
  return o;
}

}  // namespace

TEST_CASE("lsp server: in memory, initialize, open a model, diagnostics, shutdown, exit") {
  test::TempDir dir;
  const auto root = dir.write("chainmap.yaml",
                              "chainmap: 1\njourneys:\n  j:\n    stages:\n      - id: s\n"
                              "        steps:\n          - { id: a, owner: nobody }\n");
  const std::string uri = path_to_uri(canonical_path(root));
  std::string script;
  script += message({{"jsonrpc", "2.0"},
                     {"id", 1},
                     {"method", "initialize"},
                     {"params", {{"capabilities", json::object()}}}});
  script += message({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  script += message({{"jsonrpc", "2.0"},
                     {"method", "textDocument/didOpen"},
                     {"params",
                      {{"textDocument",
                        {{"uri", uri},
                         {"languageId", "yaml"},
                         {"version", 3},
                         {"text",
                          "chainmap: 1\njourneys:\n  j:\n    stages:\n      - id: s\n"
                          "        steps:\n          - { id: a, owner: nobodi }\n"}}}}}});
  script += message({{"jsonrpc", "2.0"}, {"id", 2}, {"method", "shutdown"}});
  script += message({{"jsonrpc", "2.0"}, {"method", "exit"}});
  StringInput in(script);
  StringOutput out;
  CHECK(serve(in, out, options()) == 0);
  const std::vector<json> messages = read_all(out.text);
  REQUIRE(messages.size() >= 3);
  CHECK(messages.front()["result"]["capabilities"]["positionEncoding"] == "utf-16");
  bool published = false;
  for (const json& m : messages)
    if (m.value("method", "") == "textDocument/publishDiagnostics") {
      published = true;
      CHECK(m["params"]["uri"] == uri);
      CHECK(m["params"]["version"] == 3);
      // The buffer, not the file: `nobodi` is what is unknown.
      REQUIRE(m["params"]["diagnostics"].size() == 1);
      CHECK(m["params"]["diagnostics"][0]["code"] == "model/unknown-reference");
      CHECK(m["params"]["diagnostics"][0]["message"].get<std::string>().find("'nobodi'") !=
            std::string::npos);
      CHECK(m["params"]["diagnostics"][0]["range"]["start"] ==
            json{{"line", 6}, {"character", 28}});
    }
  CHECK(published);
  CHECK(messages.back()["id"] == 2);
}

TEST_CASE("lsp server: the end of the input without exit is status 1") {
  StringInput in(message(
      {{"jsonrpc", "2.0"}, {"id", 1}, {"method", "initialize"}, {"params", json::object()}}));
  StringOutput out;
  CHECK(serve(in, out, options()) == 1);
}
