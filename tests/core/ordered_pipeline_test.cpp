#include <catch2/catch.hpp>

#include <atomic>
#include <algorithm>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "core/ordered_pipeline.h"

using namespace eventgraph;

namespace {
// Work whose cost varies a lot from item to item, so that results finish out of order.
int slow_square(int x) {
  volatile long sink = 0;
  for (long k = 0; k < (x % 7) * 20000L; ++k) sink = sink + k;
  return x * x;
}
}  // namespace

TEST_CASE("ordered_pipeline: results come out in input order whatever the thread count", "[core]") {
  for (const unsigned threads : {1u, 2u, 4u}) {
    int next = 0;
    std::vector<int> out;
    ordered_pipeline<int>(
        threads, 8, [&](int& x) { return next < 200 ? (x = next++, true) : false; }, slow_square,
        [&](int&& y) { out.push_back(y); });
    REQUIRE(out.size() == 200);
    for (int i = 0; i < 200; ++i) CHECK(out[static_cast<std::size_t>(i)] == i * i);
  }
}

TEST_CASE("ordered_pipeline: never more than the window between reading and emitting", "[core]") {
  int next = 0, widest = 0;
  std::atomic<int> emitted{0};  // counted by the emitting thread while another may read
  ordered_pipeline<int>(
      3, 5,
      [&](int& x) {
        widest = std::max(widest, next - emitted.load() + 1);
        return next < 100 ? (x = next++, true) : false;
      },
      slow_square, [&](int&&) { ++emitted; });
  CHECK(emitted == 100);
  CHECK(widest <= 5);
}

TEST_CASE("ordered_pipeline: a failing item stops the stream and its exception reaches the caller", "[core]") {
  int next = 0;
  const auto run = [&] {
    ordered_pipeline<int>(
        2, 4, [&](int& x) { return next < 1000 ? (x = next++, true) : false; },
        [](int&& x) {
          if (x == 17) throw std::runtime_error("item 17");
          return x;
        },
        [](int&&) {});
  };
  CHECK_THROWS_WITH(run(), "item 17");
  CHECK(next < 1000);
}

TEST_CASE("ordered_pipeline: one thread runs everything on the calling thread", "[core]") {
  const auto caller = std::this_thread::get_id();
  bool elsewhere = false;
  int next = 0;
  ordered_pipeline<int>(
      1, 4, [&](int& x) { return next < 10 ? (x = next++, true) : false; },
      [&](int&& x) {
        elsewhere |= std::this_thread::get_id() != caller;
        return x;
      },
      [](int&&) {});
  CHECK_FALSE(elsewhere);
}
