#pragma once
// The only place that talks to Graphviz. One process-wide GVC_t context with the dot and neato
// layouts, core (dot/svg) and pango/cairo (png/pdf) plugins preloaded from linked libraries, so no
// plugin configuration file and no `dot` program are needed. (Creating and destroying several
// contexts in one process triggers a use-after-free inside pango under ASan.)
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace chainmap::views {

struct LaidOut {
  std::string bytes;
  std::string error;  // Graphviz's own message when the DOT could not be read or rendered
};

// Where the dot engine put things, in points, Graphviz coordinates (y grows upwards).
struct Box {
  double x = 0, y = 0;           // centre
  double width = 0, height = 0;  // full size
  double left() const { return x - width / 2; }
  double right() const { return x + width / 2; }
  double top() const { return y + height / 2; }
  double bottom() const { return y - height / 2; }
};
struct Layout {
  Box bounds;                                     // the whole drawing
  std::map<std::string, Box, std::less<>> nodes;  // by node name
};

// Draws behind the laid-out graph: returns xdot drawing operations (the `_background` graph
// attribute), computed from where the nodes ended up. Used for things the layout must not
// route around, such as the blueprint's separator lines.
using Background = std::function<std::string(const Layout&)>;

// Lays `dot` out with the dot engine and returns where its nodes went, to learn how large
// each node's label makes it (a view that places its nodes itself measures them first);
// nullopt, and `error` set, when Graphviz cannot read or lay it out.
std::optional<Layout> measure(const std::string& dot, std::string& error);

// Lays `dot` out with the dot engine, or the one its graph's `layout` attribute names (`neato`
// for a view whose nodes are all pinned with `pos="x,y!"`), and renders it as `format`: "svg",
// "png" or "pdf", or "dot": then `dot` itself comes back, with the background (if any) added as
// `_background` so that running Graphviz on it draws the same picture.
LaidOut layout_and_render(const std::string& dot, std::string_view format,
                          const Background& background = {});

}  // namespace chainmap::views
