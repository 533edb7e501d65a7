// Runs a stream of items through `work` on `threads` threads (the calling
// one among them) and hands the results to `emit` in input order, with at
// most `window` items read but not yet emitted, so memory stays bounded
// however long the stream. Each thread reads the next item when it is free
// and, when its result is the next due, emits it and any that were waiting:
// no thread waits for the slowest item of a batch, and no thread is spent
// on reading or writing alone.
//   read(Item&) -> bool   the next item; false at the end of the stream
//   work(Item&&) -> Result
//   emit(Result&&)
// read and emit are called by one thread at a time. The first exception
// thrown by any of them stops the stream and is rethrown here.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <utility>

#include "core/parallel_for.h"

namespace eventgraph {

template <class Item, class Read, class Work, class Emit>
void ordered_pipeline(unsigned threads, std::size_t window, Read read, Work work, Emit emit) {
  using result = decltype(work(std::declval<Item&&>()));
  if (threads <= 1) {
    Item item;
    while (read(item)) emit(work(std::move(item)));
    return;
  }
  if (window < threads) window = threads;
  std::mutex lock;
  std::condition_variable room;  // signalled when an item was emitted, or the stream ends
  std::size_t read_count = 0, emitted = 0;
  bool input_left = true, emitting = false;
  std::map<std::size_t, result> done;  // finished, waiting for their turn
  std::exception_ptr failure;
  const auto fail = [&] {  // with the lock held
    if (!failure) failure = std::current_exception();
    room.notify_all();
  };

  const auto run = [&] {
    for (;;) {
      Item item;
      std::size_t seq = 0;
      {
        std::unique_lock<std::mutex> l(lock);
        room.wait(l, [&] { return failure || !input_left || read_count - emitted < window; });
        if (failure || !input_left) return;
        try {
          input_left = read(item);
        } catch (...) {
          fail();
          return;
        }
        if (!input_left) {
          room.notify_all();
          return;
        }
        seq = read_count++;
      }
      std::optional<result> r;
      try {
        r.emplace(work(std::move(item)));
      } catch (...) {
        const std::lock_guard<std::mutex> l(lock);
        fail();
        return;
      }
      std::unique_lock<std::mutex> l(lock);
      done.emplace(seq, std::move(*r));
      if (emitting) continue;  // the thread emitting will come to it
      emitting = true;
      while (!failure && !done.empty() && done.begin()->first == emitted) {
        result next = std::move(done.begin()->second);
        done.erase(done.begin());
        l.unlock();
        try {
          emit(std::move(next));
        } catch (...) {
          l.lock();
          fail();
          break;
        }
        l.lock();
        ++emitted;
        room.notify_all();
      }
      emitting = false;
    }
  };
  run_on_threads(threads, run);
  if (failure) std::rethrow_exception(failure);
}

}  // namespace eventgraph
