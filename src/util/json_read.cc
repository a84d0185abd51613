#include "util/json_read.h"

#include <charconv>

#include <fmt/format.h>

#include "util/printable.h"

namespace chainmap {

const JsonValue* JsonValue::find(std::string_view key) const {
  for (const auto& [name, value] : members)
    if (name == key) return &value;
  return nullptr;
}

std::string_view to_string(JsonValue::Kind kind) {
  switch (kind) {
    case JsonValue::Kind::Null: return "null";
    case JsonValue::Kind::Bool: return "boolean";
    case JsonValue::Kind::Number: return "number";
    case JsonValue::Kind::String: return "string";
    case JsonValue::Kind::Array: return "array";
    case JsonValue::Kind::Object: return "object";
  }
  return "value";
}

namespace {

// Deep enough for any report; shallow enough that hostile nesting cannot exhaust the stack.
constexpr int kMaxDepth = 200;

class Parser {
 public:
  Parser(std::string_view text, JsonError& error) : text_(text), error_(error) {}

  bool document(JsonValue& out) {
    if (text_.starts_with("\xEF\xBB\xBF")) advance(3);
    skip_space();
    if (!value(out, 0)) return false;
    skip_space();
    if (pos_ < text_.size()) return fail("unexpected content after the JSON value");
    return true;
  }

 private:
  bool fail(std::string message) {
    error_ = {line_, column_, std::move(message)};
    return false;
  }

  bool at_end() const { return pos_ >= text_.size(); }
  char peek() const { return at_end() ? '\0' : text_[pos_]; }

  void advance(std::size_t n = 1) {
    for (std::size_t i = 0; i < n && pos_ < text_.size(); ++i, ++pos_) {
      if (text_[pos_] == '\n') {
        ++line_;
        column_ = 1;
      } else {
        ++column_;
      }
    }
  }

  void skip_space() {
    while (!at_end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
      advance();
  }

  std::string describe_here() const {
    if (at_end()) return "end of input";
    std::size_t len = utf8_length(text_, pos_);
    std::string_view c = text_.substr(pos_, len == 0 ? 1 : len);
    if (len == 0 || is_control(c) || c[0] < ' ') return "a control or invalid byte";
    return fmt::format("'{}'", c);
  }

  bool value(JsonValue& out, int depth) {
    out.line = line_;
    out.column = column_;
    if (depth > kMaxDepth) return fail(fmt::format("nesting deeper than {} levels", kMaxDepth));
    char c = peek();
    if (c == '{') return object(out, depth);
    if (c == '[') return array(out, depth);
    if (c == '"') {
      out.kind = JsonValue::Kind::String;
      return string(out.text);
    }
    if (c == '-' || (c >= '0' && c <= '9')) return number(out);
    if (literal("true")) {
      out.kind = JsonValue::Kind::Bool;
      out.boolean = true;
      return true;
    }
    if (literal("false")) {
      out.kind = JsonValue::Kind::Bool;
      return true;
    }
    if (literal("null")) return true;
    return fail(fmt::format("expected a JSON value, found {}", describe_here()));
  }

  bool literal(std::string_view word) {
    if (!text_.substr(pos_).starts_with(word)) return false;
    advance(word.size());
    return true;
  }

  bool object(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::Object;
    advance();  // {
    skip_space();
    if (peek() == '}') {
      advance();
      return true;
    }
    for (;;) {
      if (peek() != '"')
        return fail(fmt::format("expected a string key, found {}", describe_here()));
      std::uint32_t key_line = line_, key_column = column_;
      std::string key;
      if (!string(key)) return false;
      if (out.find(key)) {
        error_ = {key_line, key_column, fmt::format("duplicate key '{}'", printable(key))};
        return false;
      }
      skip_space();
      if (peek() != ':') return fail(fmt::format("expected ':', found {}", describe_here()));
      advance();
      skip_space();
      JsonValue member;
      if (!value(member, depth + 1)) return false;
      out.members.push_back(JsonMember{std::move(key), std::move(member)});
      skip_space();
      if (peek() == '}') {
        advance();
        return true;
      }
      if (peek() != ',') return fail(fmt::format("expected ',' or '}}', found {}", describe_here()));
      advance();
      skip_space();
    }
  }

  bool array(JsonValue& out, int depth) {
    out.kind = JsonValue::Kind::Array;
    advance();  // [
    skip_space();
    if (peek() == ']') {
      advance();
      return true;
    }
    for (;;) {
      JsonValue item;
      if (!value(item, depth + 1)) return false;
      out.items.push_back(std::move(item));
      skip_space();
      if (peek() == ']') {
        advance();
        return true;
      }
      if (peek() != ',') return fail(fmt::format("expected ',' or ']', found {}", describe_here()));
      advance();
      skip_space();
    }
  }

  static void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  // Four hex digits after "\u".
  bool hex4(std::uint32_t& out) {
    out = 0;
    for (int i = 0; i < 4; ++i) {
      char c = peek();
      std::uint32_t digit;
      if (c >= '0' && c <= '9') digit = static_cast<std::uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') digit = static_cast<std::uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') digit = static_cast<std::uint32_t>(c - 'A' + 10);
      else return fail(fmt::format("expected a hex digit in \\u escape, found {}", describe_here()));
      out = out * 16 + digit;
      advance();
    }
    return true;
  }

  bool escape(std::string& out) {
    advance();  // backslash
    char c = peek();
    switch (c) {
      case '"': out += '"'; break;
      case '\\': out += '\\'; break;
      case '/': out += '/'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'u': {
        advance();
        std::uint32_t cp;
        if (!hex4(cp)) return false;
        if (cp >= 0xDC00 && cp <= 0xDFFF) return fail("unpaired low surrogate in \\u escape");
        if (cp >= 0xD800 && cp <= 0xDBFF) {
          if (!text_.substr(pos_).starts_with("\\u"))
            return fail("high surrogate in \\u escape not followed by a low surrogate");
          advance(2);
          std::uint32_t low;
          if (!hex4(low)) return false;
          if (low < 0xDC00 || low > 0xDFFF)
            return fail("high surrogate in \\u escape not followed by a low surrogate");
          cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        append_utf8(out, cp);
        return true;
      }
      default:
        return fail(fmt::format("invalid escape '\\{}'", at_end() ? std::string_view{} : text_.substr(pos_, 1)));
    }
    advance();
    return true;
  }

  bool string(std::string& out) {
    advance();  // opening quote
    for (;;) {
      if (at_end()) return fail("unterminated string");
      char c = peek();
      if (c == '"') {
        advance();
        return true;
      }
      if (c == '\\') {
        if (!escape(out)) return false;
        continue;
      }
      if (static_cast<unsigned char>(c) < 0x20)
        return fail("control character in string (escape it, e.g. \\n)");
      std::size_t len = utf8_length(text_, pos_);
      if (len == 0) return fail("invalid UTF-8 in string");
      out.append(text_.substr(pos_, len));
      advance(len);
    }
  }

  bool digits() {
    if (!(peek() >= '0' && peek() <= '9'))
      return fail(fmt::format("expected a digit, found {}", describe_here()));
    while (peek() >= '0' && peek() <= '9') advance();
    return true;
  }

  bool number(JsonValue& out) {
    std::size_t start = pos_;
    if (peek() == '-') advance();
    if (peek() == '0') {
      advance();
      if (peek() >= '0' && peek() <= '9') return fail("leading zeros are not allowed in numbers");
    } else if (!digits()) {
      return false;
    }
    if (peek() == '.') {
      advance();
      if (!digits()) return false;
    }
    if (peek() == 'e' || peek() == 'E') {
      advance();
      if (peek() == '+' || peek() == '-') advance();
      if (!digits()) return false;
    }
    out.kind = JsonValue::Kind::Number;
    out.text = std::string(text_.substr(start, pos_ - start));
    // from_chars, unlike strtod, does not depend on the locale.
    auto [ptr, ec] = std::from_chars(out.text.data(), out.text.data() + out.text.size(), out.number);
    (void)ptr;
    if (ec == std::errc::result_out_of_range) return fail("number out of range");
    return true;
  }

  std::string_view text_;
  JsonError& error_;
  std::size_t pos_ = 0;
  std::uint32_t line_ = 1, column_ = 1;
};

}  // namespace

bool parse_json(std::string_view text, JsonValue& out, JsonError& error) {
  out = JsonValue{};
  return Parser(text, error).document(out);
}

}  // namespace chainmap
