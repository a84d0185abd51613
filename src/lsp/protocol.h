#pragma once
// JSON-RPC 2.0 and LSP 3.17 shapes: error codes, and reading and writing positions, ranges
// and locations. Readers never throw: a value of the wrong shape reads as nothing.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lsp/text.h"
#include "lsp/transport.h"

namespace chainmap::lsp {

namespace error {
inline constexpr int kParseError = -32700;
inline constexpr int kInvalidRequest = -32600;
inline constexpr int kMethodNotFound = -32601;
inline constexpr int kInvalidParams = -32602;
inline constexpr int kInternalError = -32603;
inline constexpr int kServerNotInitialized = -32002;
inline constexpr int kRequestCancelled = -32800;
}  // namespace error

json response(const json& id, json result);
json error_response(const json& id, int code, std::string_view message);
json notification(std::string_view method, json params);

std::optional<Position> read_position(const json& value);
json to_json(const Position& p);
json to_json(const Range& r);
json location(const std::string& uri, const Range& r);

// params.textDocument.uri, or "" when absent.
std::string document_uri(const json& params);

}  // namespace chainmap::lsp
