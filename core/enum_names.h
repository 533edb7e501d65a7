// Helpers for enums that can be printed and parsed back: each enum provides a
// table of {value, name} pairs and gets to_string / parse through it.
#pragma once

#include <array>
#include <optional>
#include <string_view>
#include <utility>

namespace eventgraph::detail {

template <typename E, std::size_t N>
constexpr std::string_view name_of(const std::array<std::pair<E, std::string_view>, N>& table, E value) {
  for (const auto& [v, n] : table)
    if (v == value) return n;
  return "?";
}

template <typename E, std::size_t N>
constexpr std::optional<E> value_of(const std::array<std::pair<E, std::string_view>, N>& table,
                                    std::string_view name) {
  for (const auto& [v, n] : table)
    if (n == name) return v;
  return std::nullopt;
}

}  // namespace eventgraph::detail
