#pragma once
// Output formats of chainmap diff: text for a terminal, JSON for tools, markdown for a
// pull-request comment.
#include <cstdint>
#include <string>
#include <vector>

#include "chainmap/diff.h"
#include "chainmap/source.h"

namespace chainmap {

struct DiffReport {
  const SourceSet& sources;
  const ModelDiff& diff;
  std::vector<std::uint32_t> old_files, new_files;  // load order; [0] is the root file
};

std::string format_diff_text(const DiffReport& report);
std::string format_diff_json(const DiffReport& report);
std::string format_diff_markdown(const DiffReport& report);

}  // namespace chainmap
