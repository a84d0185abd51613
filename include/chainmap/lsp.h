#pragma once
// `chainmap lsp`: a language server (Language Server Protocol 3.17, JSON-RPC 2.0 with
// Content-Length framing) that gives editors validate's findings as diagnostics, with hover,
// go to definition, find references, completion, code actions and an outline.
//
// The server reads and writes through the two small interfaces below, so the command line
// runs it on standard input and output while tests and the fuzzer drive it in memory. It
// never prints anything else and never exits the process.
#include <chrono>
#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

#include "chainmap/check.h"

namespace chainmap::lsp {

// Bytes from the client. read() blocks until at least one byte is available and returns how
// many it stored (at most `size`), or 0 at the end of the input.
class Input {
 public:
  virtual ~Input() = default;
  virtual std::size_t read(char* data, std::size_t size) = 0;
};

// Bytes to the client; false when they could not be written (the client is gone).
class Output {
 public:
  virtual ~Output() = default;
  virtual bool write(std::string_view bytes) = 0;
};

struct ServerOptions {
  bool allow_outside_root = false;  // --allow-outside-root, as for validate
  // The options of every check (--strict, --rule, today's date for waiver expiry); asked
  // before each check, so a server that runs past midnight sees the new date.
  std::function<CheckOptions()> check_options;
  // Edits arriving faster than this are checked together: a model is checked at most once
  // per interval (the first edit after a quiet spell at once, later ones at the end of it).
  std::chrono::milliseconds throttle{100};
  // Where the rule pages are: codeDescription.href is this + '#' + the page's anchor.
  std::string rules_url = "https://github.com/chainmap/chainmap/blob/main/docs/rules.md";
};

// Serves one client until `exit` or the end of the input. Returns the process exit status
// LSP asks for: 0 after `shutdown` then `exit`, 1 otherwise.
int serve(Input& in, Output& out, const ServerOptions& options);

}  // namespace chainmap::lsp
