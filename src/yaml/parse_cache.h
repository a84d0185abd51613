#pragma once
// Parse results by file content, kept across successive loads of one model: the language
// server checks a model after every edit, and only the edited file's text is new, so only it
// is parsed again (a copy of a cached tree costs about 1 % of parsing it). Thread-safe: the
// loader parses files on several threads.
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "yaml/parse.h"

namespace chainmap::yaml {

class ParseCache {
 public:
  // As parse(text, file, limits); from the cache when this text was parsed before with the
  // same file index and limits.
  ParseResult parse(std::string_view text, std::uint32_t file, const Limits& limits);
  // Forgets the results no parse() asked for since the previous sweep (call after each load).
  void sweep();
  std::size_t size() const;

 private:
  struct Entry {
    std::string text;
    std::uint32_t file;
    Limits limits;
    ParseResult result;
    bool used = true;
  };
  mutable std::mutex mutex_;
  std::unordered_multimap<std::size_t, Entry> entries_;  // by hash of the text
};

}  // namespace chainmap::yaml
