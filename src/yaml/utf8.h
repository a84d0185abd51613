#pragma once
#include <cstddef>
#include <string_view>

namespace chainmap::yaml {

// Offset of the first byte that is not part of well-formed UTF-8 (or is NUL), or npos.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
std::size_t find_invalid_utf8(std::string_view text);

}  // namespace chainmap::yaml
