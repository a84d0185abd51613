// render(): picks the view, builds DOT (or mermaid) text, lets gvc.cc lay it out when a
// picture format is asked for.
#include "chainmap/render.h"

#include <algorithm>

#include <fmt/format.h>
#include <fmt/ranges.h>

#include "chainmap/suggest.h"
#include "graph/handover_flows.h"
#include "render/gvc.h"
#include "render/views.h"

namespace chainmap {
namespace {

constexpr std::pair<std::string_view, View> kViews[] = {{"chain", View::Chain},
                                                        {"journey", View::Journey},
                                                        {"blueprint", View::Blueprint},
                                                        {"handovers", View::Handovers},
                                                        {"experience", View::Experience}};
constexpr std::pair<std::string_view, RenderFormat> kFormats[] = {
    {"dot", RenderFormat::Dot},
    {"svg", RenderFormat::Svg},
    {"png", RenderFormat::Png},
    {"pdf", RenderFormat::Pdf},
    {"mermaid", RenderFormat::Mermaid}};

// Lookups both ways in a table of names, and the names in order.
template <typename T, std::size_t N>
std::optional<T> by_name(const std::pair<std::string_view, T> (&table)[N], std::string_view name) {
  for (auto [n, v] : table)
    if (n == name) return v;
  return std::nullopt;
}
template <typename T, std::size_t N>
std::string_view name_of(const std::pair<std::string_view, T> (&table)[N], T value) {
  for (auto [n, v] : table)
    if (v == value) return n;
  return "";
}
template <typename T, std::size_t N>
std::vector<std::string> names(const std::pair<std::string_view, T> (&table)[N]) {
  std::vector<std::string> out;
  for (auto [n, v] : table) out.emplace_back(n);
  return out;
}

// Why a picture is too large to lay out (kMaxPictureSize), or "".
std::string too_large(const Model& model, const Graph& graph, View view, std::int32_t journey) {
  std::size_t size = 0;
  std::string what;
  switch (view) {
    case View::Journey:
    case View::Blueprint:
    case View::Experience:
      size = model.journeys[journey].steps.size();
      what = fmt::format("journey '{}' has {} steps", model.journeys[journey].id, size);
      break;
    case View::Chain:
      size = model.departments.size() + model.partners.size();
      what = fmt::format("the model has {} departments and partners", size);
      break;
    case View::Handovers:
      size = collect_handovers(model, graph, FlowLevel::Owner).ends.size();
      what = fmt::format("{} owners take part in handovers", size);
      break;
  }
  if (size <= kMaxPictureSize) return "";
  const bool journey_view = view_needs_journey(view);
  return fmt::format(
      "{}, more than the {} one picture draws (Graphviz's layout time grows much faster than the "
      "picture); {}render it with {}",
      what, kMaxPictureSize, journey_view ? "split the journey, or " : "",
      view == View::Blueprint || view == View::Experience ? "--format mermaid"
                                                          : "--format dot or --format mermaid");
}

// The journey a journey view draws (-1, with `error` set, when unknown or not given).
std::int32_t pick_journey(const Model& model, const RenderOptions& options, std::string& error) {
  auto it = model.journey_index.find(options.journey);
  if (it != model.journey_index.end()) return it->second;
  std::vector<std::string> ids;
  for (const Journey& j : model.journeys) ids.push_back(j.id);
  std::sort(ids.begin(), ids.end());
  std::string list = ids.empty() ? "the model has no journeys"
                                 : "valid journeys: " + fmt::format("{}", fmt::join(ids, ", "));
  error = options.journey.empty()
              ? fmt::format("view '{}' needs --journey ID; {}", to_string(options.view), list)
              : fmt::format("unknown journey '{}'; {}{}", options.journey, list,
                            did_you_mean(options.journey, ids));
  return -1;
}

// The personas the experience view draws: `--persona`, or every persona the journey lists.
// False, with `error` set, for --persona with another view or a persona the journey does not list.
bool pick_personas(const Model& model, const RenderOptions& options, std::int32_t journey,
                   std::vector<std::int32_t>& personas, std::string& error) {
  if (options.view != View::Experience) {
    if (options.persona.empty()) return true;
    error = fmt::format("--persona is for the experience view, not '{}'", to_string(options.view));
    return false;
  }
  const Journey& j = model.journeys[journey];
  if (options.persona.empty()) {
    personas = j.persona_list;
    return true;
  }
  std::vector<std::string> ids;
  for (std::int32_t p : j.persona_list) {
    if (model.personas[p].id == options.persona) {
      personas = {p};
      return true;
    }
    ids.push_back(model.personas[p].id);
  }
  std::string list = ids.empty()
                         ? fmt::format("journey '{}' lists no personas", j.id)
                         : fmt::format("personas of journey '{}': {}", j.id, fmt::join(ids, ", "));
  error = fmt::format("journey '{}' does not list persona '{}'; {}{}", j.id, options.persona, list,
                      did_you_mean(options.persona, ids));
  return false;
}

}  // namespace

std::optional<View> parse_view(std::string_view name) { return by_name(kViews, name); }
std::string_view to_string(View view) { return name_of(kViews, view); }
std::vector<std::string> view_names() { return names(kViews); }
bool view_needs_journey(View view) {
  return view == View::Journey || view == View::Blueprint || view == View::Experience;
}

std::optional<RenderFormat> parse_render_format(std::string_view name) {
  return by_name(kFormats, name);
}
std::string_view to_string(RenderFormat format) { return name_of(kFormats, format); }
std::vector<std::string> render_format_names() { return names(kFormats); }

std::optional<RenderFormat> render_format_from_path(std::string_view path) {
  const auto dot = path.rfind('.');
  const auto slash = path.find_last_of("/\\");
  if (dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash))
    return std::nullopt;
  std::string ext(path.substr(dot + 1));
  std::transform(ext.begin(), ext.end(), ext.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  if (ext == "gv") return RenderFormat::Dot;
  if (ext == "mmd") return RenderFormat::Mermaid;
  return parse_render_format(ext);
}

bool is_binary(RenderFormat format) {
  return format == RenderFormat::Png || format == RenderFormat::Pdf;
}

Rendered render(const Model& model, const Graph& graph, const RenderOptions& options) {
  std::int32_t journey = -1;
  if (view_needs_journey(options.view)) {
    std::string error;
    journey = pick_journey(model, options, error);
    if (journey < 0) return {{}, error};
  }
  std::vector<std::int32_t> personas;
  if (std::string error; !pick_personas(model, options, journey, personas, error))
    return {{}, error};
  const views::Overlay overlay(options.findings);
  if (options.format == RenderFormat::Mermaid)
    return {views::mermaid(model, graph, options.view, journey,
                           personas.empty() ? -1 : personas.front(), overlay),
            {}};
  const bool laid_out_dot = options.view == View::Blueprint || options.view == View::Experience;
  if (options.format != RenderFormat::Dot || laid_out_dot) {
    if (std::string error = too_large(model, graph, options.view, journey); !error.empty())
      return {{}, error, true};
  }

  views::Drawing drawing;
  switch (options.view) {
    case View::Chain:
      drawing.dot = views::dot_chain(model, graph, overlay);
      break;
    case View::Journey:
      drawing.dot = views::dot_journey(model, graph, journey, overlay);
      break;
    case View::Blueprint:
      drawing = views::dot_blueprint(model, graph, journey, overlay);
      break;
    case View::Handovers:
      drawing.dot = views::dot_handovers(model, graph, overlay);
      break;
    case View::Experience:
      drawing = views::dot_experience(model, graph, journey, personas, overlay);
      break;
  }
  if (!drawing.error.empty()) return {{}, drawing.error};
  auto laid = views::layout_and_render(drawing.dot, to_string(options.format), drawing.background);
  return {std::move(laid.bytes), std::move(laid.error)};
}

}  // namespace chainmap
