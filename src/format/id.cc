#include "chainmap/formats.h"

namespace chainmap {

namespace {
bool is_lower_or_digit(char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); }
}  // namespace

// SPEC 2: ids are `[a-z0-9][a-z0-9-]*`, so they are safe in targets, file names and DOT ids.
bool is_valid_id(std::string_view id) {
  if (id.empty() || !is_lower_or_digit(id.front())) return false;
  for (char c : id)
    if (!is_lower_or_digit(c) && c != '-') return false;
  return true;
}

}  // namespace chainmap
