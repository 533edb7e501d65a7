#include "core/clause.h"

#include <array>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<clause_kind, std::string_view>, 4> kinds{{
    {clause_kind::main, "main"},
    {clause_kind::subordinate, "subordinate"},
    {clause_kind::relative, "relative"},
    {clause_kind::complement, "complement"},
}};
constexpr std::array<std::pair<verb_tense, std::string_view>, 5> tenses{{
    {verb_tense::none, "none"},
    {verb_tense::present, "present"},
    {verb_tense::past, "past"},
    {verb_tense::future, "future"},
    {verb_tense::conditional, "conditional"},
}};
constexpr std::array<std::pair<verb_aspect, std::string_view>, 3> aspects{{
    {verb_aspect::simple, "simple"},
    {verb_aspect::progressive, "progressive"},
    {verb_aspect::perfect, "perfect"},
}};
constexpr std::array<std::pair<verb_voice, std::string_view>, 2> voices{{
    {verb_voice::active, "active"},
    {verb_voice::passive, "passive"},
}};
}  // namespace

std::string_view to_string(clause_kind k) { return detail::name_of(kinds, k); }
std::optional<clause_kind> parse_clause_kind(std::string_view s) { return detail::value_of(kinds, s); }
std::string_view to_string(verb_tense t) { return detail::name_of(tenses, t); }
std::optional<verb_tense> parse_verb_tense(std::string_view s) { return detail::value_of(tenses, s); }
std::string_view to_string(verb_aspect a) { return detail::name_of(aspects, a); }
std::optional<verb_aspect> parse_verb_aspect(std::string_view s) { return detail::value_of(aspects, s); }
std::string_view to_string(verb_voice v) { return detail::name_of(voices, v); }
std::optional<verb_voice> parse_verb_voice(std::string_view s) { return detail::value_of(voices, s); }

}  // namespace eventgraph
