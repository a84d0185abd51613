#include "util/escape.h"

#include "chainmap/printable.h"

namespace chainmap {

std::string csv_field(std::string_view text) {
  if (text.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(text);
  std::string out = "\"";
  for (char c : text) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string markdown_cell(std::string_view text) {
  std::string out;
  for (char c : text) {
    if (c == '|')
      out += "\\|";
    else if (c == '\n' || c == '\r')
      out += ' ';
    else
      out += c;
  }
  return out;
}

namespace {

// What an HTML parser reports as an error even when written as is: control characters other
// than tab, line feed and carriage return (C0, DEL, C1) and the Unicode noncharacters.
bool forbidden_in_html(std::string_view seq) {
  if (seq.size() == 1) return seq[0] != '\t' && seq[0] != '\n' && seq[0] != '\r' && is_control(seq);
  if (is_control(seq)) return true;
  char32_t cp = static_cast<unsigned char>(seq[0]) & (seq.size() == 2   ? 0x1F
                                                      : seq.size() == 3 ? 0x0F
                                                                        : 0x07);
  for (std::size_t k = 1; k < seq.size(); ++k)
    cp = (cp << 6) | (static_cast<unsigned char>(seq[k]) & 0x3F);
  return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
}

// Copies `text`, replacing invalid UTF-8 and what HTML forbids by U+FFFD; `escape` writes each
// other character.
template <class Escape>
std::string html_safe(std::string_view text, Escape&& escape) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    const std::size_t len = utf8_length(text, i);
    if (len == 0 || forbidden_in_html(text.substr(i, len))) {
      out += "\xEF\xBF\xBD";
      i += len == 0 ? 1 : len;
      continue;
    }
    if (len == 1)
      escape(out, text[i]);
    else
      out.append(text, i, len);
    i += len;
  }
  return out;
}

}  // namespace

std::string html_escape(std::string_view text) {
  return html_safe(text, [](std::string& out, char c) {
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      default:
        out += c;
    }
  });
}

std::string html_clean(std::string_view markup) {
  return html_safe(markup, [](std::string& out, char c) { out += c; });
}

std::size_t display_width(std::string_view text) {
  std::size_t n = 0;
  for (unsigned char c : text)
    if ((c & 0xC0) != 0x80) ++n;
  return n;
}

std::string pad_right(std::string_view text, std::size_t width) {
  std::string out(text);
  for (std::size_t w = display_width(text); w < width; ++w) out += ' ';
  return out;
}

}  // namespace chainmap
