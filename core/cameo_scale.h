// Where a CAMEO code sits between cooperation and conflict: its quad class
// (verbal/material cooperation/conflict) and its Goldstein scale value, the
// two measures analysts use to summarise how two actors relate.
#pragma once

#include <string_view>

namespace eventgraph {

enum class quad_class { none = 0, verbal_cooperation = 1, material_cooperation = 2, verbal_conflict = 3, material_conflict = 4 };

std::string_view to_string(quad_class q);

// From the code's two-digit root; none for an empty or malformed code.
quad_class quad_class_of(std::string_view cameo);

// Goldstein value in [-10, 10]: the code's own value where it has one, else
// its root's; 0 for an empty or malformed code.
double goldstein_of(std::string_view cameo);

inline bool is_cooperation(quad_class q) {
  return q == quad_class::verbal_cooperation || q == quad_class::material_cooperation;
}
inline bool is_conflict(quad_class q) {
  return q == quad_class::verbal_conflict || q == quad_class::material_conflict;
}

}  // namespace eventgraph
