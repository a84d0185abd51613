#include "lsp/protocol.h"

#include <algorithm>

namespace chainmap::lsp {

json response(const json& id, json result) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"result", std::move(result)}};
}

json error_response(const json& id, int code, std::string_view message) {
  return json{{"jsonrpc", "2.0"}, {"id", id}, {"error", {{"code", code}, {"message", message}}}};
}

json notification(std::string_view method, json params) {
  return json{{"jsonrpc", "2.0"}, {"method", method}, {"params", std::move(params)}};
}

std::optional<Position> read_position(const json& j) {
  if (!j.is_object()) return std::nullopt;
  auto line = j.find("line"), character = j.find("character");
  if (line == j.end() || character == j.end() || !line->is_number_integer() ||
      !character->is_number_integer())
    return std::nullopt;
  // Unsigned JSON numbers beyond int64 read as the largest position (clamped later).
  const auto read = [](const json& n) -> std::optional<std::uint32_t> {
    if (n.is_number_unsigned())
      return static_cast<std::uint32_t>(
          std::min<std::uint64_t>(n.get<std::uint64_t>(), UINT32_MAX));
    const std::int64_t v = n.get<std::int64_t>();
    if (v < 0) return std::nullopt;
    return static_cast<std::uint32_t>(std::min<std::int64_t>(v, UINT32_MAX));
  };
  auto l = read(*line), c = read(*character);
  if (!l || !c) return std::nullopt;
  return Position{*l, *c};
}

json to_json(const Position& p) { return json{{"line", p.line}, {"character", p.character}}; }
json to_json(const Range& r) { return json{{"start", to_json(r.start)}, {"end", to_json(r.end)}}; }
json location(const std::string& uri, const Range& r) {
  return json{{"uri", uri}, {"range", to_json(r)}};
}

std::string document_uri(const json& params) {
  if (!params.is_object()) return {};
  auto doc = params.find("textDocument");
  if (doc == params.end() || !doc->is_object()) return {};
  auto uri = doc->find("uri");
  return uri != doc->end() && uri->is_string() ? uri->get<std::string>() : std::string();
}

}  // namespace chainmap::lsp
