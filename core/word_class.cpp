#include "core/word_class.h"

#include <array>

#include "core/enum_names.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<word_class, std::string_view>, 17> class_names{{
    {word_class::other, "other"},
    {word_class::noun, "noun"},
    {word_class::proper_noun, "proper_noun"},
    {word_class::verb, "verb"},
    {word_class::auxiliary, "auxiliary"},
    {word_class::modal, "modal"},
    {word_class::adjective, "adjective"},
    {word_class::adverb, "adverb"},
    {word_class::determiner, "determiner"},
    {word_class::pronoun, "pronoun"},
    {word_class::preposition, "preposition"},
    {word_class::conjunction, "conjunction"},
    {word_class::subordinator, "subordinator"},
    {word_class::relative, "relative"},
    {word_class::particle, "particle"},
    {word_class::number, "number"},
    {word_class::punctuation, "punctuation"},
}};
constexpr std::array<std::pair<verb_form, std::string_view>, 5> form_names{{
    {verb_form::none, "none"},
    {verb_form::base, "base"},
    {verb_form::present_s, "present_s"},
    {verb_form::past, "past"},
    {verb_form::gerund, "gerund"},
}};
}  // namespace

std::string_view to_string(word_class c) { return detail::name_of(class_names, c); }
std::optional<word_class> parse_word_class(std::string_view s) { return detail::value_of(class_names, s); }
std::string_view to_string(verb_form f) { return detail::name_of(form_names, f); }
std::optional<verb_form> parse_verb_form(std::string_view s) { return detail::value_of(form_names, s); }

}  // namespace eventgraph
