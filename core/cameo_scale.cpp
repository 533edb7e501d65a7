#include "core/cameo_scale.h"

#include <array>
#include <utility>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<quad_class, std::string_view>, 5> quad_names{{
    {quad_class::none, "none"},
    {quad_class::verbal_cooperation, "verbal_cooperation"},
    {quad_class::material_cooperation, "material_cooperation"},
    {quad_class::verbal_conflict, "verbal_conflict"},
    {quad_class::material_conflict, "material_conflict"},
}};

// Goldstein (1992) values as mapped to CAMEO: the roots, then the finer codes
// the trigger lexicon uses whose value differs from their root's.
constexpr std::array<double, 21> root_value{
    0.0,   // (no root 00)
    0.0,   // 01 make public statement
    3.0,   // 02 appeal
    4.0,   // 03 express intent to cooperate
    1.0,   // 04 consult
    3.5,   // 05 engage in diplomatic cooperation
    6.0,   // 06 engage in material cooperation
    7.0,   // 07 provide aid
    5.0,   // 08 yield
    -2.0,  // 09 investigate
    -5.0,  // 10 demand
    -2.0,  // 11 disapprove
    -4.0,  // 12 reject
    -6.0,  // 13 threaten
    -6.5,  // 14 protest
    -7.2,  // 15 exhibit force posture
    -4.0,  // 16 reduce relations
    -7.0,  // 17 coerce
    -9.0,  // 18 assault
    -10.0, // 19 fight
    -10.0, // 20 use unconventional mass violence
};
constexpr std::array<std::pair<std::string_view, double>, 12> code_value{{
    {"036", 4.0},  {"040", 1.0},  {"041", 1.0},   {"042", 1.9},  {"043", 2.8},  {"044", 2.5},
    {"072", 8.3},  {"130", -4.4}, {"1312", -5.8}, {"163", -8.0}, {"174", -5.0}, {"192", -9.5},
}};

int root_of(std::string_view cameo) {
  if (cameo.size() < 2 || cameo[0] < '0' || cameo[0] > '2' || cameo[1] < '0' || cameo[1] > '9') return 0;
  const int r = (cameo[0] - '0') * 10 + (cameo[1] - '0');
  return r <= 20 ? r : 0;
}
}  // namespace

std::string_view to_string(quad_class q) { return detail::name_of(quad_names, q); }

quad_class quad_class_of(std::string_view cameo) {
  const int r = root_of(cameo);
  if (r == 0) return quad_class::none;
  if (r <= 5) return quad_class::verbal_cooperation;
  if (r <= 9) return quad_class::material_cooperation;
  if (r <= 14) return quad_class::verbal_conflict;
  return quad_class::material_conflict;
}

double goldstein_of(std::string_view cameo) {
  for (const auto& [code, v] : code_value)
    if (code == cameo) return v;
  return root_value[static_cast<std::size_t>(root_of(cameo))];
}

}  // namespace eventgraph
