#include "chainmap/source.h"

#include <system_error>

namespace chainmap {

std::uint32_t SourceSet::add(const std::filesystem::path& canonical, std::string display) {
  if (auto found = find(canonical)) return *found;
  files_.push_back(SourceFile{std::move(display), canonical, {}});
  return static_cast<std::uint32_t>(files_.size() - 1);
}

std::optional<std::uint32_t> SourceSet::find(const std::filesystem::path& canonical) const {
  for (std::size_t i = 0; i < files_.size(); ++i)
    if (files_[i].canonical == canonical) return static_cast<std::uint32_t>(i);
  return std::nullopt;
}

std::string_view SourceSet::line(std::uint32_t file, std::uint32_t line) const {
  if (file >= files_.size() || line == 0) return {};
  std::string_view text = files_[file].text;
  std::size_t start = 0;
  for (std::uint32_t n = 1; n < line; ++n) {
    std::size_t nl = text.find('\n', start);
    if (nl == std::string_view::npos) return {};
    start = nl + 1;
  }
  std::size_t end = text.find('\n', start);
  std::string_view result = text.substr(start, end == std::string_view::npos ? text.npos : end - start);
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
