// Graphviz's SVG documents made into elements of the HTML report. One page holds many pictures,
// so each picture's ids get their own prefix; the overlay's tooltips (SPEC section 6: findings
// drawn with their messages as tooltips) are where a picture links to its findings.
#include <fmt/format.h>

#include "report/html.h"
#include "util/escape.h"

namespace chainmap::html {
namespace {

// The text of an XML attribute value as Graphviz writes it: the five named entities and
// numeric references (Graphviz writes '-' as &#45;).
std::string decode_xml(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '&') {
      out += text[i];
      continue;
    }
    const std::size_t semi = text.find(';', i);
    if (semi == std::string_view::npos || semi - i > 10) {
      out += text[i];
      continue;
    }
    const std::string_view name = text.substr(i + 1, semi - i - 1);
    char32_t cp = 0;
    if (name == "amp")
      cp = '&';
    else if (name == "lt")
      cp = '<';
    else if (name == "gt")
      cp = '>';
    else if (name == "quot")
      cp = '"';
    else if (name == "apos")
      cp = '\'';
    else if (name.size() > 1 && name[0] == '#') {
      const bool hex = name[1] == 'x' || name[1] == 'X';
      for (char c : name.substr(hex ? 2 : 1)) {
        int digit = c >= '0' && c <= '9'          ? c - '0'
                    : hex && c >= 'a' && c <= 'f' ? c - 'a' + 10
                    : hex && c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                  : -1;
        if (digit < 0 || cp > 0x10FFFF) {
          cp = 0;
          break;
        }
        cp = cp * (hex ? 16 : 10) + static_cast<char32_t>(digit);
      }
    }
    if (cp == 0 || cp > 0x10FFFF) {
      out += text[i];
      continue;
    }
    // UTF-8
    if (cp < 0x80)
      out += static_cast<char>(cp);
    else if (cp < 0x800)
      out += {static_cast<char>(0xC0 | (cp >> 6)), static_cast<char>(0x80 | (cp & 0x3F))};
    else if (cp < 0x10000)
      out += {static_cast<char>(0xE0 | (cp >> 12)), static_cast<char>(0x80 | ((cp >> 6) & 0x3F)),
              static_cast<char>(0x80 | (cp & 0x3F))};
    else
      out += {static_cast<char>(0xF0 | (cp >> 18)), static_cast<char>(0x80 | ((cp >> 12) & 0x3F)),
              static_cast<char>(0x80 | ((cp >> 6) & 0x3F)), static_cast<char>(0x80 | (cp & 0x3F))};
    i = semi;
  }
  return out;
}

// The value of attribute `name` in a start tag, or npos.
std::string_view attribute(std::string_view tag, std::string_view name) {
  const std::string key = fmt::format(" {}=\"", name);
  const std::size_t at = tag.find(key);
  if (at == std::string_view::npos) return {};
  const std::size_t start = at + key.size(), end = tag.find('"', start);
  return end == std::string_view::npos ? std::string_view{} : tag.substr(start, end - start);
}

void replace_all(std::string& text, std::string_view from, std::string_view to) {
  for (std::size_t at = text.find(from); at != std::string::npos;
       at = text.find(from, at + to.size()))
    text.replace(at, from.size(), to);
}

// A start or empty tag with its ids (and references to them) prefixed.
std::string prefixed(std::string_view tag, std::string_view prefix) {
  std::string out(tag);
  replace_all(out, " id=\"", fmt::format(" id=\"{}", prefix));
  replace_all(out, "href=\"#", fmt::format("href=\"#{}", prefix));
  replace_all(out, "url(#", fmt::format("url(#{}", prefix));
  return out;
}

}  // namespace

std::string inline_svg(std::string_view svg, std::string_view id_prefix, std::string_view label,
                       const std::function<std::string(std::string_view tooltip)>& link) {
  const std::size_t begin = svg.find("<svg");
  const std::size_t end = svg.rfind("</svg>");
  if (begin == std::string_view::npos || end == std::string_view::npos || end < begin) return "";
  svg = svg.substr(begin, end + 6 - begin);

  std::string out;
  out.reserve(svg.size());
  bool root = true;
  for (std::size_t i = 0; i < svg.size();) {
    if (svg[i] != '<') {
      const std::size_t next = svg.find('<', i);
      out.append(svg.substr(i, next - i));
      i = next == std::string_view::npos ? svg.size() : next;
      continue;
    }
    if (svg.substr(i).starts_with("<!--")) {  // comments: Graphviz's node names
      const std::size_t close = svg.find("-->", i);
      i = close == std::string_view::npos ? svg.size() : close + 3;
      continue;
    }
    if (svg.substr(i).starts_with("<title>")) {  // the DOT names of the graph, nodes and edges
      const std::size_t close = svg.find("</title>", i);
      i = close == std::string_view::npos ? svg.size() : close + 8;
      if (i < svg.size() && svg[i] == '\n') ++i;
      continue;
    }
    // Graphviz escapes '>' in attribute values, so the tag ends at the next one.
    const std::size_t close = svg.find('>', i);
    if (close == std::string_view::npos) break;
    std::string_view tag = svg.substr(i, close + 1 - i);
    i = close + 1;
    if (root) {
      root = false;
      std::string open = prefixed(tag, id_prefix);
      open.insert(4, fmt::format(" aria-label=\"{}\"", html_escape(label)));
      out += open;
      continue;
    }
    std::string rewritten = prefixed(tag, id_prefix);
    if (tag.starts_with("<a ") && attribute(tag, "href").empty() &&
        attribute(tag, "xlink:href").empty()) {
      const std::string_view tooltip = attribute(tag, "xlink:title");
      if (!tooltip.empty()) {
        const std::string href = link(decode_xml(tooltip));
        if (!href.empty()) rewritten.insert(2, fmt::format(" href=\"{}\"", html_escape(href)));
      }
    }
    out += rewritten;
  }
  return html_clean(out) + "\n";
}

}  // namespace chainmap::html
