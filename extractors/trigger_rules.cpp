#include "extractors/trigger_rules.h"

#include <algorithm>
#include <charconv>
#include <iterator>

#include "extractors/phrase_index.h"
#include "extractors/tsv_table.h"

namespace eventgraph {

token_pattern parse_pattern(std::string_view text) {
  token_pattern p;
  std::size_t pos = 0;
  while (pos < text.size()) {
    while (pos < text.size() && text[pos] == ' ') ++pos;
    if (pos >= text.size()) break;
    auto sp = text.find(' ', pos);
    if (sp == std::string_view::npos) sp = text.size();
    std::vector<std::string> alts;
    std::size_t a = pos;
    while (a <= sp) {
      auto bar = text.find('|', a);
      if (bar == std::string_view::npos || bar > sp) bar = sp;
      if (bar > a) alts.emplace_back(normalise_token(text.substr(a, bar - a)));
      a = bar + 1;
    }
    // Hyphenated alternatives ("one-to-one") are several tokens in text:
    // keep them as a single step matched against the joined tokens.
    p.steps.push_back(std::move(alts));
    pos = sp;
  }
  return p;
}

candidate_list::candidate_list(const std::vector<std::uint32_t>* a, const std::vector<std::uint32_t>* b) {
  static const std::vector<std::uint32_t> none;
  if (!a || !b || a == b) {
    only_ = a ? a : (b ? b : &none);
    return;
  }
  merged_.reserve(a->size() + b->size());
  std::merge(a->begin(), a->end(), b->begin(), b->end(), std::back_inserter(merged_));
  merged_.erase(std::unique(merged_.begin(), merged_.end()), merged_.end());
}

namespace {
// Matches one step at token i; returns tokens consumed (0 = no match).
std::uint32_t match_step(const std::vector<std::string>& alts, const document& doc, std::uint32_t i, std::uint32_t end) {
  if (i >= end) return 0;
  if (alts.size() == 1 && alts[0] == "*") return 1;
  const std::string_view tok = doc.form_of(i);
  const std::string_view lemma = doc.lemma_of(i);
  const bool own_lemma = lemma.data() != tok.data();  // most tokens are their own lemma: compare once
  for (const auto& a : alts) {
    if (a == tok || (own_lemma && a == lemma)) return 1;
    // A hyphenated or apostrophised alternative spanning glued tokens: "one-to-one", "aren't".
    if (a.size() > tok.size() && a.compare(0, tok.size(), tok) == 0) {
      std::string joined(tok);
      std::uint32_t j = i + 1;
      while (j < end && !doc.tokens[j].space_before && joined.size() < a.size()) {
        joined += doc.form_of(j);
        ++j;
      }
      if (joined == a) return j - i;
    }
  }
  return 0;
}
}  // namespace

bool token_pattern::matches_at(const document& doc, std::uint32_t i, std::uint32_t end) const {
  std::uint32_t j = i;
  for (const auto& step : steps) {
    // Scare quotes inside a phrase do not break it: a “swift, severe” retribution.
    if (j > i)
      while (j < end && (doc.form_of(j) == "\xE2\x80\x9C" || doc.form_of(j) == "\xE2\x80\x9D" || doc.form_of(j) == "\""))
        ++j;
    const auto n = match_step(step, doc, j, end);
    if (!n) return false;
    j += n;
  }
  return true;
}

trigger_rules trigger_rules::load(const lexicon_files& files) {
  trigger_rules out;
  {
    const auto t = tsv_table::parse(files.content("triggers.tsv"), files.origin("triggers.tsv"),
                                    {"id", "type", "cameo", "trigger", "requires", "excludes", "window", "modality"});
    for (const auto& r : t.rows()) {
      trigger_rule rule;
      rule.id = t.get(r, "id");
      if (rule.id.empty()) t.fail(r, "empty rule id");
      for (const auto& other : out.rules_)
        if (other.id == rule.id) t.fail(r, "duplicate rule id " + rule.id);
      if (t.get(r, "type") == "none") {
        rule.blocks = true;
      } else {
        const auto type = parse_event_type(t.get(r, "type"));
        if (!type) t.fail(r, "unknown event type '" + t.get(r, "type") + "'");
        rule.type = *type;
      }
      rule.cameo = t.get(r, "cameo");
      if (rule.cameo == "0") rule.cameo.clear();
      rule.trigger = parse_pattern(t.get(r, "trigger"));
      if (rule.trigger.steps.empty()) t.fail(r, "empty trigger");
      rule.requires_any = split_alternatives(t.get(r, "requires"));
      // Markers among the required words ask for a construction, not a word.
      const auto take_marker = [&](std::string_view marker) {
        const auto at = std::find(rule.requires_any.begin(), rule.requires_any.end(), marker);
        if (at == rule.requires_any.end()) return false;
        rule.requires_any.erase(at);
        return true;
      };
      rule.needs_pair = take_marker("@pair");
      rule.needs_object = take_marker("@object");
      rule.equipment_counts = take_marker("@equipment");
      rule.needs_abroad = take_marker("@abroad");
      rule.excludes = split_alternatives(t.get(r, "excludes"));
      for (const auto& w : rule.requires_any) rule.requires_set[w] = true;
      for (const auto& w : rule.excludes) rule.excludes_set[w] = true;
      const auto& w = t.get(r, "window");
      if (!w.empty()) {
        auto res = std::from_chars(w.data(), w.data() + w.size(), rule.window);
        if (res.ec != std::errc{} || res.ptr != w.data() + w.size() || rule.window < 0 || rule.window > 50)
          t.fail(r, "window must be a number from 0 to 50, found '" + w + "'");
      }
      if (!t.get(r, "modality").empty()) {
        rule.implied = parse_modality(t.get(r, "modality"));
        if (!rule.implied) t.fail(r, "unknown modality '" + t.get(r, "modality") + "'");
      }
      std::vector<std::uint32_t> any_first;
      index_first_step(out.by_first_, any_first, rule.trigger, static_cast<std::uint32_t>(out.rules_.size()));
      if (!any_first.empty()) t.fail(r, "a trigger cannot start with *");
      out.rules_.push_back(std::move(rule));
    }
  }
  {
    const auto t = tsv_table::parse(files.content("modality_cues.tsv"), files.origin("modality_cues.tsv"),
                                    {"cue", "modality", "where"});
    for (const auto& r : t.rows()) {
      modality_cue c;
      c.cue = parse_pattern(t.get(r, "cue"));
      if (c.cue.steps.empty()) t.fail(r, "empty cue");
      const auto m = parse_modality(t.get(r, "modality"));
      if (!m) t.fail(r, "unknown modality '" + t.get(r, "modality") + "'");
      c.mod = *m;
      const auto& w = t.get(r, "where");
      if (w == "before") c.at = modality_cue::where::before;
      else if (w == "after") c.at = modality_cue::where::after;
      else if (w == "either") c.at = modality_cue::where::either;
      else if (w == "next") c.at = modality_cue::where::next;
      else t.fail(r, "where must be before, after, either or next, found '" + w + "'");
      index_first_step(out.cues_by_first_, out.cues_any_first_, c.cue, static_cast<std::uint32_t>(out.cues_.size()));
      out.cues_.push_back(std::move(c));
    }
  }
  return out;
}

void trigger_rules::index_first_step(first_token_index& index, std::vector<std::uint32_t>& any,
                                     const token_pattern& p, std::uint32_t idx) {
  for (const auto& first : p.steps.front()) {
    if (first == "*") { any.push_back(idx); continue; }
    // Index by the first token of the alternative as the tokenizer sees it:
    // "one-to-one" starts with "one"; "aren't" is one token, or "aren" and
    // "'t" when written with another apostrophe: index both.
    std::string key = first;
    const auto cut = key.find_first_of("-'");
    if (cut != std::string::npos && cut > 0) key = key.substr(0, cut);
    for (const auto& k : {key, first}) {
      auto& v = index[k];
      if (v.empty() || v.back() != idx) v.push_back(idx);
    }
  }
}

const std::vector<std::uint32_t>* trigger_rules::rules_starting_with(std::string_view form) const {
  return by_first_.find(form);
}

}  // namespace eventgraph
