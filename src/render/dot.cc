#include "render/dot.h"

#include <algorithm>

#include <fmt/format.h>

#include "util/escape.h"

namespace chainmap::views {

std::string quote(std::string_view text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20 || c == 0x7f) {
      out += ' ';
    } else {
      out += static_cast<char>(c);
    }
  }
  out += '"';
  return out;
}

std::string html_escape(std::string_view text) {
  std::string clean(text);
  for (char& c : clean)
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7f) c = ' ';
  return chainmap::html_escape(clean);
}

DotWriter::DotWriter(std::string_view name) { out_ = fmt::format("digraph {} {{\n", quote(name)); }

void DotWriter::line(std::string_view text) {
  out_.append(static_cast<std::size_t>(depth_) * 2, ' ');
  out_ += text;
  out_ += '\n';
}

std::string DotWriter::attr_list(const Attrs& attrs) {
  std::string out;
  for (const Attr& a : attrs) {
    if (!out.empty()) out += ", ";
    out += a.key;
    out += '=';
    out += a.html ? "<" + a.value + ">" : quote(a.value);
  }
  return out;
}

void DotWriter::graph(const Attrs& attrs) { line(fmt::format("graph [{}]", attr_list(attrs))); }
void DotWriter::node_defaults(const Attrs& attrs) {
  line(fmt::format("node [{}]", attr_list(attrs)));
}
void DotWriter::edge_defaults(const Attrs& attrs) {
  line(fmt::format("edge [{}]", attr_list(attrs)));
}

void DotWriter::node(std::string_view id, const Attrs& attrs) {
  auto [known, first] = cluster_path_of_.try_emplace(std::string(id), cluster_path_);
  if (!first) {
    std::vector<int>& path = known->second;
    const std::size_t common = std::min(path.size(), cluster_path_.size());
    if (!std::equal(path.begin(), path.begin() + static_cast<std::ptrdiff_t>(common),
                    cluster_path_.begin()))
      return;  // in a cluster beside the one it is in already
    if (cluster_path_.size() > path.size()) path = cluster_path_;
  }
  if (!open_.empty() && open_.back() >= 0) group_of_.emplace(std::string(id), open_.back());
  if (attrs.empty())
    line(quote(id));
  else
    line(fmt::format("{} [{}]", quote(id), attr_list(attrs)));
}

namespace {
std::pair<std::string, std::string> unordered(std::string_view a, std::string_view b) {
  return a < b ? std::pair{std::string(a), std::string(b)}
               : std::pair{std::string(b), std::string(a)};
}
}  // namespace

bool DotWriter::may_be_flat(std::string_view from, std::string_view to, const Attrs& attrs) const {
  if (from == to) return false;  // a loop on one node: Graphviz draws it beside the node
  const auto a = group_of_.find(from), b = group_of_.find(to);
  if (a != group_of_.end() && b != group_of_.end() && a->second == b->second) return true;
  bool unconstrained = false;
  for (const Attr& attr : attrs) {
    if (attr.key == "minlen" && attr.value == "0") return true;
    if (attr.key == "constraint" && attr.value == "false") unconstrained = true;
  }
  // An edge that does not rank its ends may still join two nodes that an edge written before
  // puts on different ranks.
  return unconstrained && !ranked_apart_.count(unordered(from, to));
}

void DotWriter::edge(std::string_view from, std::string_view to, const Attrs& given,
                     std::string_view from_port, std::string_view to_port) {
  Attrs attrs = given;
  if (may_be_flat(from, to, attrs)) {
    for (Attr& a : attrs)
      if (a.key == "label") a.key = "xlabel";
  } else if (from != to && std::none_of(attrs.begin(), attrs.end(), [](const Attr& a) {
               return a.key == "constraint" && a.value == "false";
             })) {
    ranked_apart_.insert(unordered(from, to));
  }
  auto end = [](std::string_view id, std::string_view port) {
    // A port may end in a compass point ("p3:s"), which must stay outside the quotes.
    if (port.empty()) return quote(id);
    const auto colon = port.find(':');
    if (colon == std::string_view::npos) return quote(id) + ":" + quote(port);
    return quote(id) + ":" + quote(port.substr(0, colon)) + ":" +
           std::string(port.substr(colon + 1));
  };
  if (attrs.empty())
    line(fmt::format("{} -> {}", end(from, from_port), end(to, to_port)));
  else
    line(fmt::format("{} -> {} [{}]", end(from, from_port), end(to, to_port), attr_list(attrs)));
}

void DotWriter::open_cluster(std::string_view id, const Attrs& attrs) {
  line(fmt::format("subgraph {} {{", quote(fmt::format("cluster_{}", id))));
  ++depth_;
  open_.push_back(-1);
  cluster_path_.push_back(clusters_++);
  if (!attrs.empty()) line(fmt::format("graph [{}]", attr_list(attrs)));
}

void DotWriter::open_rank(std::string_view rank) {
  line(fmt::format("{{ rank={}", rank));
  ++depth_;
  open_.push_back(groups_++);
}

void DotWriter::close() {
  if (!open_.empty()) {
    if (open_.back() < 0 && !cluster_path_.empty()) cluster_path_.pop_back();
    open_.pop_back();
  }
  --depth_;
  line("}");
}

std::string DotWriter::finish() {
  while (depth_ > 1) close();
  out_ += "}\n";
  return std::move(out_);
}

XdotWriter& XdotWriter::text_op(char op, std::string_view text) {
  out_ += fmt::format("{} {} -{} ", op, text.size(), text);
  return *this;
}
XdotWriter& XdotWriter::pen(std::string_view colour) { return text_op('c', colour); }
XdotWriter& XdotWriter::fill(std::string_view colour) { return text_op('C', colour); }
XdotWriter& XdotWriter::style(std::string_view style) { return text_op('S', style); }

XdotWriter& XdotWriter::line(double x1, double y1, double x2, double y2) {
  out_ += fmt::format("L 2 {:.2f} {:.2f} {:.2f} {:.2f} ", x1, y1, x2, y2);
  return *this;
}

XdotWriter& XdotWriter::rect(double x1, double y1, double x2, double y2) {
  out_ += fmt::format("P 4 {0:.2f} {1:.2f} {2:.2f} {1:.2f} {2:.2f} {3:.2f} {0:.2f} {3:.2f} ", x1,
                      y1, x2, y2);
  return *this;
}

}  // namespace chainmap::views
