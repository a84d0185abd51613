#pragma once
// Shared by the rules about things that need an `owner` of their own (touchpoint/no-owner,
// experience/opportunity-without-owner): one finding for each that has none.
#include <string_view>
#include <vector>

#include <fmt/format.h>

#include "rules/context.h"

namespace chainmap::rules {

// A finding on every item with no `owner`, target `KIND:ID`: "KIND 'ID' has no owner; name the
// department, role or partner that DUTY as 'owner'". Items whose `owner` was written but could
// not be used (`owner_malformed`) were reported by the loader: one mistake, one finding. An
// unknown owner is still an owner (model/unknown-reference).
template <class Item>
void report_ownerless(Findings& out, const std::vector<Item>& items, std::string_view kind,
                      std::string_view duty) {
  for (const Item& item : items)
    if (!item.owner && !item.owner_malformed)
      out.report(fmt::format("{}:{}", kind, item.id), item.loc,
                 fmt::format("{} '{}' has no owner; name the department, role or partner that {} "
                             "as 'owner'",
                             kind, item.id, duty));
}

}  // namespace chainmap::rules
