// The interface of a pipeline component: one job, one entry point. A
// component is immutable once built (its lexicons are loaded up front), so
// one instance can run on many documents from many threads at once.
#pragma once

#include <string_view>

namespace eventgraph {

class document;

class component {
 public:
  virtual ~component() = default;
  virtual std::string_view name() const = 0;
  virtual void operator()(document& doc) const = 0;
};

}  // namespace eventgraph
