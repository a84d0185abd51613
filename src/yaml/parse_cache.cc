#include "yaml/parse_cache.h"

#include <functional>

namespace chainmap::yaml {
namespace {

bool same(const Limits& a, const Limits& b) {
  return a.max_file_bytes == b.max_file_bytes && a.max_scalar_bytes == b.max_scalar_bytes &&
         a.max_depth == b.max_depth && a.max_alias_nodes == b.max_alias_nodes &&
         a.max_files == b.max_files;
}

}  // namespace

ParseResult ParseCache::parse(std::string_view text, std::uint32_t file, const Limits& limits) {
  const std::size_t hash = std::hash<std::string_view>{}(text);
  {
    std::lock_guard lock(mutex_);
    auto [first, last] = entries_.equal_range(hash);
    for (auto it = first; it != last; ++it) {
      Entry& e = it->second;
      if (e.file == file && e.text == text && same(e.limits, limits)) {
        e.used = true;
        return e.result;
      }
    }
  }
  // Parsed outside the lock: other files parse meanwhile.
  ParseResult result = yaml::parse(text, file, limits);
  std::lock_guard lock(mutex_);
  entries_.emplace(hash, Entry{std::string(text), file, limits, result, true});
  return result;
}

void ParseCache::sweep() {
  std::lock_guard lock(mutex_);
  for (auto it = entries_.begin(); it != entries_.end();) {
    if (!it->second.used) {
      it = entries_.erase(it);
    } else {
      it->second.used = false;
      ++it;
    }
  }
}

std::size_t ParseCache::size() const {
  std::lock_guard lock(mutex_);
  return entries_.size();
}

}  // namespace chainmap::yaml
