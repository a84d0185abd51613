#pragma once
// Escaping for the table-shaped outputs of matrix, diff and stats.
#include <string>
#include <string_view>

namespace chainmap {

std::string csv_field(std::string_view text);       // RFC 4180: quoted when needed
std::string markdown_cell(std::string_view text);   // `|` escaped, line breaks as spaces
std::string html_escape(std::string_view text);     // & < > " '
std::size_t display_width(std::string_view text);   // UTF-8 code points
std::string pad_right(std::string_view text, std::size_t width);

}  // namespace chainmap
