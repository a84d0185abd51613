#pragma once
// LSP base protocol: messages framed by a `Content-Length` header, bodies of JSON.
// The reader never throws and never gives up on the stream: a broken header, a wrong
// Content-Length or a body that is not JSON becomes one Incoming of kind Invalid, and reading
// resumes at the next header.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "chainmap/lsp.h"

namespace chainmap::lsp {

using json = nlohmann::json;

struct Incoming {
  enum class Kind { Message, Invalid, End };
  Kind kind = Kind::End;
  json message;       // Message: the parsed body
  std::string error;  // Invalid: what was wrong, for the log
  // Invalid: the unreadable bytes, when they may still name a request id worth answering.
  std::string raw;
  // Message: recovered from a framing error (e.g. a Content-Length longer than the body);
  // the message is good, but the log should say what was wrong.
  std::string note;
};

class MessageReader {
 public:
  explicit MessageReader(Input& in, std::size_t max_body = std::size_t{256} << 20)
      : in_(in), max_body_(max_body) {}
  Incoming next();

 private:
  bool fill();  // reads more input; false at its end
  std::size_t available() const { return buf_.size() - pos_; }
  void compact();
  Incoming skip_junk(std::size_t until, std::string error);
  struct Header {
    std::optional<std::size_t> length;
    bool bad_length = false, junk = false;  // a Content-Length not a number; not a header at all
  };
  static Header read_header(std::string_view headers);
  static Incoming invalid(std::string error);
  Incoming read_body(std::size_t length);

  Input& in_;
  std::size_t max_body_;
  std::string buf_;
  std::size_t pos_ = 0;
  bool end_ = false;
};

// `Content-Length: N\r\n\r\n` + body. Invalid UTF-8 in strings is replaced, never thrown.
std::string frame(const json& message);
std::string dump(const json& value);

// In-memory ends, for tests and the fuzzer.
class StringInput : public Input {
 public:
  explicit StringInput(std::string data, std::size_t chunk = 4096)
      : data_(std::move(data)), chunk_(chunk) {}
  std::size_t read(char* data, std::size_t size) override;

 private:
  std::string data_;
  std::size_t pos_ = 0, chunk_;
};

class StringOutput : public Output {
 public:
  bool write(std::string_view bytes) override {
    text += bytes;
    return true;
  }
  std::string text;
};

}  // namespace chainmap::lsp
