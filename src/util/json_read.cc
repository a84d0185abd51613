#include "util/json_read.h"

#include <algorithm>
#include <iterator>
#include <set>
#include <vector>

#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include "chainmap/printable.h"

namespace chainmap {

std::string_view to_string(JsonKind kind) {
  switch (kind) {
    case JsonKind::Null:
      return "null";
    case JsonKind::Boolean:
      return "boolean";
    case JsonKind::Number:
      return "number";
    case JsonKind::String:
      return "string";
    case JsonKind::Array:
      return "array";
    case JsonKind::Object:
      return "object";
  }
  return "value";
}

bool JsonHandler::fail(std::size_t at, std::string message) {
  if (!failure_) failure_.emplace(at, std::move(message));
  return false;
}

namespace {

// Deep enough for any report; shallow enough that hostile nesting cannot use up memory on
// the key sets of open objects.
constexpr int kMaxDepth = 200;
// nlohmann's messages quote what they read; a hostile file must not make them long.
constexpr std::size_t kMaxMessage = 160;

// An iterator over the text that counts the bytes the parser has taken. nlohmann's lexer takes
// one byte at a time and looks one byte past a number, no further, so at each SAX event the
// count is just past the token reported (or one byte more, after a number).
class CountingIterator {
 public:
  using iterator_category = std::input_iterator_tag;
  using value_type = char;
  using difference_type = std::ptrdiff_t;
  using pointer = const char*;
  using reference = const char&;

  CountingIterator(const char* at, std::size_t* taken) : at_(at), taken_(taken) {}
  reference operator*() const { return *at_; }
  CountingIterator& operator++() {
    ++at_;
    ++*taken_;
    return *this;
  }
  CountingIterator operator++(int) {
    CountingIterator before = *this;
    ++*this;
    return before;
  }
  bool operator==(const CountingIterator& other) const { return at_ == other.at_; }

 private:
  const char* at_;
  std::size_t* taken_;
};

// "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while parsing
// object key - unexpected '}'; expected string literal" -> "syntax error while parsing object
// key - unexpected '}'; expected string literal". The position is given as line:col anyway,
// and "last read: '...'" would repeat raw input.
std::string plain_message(std::string_view what) {
  if (what.starts_with("[json.exception.")) {
    if (auto end = what.find("] "); end != std::string_view::npos) what.remove_prefix(end + 2);
  }
  if (what.starts_with("parse error")) {
    if (auto colon = what.find(": "); colon != std::string_view::npos)
      what.remove_prefix(colon + 2);
  }
  what = what.substr(0, what.find("; last read: "));
  std::string out = printable(what);
  if (out.size() > kMaxMessage) {
    std::size_t cut = kMaxMessage;
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) --cut;
    out = out.substr(0, cut) + "...";
  }
  return out;
}

// nlohmann's SAX events, with the byte offset where each token starts, handed on to a
// JsonHandler; duplicate keys and deep nesting are refused here.
class Sax final : public nlohmann::json_sax<nlohmann::json> {
 public:
  Sax(std::string_view text, const std::size_t& taken, JsonHandler& handler)
      : text_(text), taken_(taken), handler_(handler) {}

  bool null() override { return scalar(JsonKind::Null, nullptr); }
  bool boolean(bool v) override { return scalar(JsonKind::Boolean, v); }
  bool number_integer(number_integer_t v) override { return scalar(JsonKind::Number, v); }
  bool number_unsigned(number_unsigned_t v) override { return scalar(JsonKind::Number, v); }
  bool number_float(number_float_t v, const string_t&) override {
    return scalar(JsonKind::Number, v);
  }
  bool string(string_t& v) override { return scalar(JsonKind::String, std::move(v)); }
  bool binary(binary_t&) override { return true; }  // JSON text has no binary values

  bool start_object(std::size_t) override { return open(JsonKind::Object); }
  bool start_array(std::size_t) override { return open(JsonKind::Array); }
  bool end_object() override {
    keys_.pop_back();
    return close(JsonKind::Object);
  }
  bool end_array() override { return close(JsonKind::Array); }

  bool key(string_t& name) override {
    std::size_t at = token_start();
    if (!keys_.back().insert(name).second)
      return fail(at, fmt::format("duplicate key '{}'", printable(name)));
    return handler_.key(name, at);
  }

  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& ex) override {
    // `position` counts the bytes read, the offending one included.
    return fail(position == 0 ? 0 : position - 1, plain_message(ex.what()));
  }

  // Where and why the text is not strict JSON, once it is known.
  std::optional<std::pair<std::size_t, std::string>> failure;

 private:
  // Where the token of the current event starts: after the previous token, past white space
  // and the separators ',' and ':', which have no events of their own.
  std::size_t token_start() {
    std::size_t i = resume_;
    if (i == 0 && text_.starts_with("\xEF\xBB\xBF")) i = 3;
    while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' ||
                                text_[i] == '\r' || text_[i] == ',' || text_[i] == ':'))
      ++i;
    resume_ = taken_;
    return i;
  }

  bool fail(std::size_t at, std::string message) {
    if (!failure) failure.emplace(at, std::move(message));
    return false;
  }

  bool scalar(JsonKind kind, nlohmann::json value) {
    return handler_.value(kind, value, token_start());
  }

  bool open(JsonKind kind) {
    std::size_t at = token_start();
    if (++depth_ > kMaxDepth)
      return fail(at, fmt::format("nesting deeper than {} levels", kMaxDepth));
    if (kind == JsonKind::Object) keys_.emplace_back();
    return handler_.value(kind, nlohmann::json(), at);
  }

  bool close(JsonKind kind) {
    --depth_;
    resume_ = taken_;
    return handler_.end(kind);
  }

  std::string_view text_;
  const std::size_t& taken_;
  JsonHandler& handler_;
  std::size_t resume_ = 0;  // where the previous token ended
  int depth_ = 0;
  std::vector<std::set<std::string, std::less<>>> keys_;  // of each open object
};

}  // namespace

bool read_json(std::string_view text, JsonHandler& handler, JsonError& error) {
  handler.failure_.reset();
  std::size_t taken = 0;
  Sax sax(text, taken, handler);
  CountingIterator first(text.data(), &taken), last(text.data() + text.size(), &taken);
  if (nlohmann::json::sax_parse(first, last, &sax)) return true;
  error.syntax = sax.failure.has_value();
  auto [at, message] = sax.failure        ? std::move(*sax.failure)
                       : handler.failure_ ? std::move(*handler.failure_)
                                          : std::pair<std::size_t, std::string>{taken, "stopped"};
  // 1-based line and byte column of `at`.
  at = std::min(at, text.size());
  std::string_view before = text.substr(0, at);
  std::size_t line_start = before.rfind('\n');
  line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
  error.line = static_cast<std::uint32_t>(std::count(before.begin(), before.end(), '\n') + 1);
  error.column = static_cast<std::uint32_t>(at - line_start + 1);
  error.message = std::move(message);
  return false;
}

}  // namespace chainmap
