#include <cctype>

#include <fmt/format.h>

#include "chainmap/rules.h"

namespace chainmap {

std::string rule_page(const Rule& r) {
  std::string summary(r.summary);
  if (!summary.empty()) summary[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(summary[0])));
  std::string out = fmt::format("# {}\n\nDefault severity: {}. Target: {}.{}\n\n{}.\n\n{}", r.id,
                                to_string(r.severity), r.target,
                                r.configurable() ? "" : " Always an error; cannot be switched off or waived.",
                                summary, r.doc);
  if (!r.options.empty()) {
    out += "\n## Options\n";
    for (const auto& o : r.options)
      out += fmt::format("- `{}` (default {}): {}\n", o.name, o.default_value, o.summary);
  }
  return out;
}

}  // namespace chainmap
