#include "schema/analysis/stemmer.hpp"

#include <map>
#include <string>
#include <unordered_map>

#include "schema/analysis/analysis.hpp"
#include "schema/vocabulary/data_table.hpp"

namespace rs::schema::analysis {

namespace {

const std::map<std::string, std::string, std::less<>>& protected_stems() {
    static const std::map<std::string, std::string, std::less<>> stems = [] {
        std::map<std::string, std::string, std::less<>> made;
        for (const auto& row : load_data_table("protected_stems.tsv", 2))
            if (!made.emplace(row.at(0), row.at(1)).second)
                throw DataError(row.where() + ": \"" + row.at(0) + "\" is listed twice");
        return made;
    }();
    return stems;
}

// Snowball, except for the words of protected_stems.tsv.
class ProtectedStemmer final : public Xapian::StemImplementation {
public:
    std::string operator()(const std::string& word) override {
        const auto& stems = protected_stems();
        if (const auto it = stems.find(word); it != stems.end()) return it->second;
        return snowball_(word);
    }
    std::string get_description() const override { return "danish, with protected stems"; }

private:
    Xapian::Stem snowball_{stemmer_language};
};

// Remembers the stems it gave. Not for sharing between threads (make_caching_stemmer).
class CachingStemmer final : public Xapian::StemImplementation {
public:
    std::string operator()(const std::string& word) override {
        if (const auto it = stems_.find(word); it != stems_.end()) return it->second;
        if (stems_.size() >= max_cached_stems) stems_.clear();
        return stems_.emplace(word, stemmer_(word)).first->second;
    }
    std::string get_description() const override { return stemmer_.get_description() + ", remembered"; }

private:
    ProtectedStemmer stemmer_;
    std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem make_stemmer() { return Xapian::Stem(new ProtectedStemmer); }

Xapian::Stem make_caching_stemmer() { return Xapian::Stem(new CachingStemmer); }

}  // namespace rs::schema::analysis
