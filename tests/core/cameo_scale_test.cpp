#include <catch2/catch.hpp>

#include "core/cameo_scale.h"

using namespace eventgraph;

TEST_CASE("cameo_scale: the quad class comes from the code's root", "[core]") {
  CHECK(quad_class_of("043") == quad_class::verbal_cooperation);
  CHECK(quad_class_of("072") == quad_class::material_cooperation);
  CHECK(quad_class_of("1312") == quad_class::verbal_conflict);
  CHECK(quad_class_of("190") == quad_class::material_conflict);
}

TEST_CASE("cameo_scale: a finer code keeps its own Goldstein value, others take their root's", "[core]") {
  CHECK(goldstein_of("043") == Approx(2.8));
  CHECK(goldstein_of("045") == Approx(1.0));
  CHECK(goldstein_of("163") == Approx(-8.0));
  CHECK(goldstein_of("190") == Approx(-10.0));
}

TEST_CASE("cameo_scale: an empty or malformed code is neutral", "[core]") {
  CHECK(quad_class_of("") == quad_class::none);
  CHECK(quad_class_of("x9") == quad_class::none);
  CHECK(quad_class_of("99") == quad_class::none);
  CHECK(goldstein_of("") == 0.0);
}
