#pragma once
// A finding's source excerpt: the line it points into and a caret line under the node, shared
// by the text format and the HTML report so that both quote the source alike.
#include <cstdint>
#include <string>
#include <string_view>
#include <utility>

namespace chainmap::report {

// The source line as shown (tabs expanded to the next multiple of 8, control characters and
// invalid UTF-8 replaced by U+FFFD) and the caret line under bytes [column, column + length)
// (`^~~~`), both measured in terminal columns; a very long line is cut to a window around the
// caret. `column` is 1-based; `length` 0 marks one character.
std::pair<std::string, std::string> snippet(std::string_view line, std::uint32_t column,
                                            std::uint32_t length);

}  // namespace chainmap::report
