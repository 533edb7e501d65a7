#include "extractors/temporal_tagger.h"

#include "extractors/time_expression_reader.h"

namespace eventgraph::tagging_detail {

std::vector<time_mention> tagger::run(std::uint32_t begin, std::uint32_t end) {
  begin_ = begin;
  end_ = end;
  // What each token is to the calendar, looked up once: the recognisers
  // ask about the same tokens many times.
  if (doc_words_) {
    words_ = doc_words_->data() + begin;
  } else {
    own_words_.clear();
    own_words_.reserve(end - begin);
    for (std::uint32_t i = begin; i < end; ++i)
      own_words_.push_back(doc_ ? calendar_word_of(*doc_, i) : calendar_word_of(low(i)));
    words_ = own_words_.data();
  }
  for (std::uint32_t i = begin; i < end;) {
    const std::size_t before = out_.size();
    std::uint32_t n = at(i);
    if (n && out_.size() == before + 1) n += range_tail(i + n);
    i += n ? n : 1;
  }
  return std::move(out_);
}

tagger::tense tagger::tense_cue(std::uint32_t k) const {
  static const form_map<tense> cues = [] {
    form_map<tense> m;
    for (const auto w : past_cues) m[w] = tense::past;
    for (const auto w : future_cues) m[w] = tense::future;  // as first asked, future wins
    return m;
  }();
  const auto w = low(k);
  if (doc_ && k < end_) {
    const auto form = doc_->form_of(k);
    if (form.size() == w.size()) {
      const tense* t = cues.find(form, doc_->form_hash_of(k));
      return t ? *t : tense::none;
    }
  }
  return one_of(future_cues, w) ? tense::future : one_of(past_cues, w) ? tense::past : tense::none;
}

// Whether a past-tense cue comes before token i in the sentence, nearer
// than any future cue.
bool tagger::past_before(std::uint32_t i) const {
  for (std::uint32_t k = i; k > begin_; --k) {
    const auto w = low(k - 1);
    const tense t = tense_cue(k - 1);
    if (t == tense::future || w == "next") return false;
    if (t == tense::past || (w.size() > 4 && w.substr(w.size() - 2) == "ed")) return true;
  }
  return false;
}

// "is traveling to Paris on Wednesday", "are meeting on Friday": a journey
// or a meeting in the present progressive with a day is an arrangement,
// a day to come.
bool tagger::arrangement_at(std::uint32_t k) const {
  static constexpr std::array<std::string_view, 14> going{
      "traveling", "travelling", "flying",  "heading",  "visiting",  "meeting",  "hosting",
      "holding",   "going",      "coming",  "leaving",  "arriving",  "returning", "convening"};
  if (k <= begin_ || !one_of(going, low(k))) return false;
  const auto aux = low(k - 1);
  return aux == "is" || aux == "are" || aux == "am";
}

time_direction tagger::direction(std::uint32_t i) const {
  // The nearest tense cue before the expression decides; news defaults to the past.
  for (std::uint32_t k = i; k > begin_; --k) {
    const auto w = low(k - 1);
    const tense t = tense_cue(k - 1);
    if (t == tense::future) return time_direction::future;
    if (w == "next") return time_direction::future;
    if (arrangement_at(k - 1)) return time_direction::future;
    if (t == tense::past || (w.size() > 4 && w.substr(w.size() - 2) == "ed")) return time_direction::past;
  }
  for (std::uint32_t k = i + 1; k < std::min(end_, i + 4); ++k)
    if (tense_cue(k) == tense::future) return time_direction::future;
  return time_direction::past;
}

void tagger::add(std::uint32_t a, std::uint32_t b, time_value v, bool anchors) {
  b = std::min(b, end_);  // never past the sentence, whatever a recogniser counted
  time_mention m;
  m.where = {toks_[a].where.begin, toks_[b - 1].where.end};
  m.first_token = a;
  m.last_token = b;
  m.sentence = sentence_;
  m.value = std::move(v);
  if (anchors && m.value.dated()) anchor_ = m.value.start;
  out_.push_back(std::move(m));
}

void tagger::add_duration(std::uint32_t a, std::uint32_t b) {
  time_mention m;
  m.where = {toks_[a].where.begin, toks_[b - 1].where.end};
  m.first_token = a;
  m.last_token = b;
  m.sentence = sentence_;
  m.duration = true;
  m.duration_text = std::string(m.where.of(text_));
  out_.push_back(std::move(m));
}

// "Jan. 18" in an undated document: day and month known, the year not yet.
void tagger::add_month_day(std::uint32_t a, std::uint32_t b, int month, int day) {
  time_value v;
  v.relative.what = unit::month_day;
  v.relative.month = month;
  v.relative.day = day;
  v.relative.direction = direction(a);
  add(a, b, v, false);
}

// A relative expression: resolved against the reference when there is one.
void tagger::add_relative(std::uint32_t a, std::uint32_t b, relative_time rel) {
  time_value v;
  if (!ref_.is_special()) v = resolve(rel, ref_, time_resolution::publication);
  else v.relative = rel;
  add(a, b, v);
}

// A day of the month at token i: "10", "10th", "tenth", "twenty-fourth".
// Sets len to the tokens it takes; -1 when there is none.
int tagger::day_at(std::uint32_t i, std::uint32_t& len, bool words) const {
  len = 1;
  if (num(i) && low(i).size() <= 2) {
    const int d = to_int(low(i));
    return d >= 1 && d <= 31 ? d : -1;
  }
  if (const int d = ordinal_day(low(i)); d > 0) return d;
  if (!words) return -1;
  if (const int d = ordinal_at(i); d > 0) return d;
  if ((low(i) == "twenty" || low(i) == "thirty") && low(i + 1) == "-" && glued(i + 1)) {
    const int unit = ordinal_at(i + 2);
    const int d = (low(i) == "twenty" ? 20 : 30) + unit;
    if (unit > 0 && unit < 10 && d <= 31) {
      len = 3;
      return d;
    }
  }
  return -1;
}

// Year for a month/day written without one.
int tagger::infer_year(int month, int day, std::uint32_t i) const {
  if (ref_.is_special()) return 0;
  return nearest_year(month, day, ref_, direction(i));
}

// Whether a word is one of those the recognisers below open with.
bool tagger::opener(std::uint32_t i, std::string_view w) const {
  static const form_map<bool> openers = [] {
    form_map<bool> m;
    for (const auto o : {"through", "until", "till", "thru", "from", "between", "nearly", "for", "about", "the",
                         "today", "tonight", "yesterday", "tomorrow", "this", "next", "last", "past", "later",
                         "earlier", "in", "within"})
      m[o] = true;
    return m;
  }();
  if (w.size() > 9) return false;
  // (An opener has no punctuation to fold: its form is w, hashed already.)
  return (doc_ ? openers.find(w, doc_->form_hash_of(i)) : openers.find(w)) != nullptr;
}

std::uint32_t tagger::at(std::uint32_t i) {
  // Whether some recogniser below can start here, and which: told by the
  // first word once (a digit, a month, a capitalised weekday or ordinal, a
  // number word or one of the words the recognisers open with), so that
  // most tokens are skipped at once and the rest run only what may match.
  const auto w = low(i);
  if (w.empty()) return 0;
  const bool digit = w[0] >= '0' && w[0] <= '9';
  const auto& cw = word(i);
  const int number = digit ? -1 : cw.number;
  const int month = digit ? 0 : cw.month;
  // (A capitalised word matters only as a weekday or an ordinal: "First".)
  if (!digit && !month && number <= 0 && !opener(i, w) && !(cap(i) && (cw.weekday >= 0 || cw.ordinal > 0))) return 0;
  const bool counted = digit || number > 0 || w == "the" || w == "in";
  const bool day = digit || cw.ordinal > 0 || w == "twenty" || w == "thirty";
  if (std::uint32_t n = open_interval(i)) return n;
  if (std::uint32_t n = range(i)) return n;
  if (counted || w == "nearly" || w == "for" || w == "about" || w == "next") {
    if (std::uint32_t n = duration(i)) return n;
    if (std::uint32_t n = anchored(i)) return n;
  }
  if (digit)
    if (std::uint32_t n = numeric(i)) return n;
  if (day) {
    if (std::uint32_t n = day_range(i)) return n;
    if (std::uint32_t n = day_first(i)) return n;
  }
  if (month)
    if (std::uint32_t n = month_first(i)) return n;
  if (counted) {
    if (std::uint32_t n = ago(i)) return n;
    if (std::uint32_t n = offset(i)) return n;
  }
  if (w == "past" || w == "last" || w == "next")
    if (std::uint32_t n = span_from_ref(i)) return n;
  if (w == "this" || w == "next" || w == "last" || w == "past")
    if (std::uint32_t n = day_parts(i)) return n;
  if (cw.weekday >= 0)
    if (std::uint32_t n = weekday(i)) return n;
  if (std::uint32_t n = relative_words(i)) return n;
  if (std::uint32_t n = year(i)) return n;
  // "on the 10th"
  if (low(i) == "the" && ordinal_day(low(i + 1)) > 0 && !ref_.is_special() && i > begin_ && low(i - 1) == "on" &&
      !month_at(i + 2) && !(low(i + 2) == "of" && month_at(i + 3))) {
    const int d = ordinal_day(low(i + 1));
    if (auto dt = make_date(ref_.year(), ref_.month(), d)) {
      add(i - 1, i + 2, day_value(*dt, time_resolution::publication));
      return 2;
    }
  }
  return 0;
}

}  // namespace eventgraph::tagging_detail

namespace eventgraph {
namespace {
using tagging_detail::tagger;
namespace bg = boost::gregorian;

std::string lower_copy(std::string_view s) {
  std::string l(s);
  for (char& c : l)
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  return l;
}

}  // namespace

std::vector<time_mention> tag_times(std::string_view text, std::string_view lower, const std::vector<token>& tokens,
                                    std::uint32_t begin, std::uint32_t end, date reference, std::uint32_t sentence) {
  date anchor = reference;
  return tagger(text, lower, tokens, reference, sentence, anchor).run(begin, end);
}

std::optional<date> find_full_date(std::string_view text) {
  const auto toks = tokenize(text);
  const std::string lower = lower_copy(text);
  for (const auto& m : tag_times(text, lower, toks, 0, static_cast<std::uint32_t>(toks.size()), date(bg::not_a_date_time), 0))
    if (m.value.dated() && m.value.how == time_resolution::absolute && m.value.grain == granularity::day)
      return m.value.start;
  return std::nullopt;
}

void temporal_tagger::operator()(document& doc) const {
  doc.time_mentions.clear();
  date anchor = doc.published;
  const std::vector<calendar_word> words = calendar_words_of(doc);
  for (std::uint32_t s = 0; s < doc.sentences.size(); ++s) {
    const auto& sent = doc.sentences[s];
    auto found = tagger(doc.text(), doc.lower(), doc.tokens, doc.published, s, anchor, &doc, &words)
                     .run(sent.first_token, sent.last_token);
    for (auto& m : found) doc.time_mentions.push_back(std::move(m));
  }
}

}  // namespace eventgraph

