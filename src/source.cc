#include "chainmap/source.h"

#include <system_error>

namespace chainmap {

std::uint32_t SourceSet::add(const std::filesystem::path& canonical, std::string display) {
  auto [it, fresh] =
      by_path_.emplace(canonical.string(), static_cast<std::uint32_t>(files_.size()));
  if (fresh) files_.push_back(SourceFile{std::move(display), canonical, {}});
  return it->second;
}

std::optional<std::uint32_t> SourceSet::find(const std::filesystem::path& canonical) const {
  auto it = by_path_.find(canonical.string());
  if (it == by_path_.end()) return std::nullopt;
  return it->second;
}

std::string_view SourceSet::line(std::uint32_t file, std::uint32_t line) const {
  if (file >= files_.size() || line == 0) return {};
  std::string_view text = files_[file].text;
  if (line_starts_.size() < files_.size()) line_starts_.resize(files_.size());
  std::vector<std::size_t>& starts = line_starts_[file];
  if (starts.empty()) {
    starts.push_back(0);
    for (std::size_t nl = text.find('\n'); nl != std::string_view::npos;
         nl = text.find('\n', nl + 1))
      starts.push_back(nl + 1);
  }
  if (line > starts.size()) return {};
  std::size_t start = starts[line - 1];
  std::size_t end = line < starts.size() ? starts[line] - 1 : text.size();
  std::string_view result = text.substr(start, end - start);
  if (!result.empty() && result.back() == '\r') result.remove_suffix(1);
  return result;
}

std::string display_path(const std::filesystem::path& absolute) {
  std::error_code ec;
  auto cwd = std::filesystem::current_path(ec);
  if (ec) return absolute.string();
  auto rel = absolute.lexically_proximate(cwd);
  return rel.empty() ? absolute.string() : rel.string();
}

}  // namespace chainmap
