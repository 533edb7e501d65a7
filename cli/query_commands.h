// The questions asked of a finished build (its timeline.json):
//   query     matching events, chronological
//   timeline  one actor's events in order
//   neighbors the actors one actor interacted with, with counts and balance
//   path      the shortest chain of actors and events linking two actors
//   stats     counts by type and modality, top actors by degree and betweenness
// Output is an aligned table, or --format json / csv for scripts.
#pragma once

#include <string>
#include <vector>

namespace eventgraph {

int run_query(const std::vector<std::string>& args);
int run_timeline(const std::vector<std::string>& args);
int run_neighbors(const std::vector<std::string>& args);
int run_path(const std::vector<std::string>& args);
int run_stats(const std::vector<std::string>& args);

}  // namespace eventgraph
