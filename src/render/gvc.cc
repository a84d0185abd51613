#include "render/gvc.h"

#include "render/dot.h"

#include <gvc.h>

#include <cstdlib>
#include <string>

// Exported by the plugin libraries linked in cmake/graphviz-plugins.cmake.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace chainmap::views {
namespace {

// The table gvContextPlugins reads instead of the plugin config file.
lt_symlist_t kPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

// Graphviz reports errors through a callback; collect them instead of printing.
std::string* g_messages = nullptr;

int collect(char* message) {
  if (g_messages && message) *g_messages += message;
  return 0;
}

GVC_t* context() {
  // Created once and deliberately never freed (see gvc.h).
  static GVC_t* gvc = [] {
    agseterr(AGERR);  // warnings (e.g. about fonts) are not errors of ours
    agseterrf(collect);
    return gvContextPlugins(kPlugins, 0);
  }();
  return gvc;
}

struct MessageScope {
  explicit MessageScope(std::string* out) { g_messages = out; }
  ~MessageScope() { g_messages = nullptr; }
};

std::string trim(std::string text) {
  while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.pop_back();
  return text;
}

Layout read_layout(Agraph_t* g) {
  Layout layout;
  const boxf bb = GD_bb(g);
  layout.bounds = {(bb.LL.x + bb.UR.x) / 2, (bb.LL.y + bb.UR.y) / 2, bb.UR.x - bb.LL.x, bb.UR.y - bb.LL.y};
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    layout.nodes.emplace(agnameof(n), Box{ND_coord(n).x, ND_coord(n).y, ND_width(n) * 72, ND_height(n) * 72});
  return layout;
}

// `dot` with `_background="..."` as the first statement of the graph.
std::string with_background(const std::string& dot, const std::string& ops) {
  const std::string line = "  _background=" + quote(ops) + ";\n";
  const auto end_of_first_line = dot.find('\n', dot.find('{'));
  if (end_of_first_line == std::string::npos) return dot + line;
  std::string out = dot.substr(0, end_of_first_line + 1);
  out += line;
  out.append(dot, end_of_first_line + 1);
  return out;
}

}  // namespace

LaidOut layout_and_render(const std::string& dot, std::string_view format, const Background& background) {
  const std::string fmt(format);
  if (fmt == "dot" && !background) return {dot, {}};
  LaidOut out;
  std::string messages;
  MessageScope scope(&messages);
  GVC_t* gvc = context();
  if (!gvc) return {{}, "Graphviz could not be initialised"};
  Agraph_t* g = agmemread(dot.c_str());
  if (!g) return {{}, "Graphviz could not read the diagram: " + trim(messages)};
  if (gvLayout(gvc, g, "dot") != 0) {
    agclose(g);
    return {{}, "Graphviz layout failed: " + trim(messages)};
  }
  if (background) {
    // Graphviz reads `_background` when it lays a graph out, so lay it out once to learn
    // where things are, then again with the drawing (the layout does not change).
    std::string ops = background(read_layout(g));
    gvFreeLayout(gvc, g);
    if (fmt == "dot") {
      agclose(g);
      return {with_background(dot, ops), {}};
    }
    agsafeset(g, const_cast<char*>("_background"), ops.data(), const_cast<char*>(""));
    if (gvLayout(gvc, g, "dot") != 0) {
      agclose(g);
      return {{}, "Graphviz layout failed: " + trim(messages)};
    }
  }
  char* data = nullptr;
  unsigned int length = 0;
  if (gvRenderData(gvc, g, fmt.c_str(), &data, &length) != 0 || !data) {
    out.error = "Graphviz could not render " + fmt + ": " + trim(messages);
  } else {
    out.bytes.assign(data, length);
  }
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  return out;
}

}  // namespace chainmap::views
