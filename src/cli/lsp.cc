// chainmap lsp: the language server on standard input and output (the library's serve()).
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <memory>

#include "chainmap/lsp.h"
#include "cli/commands.h"

namespace chainmap::cli {
namespace {

class FdInput : public lsp::Input {
 public:
  explicit FdInput(int fd) : fd_(fd) {}
  std::size_t read(char* data, std::size_t size) override {
    for (;;) {
      const ssize_t n = ::read(fd_, data, size);
      if (n >= 0) return static_cast<std::size_t>(n);
      if (errno != EINTR) return 0;
    }
  }

 private:
  int fd_;
};

class FdOutput : public lsp::Output {
 public:
  explicit FdOutput(int fd) : fd_(fd) {}
  bool write(std::string_view bytes) override {
    while (!bytes.empty()) {
      const ssize_t n = ::write(fd_, bytes.data(), bytes.size());
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) return false;
      bytes.remove_prefix(static_cast<std::size_t>(n));
    }
    return true;
  }

 private:
  int fd_;
};

struct LspOptions {
  ModelOptions model;
  std::string rules_url;
  unsigned throttle_ms = 100;
};

}  // namespace

Command add_lsp(CLI::App& root, const Globals&) {
  auto o = std::make_shared<LspOptions>();
  o->rules_url = lsp::ServerOptions{}.rules_url;
  CLI::App* app = root.add_subcommand(
      "lsp",
      "Run the language server on standard input and output (for editors; see docs/editors.md)");
  app->footer(
      "Editors start it; docs/editors.md shows the set-up for VS Code, Neovim, Helix, Emacs and "
      "Sublime Text.\nExit status: 0 after the client's 'shutdown' and 'exit'; 1 when the input "
      "ends or "
      "'exit' comes without 'shutdown'; 2 for a bad option.");
  add_model_options(app, o->model);
  app->add_option(
         "--throttle", o->throttle_ms,
         "Check a model at most once per MS milliseconds while edits arrive (the first edit "
         "after a pause is checked at once)")
      ->type_name("MS")
      ->check(CLI::Range(0u, 60000u))
      ->capture_default_str();
  app->add_option("--rules-url", o->rules_url,
                  "Where the rule pages are: diagnostics link to URL#<rule anchor>")
      ->type_name("URL")
      ->capture_default_str();
  return {app, [o] {
            // Fail on a bad --rule now, before any client is served.
            check_options(o->model);
            lsp::ServerOptions options;
            options.allow_outside_root = o->model.allow_outside_root;
            options.check_options = [o] { return check_options(o->model); };
            options.throttle = std::chrono::milliseconds(o->throttle_ms);
            options.rules_url = o->rules_url;
            // A client that goes away mid-write is an end of input, not a signal.
            std::signal(SIGPIPE, SIG_IGN);
            FdInput in(STDIN_FILENO);
            FdOutput out(STDOUT_FILENO);
            return lsp::serve(in, out, options);
          }};
}

}  // namespace chainmap::cli
