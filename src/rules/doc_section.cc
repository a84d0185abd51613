// One section of a rule's page, for outputs that show parts of it (the HTML report shows "Why
// it matters" and "How to fix" beside each group of findings).
#include "chainmap/rules.h"

namespace chainmap {

std::string_view rule_doc_section(std::string_view doc, std::string_view heading) {
  // Pages are markdown with `## ` headings (docs/contributing.md, "Adding a rule"); a line in a
  // fenced code block (a YAML comment, say) is never a heading.
  std::size_t body = std::string_view::npos, end = doc.size();
  bool in_code = false;
  for (std::size_t start = 0; start < doc.size();) {
    std::size_t stop = doc.find('\n', start);
    if (stop == std::string_view::npos) stop = doc.size();
    const std::string_view line = doc.substr(start, stop - start);
    if (line.starts_with("```")) in_code = !in_code;
    if (!in_code && line.starts_with("## ")) {
      if (body != std::string_view::npos) {
        end = start;
        break;
      }
      if (line.substr(3) == heading) body = stop + 1;
    }
    start = stop + 1;
  }
  if (body == std::string_view::npos || body >= end) return {};
  std::string_view out = doc.substr(body, end - body);
  while (!out.empty() && (out.front() == '\n' || out.front() == ' ')) out.remove_prefix(1);
  while (!out.empty() && (out.back() == '\n' || out.back() == ' ')) out.remove_suffix(1);
  return out;
}

}  // namespace chainmap
