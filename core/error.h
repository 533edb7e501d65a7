// The one exception type of eventgraph. Thrown at the boundary (files,
// lexicons, JSON) with a message that names the input, where in it, and what
// was wrong, so that the CLI can print it as is.
#pragma once

#include <stdexcept>
#include <string>

namespace eventgraph {

class error : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace eventgraph
