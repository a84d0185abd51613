// --format sarif: SARIF 2.1.0 as GitHub code scanning reads it (SPEC section 6). Paths are as in
// the json output (relative to the working directory) under uriBaseId %SRCROOT%, so running from
// the repository root gives repository-relative URIs. Output is byte-deterministic: no times,
// no absolute paths of the machine, rules sorted by id.
#include <algorithm>
#include <cctype>
#include <map>

#include <fmt/format.h>

#include "chainmap/rules.h"
#include "chainmap/version.h"
#include "report/common.h"
#include "util/json.h"

namespace chainmap {
namespace {

constexpr std::string_view kSchema =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kInformationUri = "https://github.com/chainmap/chainmap";

// A relative path as a URI reference: unreserved characters and '/' as is, the rest
// percent-encoded. Absolute paths become file:// URIs.
std::string to_uri(std::string_view path) {
  std::string out = path.starts_with('/') ? "file://" : "";
  for (char c : path) {
    auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u) || c == '-' || c == '.' || c == '_' || c == '~' || c == '/')
      out += c;
    else
      out += fmt::format("%{:02X}", u);
  }
  return out;
}

// "handover/undeclared" -> "HandoverUndeclared": SARIF's reportingDescriptor.name is meant to
// be an identifier readable by people.
std::string pascal_name(std::string_view id) {
  std::string out;
  bool upper = true;
  for (char c : id) {
    if (c == '/' || c == '-') {
      upper = true;
      continue;
    }
    out += upper ? static_cast<char>(std::toupper(static_cast<unsigned char>(c))) : c;
    upper = false;
  }
  return out;
}

// The "What it checks" section of a rule's page as one paragraph, or "" when it has none.
std::string what_it_checks(std::string_view doc) {
  constexpr std::string_view kHeading = "## What it checks\n";
  auto start = doc.find(kHeading);
  if (start == std::string_view::npos) return "";
  doc.remove_prefix(start + kHeading.size());
  doc = doc.substr(0, doc.find("\n## "));
  while (!doc.empty() && (doc.back() == '\n' || doc.back() == ' ')) doc.remove_suffix(1);
  std::string out(doc);
  std::replace(out.begin(), out.end(), '\n', ' ');  // the page is wrapped at 100 columns
  return out;
}

std::string sentence(std::string_view summary) {
  std::string out(summary);
  if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
  return out + ".";
}

void rule_descriptor(JsonWriter& w, std::string_view id) {
  w.begin_object();
  w.field("id", id);
  w.field("name", pascal_name(id));
  if (const Rule* rule = find_rule(id)) {
    std::string full = what_it_checks(rule->doc);
    std::string page = rule_page(*rule);
    w.key("shortDescription").begin_object().field("text", sentence(rule->summary)).end_object();
    w.key("fullDescription")
        .begin_object()
        .field("text", full.empty() ? sentence(rule->summary) : full)
        .end_object();
    w.key("help").begin_object().field("text", page).field("markdown", page).end_object();
    w.key("defaultConfiguration")
        .begin_object()
        .field("level", report::level(rule->severity))
        .end_object();
  }
  w.key("properties").begin_object();
  w.key("tags").begin_array().value(id.substr(0, id.find('/'))).end_array();
  w.end_object();
  w.end_object();
}

class SarifWriter {
 public:
  explicit SarifWriter(const Report& r) : r_(r), files_(report::report_files(r)) {
    for (const Diagnostic& d : r.diagnostics) rule_index_.emplace(d.rule, 0);
    int i = 0;
    for (auto& [id, index] : rule_index_) index = i++;
  }

  std::string write() {
    w_.begin_object();
    w_.field("$schema", kSchema).field("version", "2.1.0");
    w_.key("runs").begin_array().begin_object();
    w_.key("tool").begin_object().key("driver").begin_object();
    w_.field("name", "chainmap").field("version", kVersion).field("semanticVersion", kVersion);
    w_.field("informationUri", kInformationUri);
    w_.key("rules").begin_array();
    for (const auto& [id, index] : rule_index_) rule_descriptor(w_, id);
    w_.end_array();
    w_.end_object().end_object();
    w_.key("columnKind").value("utf16CodeUnits");
    w_.key("artifacts").begin_array();
    for (auto f : files_) {
      w_.begin_object().key("location");
      artifact_location(f, false);
      w_.end_object();
    }
    w_.end_array();
    w_.key("results").begin_array();
    std::vector<std::string> fingerprints = report::fingerprints(r_);
    for (std::size_t i = 0; i < r_.diagnostics.size(); ++i)
      result(r_.diagnostics[i], fingerprints[i]);
    w_.end_array();
    w_.end_object().end_array();
    w_.end_object();
    return w_.str();
  }

 private:
  void artifact_location(std::uint32_t file, bool with_index) {
    const std::string& display = r_.sources.at(file).display;
    w_.begin_object().field("uri", to_uri(display));
    if (!display.starts_with('/')) w_.field("uriBaseId", "%SRCROOT%");
    if (with_index) {
      auto it = std::find(files_.begin(), files_.end(), file);
      w_.field("index", static_cast<std::uint64_t>(it - files_.begin()));
    }
    w_.end_object();
  }

  // A physicalLocation, or nothing when the finding has no file.
  void physical_location(const Loc& loc) {
    report::Position p = report::position(r_, loc);
    if (!p.file) return;
    w_.key("physicalLocation").begin_object();
    w_.key("artifactLocation");
    artifact_location(loc.file, true);
    if (p.line) {
      w_.key("region").begin_object().field("startLine", p.line);
      if (p.column) w_.field("startColumn", p.column);
      if (p.end_column) w_.field("endColumn", p.end_column);
      w_.end_object();
    }
    w_.end_object();
  }

  void result(const Diagnostic& d, const std::string& fingerprint) {
    w_.begin_object();
    w_.field("ruleId", d.rule).field("ruleIndex", rule_index_.at(d.rule));
    w_.field("level", report::level(d.severity));
    w_.key("message").begin_object().field("text", d.message).end_object();
    w_.key("locations").begin_array().begin_object();
    physical_location(d.loc);
    w_.key("logicalLocations").begin_array();
    w_.begin_object().field("fullyQualifiedName", d.target).end_object();
    w_.end_array();
    w_.end_object().end_array();
    if (!d.related.empty()) {
      w_.key("relatedLocations").begin_array();
      int id = 0;
      for (const Related& related : d.related) {
        w_.begin_object().field("id", id++);
        physical_location(related.loc);
        w_.key("message").begin_object().field("text", related.message).end_object();
        w_.end_object();
      }
      w_.end_array();
    }
    // Rule + target, not the line (report::fingerprints).
    w_.key("partialFingerprints").begin_object().field("chainmap/v1", fingerprint).end_object();
    w_.end_object();
  }

  const Report& r_;
  std::vector<std::uint32_t> files_;
  std::map<std::string, int> rule_index_;  // sorted by id
  JsonWriter w_;
};

}  // namespace

std::string format_sarif(const Report& report) { return SarifWriter(report).write(); }

}  // namespace chainmap
