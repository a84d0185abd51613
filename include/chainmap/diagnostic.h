#pragma once
// A diagnostic is a value: rule id, severity, target, location, message, related locations.
// Rules and the loader produce them; only report/ formats them; only the CLI prints them.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap {

enum class Severity : std::uint8_t { Off, Note, Warning, Error };

std::string_view to_string(Severity s);
std::optional<Severity> parse_severity(std::string_view text);  // off|note|warning|error

// A position in a source file: index into a SourceSet, 1-based line and column (bytes),
// and the byte length of the node when it is a one-line scalar (0: point at the column only).
// line == 0 means "no position" (e.g. a file that could not be read at all).
struct Loc {
  std::uint32_t file = 0;
  std::uint32_t line = 0;
  std::uint32_t column = 0;
  std::uint32_t length = 0;

  bool valid() const { return line != 0; }
  friend bool operator==(const Loc&, const Loc&) = default;
};

struct Related {
  Loc loc;
  std::string message;
};

struct Diagnostic {
  std::string rule;  // e.g. "handover/undeclared"
  Severity severity = Severity::Error;
  std::string message;
  std::string target;  // SPEC section 4, e.g. "step:order/pick"
  Loc loc;
  std::vector<Related> related;
};

struct Summary {
  std::size_t errors = 0, warnings = 0, notes = 0;
};
Summary summarize(const std::vector<Diagnostic>& diagnostics);

}  // namespace chainmap
