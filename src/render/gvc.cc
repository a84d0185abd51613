#include "render/gvc.h"

#include "render/dot.h"
#include "render/png.h"

#include <gvc.h>
#include <gvplugin_device.h>
#include <xdot.h>

#include <cstdio>
#include <cstdlib>
#include <deque>
#include <string>
#include <unordered_map>

// Exported by the plugin libraries linked in cmake/graphviz-plugins.cmake.
extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace chainmap::views {
namespace {

// Where the PNG device below puts the file it encodes, while a render is under way.
std::string* g_png = nullptr;

// Our own "png:cairo" device: the cairo renderer draws into a bitmap (job->imagedata, as
// for any device with an engine) and we encode it (render/png.h), instead of cairo's slower
// PNG writer. Ranked above the pango plugin's "png:cairo", so "png" picks it. Only the
// public device interface (gvplugin_device.h, gvcjob.h): the bytes go to g_png rather than
// through Graphviz's output functions, which are not part of its API.
void format_png(GVJ_t* job) {
  if (!g_png) return;
  *g_png = encode_png(reinterpret_cast<const unsigned char*>(job->imagedata),
                      static_cast<int>(job->width), static_cast<int>(job->height),
                      static_cast<int>(job->width) * 4);
}
gvdevice_engine_t kPngEngine = {nullptr, format_png, nullptr};
gvdevice_features_t kPngFeatures = {
    GVDEVICE_BINARY_FORMAT | GVDEVICE_DOES_TRUECOLOR, {0., 0.}, {0., 0.}, {96., 96.}};
gvplugin_installed_t kPngDevices[] = {{0, "png:cairo", 20, &kPngEngine, &kPngFeatures},
                                      {0, nullptr, 0, nullptr, nullptr}};
gvplugin_api_t kPngApis[] = {{API_device, kPngDevices}, {static_cast<api_t>(0), nullptr}};
gvplugin_library_t kPngLibrary = {const_cast<char*>("chainmap_png"), kPngApis};

// The table gvContextPlugins reads instead of the plugin config file.
lt_symlist_t kPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {"gvplugin_chainmap_png_LTX_library", &kPngLibrary},
    {nullptr, nullptr},
};

// Object ids in creation order. cgraph's own id discipline uses the address of an object's
// interned name as its id, and keeps subgraphs ordered by id: the order in which clusters
// are emitted (and so the SVG) then depends on where malloc put the names, which changed
// between runs under ASan's allocator. Here a named object's id is an even counter (in the
// order names first appear in the DOT), an anonymous one's an odd counter, as cgraph does.
struct IdState {
  std::unordered_map<std::string, IDTYPE> ids;
  std::deque<std::string> names;  // names[id / 2 - 1]; a deque keeps the strings in place
  IDTYPE anonymous = 1;
};
void* id_open(Agraph_t*, Agdisc_t*) { return new IdState; }
long id_map(void* state, int, char* name, IDTYPE* id, int create) {
  auto* ids = static_cast<IdState*>(state);
  if (!name) {
    *id = ids->anonymous += 2;
    return 1;
  }
  if (auto it = ids->ids.find(name); it != ids->ids.end()) {
    *id = it->second;
    return 1;
  }
  if (!create) return 0;
  ids->names.emplace_back(name);
  *id = static_cast<IDTYPE>(2 * ids->names.size());
  ids->ids.emplace(name, *id);
  return 1;
}
long id_alloc(void*, int, IDTYPE) { return 0; }  // no caller-chosen ids
void id_free(void*, int, IDTYPE) {}
char* id_print(void* state, int, IDTYPE id) {
  auto* ids = static_cast<IdState*>(state);
  if (id == 0 || id % 2 != 0 || id / 2 > ids->names.size()) return nullptr;
  return ids->names[id / 2 - 1].data();
}
void id_close(void* state) { delete static_cast<IdState*>(state); }
void id_register(void*, int, void*) {}
Agiddisc_t kIdDisc = {id_open, id_map, id_alloc, id_free, id_print, id_close, id_register};

// Reads DOT text with the id discipline above.
Agraph_t* read_dot(const std::string& dot) {
  FILE* in = fmemopen(const_cast<char*>(dot.data()), dot.size(), "r");
  if (!in) return nullptr;
  // By member, not position: Graphviz 8 dropped the memory discipline from Agdisc_t. A null
  // member means cgraph's default.
  Agdisc_t disc{};
  disc.id = &kIdDisc;
  disc.io = &AgIoDisc;
  Agraph_t* g = agread(in, &disc);
  std::fclose(in);
  return g;
}

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
  layout.bounds = {(bb.LL.x + bb.UR.x) / 2, (bb.LL.y + bb.UR.y) / 2, bb.UR.x - bb.LL.x,
                   bb.UR.y - bb.LL.y};
  for (Agnode_t* n = agfstnode(g); n; n = agnxtnode(g, n))
    layout.nodes.emplace(agnameof(n),
                         Box{ND_coord(n).x, ND_coord(n).y, ND_width(n) * 72, ND_height(n) * 72});
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

// Sets the graph's `_background` drawing to `ops` after layout. Graphviz parses `_background`
// when it lays a graph out, into operations of a size of its own (xdot::sz: the public xdot_op
// plus what its renderer keeps beside it); the drawing depends on the layout, so a placeholder
// was set before the layout, and its parsed form tells the size to parse `ops` with, through
// the public xdot library. Should a Graphviz not have parsed the placeholder, the graph is laid
// out again with `_background` set: slower, the same picture.
bool set_background(GVC_t* gvc, Agraph_t* g, std::string ops) {
  agsafeset(g, const_cast<char*>("_background"), ops.data(), const_cast<char*>(""));
  auto* placeholder = static_cast<xdot*>(GD_drawing(g)->xdots);
  if (!placeholder) {
    gvFreeLayout(gvc, g);
    return gvLayout(gvc, g, "dot") == 0;
  }
  const int size = placeholder->sz;
  freeXDot(placeholder);
  GD_drawing(g)->xdots = parseXDotF(ops.data(), nullptr, size);
  return true;
}

}  // namespace

std::optional<Layout> measure(const std::string& dot, std::string& error) {
  std::string messages;
  MessageScope scope(&messages);
  GVC_t* gvc = context();
  if (!gvc) {
    error = "Graphviz could not be initialised";
    return std::nullopt;
  }
  Agraph_t* g = read_dot(dot);
  if (!g) {
    error = "Graphviz could not read the diagram: " + trim(messages);
    return std::nullopt;
  }
  if (gvLayout(gvc, g, "dot") != 0) {
    agclose(g);
    error = "Graphviz layout failed: " + trim(messages);
    return std::nullopt;
  }
  Layout layout = read_layout(g);
  gvFreeLayout(gvc, g);
  agclose(g);
  return layout;
}

LaidOut layout_and_render(const std::string& dot, std::string_view format,
                          const Background& background) {
  const std::string fmt(format);
  if (fmt == "dot" && !background) return {dot, {}};
  LaidOut out;
  std::string messages;
  MessageScope scope(&messages);
  GVC_t* gvc = context();
  if (!gvc) return {{}, "Graphviz could not be initialised"};
  Agraph_t* g = read_dot(dot);
  if (!g) return {{}, "Graphviz could not read the diagram: " + trim(messages)};
  // A drawing operation that draws nothing, replaced once the layout is known.
  if (background)
    agsafeset(g, const_cast<char*>("_background"), const_cast<char*>("c 9 -#00000000 "),
              const_cast<char*>(""));
  if (gvLayout(gvc, g, "dot") != 0) {
    agclose(g);
    return {{}, "Graphviz layout failed: " + trim(messages)};
  }
  if (background) {
    std::string ops = background(read_layout(g));
    if (fmt == "dot") {
      gvFreeLayout(gvc, g);
      agclose(g);
      return {with_background(dot, ops), {}};
    }
    if (!set_background(gvc, g, std::move(ops))) {
      agclose(g);
      return {{}, "Graphviz layout failed: " + trim(messages)};
    }
  }
  char* data = nullptr;
  unsigned int length = 0;
  std::string png;
  g_png = &png;
  const int status = gvRenderData(gvc, g, fmt.c_str(), &data, &length);
  g_png = nullptr;
  if (status != 0 || !data) {
    out.error = "Graphviz could not render " + fmt + ": " + trim(messages);
  } else if (fmt == "png") {
    // Our device wrote nothing through Graphviz (see format_png).
    if (png.empty()) out.error = "could not encode the PNG image";
    out.bytes = std::move(png);
  } else {
    out.bytes.assign(data, length);
  }
  if (data) gvFreeRenderData(data);
  gvFreeLayout(gvc, g);
  agclose(g);
  return out;
}

}  // namespace chainmap::views
