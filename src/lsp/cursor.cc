#include "lsp/cursor.h"

#include <algorithm>
#include <vector>

namespace chainmap::lsp {
namespace {

bool blank(char c) { return c == ' ' || c == '\t'; }
bool flow_char(char c) { return c == ',' || c == '[' || c == ']' || c == '{' || c == '}'; }

std::size_t skip_blanks(std::string_view s, std::size_t i) {
  while (i < s.size() && blank(s[i])) ++i;
  return i;
}

// The end of a scalar starting at `i` (quoted, or plain up to `: `, ` #` or, in a flow
// collection, a flow indicator), and its text without quotes.
std::size_t scan_scalar(std::string_view s, std::size_t i, bool flow, std::string& text) {
  const std::size_t n = s.size();
  if (s[i] == '"' || s[i] == '\'') {
    const char q = s[i];
    std::size_t j = i + 1;
    text.clear();
    while (j < n) {
      if (q == '\'' && s[j] == '\'' && j + 1 < n && s[j + 1] == '\'') {
        text += '\'';
        j += 2;
        continue;
      }
      if (q == '"' && s[j] == '\\' && j + 1 < n) {
        text += s[j + 1];
        j += 2;
        continue;
      }
      if (s[j] == q) return j + 1;
      text += s[j++];
    }
    return n;  // unclosed: the rest of the line
  }
  std::size_t j = i;
  while (j < n) {
    if (s[j] == ':' && (j + 1 == n || blank(s[j + 1]) || (flow && flow_char(s[j + 1])))) break;
    if (blank(s[j]) && j + 1 < n && s[j + 1] == '#') break;
    if (flow && flow_char(s[j])) break;
    ++j;
  }
  std::size_t end = j;
  while (end > i && blank(s[end - 1])) --end;
  text.assign(s.substr(i, end - i));
  return end;
}

struct Anchor {
  std::size_t column;
  bool item;
  std::string key;    // !item
  std::string value;  // !item: the one-line scalar after `key:`, if any
};

// The block structure a line starts: `- ` item markers, then a `key:` when there is one.
std::vector<Anchor> anchors(std::string_view s) {
  std::vector<Anchor> out;
  std::size_t i = skip_blanks(s, 0);
  while (i < s.size() && s[i] == '-' && (i + 1 == s.size() || blank(s[i + 1]))) {
    out.push_back(Anchor{i, true, {}, {}});
    i = skip_blanks(s, i + 1);
  }
  if (i >= s.size() || s[i] == '#' || s[i] == '{' || s[i] == '[') return out;
  std::string key;
  const std::size_t end = scan_scalar(s, i, false, key);
  const std::size_t colon = skip_blanks(s, end);
  if (colon < s.size() && s[colon] == ':' && (colon + 1 == s.size() || blank(s[colon + 1]))) {
    std::string value;
    std::size_t v = skip_blanks(s, colon + 1);
    if (v < s.size() && s[v] != '#' && s[v] != '{' && s[v] != '[' && s[v] != '|' && s[v] != '>')
      scan_scalar(s, v, false, value);
    out.push_back(Anchor{i, false, std::move(key), std::move(value)});
  }
  return out;
}

bool empty_line(std::string_view s) {
  const std::size_t i = skip_blanks(s, 0);
  return i == s.size() || s[i] == '#';
}

// The block ancestors of a node whose line places it at `column`, outermost first.
YamlPath block_parents(const Lines& lines, std::size_t line, std::size_t column) {
  YamlPath reversed;
  std::size_t limit = column;
  for (std::size_t l = line; l-- > 0 && limit > 0;) {
    const std::string_view s = lines.line(l);
    if (empty_line(s)) continue;
    const std::vector<Anchor> a = anchors(s);
    for (auto it = a.rbegin(); it != a.rend(); ++it) {
      if (it->column >= limit) continue;
      reversed.push_back(it->item ? PathStep{true, {}} : PathStep{false, it->key});
      limit = it->column;
    }
  }
  return YamlPath(reversed.rbegin(), reversed.rend());
}

// Keys of the block mapping whose keys sit at `column`, around `line`.
std::map<std::string, std::string> block_siblings(const Lines& lines, std::size_t line,
                                                  std::size_t column) {
  std::map<std::string, std::string> out;
  const auto take = [&](const std::vector<Anchor>& a) {
    for (const Anchor& x : a)
      if (!x.item && x.column == column) out.emplace(x.key, x.value);
  };
  const std::string_view here = lines.line(line);
  take(anchors(here));
  // Upwards to the line that opens the mapping (an item marker before its first key), unless
  // this line opens it.
  const bool opens = !empty_line(here) && skip_blanks(here, 0) < column;
  for (std::size_t l = opens ? 0 : line; l-- > 0;) {
    const std::string_view s = lines.line(l);
    if (empty_line(s)) continue;
    const std::vector<Anchor> a = anchors(s);
    const std::size_t first = skip_blanks(s, 0);
    take(a);
    if (first < column) break;
  }
  for (std::size_t l = line + 1; l < lines.count(); ++l) {
    const std::string_view s = lines.line(l);
    if (empty_line(s)) continue;
    if (skip_blanks(s, 0) < column) break;
    take(anchors(s));
  }
  return out;
}

enum class FrameType { BlockItem, BlockMap, FlowSeq, FlowMap };
struct Frame {
  FrameType type;
  std::string key;
  bool value = false;  // maps: after the key's colon
  std::size_t key_column = 0;
  int id = -1;  // flow mappings: where their entries are collected
};

YamlPath frames_path(const std::vector<Frame>& frames) {
  YamlPath out;
  for (const Frame& f : frames) {
    if (f.type == FrameType::BlockItem || f.type == FrameType::FlowSeq)
      out.push_back(PathStep{true, {}});
    else if (f.value)
      out.push_back(PathStep{false, f.key});
  }
  return out;
}

Slot slot_of(const std::vector<Frame>& frames) {
  if (frames.empty()) return Slot::Either;
  const Frame& top = frames.back();
  switch (top.type) {
    case FrameType::BlockItem:
      return Slot::Either;
    case FrameType::FlowSeq:
      return Slot::Value;
    case FrameType::BlockMap:
    case FrameType::FlowMap:
      return top.value ? Slot::Value : Slot::Key;
  }
  return Slot::Either;
}

bool in_flow(const std::vector<Frame>& frames) {
  return !frames.empty() &&
         (frames.back().type == FrameType::FlowSeq || frames.back().type == FrameType::FlowMap);
}

// One line, scanned up to and around `column`.
struct LineScan {
  std::vector<Frame> frames;  // at the cursor
  std::size_t anchor = 0;     // column of the line's first block node (item marker or content)
  std::size_t content = 0;    // column after the item markers
  bool in_token = false;      // the cursor touches a scalar
  std::size_t token_begin = 0, token_end = 0;
  bool token_is_key = false;
  std::vector<Frame> token_frames;  // the frames the token was read in
  bool after_colon = false;
  // Entries (key -> one-line scalar value) of each flow mapping on the line, by Frame::id.
  std::map<int, std::map<std::string, std::string>> flow_entries;
};

// `{` and `[` open a flow collection; in one, `}` and `]` close it and `,` moves to its next
// entry. False for any other character.
bool flow_punctuation(char c, bool flow, std::vector<Frame>& frames, LineScan& out) {
  if (c == '{' || c == '[') {
    frames.push_back(Frame{c == '{' ? FrameType::FlowMap : FrameType::FlowSeq,
                           {},
                           false,
                           0,
                           static_cast<int>(out.flow_entries.size())});
    if (c == '{') out.flow_entries[frames.back().id];
    return true;
  }
  if (flow && (c == '}' || c == ']')) {
    frames.pop_back();
    return true;
  }
  if (flow && c == ',') {
    if (frames.back().type == FrameType::FlowMap) {
      frames.back().value = false;
      frames.back().key.clear();
    }
    return true;
  }
  return false;
}

// A scalar read at `column`: a key names its flow mapping's entry or opens a block mapping; a
// value in a flow mapping is that entry's.
void record_scalar(const std::string& text, bool key, std::size_t column,
                   std::vector<Frame>& frames, LineScan& out) {
  if (key) {
    if (!frames.empty() && frames.back().type == FrameType::FlowMap) {
      frames.back().key = text;
      frames.back().value = true;
      frames.back().key_column = column;
      out.flow_entries[frames.back().id][text];
    } else {
      frames.push_back(Frame{FrameType::BlockMap, text, true, column});
    }
  } else if (!frames.empty() && frames.back().type == FrameType::FlowMap && frames.back().value) {
    out.flow_entries[frames.back().id][frames.back().key] = text;
  }
}

LineScan scan_line(std::string_view s, std::size_t column) {
  LineScan out;
  std::vector<Frame> frames;
  std::size_t i = skip_blanks(s, 0);
  out.anchor = std::min(i, column);
  bool snapped = false;
  const auto snap = [&] {
    if (snapped) return;
    snapped = true;
    out.frames = frames;
    out.after_colon = column > 0 && column <= s.size() && s[column - 1] == ':';
  };
  out.content = i;
  if (column < i) {  // in the indentation
    snap();
    return out;
  }
  while (i < s.size() && s[i] == '-' && (i + 1 == s.size() || blank(s[i + 1]))) {
    frames.push_back(Frame{FrameType::BlockItem, {}, false, 0});
    i = skip_blanks(s, i + 1);
  }
  out.content = i;
  while (i < s.size()) {
    if (i >= column) snap();
    const char c = s[i];
    const bool flow = in_flow(frames);
    if (blank(c)) {
      ++i;
      continue;
    }
    if (c == '#' && (i == 0 || blank(s[i - 1]))) break;
    if (flow_punctuation(c, flow, frames, out)) {
      ++i;
      continue;
    }
    if (!flow && (c == '|' || c == '>')) break;  // a block scalar follows on the next lines
    if (c == '&' || c == '!' || c == '*') {      // anchors, tags, aliases: not content
      while (i < s.size() && !blank(s[i])) ++i;
      continue;
    }
    std::string text;
    const std::size_t end = scan_scalar(s, i, flow, text);
    const std::size_t after = skip_blanks(s, end);
    const bool key =
        after < s.size() && s[after] == ':' &&
        (after + 1 == s.size() || blank(s[after + 1]) || (flow && flow_char(s[after + 1])));
    if (!out.in_token && i <= column && column <= end) {
      out.in_token = true;
      out.token_begin = i;
      out.token_end = end;
      out.token_is_key = key;
      out.token_frames = frames;
      snap();
    }
    record_scalar(text, key, i, frames, out);
    i = key ? after + 1 : std::max(end, i + 1);
  }
  snap();
  return out;
}

}  // namespace

Cursor cursor_at(const Lines& lines, std::size_t line, std::size_t column) {
  const std::string_view s = lines.line(line);
  column = std::min(column, s.size());
  const LineScan scan = scan_line(s, column);
  Cursor out;
  out.path = block_parents(lines, line, scan.anchor);
  std::vector<Frame> frames = scan.in_token ? scan.token_frames : scan.frames;
  Slot slot = slot_of(frames);
  if (scan.in_token && scan.token_is_key) slot = Slot::Key;
  // A word typed into a flow mapping before its colon is a key.
  if (scan.in_token && !frames.empty() && frames.back().type == FrameType::FlowMap &&
      !frames.back().value)
    slot = Slot::Key;
  const YamlPath inner = frames_path(frames);
  out.path.insert(out.path.end(), inner.begin(), inner.end());
  out.slot = slot;
  out.after_colon = !scan.in_token && scan.after_colon;
  if (scan.in_token) {
    out.word_begin = scan.token_begin;
    out.word_end = scan.token_end;
    // A quoted word: complete inside its quotes.
    if (out.word_begin < s.size() && (s[out.word_begin] == '"' || s[out.word_begin] == '\'')) {
      ++out.word_begin;
      if (out.word_end > out.word_begin && s[out.word_end - 1] == s[out.word_begin - 1])
        --out.word_end;
    }
    out.word_begin = std::min(out.word_begin, column);
    out.word_end = std::max(out.word_end, column);
  } else {
    out.word_begin = out.word_end = column;
  }
  out.word = std::string(s.substr(out.word_begin, column - out.word_begin));

  // Siblings: the keys of the nearest mapping around the cursor, on this line for a flow
  // mapping, else from the lines of the block mapping.
  for (auto f = frames.rbegin(); f != frames.rend(); ++f) {
    if (f->type == FrameType::FlowMap) {
      out.siblings = scan.flow_entries.at(f->id);
      return out;
    }
    if (f->type == FrameType::BlockMap) {
      out.siblings = block_siblings(lines, line, f->key_column);
      return out;
    }
  }
  const std::size_t map_column =
      !frames.empty() && frames.back().type == FrameType::BlockItem ? scan.content : scan.anchor;
  out.siblings = block_siblings(lines, line, map_column);
  return out;
}

std::optional<KeyAt> key_at(const Lines& lines, std::size_t line, std::size_t column) {
  const std::string_view s = lines.line(line);
  if (column > s.size()) return std::nullopt;
  const LineScan scan = scan_line(s, column);
  if (!scan.in_token || !scan.token_is_key) return std::nullopt;
  KeyAt out;
  out.path = block_parents(lines, line, scan.anchor);
  const YamlPath inner = frames_path(scan.token_frames);
  out.path.insert(out.path.end(), inner.begin(), inner.end());
  std::string text;
  scan_scalar(s, scan.token_begin, in_flow(scan.token_frames), text);
  out.path.push_back(PathStep{false, text});
  out.begin = scan.token_begin;
  out.end = scan.token_end;
  return out;
}

}  // namespace chainmap::lsp
