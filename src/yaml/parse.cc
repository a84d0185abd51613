#include "yaml/parse.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

#include <fmt/format.h>

#include <sstream>
#include <unordered_set>
#include <utility>

#include "yaml/utf8.h"

namespace chainmap::yaml {
namespace {

// Thrown from inside the event handler to stop yaml-cpp at a breached limit.
struct Stop {
  YAML::Mark mark;
  std::string message;
};

Loc to_loc(std::uint32_t file, const YAML::Mark& mark) {
  if (mark.is_null() || mark.line < 0) return Loc{file, 1, 1, 0};
  return Loc{file, static_cast<std::uint32_t>(mark.line) + 1,
             static_cast<std::uint32_t>(mark.column) + 1, 0};
}

std::size_t count_nodes(const Node& node) {
  std::size_t n = 1;
  for (const auto& item : node.items) n += count_nodes(item);
  return n;
}

// YAML 1.1 merge keys (`<<: *base`, `<<: [*a, *b]`): entries of the merged mappings that the
// mapping does not set itself; earlier sources win, as in the YAML merge-key spec.
void apply_merge_keys(Node& map) {
  bool has_merge = false;
  for (std::size_t i = 0; i < map.entries(); ++i)
    if (map.key(i).is_scalar() && !map.key(i).quoted && map.key(i).text == "<<") has_merge = true;
  if (!has_merge) return;

  std::vector<Node> explicit_items, sources;
  std::unordered_set<std::string> seen;
  for (std::size_t i = 0; i < map.entries(); ++i) {
    Node& key = map.items[2 * i];
    Node& value = map.items[2 * i + 1];
    if (key.is_scalar() && !key.quoted && key.text == "<<") {
      if (value.is_sequence()) {
        for (auto& item : value.items) sources.push_back(std::move(item));
      } else {
        sources.push_back(std::move(value));
      }
      continue;
    }
    if (key.is_scalar()) seen.insert(key.text);
    explicit_items.push_back(std::move(key));
    explicit_items.push_back(std::move(value));
  }
  for (auto& source : sources) {
    if (!source.is_mapping()) {
      // Not mergeable: keep it under its key so the loader reports an unknown key.
      continue;
    }
    for (std::size_t i = 0; i < source.entries(); ++i) {
      Node& key = source.items[2 * i];
      if (key.is_scalar() && !seen.insert(key.text).second) continue;
      explicit_items.push_back(std::move(key));
      explicit_items.push_back(std::move(source.items[2 * i + 1]));
    }
  }
  map.items = std::move(explicit_items);
}

class Builder : public YAML::EventHandler {
 public:
  Builder(std::uint32_t file, const Limits& limits, std::string_view text)
      : file_(file), limits_(limits), text_(text) {}

  Node take() { return std::move(root_); }

  void OnDocumentStart(const YAML::Mark&) override {}
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    Node node;
    node.loc = to_loc(file_, mark);
    finish(std::move(node), anchor);
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t anchor) override {
    if (anchor >= anchors_.size() || !anchors_[anchor].second)
      throw Stop{mark, "alias to an anchor that is not defined yet"};
    const auto& [node, size] = anchors_[anchor];
    alias_nodes_ += size;
    if (alias_nodes_ > limits_.max_alias_nodes)
      throw Stop{mark, fmt::format("aliases expand to more than {} values (an alias bomb?)",
                                   limits_.max_alias_nodes)};
    finish(Node(node), 0);
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t anchor,
                const std::string& value) override {
    if (value.size() > limits_.max_scalar_bytes)
      throw Stop{mark, fmt::format("a value longer than {} bytes", limits_.max_scalar_bytes)};
    if (tag != "?") check_closed(mark);
    Node node;
    node.kind = Kind::Scalar;
    node.quoted = tag != "?";
    node.loc = to_loc(file_, mark);
    if (value.find('\n') == std::string::npos)
      node.loc.length = static_cast<std::uint32_t>(value.size() + (node.quoted ? 2 : 0));
    node.text = value;
    finish(std::move(node), anchor);
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                       YAML::EmitterStyle::value) override {
    open(Kind::Sequence, mark, anchor);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t anchor,
                  YAML::EmitterStyle::value) override {
    open(Kind::Mapping, mark, anchor);
  }
  void OnMapEnd() override { close(); }

 private:
  // yaml-cpp accepts a quoted value whose closing quote never comes: the rest of the file
  // becomes the value and the file "parses". Scan from the opening quote for its close.
  void check_closed(const YAML::Mark& mark) const {
    const auto pos = static_cast<std::size_t>(mark.pos);
    if (mark.pos < 0 || pos >= text_.size() || (text_[pos] != '"' && text_[pos] != '\'')) return;
    const char quote = text_[pos];
    for (std::size_t i = pos + 1; i < text_.size(); ++i) {
      if (quote == '"' && text_[i] == '\\') {
        ++i;  // an escape: the next character is part of the value
      } else if (text_[i] == quote) {
        if (quote == '\'' && i + 1 < text_.size() && text_[i + 1] == '\'') {
          ++i;  // '' inside single quotes is a quote
        } else {
          return;
        }
      }
    }
    throw Stop{mark,
               fmt::format("this {}-quoted value is never closed: add the closing {} (the rest of "
                           "the file would otherwise become part of the value)",
                           quote == '"' ? "double" : "single", quote)};
  }

  // An open mapping or list; its items so far are pending_[first, end).
  struct Frame {
    Node node;
    YAML::anchor_t anchor;
    std::size_t first;
  };

  void open(Kind kind, const YAML::Mark& mark, YAML::anchor_t anchor) {
    if (stack_.size() >= limits_.max_depth)
      throw Stop{mark, fmt::format("values nested deeper than {} levels", limits_.max_depth)};
    Node node;
    node.kind = kind;
    node.loc = to_loc(file_, mark);
    stack_.push_back(Frame{std::move(node), anchor, pending_.size()});
  }

  // Closes the innermost container. Items wait in one shared buffer until then, so each
  // container allocates its items once, at their final size (no regrowth per item).
  std::pair<Node, YAML::anchor_t> pop() {
    Frame frame = std::move(stack_.back());
    stack_.pop_back();
    auto first = pending_.begin() + static_cast<std::ptrdiff_t>(frame.first);
    frame.node.items.assign(std::make_move_iterator(first),
                            std::make_move_iterator(pending_.end()));
    pending_.erase(first, pending_.end());
    return {std::move(frame.node), frame.anchor};
  }

  // Closes the innermost container and adds it to its parent. For a mapping, an empty value
  // (`key:`), which yaml-cpp reports at the next token, points at its key, and merge keys are
  // applied.
  void close() {
    auto [node, anchor] = pop();
    if (node.is_mapping()) {
      for (std::size_t i = 0; i < node.entries(); ++i) {
        Node& value = node.items[2 * i + 1];
        if (value.is_null() && value.loc.line > node.items[2 * i].loc.line)
          value.loc = node.items[2 * i].loc;
      }
      apply_merge_keys(node);
    }
    finish(std::move(node), anchor);
  }

  void finish(Node node, YAML::anchor_t anchor) {
    if (anchor != 0) {
      if (anchors_.size() <= anchor) anchors_.resize(anchor + 1);
      anchors_[anchor] = {node, count_nodes(node)};
    }
    if (stack_.empty()) {
      root_ = std::move(node);
    } else {
      pending_.push_back(std::move(node));
    }
  }

  std::uint32_t file_;
  const Limits& limits_;
  std::string_view text_;
  std::vector<Frame> stack_;
  std::vector<Node> pending_;
  std::vector<std::pair<Node, std::size_t>> anchors_;  // by anchor id: node, node count
  std::size_t alias_nodes_ = 0;
  Node root_;
};

// Stops the parser when a second document starts.
class SecondDocument : public YAML::EventHandler {
 public:
  void OnDocumentStart(const YAML::Mark& mark) override {
    throw Stop{mark,
               "more than one YAML document in one file (a second '---'); "
               "put each part of the model in its own file and include it"};
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override {}
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {}
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {}
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {}
  void OnMapEnd() override {}
};

Loc loc_of_offset(std::uint32_t file, std::string_view text, std::size_t offset) {
  std::uint32_t line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (text[i] == '\n') {
      ++line;
      line_start = i + 1;
    }
  }
  return Loc{file, line, static_cast<std::uint32_t>(offset - line_start + 1), 1};
}

// yaml-cpp's messages are terse; say what the user can do about the common ones.
std::string explain_parser_error(std::string_view text, const YAML::Mark& mark,
                                 const std::string& msg) {
  std::string message = fmt::format("invalid YAML: {}", msg);
  if (mark.line >= 0) {
    std::size_t start = 0;
    for (int l = 0; l < mark.line && start != std::string_view::npos; ++l) {
      start = text.find('\n', start);
      if (start != std::string_view::npos) ++start;
    }
    if (start != std::string_view::npos) {
      std::string_view line = text.substr(start, text.find('\n', start) - start);
      std::size_t indent_end = line.find_first_not_of(" \t");
      if (line.substr(0, indent_end).find('\t') != std::string_view::npos)
        message += " (tabs cannot indent YAML; use spaces)";
    }
  }
  return message;
}

}  // namespace

ParseResult parse(std::string_view text, std::uint32_t file, const Limits& limits) {
  ParseResult result;
  result.root.loc = Loc{file, 1, 1, 0};

  if (std::size_t bad = find_invalid_utf8(text); bad != std::string_view::npos) {
    std::string message;
    auto byte = static_cast<unsigned char>(text[bad]);
    if (bad == 0 && text.size() >= 2 &&
        ((byte == 0xFF && static_cast<unsigned char>(text[1]) == 0xFE) ||
         (byte == 0xFE && static_cast<unsigned char>(text[1]) == 0xFF)))
      message = "the file is UTF-16 text; save it as UTF-8";
    else if (byte == 0)
      message = "the file contains a NUL byte; is it a binary file?";
    else
      message = fmt::format("the file is not valid UTF-8 (byte 0x{:02X}); save it as UTF-8", byte);
    result.error = Error{loc_of_offset(file, text, bad), std::move(message)};
    return result;
  }

  // yaml-cpp reads from a stream; the string is already in memory, so wrap it without a copy.
  struct ViewBuf : std::streambuf {
    explicit ViewBuf(std::string_view s) {
      char* p = const_cast<char*>(s.data());
      setg(p, p, p + s.size());
    }
  } buffer(text);
  std::istream in(&buffer);

  try {
    YAML::Parser parser(in);
    Builder builder(file, limits, text);
    if (parser.HandleNextDocument(builder)) {
      result.root = builder.take();
      SecondDocument second;
      parser.HandleNextDocument(second);
    }
  } catch (const Stop& stop) {
    result.error = Error{to_loc(file, stop.mark), stop.message};
  } catch (const YAML::Exception& e) {
    result.error = Error{to_loc(file, e.mark), explain_parser_error(text, e.mark, e.msg)};
  } catch (const std::exception& e) {
    result.error = Error{Loc{file, 1, 1, 0}, fmt::format("cannot parse: {}", e.what())};
  }
  if (result.error) result.root = Node{Kind::Null, false, Loc{file, 1, 1, 0}, {}, {}};
  return result;
}

}  // namespace chainmap::yaml
