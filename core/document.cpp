#include "core/document.h"

#include <algorithm>
#include <array>

#include "core/enum_names.h"
#include "core/form_hash.h"
#include "core/token_form.h"

namespace eventgraph {
namespace {
constexpr std::array<std::pair<date_source, std::string_view>, 6> sources{{
    {date_source::none, "none"},
    {date_source::metadata, "metadata"},
    {date_source::byline, "byline"},
    {date_source::date_line, "date_line"},
    {date_source::dateline, "dateline"},
    {date_source::url, "url"},
}};
}  // namespace

std::string_view to_string(date_source s) { return detail::name_of(sources, s); }
std::optional<date_source> parse_date_source(std::string_view s) { return detail::value_of(sources, s); }

document::document(std::string id, std::string source, std::string text)
    : id_(std::move(id)), source_(std::move(source)), text_(std::move(text)), lower_(text_) {
  for (char& c : lower_)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
}

void document::set_tokens(std::vector<token> t) {
  tokens = std::move(t);
  // A token's form is its lower-case text where nothing is folded (nearly
  // always), so form_text_ starts as the lower-case text and a token's form
  // is its own span of it; the few folded forms are appended after it.
  form_text_ = lower_;
  forms_.clear();
  forms_.reserve(tokens.size());
  form_hashes_.clear();
  form_hashes_.reserve(tokens.size());
  for (const auto& tok : tokens) {
    const std::string_view low = tok.where.of(lower_);
    // One pass hashes the lower-case token and looks for the lead byte of
    // the punctuation forms fold (rare: then the form is made and hashed).
    std::uint64_t h = form_hash_seed;
    bool lead = false;
    for (const char c : low) {
      lead |= static_cast<unsigned char>(c) == 0xE2;
      h = form_hash_add(h, c);
    }
    if (lead && has_foldable_punctuation(low)) {
      const auto begin = static_cast<std::uint32_t>(form_text_.size());
      form_text_ += normalise_token(low);
      forms_.push_back({begin, static_cast<std::uint32_t>(form_text_.size())});
      h = form_hash(forms_.back().of(form_text_));
    } else {
      forms_.push_back(tok.where);
    }
    form_hashes_.push_back(h);
  }
}

std::uint32_t document::sentence_of_token(std::uint32_t i) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), i,
                             [](std::uint32_t t, const sentence& s) { return t < s.first_token; });
  return it == sentences.begin() ? 0 : static_cast<std::uint32_t>(it - sentences.begin() - 1);
}

}  // namespace eventgraph
