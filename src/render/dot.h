#pragma once
// A small deterministic DOT writer: graph/node/edge attributes, clusters, rank groups, with
// escaping for quoted strings and HTML-like labels. Output order is exactly call order, so a
// view that iterates the model in a fixed order gives byte-identical DOT.
//
// It never writes a DOT construct that Graphviz mishandles: an edge that may join two nodes of
// one rank (a "flat" edge) never has a `label`, which is written as `xlabel` instead. For a
// labelled flat edge between nodes that are not neighbours in their rank, the dot layout of
// Graphviz 2.42 inserts a label node into a rank's node array with realloc and later frees the
// array's old address: a double free, or heap corruption that aborts or crashes later
// (`digraph { {rank=same a b c} a->b b->c a->c [label=x] }` is enough; docs/render.md). Nor
// does it put one node into two clusters that do not nest (dot's mincross dereferences a
// wild pointer): a node declared again inside a cluster beside its first one is not written.
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace chainmap::views {

// One attribute. `html` values are written as <...> (an HTML-like label) and must already
// be built with html_escape() for every piece of user text.
struct Attr {
  std::string key;
  std::string value;
  bool html = false;
};
using Attrs = std::vector<Attr>;

inline Attr html_attr(std::string key, std::string value) {
  return Attr{std::move(key), std::move(value), true};
}

// A DOT double-quoted string: quotes and backslashes escaped (so Graphviz's \N, \n, \l escapes
// cannot be triggered by user text), control characters replaced by spaces.
std::string quote(std::string_view text);
// Text for HTML-like labels and SVG: & < > " ' as entities, control characters as spaces.
std::string html_escape(std::string_view text);

class DotWriter {
 public:
  explicit DotWriter(std::string_view name);

  void graph(const Attrs& attrs);          // graph [ ... ]
  void node_defaults(const Attrs& attrs);  // node [ ... ]
  void edge_defaults(const Attrs& attrs);  // edge [ ... ]
  // Not written when `id` was declared before in a cluster that neither holds nor lies inside
  // the cluster open now (see above); views give their nodes distinct names.
  void node(std::string_view id, const Attrs& attrs = {});
  // Ports name a cell of an HTML-like label (<TD PORT="...">); empty: the whole node.
  // A `label` is written as `xlabel` when the edge may be flat: its ends were declared in one
  // rank group, or it has minlen=0, or constraint=false and no edge written before ranks its
  // ends apart (a constrained edge between the same two nodes, outside a rank group).
  void edge(std::string_view from, std::string_view to, const Attrs& attrs = {},
            std::string_view from_port = {}, std::string_view to_port = {});
  // Whether edge() would write an edge between these nodes with these attributes as a flat
  // edge (see above).
  bool may_be_flat(std::string_view from, std::string_view to, const Attrs& attrs) const;
  // subgraph cluster_<id> { ... }; every open_* needs a close().
  void open_cluster(std::string_view id, const Attrs& attrs = {});
  // subgraph { rank=<rank>; ... } (rank "same", "min", "max", "source", "sink").
  void open_rank(std::string_view rank);
  void close();
  std::string finish();  // closes the graph and returns the text

 private:
  void line(std::string_view text);
  static std::string attr_list(const Attrs& attrs);
  std::string out_;
  int depth_ = 1;
  std::vector<int> open_;  // per open block: its rank group, or -1 for a cluster
  int groups_ = 0;
  std::vector<int> cluster_path_;  // the clusters open now, outermost first
  int clusters_ = 0;
  std::map<std::string, std::vector<int>, std::less<>>
      cluster_path_of_;                               // node -> its innermost cluster's path
  std::map<std::string, int, std::less<>> group_of_;  // node -> rank group it was declared in
  std::set<std::pair<std::string, std::string>> ranked_apart_;  // (lesser, greater) node names
};

// Drawing operations in Graphviz's xdot language (for the `_background` graph attribute):
// colours, line styles, lines and filled rectangles, in points with y growing upwards.
class XdotWriter {
 public:
  XdotWriter& pen(std::string_view colour);   // outline and line colour
  XdotWriter& fill(std::string_view colour);  // fill colour of rectangles
  XdotWriter& style(std::string_view style);  // "dashed", "solid", "setlinewidth(1.5)"
  XdotWriter& line(double x1, double y1, double x2, double y2);
  XdotWriter& rect(double x1, double y1, double x2,
                   double y2);  // filled, outlined in the pen colour
  const std::string& str() const { return out_; }

 private:
  XdotWriter& text_op(char op, std::string_view text);
  std::string out_;
};

}  // namespace chainmap::views
