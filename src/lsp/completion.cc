// textDocument/completion: the keys that fit at the cursor and every enum value (from the
// JSON Schema), and the ids a reference may name (from the model's index). Which ids fit
// where is the table kValueRules below: a new kind of reference is one row.
#include <algorithm>
#include <optional>
#include <set>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "lsp/cursor.h"
#include "lsp/features.h"
#include "lsp/protocol.h"
#include "lsp/schema_nav.h"

namespace chainmap::lsp {
namespace fs = std::filesystem;

namespace {

// What a reference at a place in the file may name.
enum class Source {
  Symbols,         // every id of one Kind (ValueRule::kind)
  Owner,           // customer, departments, dept.role, partners
  Party,           // departments, dept.role, partners (an owner that cannot be the customer)
  StepLink,        // steps of this journey, `journey/step` of the others (all as `journey/step`
                   // outside a journey)
  StepSla,         // SLAs of the partner that owns the step
  DeptRole,        // roles of the department the cursor is in
  JourneyPersona,  // personas the journey the cursor is in lists, not yet keys of the mapping
  Rule,            // rule ids that can be configured or waived
  Target,          // waiver targets
  File,            // YAML files for `include`
};

struct ValueRule {
  std::string_view pattern;  // path: keys, `*` for any key, `[]` for a list item
  Slot slot;                 // Value: completing the value there; Key: a key of the mapping there
  Source source;
  Kind kind = Kind::Information;  // for Source::Symbols
};

constexpr std::string_view kStep = "journeys/*/stages/[]/steps/[]";

// Patterns are written relative to the top of the file; `{step}` stands for kStep.
const ValueRule kValueRules[] = {
    {"{step}/owner", Slot::Value, Source::Owner},
    {"{step}/owner/[]", Slot::Value, Source::Owner},
    {"{step}/responsible/[]", Slot::Value, Source::Owner},
    {"{step}/consulted/[]", Slot::Value, Source::Owner},
    {"{step}/informed/[]", Slot::Value, Source::Owner},
    {"{step}/captures/[]", Slot::Value, Source::Symbols, Kind::Information},
    {"{step}/needs/[]", Slot::Value, Source::Symbols, Kind::Information},
    {"{step}/sla", Slot::Value, Source::StepSla},
    {"{step}/next/[]", Slot::Value, Source::StepLink},
    {"{step}/next/[]/to", Slot::Value, Source::StepLink},
    {"{step}/next/[]/handover/carries/[]", Slot::Value, Source::Symbols, Kind::Information},
    {"{step}/next/[]/handover/confirm", Slot::Value, Source::Owner},
    {"{step}/next/[]/handover/follow-up/by", Slot::Value, Source::Owner},
    {"{step}/touchpoint", Slot::Value, Source::Symbols, Kind::Touchpoint},
    {"{step}/experience", Slot::Key, Source::JourneyPersona},
    {"journeys/*/complaints", Slot::Value, Source::Symbols, Kind::Journey},
    {"journeys/*/personas/[]", Slot::Value, Source::Symbols, Kind::Persona},
    {"departments/*/roles/*/backup", Slot::Value, Source::DeptRole},
    {"departments/*/shifts/*/roles/[]", Slot::Value, Source::DeptRole},
    {"departments/*/shift-handover/carries/[]", Slot::Value, Source::Symbols, Kind::Information},
    {"partners/*/sla/*/monitored-by", Slot::Value, Source::Owner},
    {"touchpoints/*/owner", Slot::Value, Source::Party},
    {"opportunities/*/addresses/[]", Slot::Value, Source::StepLink},
    {"opportunities/*/owner", Slot::Value, Source::Owner},
    {"opportunities/*/kpi", Slot::Value, Source::Symbols, Kind::Kpi},
    {"kpis/*/owner", Slot::Value, Source::Owner},
    {"kpis/*/of", Slot::Value, Source::Owner},
    {"kpis/*/of", Slot::Value, Source::Symbols, Kind::Journey},
    {"waivers/[]/rule", Slot::Value, Source::Rule},
    {"waivers/[]/target", Slot::Value, Source::Target},
    {"lint/rules", Slot::Key, Source::Rule},
    {"include/[]", Slot::Value, Source::File},
};

std::vector<std::string> split_pattern(std::string_view pattern) {
  std::string full(pattern);
  if (const std::size_t at = full.find("{step}"); at != std::string::npos)
    full.replace(at, 6, kStep);
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= full.size()) {
    const std::size_t slash = full.find('/', start);
    out.push_back(
        full.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
  return out;
}

bool matches(const YamlPath& path, std::string_view pattern) {
  const std::vector<std::string> parts = split_pattern(pattern);
  if (parts.size() != path.size()) return false;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i] == "[]") {
      if (!path[i].item) return false;
    } else if (path[i].item || (parts[i] != "*" && parts[i] != path[i].key)) {
      return false;
    }
  }
  return true;
}

// LSP CompletionItemKind numbers.
constexpr int kItemProperty = 10, kItemEnumMember = 20, kItemReference = 18, kItemFile = 17,
              kItemClass = 7, kItemInterface = 8, kItemField = 5, kItemFunction = 3,
              kItemModule = 9, kItemConstant = 21, kItemKeyword = 14, kItemStruct = 22,
              kItemConstructor = 4;

int item_kind(Kind kind) {
  switch (kind) {
    case Kind::Department:
      return kItemClass;
    case Kind::Partner:
      return kItemInterface;
    case Kind::Role:
      return kItemField;
    case Kind::Step:
      return kItemFunction;
    case Kind::Journey:
      return kItemModule;
    case Kind::Information:
      return kItemConstant;
    case Kind::Touchpoint:
      return kItemKeyword;
    case Kind::Persona:
      return kItemStruct;
    case Kind::Opportunity:
      return kItemConstructor;
    default:
      return kItemReference;
  }
}

class Items {
 public:
  Items(const FeatureContext& cx, const Cursor& cursor, std::uint32_t line)
      : cursor_(cursor), line_(line) {
    const std::string_view text = Lines(cx.doc.text).line(line);
    begin_ = count_units(text.substr(0, cursor.word_begin), cx.encoding);
    end_ = begin_ + count_units(text.substr(cursor.word_begin, cursor.word_end - cursor.word_begin),
                                cx.encoding);
  }

  void add(const std::string& label, int kind, const std::string& detail, const std::string& doc,
           std::string insert, const std::string& sort_group = "1") {
    if (!seen_.insert(label).second) return;
    if (cursor_.after_colon) insert = " " + insert;
    json item = {
        {"label", label},
        {"kind", kind},
        {"sortText", sort_group + label},
        {"filterText", label},
        {"textEdit",
         {{"range", to_json(Range{{line_, begin_}, {line_, end_}})}, {"newText", insert}}}};
    if (!detail.empty()) item["detail"] = detail;
    if (!doc.empty()) item["documentation"] = {{"kind", "markdown"}, {"value", doc}};
    items_.push_back(std::move(item));
  }
  void symbol(const Symbol& s, const std::string& label, const std::string& sort_group = "1",
              std::string insert = {}) {
    std::string detail = std::string(kind_name(s.kind));
    if (!s.name.empty()) detail += ": " + s.name;
    add(label, item_kind(s.kind), detail, s.detail, insert.empty() ? label : std::move(insert),
        sort_group);
  }
  json take() { return std::move(items_); }

 private:
  const Cursor& cursor_;
  std::uint32_t line_, begin_ = 0, end_ = 0;
  std::set<std::string> seen_;
  json items_ = json::array();
};

// Symbols of a kind from the current analyses and the clean ones (ids declared in a part of
// the file that does not parse right now).
template <class F>
void each_symbol(const FeatureContext& cx, Kind kind, F&& each) {
  std::set<std::string> done;
  for (const auto* list : {&cx.analyses, &cx.clean})
    for (const auto& a : *list)
      for (const Symbol& s : a->index.symbols())
        if (s.kind == kind && done.insert(s.id).second) each(s);
}

std::string path_key(const YamlPath& path, std::size_t i) {
  return i < path.size() && !path[i].item ? path[i].key : std::string();
}

void add_targets(const FeatureContext& cx, Items& items) {
  static const std::pair<Kind, std::string_view> prefixes[] = {{Kind::Information, "info"},
                                                               {Kind::Department, "department"},
                                                               {Kind::Role, "role"},
                                                               {Kind::Shift, "shift"},
                                                               {Kind::Partner, "partner"},
                                                               {Kind::Sla, "sla"},
                                                               {Kind::Journey, "journey"},
                                                               {Kind::Stage, "stage"},
                                                               {Kind::Step, "step"},
                                                               {Kind::Kpi, "kpi"},
                                                               {Kind::Touchpoint, "touchpoint"},
                                                               {Kind::Persona, "persona"},
                                                               {Kind::Opportunity, "opportunity"}};
  items.add("model", kItemReference, "target: the model as a whole", "", "model");
  for (const auto& entry : prefixes) {
    const Kind kind = entry.first;
    const std::string_view prefix = entry.second;
    each_symbol(cx, kind, [&](const Symbol& s) {
      const std::string target = fmt::format("{}:{}", prefix, s.id);
      items.add(target, item_kind(kind), std::string(kind_name(kind)), s.detail, target);
    });
  }
  // Handovers: every edge that is one, or that declares one.
  std::vector<std::shared_ptr<const Analysis>> all = cx.analyses;
  all.insert(all.end(), cx.clean.begin(), cx.clean.end());
  for (const auto& a : all) {
    const Model& m = a->checked->load.model;
    for (const JourneyGraph& jg : a->checked->graph.journeys) {
      const Journey& j = m.journeys[static_cast<std::size_t>(jg.journey)];
      for (const Edge& e : jg.edges) {
        if (!e.is_handover() && !e.handover()) continue;
        const Journey& to_j = m.journeys[static_cast<std::size_t>(e.to_journey)];
        const std::string to = e.cross
                                   ? to_j.id + "/" + to_j.steps[static_cast<std::size_t>(e.to)].id
                                   : to_j.steps[static_cast<std::size_t>(e.to)].id;
        const std::string target = fmt::format("handover:{}/{}->{}", j.id,
                                               j.steps[static_cast<std::size_t>(e.from)].id, to);
        items.add(target, kItemReference, "handover", "", target);
      }
    }
  }
}

// The ids of the personas a journey lists (SPEC "Persona and experience": the keys its steps'
// `experience` may have), from the first model that has the journey; nullopt when none has it
// or its `personas` could not be read (then any declared persona may be meant).
std::optional<std::set<std::string>> listed_personas(const FeatureContext& cx,
                                                     const std::string& journey) {
  for (const auto* list : {&cx.analyses, &cx.clean})
    for (const auto& a : *list) {
      const Model& m = a->checked->load.model;
      const auto it = m.journey_index.find(journey);
      if (it == m.journey_index.end()) continue;
      const Journey& j = m.journeys[static_cast<std::size_t>(it->second)];
      if (j.personas_malformed) return std::nullopt;
      std::set<std::string> out;
      for (std::int32_t p : j.persona_list) out.insert(m.personas[static_cast<std::size_t>(p)].id);
      return out;
    }
  return std::nullopt;
}

void add_files(const FeatureContext& cx, Items& items) {
  if (cx.doc.path.empty()) return;
  const fs::path dir = cx.doc.path.parent_path();
  std::error_code ec;
  std::size_t seen = 0;
  fs::recursive_directory_iterator it(dir, fs::directory_options::skip_permission_denied, ec), end;
  for (; !ec && it != end && seen < 2000; it.increment(ec), ++seen) {
    const fs::path& p = it->path();
    const std::string name = p.filename().string();
    std::error_code type_ec;
    if (it->is_directory(type_ec)) {
      if (name.starts_with('.') || name == "node_modules" || it.depth() > 8)
        it.disable_recursion_pending();
      continue;
    }
    const std::string ext = p.extension().string();
    if ((ext != ".yaml" && ext != ".yml") || p == cx.doc.path) continue;
    const std::string relative = p.lexically_relative(dir).generic_string();
    items.add(relative, kItemFile, "file", "", relative);
  }
}

void add_source(const FeatureContext& cx, const Cursor& cursor, const ValueRule& rule,
                Items& items) {
  const YamlPath& path = cursor.path;
  const Slot slot = rule.slot;
  switch (rule.source) {
    case Source::Symbols:
      each_symbol(cx, rule.kind, [&](const Symbol& s) {
        items.symbol(s, s.id, "1", slot == Slot::Key ? s.id + ": " : s.id);
      });
      break;
    case Source::Owner:
    case Source::Party:
      if (rule.source == Source::Owner)
        items.add("customer", kItemReference, "customer", "The customer as actor.", "customer");
      for (Kind k : {Kind::Department, Kind::Role, Kind::Partner})
        each_symbol(cx, k, [&](const Symbol& s) { items.symbol(s, s.id); });
      break;
    case Source::StepLink: {
      const std::string journey =
          path_key(path, 0) == "journeys" ? path_key(path, 1) + "/" : std::string("\n");
      each_symbol(cx, Kind::Step, [&](const Symbol& s) {
        if (s.id.starts_with(journey))
          items.symbol(s, s.id.substr(journey.size()), "0");
        else
          items.symbol(s, s.id, "2");
      });
      break;
    }
    case Source::StepSla: {
      auto owner = cursor.siblings.find("owner");
      if (owner == cursor.siblings.end() || owner->second.empty()) break;
      const std::string prefix = owner->second + "/";
      each_symbol(cx, Kind::Sla, [&](const Symbol& s) {
        if (s.id.starts_with(prefix)) items.symbol(s, s.id.substr(prefix.size()));
      });
      break;
    }
    case Source::DeptRole: {
      const std::string prefix = path_key(path, 1) + ".";
      each_symbol(cx, Kind::Role, [&](const Symbol& s) {
        if (s.id.starts_with(prefix)) items.symbol(s, s.id.substr(prefix.size()));
      });
      break;
    }
    case Source::JourneyPersona: {
      const std::optional<std::set<std::string>> listed = listed_personas(cx, path_key(path, 1));
      each_symbol(cx, Kind::Persona, [&](const Symbol& s) {
        if (listed && !listed->count(s.id)) return;
        // An entry per persona: those already scored here are not offered again.
        if (cursor.siblings.count(s.id) && s.id != cursor.word) return;
        items.symbol(s, s.id, "1", s.id + ": ");
      });
      break;
    }
    case Source::Rule:
      for (const Rule* r : catalogue()) {
        if (!r->configurable()) continue;
        const std::string id(r->id);
        items.add(id, kItemReference, fmt::format("rule, default {}", to_string(r->severity)),
                  std::string(r->summary), slot == Slot::Key ? id + ": " : id);
      }
      break;
    case Source::Target:
      add_targets(cx, items);
      break;
    case Source::File:
      add_files(cx, items);
      break;
  }
}

}  // namespace

json completion(const FeatureContext& cx, Position position) {
  const Lines lines(cx.doc.text);
  if (position.line >= lines.count()) return json::array();
  const std::size_t column = lines.column_bytes(position, cx.encoding);
  const Cursor cursor = cursor_at(lines, position.line, column);
  const Schema& schema = Schema::get();
  Items items(cx, cursor, position.line);

  const bool keys = cursor.slot == Slot::Key ||
                    (cursor.slot == Slot::Either && schema.allows(cursor.path, "object"));
  const bool values = cursor.slot == Slot::Value || (cursor.slot == Slot::Either && !keys) ||
                      (cursor.slot == Slot::Either && schema.allows(cursor.path, "string"));

  bool referenced = false;
  for (const ValueRule& rule : kValueRules) {
    const bool wanted = rule.slot == Slot::Key ? keys : values;
    if (!wanted || !matches(cursor.path, rule.pattern)) continue;
    add_source(cx, cursor, rule, items);
    referenced = true;
  }
  if (values && !referenced)
    for (const std::string& v : schema.values(cursor.path))
      items.add(v, kItemEnumMember, "", "", v);
  if (keys && !referenced) {
    for (const SchemaKey& k : schema.keys(cursor.path)) {
      // Keys already in the mapping are not offered again (the one being typed is).
      if (cursor.siblings.count(k.name) && k.name != cursor.word) continue;
      items.add(k.name, kItemProperty, k.required ? "required" : "", k.description, k.name + ": ");
    }
  }
  return items.take();
}

}  // namespace chainmap::lsp
