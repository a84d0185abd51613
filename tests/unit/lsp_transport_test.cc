#include <doctest/doctest.h>

#include "lsp/transport.h"

using namespace chainmap::lsp;

namespace {

std::string framed(const std::string& body) {
  return "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

}  // namespace

TEST_CASE("lsp transport: messages, in chunks of any size") {
  for (std::size_t chunk : {1u, 7u, 4096u}) {
    StringInput in(framed(R"({"id":1})") + "\r\n" + framed(R"({"id":2})"), chunk);
    MessageReader reader(in);
    Incoming a = reader.next(), b = reader.next(), end = reader.next();
    REQUIRE(a.kind == Incoming::Kind::Message);
    CHECK(a.message["id"] == 1);
    CHECK(b.message["id"] == 2);
    CHECK(end.kind == Incoming::Kind::End);
  }
}

TEST_CASE("lsp transport: a Content-Length too short or too long loses at most one message") {
  const std::string one = R"({"id":1})", two = R"({"id":2})";
  {
    StringInput in("Content-Length: 5\r\n\r\n" + one + framed(two));
    MessageReader reader(in);
    CHECK(reader.next().kind == Incoming::Kind::Invalid);  // `{"id"` is not JSON
    CHECK(reader.next().kind == Incoming::Kind::Invalid);  // `:1}` before the next header
    Incoming m = reader.next();
    REQUIRE(m.kind == Incoming::Kind::Message);
    CHECK(m.message["id"] == 2);
  }
  {
    StringInput in("Content-Length: 30\r\n\r\n" + one + framed(two));
    MessageReader reader(in);
    Incoming a = reader.next(), b = reader.next();
    REQUIRE(a.kind == Incoming::Kind::Message);
    CHECK(a.message["id"] == 1);
    CHECK_FALSE(a.note.empty());
    REQUIRE(b.kind == Incoming::Kind::Message);
    CHECK(b.message["id"] == 2);
  }
}

TEST_CASE("lsp transport: headers without a usable length, junk, oversized and cut-off bodies") {
  {
    StringInput in(
        "Content-Type: x\r\n\r\n"
        R"({"id":1})" +
        framed(R"({"id":2})"));
    MessageReader reader(in);
    CHECK(reader.next().kind == Incoming::Kind::Invalid);  // no length
    Incoming junk = reader.next();
    CHECK(junk.kind == Incoming::Kind::Invalid);
    CHECK(junk.raw == R"({"id":1})");  // kept, so the request can be answered
    CHECK(reader.next().message["id"] == 2);
  }
  {
    StringInput in("Content-Length: 100\r\n\r\n0123456789" + framed("{}"));
    MessageReader reader(in, 50);
    Incoming big = reader.next();
    CHECK(big.kind == Incoming::Kind::Invalid);
    CHECK(big.error.find("larger than the limit") != std::string::npos);
  }
  {
    StringInput in("Content-Length: 10\r\n\r\n{\"id\"");
    MessageReader reader(in);
    Incoming cut = reader.next();
    CHECK(cut.kind == Incoming::Kind::Invalid);
    CHECK(reader.next().kind == Incoming::Kind::End);
  }
}

TEST_CASE("lsp transport: framing writes invalid UTF-8 as replacement characters") {
  json message = {{"message", std::string("a\xFF")}};
  const std::string out = frame(message);
  CHECK(out.starts_with("Content-Length: "));
  CHECK(out.find("\xEF\xBF\xBD") != std::string::npos);
}
