#pragma once
// Shared by the commands that report on a model (matrix, impact, stats): they print their
// report whatever the findings, and exit as SPEC section 5 says (1 when the model has
// error-level findings), with a pointer to `chainmap validate` on standard error.
#include <cstdio>

#include "cli/common.h"

namespace chainmap::cli {

inline int findings_status(const Checked& checked) {
  Summary s = summarize(checked.diagnostics);
  if (s.errors == 0) return 0;
  std::fprintf(stderr, "chainmap: the model has %zu error%s; run 'chainmap validate' for details\n",
               s.errors, s.errors == 1 ? "" : "s");
  return 1;
}

}  // namespace chainmap::cli
