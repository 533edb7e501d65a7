// The exit codes of the eventgraph command, documented in the README.
#pragma once

namespace eventgraph::exit_code {
inline constexpr int ok = 0;               // everything read and written
inline constexpr int partial = 1;          // outputs written, but some inputs were skipped (see stderr)
inline constexpr int usage = 2;            // bad command line
inline constexpr int failure = 3;          // nothing usable: no readable input, a bad lexicon, an unwritable output
}  // namespace eventgraph::exit_code
