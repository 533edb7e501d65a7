// Runs f(i) for every i in [0, n) on up to `threads` threads (0: one per
// core). Work is handed out one index at a time, since documents differ too
// much in length for fixed slices to keep the threads equally busy. Each f(i)
// must touch only its own slot, which keeps results independent of the
// thread count. The first exception thrown stops the rest and is rethrown.
#pragma once

#include <algorithm>
#include <atomic>
#include <cstddef>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace eventgraph {

inline unsigned default_thread_count() { return std::max(1u, std::thread::hardware_concurrency()); }

// Runs fn on `threads` threads, the calling one among them, and returns when
// all have finished. fn must not throw (callers catch and pass failures on).
template <class F>
void run_on_threads(unsigned threads, const F& fn) {
  std::vector<std::thread> pool;
  pool.reserve(threads > 0 ? threads - 1 : 0);
  for (unsigned t = 1; t < threads; ++t) pool.emplace_back(fn);
  fn();
  for (auto& t : pool) t.join();
}

template <class F>
void parallel_for(std::size_t n, unsigned threads, F&& f) {
  if (threads == 0) threads = default_thread_count();
  threads = static_cast<unsigned>(std::min<std::size_t>(threads, n));
  if (threads <= 1) {
    for (std::size_t i = 0; i < n; ++i) f(i);
    return;
  }
  std::atomic<std::size_t> next{0};
  std::exception_ptr failure;
  std::mutex failure_lock;
  auto work = [&] {
    try {
      for (std::size_t i = next++; i < n; i = next++) f(i);
    } catch (...) {
      const std::lock_guard<std::mutex> lock(failure_lock);
      if (!failure) failure = std::current_exception();
      next = n;
    }
  };
  run_on_threads(threads, work);
  if (failure) std::rethrow_exception(failure);
}

}  // namespace eventgraph
