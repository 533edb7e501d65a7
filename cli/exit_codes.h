// The exit codes of the eventgraph command, documented in the README.
#pragma once

namespace eventgraph::exit_code {
inline constexpr int ok = 0;               // everything read and written
inline constexpr int partial = 1;          // outputs written, but some inputs were skipped (see stderr)
inline constexpr int usage = 2;            // bad command line
inline constexpr int failure = 3;          // nothing usable: no readable input, a bad lexicon, an unwritable output
inline constexpr int nothing_found = 4;    // a query ran but matched nothing (or named an unknown actor)
}  // namespace eventgraph::exit_code
