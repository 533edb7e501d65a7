#include "core/document.h"

#include <algorithm>
#include <iterator>
#include <array>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

namespace {
// ASCII upper-case letters to lower case, in place; other bytes (UTF-8
// included) unchanged. Every byte of every document goes through here.
void lower_ascii(std::string& s) {
  std::size_t i = 0;
#if defined(__SSE2__)
  // Sixteen bytes at a time: 'A'..'Z' are the bytes b with b - 'A' (as a
  // signed byte, shifted so that 'A' is the smallest) below 26.
  const __m128i shift = _mm_set1_epi8(static_cast<char>(0x80 - 'A'));
  const __m128i limit = _mm_set1_epi8(static_cast<char>(0x80 + 26));
  const __m128i to_lower = _mm_set1_epi8(0x20);
  for (; i + 16 <= s.size(); i += 16) {
    auto* p = reinterpret_cast<__m128i*>(s.data() + i);
    const __m128i v = _mm_loadu_si128(p);
    const __m128i upper = _mm_cmplt_epi8(_mm_add_epi8(v, shift), limit);
    _mm_storeu_si128(p, _mm_or_si128(v, _mm_and_si128(upper, to_lower)));
  }
#endif
  for (; i < s.size(); ++i)
    if (s[i] >= 'A' && s[i] <= 'Z') s[i] = static_cast<char>(s[i] - 'A' + 'a');
}
}  // namespace

document::document(std::string id, std::string source, std::string text)
    : id_(std::move(id)), source_(std::move(source)), text_(std::move(text)), lower_(text_) {
  lower_ascii(lower_);
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

void document::set_words(std::vector<word_analysis> words, const std::vector<std::string_view>& lemmas) {
  words_ = std::move(words);
  words_.resize(tokens.size());
  lemma_text_.clear();
  lemmas_.clear();
  lemmas_.reserve(tokens.size());
  lemma_hashes_.clear();
  lemma_hashes_.reserve(tokens.size());
  for (std::uint32_t i = 0; i < tokens.size(); ++i) {
    // A lemma that is the form itself (most tokens) is not copied: an empty span stands for it.
    if (i >= lemmas.size() || lemmas[i].empty() || lemmas[i] == std::string_view(form_of(i))) {
      lemmas_.push_back({});
      lemma_hashes_.push_back(form_hashes_[i]);
      continue;
    }
    const auto begin = static_cast<std::uint32_t>(lemma_text_.size());
    lemma_text_ += lemmas[i];
    lemmas_.push_back({begin, static_cast<std::uint32_t>(lemma_text_.size())});
    lemma_hashes_.push_back(form_hash(lemmas[i]));
  }
}

std::uint32_t document::sentence_of_token(std::uint32_t i) const {
  auto it = std::upper_bound(sentences.begin(), sentences.end(), i,
                             [](std::uint32_t t, const sentence& s) { return t < s.first_token; });
  return it == sentences.begin() ? 0 : static_cast<std::uint32_t>(it - sentences.begin() - 1);
}

}  // namespace eventgraph

namespace eventgraph {

std::int32_t document::clause_of_token(std::uint32_t i) const {
  // The innermost holder is the last clause (in first-token order) whose
  // range holds i; clauses do not cross sentences, so it is among those of
  // the sentence of the last clause that starts at or before i (a search,
  // not a scan of the document: recognisers ask for every trigger).
  auto it = std::upper_bound(clauses.begin(), clauses.end(), i,
                             [](std::uint32_t t, const clause& c) { return t < c.first_token; });
  if (it == clauses.begin()) return no_index;
  const std::uint32_t sentence = std::prev(it)->sentence;
  while (it != clauses.begin()) {
    --it;
    if (it->sentence != sentence) break;
    if (i < it->last_token) return static_cast<std::int32_t>(it - clauses.begin());
  }
  return no_index;
}

std::int32_t document::chunk_of_token(std::uint32_t i) const {
  auto it = std::upper_bound(chunks.begin(), chunks.end(), i,
                             [](std::uint32_t t, const noun_chunk& c) { return t < c.first_token; });
  if (it == chunks.begin()) return no_index;
  --it;
  return i < it->last_token ? static_cast<std::int32_t>(it - chunks.begin()) : no_index;
}

}  // namespace eventgraph
