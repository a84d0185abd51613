#pragma once
// Text of one file -> located value tree, with the input limits of the loader.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "chainmap/diagnostic.h"
#include "chainmap/limits.h"
#include "yaml/node.h"

namespace chainmap::yaml {

// Why a file cannot be used, and where; the loader reports it as model/syntax.
struct Error {
  Loc loc;
  std::string message;
};

struct ParseResult {
  Node root;                   // Null for an empty file
  std::optional<Error> error;  // the file cannot be used
};

// Parses one YAML document. Checks, in order: UTF-8 validity (no NUL bytes), YAML syntax,
// a single document, and the limits (nesting depth, scalar length, alias expansion).
ParseResult parse(std::string_view text, std::uint32_t file, const Limits& limits);

}  // namespace chainmap::yaml
