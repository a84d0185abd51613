#pragma once
// Views of a model (SPEC section 6, "Rendering"): the service chain, one journey, one
// journey's service blueprint, every handover, and one journey's experience (the journey map
// with touchpoints, emotion curves, pain points and opportunities). Each view is built as DOT
// text by our own deterministic writer; Graphviz (used in process) lays it out for svg/png/pdf;
// mermaid is written directly. The library returns bytes; writing them is the caller's business.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "chainmap/diagnostic.h"
#include "chainmap/graph.h"
#include "chainmap/model.h"

namespace chainmap {

enum class View : std::uint8_t { Chain, Journey, Blueprint, Handovers, Experience };
enum class RenderFormat : std::uint8_t { Dot, Svg, Png, Pdf, Mermaid };

std::optional<View> parse_view(std::string_view name);
std::string_view to_string(View view);
std::vector<std::string> view_names();
bool view_needs_journey(View view);  // journey, blueprint and experience draw one journey

std::optional<RenderFormat> parse_render_format(std::string_view name);
std::string_view to_string(RenderFormat format);
std::vector<std::string> render_format_names();
// From an output path's extension (.dot .gv .svg .png .pdf .mmd .mermaid); nullopt otherwise.
std::optional<RenderFormat> render_format_from_path(std::string_view path);
bool is_binary(RenderFormat format);  // png and pdf

struct RenderOptions {
  View view = View::Chain;
  std::string journey;  // journey id, for the journey, blueprint and experience views
  // Persona id, for the experience view: the one persona its Mermaid `journey` shows (default:
  // the journey's first) and whose curve alone the picture draws (default: every persona the
  // journey lists). Another view, or a persona the journey does not list, is an error.
  std::string persona;
  RenderFormat format = RenderFormat::Dot;
  // Findings to overlay (`--findings`): errors red, warnings orange, numbered callouts, and
  // the numbered list under the picture (messages also as SVG tooltips).
  // nullptr: no overlay.
  const std::vector<Diagnostic>* findings = nullptr;
};

// The most one picture laid out by Graphviz draws: steps of the journey (journey, blueprint,
// experience), parties (chain: departments and partners) or owners taking part in handovers
// (handovers). Graphviz's layout time grows much faster than the picture (a blueprint of 1000
// steps takes about 3 s, of 2000 steps over 10 s), so beyond this render() refuses the formats
// it lays out (svg, png, pdf, and the dot of the blueprint, which carries a drawing made from
// its layout, and of the experience view, whose positions come from measuring its labels); dot
// of the other views and mermaid are written without a layout at any size.
inline constexpr std::size_t kMaxPictureSize = 1000;

struct Rendered {
  std::string bytes;       // the output, when error is empty
  std::string error;       // why it could not be drawn (unknown journey, Graphviz failure ...)
  bool too_large = false;  // refused for kMaxPictureSize (error says so)
};

Rendered render(const Model& model, const Graph& graph, const RenderOptions& options);

}  // namespace chainmap
