// The form in which tokens are compared with lexicon entries: ASCII lower
// case, curly apostrophes (’ ‘) as ', en and em dashes as -. News text mixes
// both spellings, lexicon files use the plain ones.
#pragma once

#include <string>
#include <string_view>

namespace eventgraph {

// True when s holds a character that normalise_token rewrites (’ ‘ – —).
bool has_foldable_punctuation(std::string_view s);

// s with ’ ‘ as ' and – — as -; case is kept.
std::string normalise_token(std::string_view s);

// normalise_token and ASCII lower case.
std::string token_form(std::string_view s);

}  // namespace eventgraph
