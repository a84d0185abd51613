#pragma once
// What a rule's check function sees: the model, its graph, the rule's options and a cache of
// analyses shared by all rules of one run; and where it puts its findings.
#include <any>
#include <map>
#include <memory>
#include <string>
#include <typeindex>
#include <unordered_map>
#include <vector>

#include "chainmap/graph.h"
#include "chainmap/model.h"
#include "chainmap/rules.h"

namespace chainmap {

// Analyses computed at most once per run, on first use. An analysis is any type T with a
// `static T compute(const Graph&)`.
class AnalysisCache {
 public:
  explicit AnalysisCache(const Graph& graph) : graph_(graph) {}
  template <class T>
  const T& get() {
    auto& slot = slots_[std::type_index(typeid(T))];
    if (!slot) slot = std::make_shared<T>(T::compute(graph_));
    return *static_cast<const T*>(slot.get());
  }

 private:
  const Graph& graph_;
  std::unordered_map<std::type_index, std::shared_ptr<void>> slots_;
};

class RuleContext {
 public:
  RuleContext(const Graph& graph, AnalysisCache& cache, const Rule& rule,
              const std::map<std::string, long>& options)
      : model(*graph.model), graph(graph), rule_(rule), cache_(cache), options_(options) {}

  const Model& model;
  const Graph& graph;

  template <class T>
  const T& analysis() const {
    return cache_.get<T>();
  }

  // The configured value of an option of this rule, or its default.
  long option(std::string_view name) const;

 private:
  const Rule& rule_;
  AnalysisCache& cache_;
  const std::map<std::string, long>& options_;
};

class Findings {
 public:
  Findings(const Rule& rule, std::vector<Diagnostic>& out) : rule_(rule), out_(out) {}
  void report(std::string target, Loc loc, std::string message, std::vector<Related> related = {});

 private:
  const Rule& rule_;
  std::vector<Diagnostic>& out_;
};

}  // namespace chainmap
