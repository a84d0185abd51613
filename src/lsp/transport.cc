#include "lsp/transport.h"

#include <algorithm>
#include <cctype>
#include <cstring>

#include <fmt/format.h>

namespace chainmap::lsp {
namespace {

constexpr std::size_t kMaxHeader = 64 * 1024;  // a header block longer than this is junk
constexpr std::string_view kLengthHeader = "content-length:";

// Position of `needle` (lowercase) in `hay`, ignoring case, from `from`; npos when absent.
std::size_t find_nocase(std::string_view hay, std::string_view needle, std::size_t from = 0) {
  if (needle.size() > hay.size()) return std::string_view::npos;
  for (std::size_t i = from; i + needle.size() <= hay.size(); ++i) {
    std::size_t k = 0;
    while (k < needle.size() && std::tolower(static_cast<unsigned char>(hay[i + k])) == needle[k])
      ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

bool header_name(std::string_view name) {
  return !name.empty() && std::all_of(name.begin(), name.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-';
  });
}

std::string_view trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
    s.remove_suffix(1);
  return s;
}

// The body as JSON, or the parser's message.
bool parse(std::string_view body, json& out, std::string& error) {
  try {
    out = json::parse(body);
    return true;
  } catch (const json::exception& e) {
    error = e.what();
    return false;
  }
}

}  // namespace

bool MessageReader::fill() {
  if (end_) return false;
  compact();
  char chunk[65536];
  const std::size_t n = in_.read(chunk, sizeof chunk);
  if (n == 0) {
    end_ = true;
    return false;
  }
  buf_.append(chunk, n);
  return true;
}

void MessageReader::compact() {
  if (pos_ == 0) return;
  if (pos_ >= buf_.size()) {
    buf_.clear();
    pos_ = 0;
  } else if (pos_ > (1u << 20)) {
    buf_.erase(0, pos_);
    pos_ = 0;
  }
}

Incoming MessageReader::skip_junk(std::size_t until, std::string error) {
  Incoming in;
  in.kind = Incoming::Kind::Invalid;
  in.error = std::move(error);
  in.raw = buf_.substr(pos_, until - pos_);
  pos_ = until;
  return in;
}

Incoming MessageReader::next() {
  for (;;) {
    // Blank lines between messages are harmless.
    while (pos_ < buf_.size() && (buf_[pos_] == '\r' || buf_[pos_] == '\n')) ++pos_;
    if (available() == 0) {
      if (!fill()) return Incoming{};
      continue;
    }
    const std::string_view rest(buf_.data() + pos_, available());
    const std::size_t crlf = rest.find("\r\n\r\n"), lf = rest.find("\n\n");
    std::size_t block = std::min(crlf, lf);
    if (block == std::string_view::npos) {
      if (rest.size() > kMaxHeader) {
        const std::size_t k = find_nocase(rest, kLengthHeader, 1);
        return skip_junk(k == std::string_view::npos ? buf_.size() : pos_ + k,
                         "skipped data that is not a message header");
      }
      if (!fill()) return skip_junk(buf_.size(), "the input ended inside a message header");
      continue;
    }
    const std::size_t body_start = block + (block == crlf ? 4 : 2);
    const Header header = read_header(rest.substr(0, block));
    if (header.junk) {
      // Typically the rest of a body whose Content-Length was too short, run into the next
      // header: resume at that header.
      const std::size_t k = find_nocase(rest, kLengthHeader, 1);
      return skip_junk(k == std::string_view::npos ? pos_ + body_start : pos_ + k,
                       "skipped data that is not a message header");
    }
    pos_ += body_start;
    if (header.bad_length || !header.length)
      return invalid(header.bad_length ? "a message header with an invalid Content-Length"
                                       : "a message header without Content-Length");
    return read_body(*header.length);
  }
}

// Header lines: `Name: value`; only Content-Length matters (Content-Type is optional).
MessageReader::Header MessageReader::read_header(std::string_view headers) {
  Header out;
  while (!headers.empty()) {
    const std::size_t nl = headers.find('\n');
    std::string_view line = trim(headers.substr(0, nl));
    headers = nl == std::string_view::npos ? std::string_view{} : headers.substr(nl + 1);
    const std::size_t colon = line.find(':');
    if (colon == std::string_view::npos || !header_name(line.substr(0, colon))) {
      out.junk = true;
      break;
    }
    if (find_nocase(line.substr(0, colon + 1), kLengthHeader) != 0) continue;
    const std::string_view value = trim(line.substr(colon + 1));
    if (value.empty() || value.size() > 15 ||
        !std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; })) {
      out.bad_length = true;
    } else {
      out.length = std::stoull(std::string(value));
    }
  }
  return out;
}

Incoming MessageReader::invalid(std::string error) {
  Incoming in;
  in.kind = Incoming::Kind::Invalid;
  in.error = std::move(error);
  return in;
}

// The body of `length` bytes from pos_, parsed as JSON.
Incoming MessageReader::read_body(std::size_t length) {
  if (length > max_body_) {
    // Read past it: the stream stays in step with the client.
    std::size_t left = length;
    while (left > 0) {
      const std::size_t take = std::min(left, available());
      pos_ += take;
      left -= take;
      if (left > 0 && !fill()) break;
    }
    return invalid(fmt::format("a message of {} bytes is larger than the limit of {} bytes", length,
                               max_body_));
  }
  while (available() < length)
    if (!fill()) break;
  const std::size_t take = std::min<std::size_t>(length, available());
  std::string body = buf_.substr(pos_, take);
  pos_ += take;

  Incoming in;
  std::string error;
  if (parse(body, in.message, error)) {
    in.kind = Incoming::Kind::Message;
    return in;
  }
  // A Content-Length longer than the body swallows the start of the next message: give
  // that back to the stream and read the body up to it.
  if (const std::size_t k = find_nocase(body, kLengthHeader, 1); k != std::string::npos) {
    buf_ = body.substr(k) + buf_.substr(pos_);
    pos_ = 0;
    body.resize(k);
    if (parse(body, in.message, error)) {
      in.kind = Incoming::Kind::Message;
      in.note = fmt::format(
          "Content-Length {} is longer than the message ({} bytes); read it up to "
          "the next header",
          length, body.size());
      return in;
    }
  }
  in.kind = Incoming::Kind::Invalid;
  in.error = take < length
                 ? fmt::format("the input ended {} bytes into a message of {} bytes", take, length)
                 : fmt::format("the message is not JSON: {}", error);
  in.raw = std::move(body);
  return in;
}

std::string dump(const json& value) {
  return value.dump(-1, ' ', false, json::error_handler_t::replace);
}

std::string frame(const json& message) {
  const std::string body = dump(message);
  return fmt::format("Content-Length: {}\r\n\r\n{}", body.size(), body);
}

std::size_t StringInput::read(char* data, std::size_t size) {
  const std::size_t n = std::min({size, chunk_, data_.size() - pos_});
  std::memcpy(data, data_.data() + pos_, n);
  pos_ += n;
  return n;
}

}  // namespace chainmap::lsp
