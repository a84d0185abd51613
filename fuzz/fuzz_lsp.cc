// libFuzzer target: the language server's message loop (lsp::Server) on an arbitrary byte
// stream from the client, in memory and without threads. A fixed prologue initializes the
// server and opens a model's root file (not on disk: the buffer is the model), so the input
// goes straight to edits and requests about it; it may also frame messages badly. Any crash,
// sanitizer report, leak or timeout is a finding; the answers are not checked here.
#include <cstddef>
#include <cstdint>
#include <string>

#include "lsp/server.h"
#include "lsp/transport.h"

namespace {

const char* kRoot = "file:///nonexistent-chainmap-fuzz/chainmap.yaml";

std::string prologue() {
  using chainmap::lsp::frame;
  using chainmap::lsp::json;
  std::string out;
  out += frame({{"jsonrpc", "2.0"},
                {"id", 0},
                {"method", "initialize"},
                {"params", {{"capabilities", json::object()}, {"rootUri", nullptr}}}});
  out += frame({{"jsonrpc", "2.0"}, {"method", "initialized"}, {"params", json::object()}});
  out += frame(
      {{"jsonrpc", "2.0"},
       {"method", "textDocument/didOpen"},
       {"params",
        {{"textDocument",
          {{"uri", kRoot},
           {"languageId", "yaml"},
           {"version", 1},
           {"text",
            "chainmap: 1\ninformation:\n  order-id: { name: Order }\ndepartments:\n  sales:\n"
            "    type: frontline\n    roles: { agent: { name: Agent } }\njourneys:\n  order:\n"
            "    stages:\n      - id: buy\n        steps:\n          - { id: a, owner: customer, "
            "captures: [order-id] }\n          - { id: b, owner: sales.agent, needs: [order-id] "
            "}\n"}}}}}});
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace chainmap::lsp;
  static const std::string start = prologue();
  StringInput in(start + std::string(reinterpret_cast<const char*>(data), size));
  StringOutput out;
  ServerOptions options;
  options.check_options = [] {
    chainmap::CheckOptions c;
    c.today = chainmap::Date{2026, 6, 1};
    return c;
  };
  Server server(out, options);
  MessageReader reader(in, std::size_t{1} << 20);
  Clock::time_point now{};
  for (Incoming message = reader.next(); message.kind != Incoming::Kind::End && !server.done();
       message = reader.next()) {
    server.handle(message, now);
    now += std::chrono::milliseconds(30);
    server.run_due(now);
  }
  server.run_due(now + std::chrono::hours(1), true);
  return 0;
}
