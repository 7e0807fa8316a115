#include "schema/analysis/stop_words.hpp"

#include <string>

#include "schema/vocabulary/data_table.hpp"

namespace rs::schema::analysis {

namespace {

const Xapian::SimpleStopper& loaded() {
    // Built once (thread-safe static initialisation), never modified afterwards.
    static const Xapian::SimpleStopper* const stop_words = [] {
        auto* made = new Xapian::SimpleStopper;  // lives as long as the process: parsers point to it
        for (const auto& row : load_data_table("stopwords.tsv", 1)) made->add(row.at(0));
        return made;
    }();
    return *stop_words;
}

}  // namespace

const Xapian::Stopper& stopper() { return loaded(); }

bool is_stop_word(std::string_view lowercase_word) { return loaded()(std::string(lowercase_word)); }

}  // namespace rs::schema::analysis
