// chainmap_render_dot: lays out and renders one DOT file the way `chainmap render` does (the
// library's one Graphviz context with its preloaded plugins, src/render/gvc.h), for
// bench/render_vs_dot.py to compare with Graphviz's own `dot` program on the very same DOT.
//
//   chainmap_render_dot FILE.dot FORMAT OUT
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>

#include "render/gvc.h"

int main(int argc, char** argv) {
  if (argc != 4) {
    std::fprintf(stderr, "usage: chainmap_render_dot FILE.dot FORMAT OUT\n");
    return 2;
  }
  std::ifstream in(argv[1], std::ios::binary);
  std::stringstream dot;
  dot << in.rdbuf();
  if (!in) {
    std::fprintf(stderr, "chainmap_render_dot: cannot read %s\n", argv[1]);
    return 2;
  }
  const chainmap::views::LaidOut out = chainmap::views::layout_and_render(dot.str(), argv[2]);
  if (!out.error.empty()) {
    std::fprintf(stderr, "chainmap_render_dot: %s\n", out.error.c_str());
    return 1;
  }
  std::ofstream(argv[3], std::ios::binary) << out.bytes;
  return 0;
}
