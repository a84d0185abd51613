#pragma once
// Text from user files shown on a terminal: control characters (C0, DEL, C1: the stuff of
// terminal escape sequences) and invalid UTF-8 become U+FFFD, so a hostile model cannot drive
// the terminal through chainmap's messages.
#include <cstddef>
#include <string>
#include <string_view>

namespace chainmap {

// Length of the well-formed UTF-8 sequence starting at text[i], or 0 if there is none.
std::size_t utf8_length(std::string_view text, std::size_t i);

// True for a sequence that must not reach a terminal as is (control characters, C1 controls).
bool is_control(std::string_view sequence);

std::string printable(std::string_view text);

}  // namespace chainmap
