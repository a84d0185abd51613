// The gate of `validate` (SPEC section 5): 0 no error findings and warnings within
// --max-warnings; 1 error findings or too many warnings; 2 the command could not run.
#include "chainmap/report.h"

namespace chainmap {

Gate gate(const Summary& counted, const GateSettings& settings) {
  Gate g;
  g.errors = counted.errors > 0;
  g.too_many_warnings = settings.max_warnings && counted.warnings > *settings.max_warnings;
  g.verdict = settings.unreadable               ? Verdict::NotRun
              : g.errors || g.too_many_warnings ? Verdict::Fail
                                                : Verdict::Pass;
  return g;
}

}  // namespace chainmap
