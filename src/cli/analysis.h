#pragma once
// Shared by the commands that report on a model (matrix, impact, stats): they print their
// report whatever the findings, and exit as SPEC section 5 says (1 when the model has
// error-level findings), with a pointer to `chainmap validate` on standard error.
#include <cstdio>

#include "cli/common.h"

namespace chainmap::cli {

inline int findings_status(const Checked& checked) {
  // No count here: `chainmap stats` and `validate` give it; this line only explains exit 1.
  if (summarize(checked.diagnostics).errors == 0) return 0;
  std::fputs("chainmap: the model has error findings; run 'chainmap validate' for details\n", stderr);
  return 1;
}

}  // namespace chainmap::cli
