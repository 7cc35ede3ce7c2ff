#include "langid/stopword_table.h"

#include <algorithm>

namespace loupe::langid {

// Entries are hashed as they are added: the tables are built on the first paragraph a page
// indexes, and a linear search for duplicates made that O(n^2) (~0.5M instructions).
void StopwordTable::add(std::string_view words, std::uint8_t mask) {
  std::size_t pos = 0;
  while (pos < words.size()) {
    std::size_t end = words.find(' ', pos);
    if (end == std::string_view::npos) end = words.size();
    const std::string_view w = words.substr(pos, end - pos);
    pos = end + 1;
    if (w.empty()) continue;
    std::size_t slot = hash(w);
    while (slots_[slot] != 0 && entries_[slots_[slot] - 1].word != w) {
      slot = (slot + 1) & (kSlots - 1);
    }
    if (slots_[slot] != 0) {
      entries_[slots_[slot] - 1].mask |= mask;
    } else if (size_ < kCapacity) {  // capacity is checked by the unit test on table sizes
      entries_[size_++] = {w, mask};
      slots_[slot] = static_cast<std::uint16_t>(size_);
      max_word_bytes_ = std::max(max_word_bytes_, w.size());
    }
  }
}

std::size_t StopwordTable::hash(std::string_view w) {
  std::uint32_t h = 2166136261u;  // FNV-1a
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h & (kSlots - 1);
}

std::uint8_t StopwordTable::lookup(std::string_view lower_word) const {
  if (lower_word.size() > max_word_bytes_) return 0;
  for (std::size_t slot = hash(lower_word); slots_[slot] != 0; slot = (slot + 1) & (kSlots - 1)) {
    const Entry& e = entries_[slots_[slot] - 1];
    if (e.word == lower_word) return e.mask;
  }
  return 0;
}

// The lists: the most frequent function words of each language (our own selection). Words that
// two lists share are allowed; the identifier scores them lower.
static StopwordTable make_latin() {
  StopwordTable t;
  t.add(
      "the and of to is are was were be been being that this these those with for by it its as "
      "on from have has had not which but or they their them there what who whom will would "
      "an at we our you your he she his her can all more about than into also only such should "
      "must could may other some any how when where while if so a in no do does did after",
      kLangEn);
  t.add(
      "el la los las de del que y en un una unos unas por con para es se su sus al lo como más "
      "pero este esta esto estos estas ese esa son está están han ha entre sobre también muy "
      "sin ya o le les fue ser puede hay qué cuando donde nos mi porque desde hasta sino "
      "según otro otra todos todas ni a no",
      kLangEs);
  // French, German, Italian, Portuguese.
  t.add(
      "le les des est et une dans du pour pas qui sur au aux avec ce il ne sont plus ou mais "
      "nous vous cette été leur ces était être fait ont avait avaient deux de la en que un se son "
      "entre a "
      "der die das und ist nicht mit von zu den dem ein eine einen auf für sich im auch werden "
      "wird sind wie oder aber nach bei aus über es in an was so also "
      "di che della per non sono gli delle nel anche questo degli alla dei una con lo al o mi "
      "não uma com os do da em dos das na mais ao pelo pela são também foi para por como sobre no",
      kLangOtherLatin);
  return t;
}

static StopwordTable make_cyrillic() {
  StopwordTable t;
  t.add(
      "и что с как это он она к но из от его был была были мы они также или между чтобы только "
      "уже бы если когда этот этого этой этом ее её их со во об вы нет было будет после может "
      "который которые которая которых ли где еще ещё сейчас себя свою",
      kLangRu);
  t.add(
      "і й що з із зі та це як але від його ми вони є чи також або між які який яка яку щоб "
      "тільки вже би якщо коли цей цього цієї їх її ще після буде було він вона ви має своїх "
      "свою себе про",  // про: Russian prefers о/об in writing
      kLangUk);
  return t;
}

const StopwordTable& latin_stopwords() {
  static const StopwordTable table = make_latin();
  return table;
}

const StopwordTable& cyrillic_stopwords() {
  static const StopwordTable table = make_cyrillic();
  return table;
}

}  // namespace loupe::langid
