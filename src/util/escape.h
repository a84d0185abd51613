#pragma once
// Escaping for the table-shaped outputs of matrix, diff and stats, for HTML and XML, and for the
// views' labels.
#include <string>
#include <string_view>

namespace chainmap {

std::string csv_field(std::string_view text);      // RFC 4180: quoted when needed
std::string markdown_cell(std::string_view text);  // `|` escaped, line breaks as spaces
// Text as HTML or XML content or attribute value: & < > " ' escaped, and what an HTML parser
// rejects (control characters but tab and line breaks, noncharacters) and invalid UTF-8 replaced
// by U+FFFD. The one escaping function of the HTML report, matrix --format html, JUnit and the
// views' labels.
std::string html_escape(std::string_view text);
// Markup made elsewhere (Graphviz's SVG) to put into HTML: unchanged but for what html_escape
// replaces by U+FFFD.
std::string html_clean(std::string_view markup);
std::size_t display_width(std::string_view text);  // UTF-8 code points
std::string pad_right(std::string_view text, std::size_t width);

}  // namespace chainmap
