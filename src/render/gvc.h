#pragma once
// The only place that talks to Graphviz. One process-wide GVC_t context with the dot layout,
// core (dot/svg) and pango/cairo (png/pdf) plugins preloaded from linked libraries, so no
// plugin configuration file and no `dot` program are needed. (Creating and destroying several
// contexts in one process triggers a use-after-free inside pango under ASan.)
#include <string>
#include <string_view>

namespace chainmap::views {

struct LaidOut {
  std::string bytes;
  std::string error;  // Graphviz's own message when the DOT could not be read or rendered
};

// Lays `dot` out with the dot engine and renders it as `format`: "svg", "png" or "pdf".
LaidOut layout_and_render(const std::string& dot, std::string_view format);

}  // namespace chainmap::views
