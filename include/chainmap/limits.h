#pragma once
// Bounds on hostile or accidental input (SPEC section 2), shared by the YAML reader and the
// loader; each breach is a model/syntax diagnostic, except an include glob that looks at too
// many files (model/include-not-found: its files are not read).
#include <cstddef>

namespace chainmap {

struct Limits {
  std::size_t max_file_bytes = 128u << 20;  // one file
  std::size_t max_scalar_bytes = 1u << 20;  // one scalar value
  unsigned max_depth = 64;                  // nesting of mappings and lists
  std::size_t max_alias_nodes = 100000;     // nodes copied by alias expansion, per file
  std::size_t max_files = 10000;            // files in one model
  std::size_t max_glob_visits = 100000;     // files and folders one include glob looks at
};

}  // namespace chainmap
