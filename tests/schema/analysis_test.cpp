// The shared analysis chain: what the Danish stemmer really does, and that the index
// side and the query side agree.
#include <string>
#include <vector>

#include <gtest/gtest.h>
#include <xapian.h>

#include "schema/analysis/analysis.hpp"
#include "schema/analysis/analyzer.hpp"
#include "schema/analysis/normalize.hpp"
#include "schema/analysis/query_parser.hpp"
#include "schema/analysis/stemmer.hpp"
#include "schema/analysis/term_generator.hpp"
#include "schema/fields.hpp"

namespace analysis = rs::schema::analysis;

namespace {
// An in-memory database holding one document with `text` indexed as Beslutning.
Xapian::WritableDatabase database_with(const std::string& text) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    auto generator = analysis::make_term_generator();
    generator.set_document(doc);
    analysis::index_field(generator, text, rs::schema::text_fields[4]);  // XBESL
    db.add_document(doc);
    return db;
}

Xapian::doccount matches(const Xapian::Database& db, const std::string& query) {
    Xapian::Enquire enquire(db);
    auto parser = analysis::make_query_parser(db);
    enquire.set_query(analysis::parse_query(parser, query, analysis::query_flags));
    return enquire.get_mset(0, 10).size();
}
}  // namespace

TEST(DanishStemmer, ConflatesWhatSnowballConflatesAndNoMore) {
    auto stem = analysis::make_stemmer();
    EXPECT_EQ(stem("godkendelse"), "godkend");
    EXPECT_EQ(stem("godkendt"), "godkend");
    EXPECT_EQ(stem("godkendte"), "godkend");
    EXPECT_EQ(stem("kommunerne"), stem("kommune"));
    EXPECT_EQ(stem("udvalgets"), "udvalg");
    // Snowball's over- and under-stemming, fixed by schema/data/protected_stems.tsv:
    EXPECT_EQ(stem("demens"), "demens") << "Snowball says \"dem\", the pronoun";
    EXPECT_EQ(stem("dem"), "dem");
    EXPECT_EQ(stem("godkende"), "godkend") << "Snowball says \"godk\", which misses godkendt";
}

TEST(DanishStemmer, TheCachingStemmerGivesTheSameStemsPastItsBound) {
    auto plain = analysis::make_stemmer();
    auto caching = analysis::make_caching_stemmer();
    const std::vector<std::string> words{"godkendelse", "demens", "dem", "godkende", "kommunerne", "demens"};
    for (const auto& word : words) EXPECT_EQ(caching(word), plain(word)) << word;
    // More distinct words than it keeps: it starts over, and still stems right.
    for (std::size_t i = 0; i <= analysis::max_cached_stems; ++i) caching("ord" + std::to_string(i) + "erne");
    for (const auto& word : words) EXPECT_EQ(caching(word), plain(word)) << word << " after the bound";
}

TEST(AnalysisChain, InflectedQueryWordFindsIndexedForm) {
    auto db = database_with("Indstillingen blev godkendt af kommunerne.");
    EXPECT_EQ(matches(db, "godkendelse"), 1u);
    EXPECT_EQ(matches(db, "kommune"), 1u);
    EXPECT_EQ(matches(db, "godkende"), 1u) << "a protected stem: Snowball alone says godk";
}

TEST(AnalysisChain, CapitalisedQueryWordIsSearchedAsWritten) {
    // STEM_SOME: a capitalised word is not stemmed, so only the exact form matches.
    auto db = database_with("Indstillingen blev godkendt.");
    EXPECT_EQ(matches(db, "Godkendt"), 1u);
    EXPECT_EQ(matches(db, "Godkendelse"), 0u);
}

TEST(AnalysisChain, FieldNamesSearchTheirSectionOnly) {
    auto db = database_with("Indstillingen blev godkendt.");
    EXPECT_EQ(matches(db, "beslutning:godkendt"), 1u);
    EXPECT_EQ(matches(db, "bilag:godkendt"), 0u);
    for (const auto& field : rs::schema::text_fields) {
        auto parsed = analysis::make_query_parser(db).parse_query(std::string(field.query_name) + ":ord",
                                                                   analysis::query_flags);
        std::string stemmed("Z");
        stemmed.append(field.prefix).append("ord");
        EXPECT_NE(parsed.get_description().find(stemmed), std::string::npos)
            << field.query_name << ": " << parsed.get_description();
    }
}

TEST(AnalysisChain, BeslutningSearchesTheKonklusionTooButNotTheOtherWayRound) {
    // The clusters write Konklusion where committees write Beslutning (MINUTES.md).
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    for (const auto& [text, field] : {std::pair{"Sagen udsættes.", rs::schema::text_fields[5]},     // XKONKL
                                      std::pair{"Forslaget afvises.", rs::schema::text_fields[4]}}) {  // XBESL
        Xapian::Document doc;
        auto generator = analysis::make_term_generator();
        generator.set_document(doc);
        analysis::index_field(generator, text, field);
        db.add_document(doc);
    }
    EXPECT_EQ(matches(db, "beslutning:udsættes"), 1u) << "the decision, whatever the minutes call it";
    EXPECT_EQ(matches(db, "beslutning:afvises"), 1u);
    EXPECT_EQ(matches(db, "konklusion:udsættes"), 1u);
    EXPECT_EQ(matches(db, "konklusion:afvises"), 0u) << "konklusion: is the Konklusion only";
    EXPECT_EQ(matches(db, "resume:udsættes"), 0u);
}

TEST(AnalysisChain, PhrasesNeedPositionsAndDoNotSpanFields) {
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    Xapian::Document doc;
    auto generator = analysis::make_term_generator();
    generator.set_document(doc);
    analysis::index_field(generator, "Kom Trygt Hjem", rs::schema::text_fields[0]);
    analysis::index_field(generator, "hjem igen", rs::schema::text_fields[1]);
    db.add_document(doc);
    EXPECT_EQ(matches(db, "\"kom trygt hjem\""), 1u);
    EXPECT_EQ(matches(db, "\"trygt hjem hjem\""), 0u) << "a phrase must not run from the title into a section";
}

TEST(AnalysisChain, DecomposedLettersMatchPrecomposed) {
    const std::string decomposed = "Rana\u030A";  // "Ranå" with a combining ring
    EXPECT_EQ(analysis::normalize_text(decomposed), "Ran\u00E5");
    auto db = database_with("Mødet blev holdt i Ran\u00E5.");
    EXPECT_EQ(matches(db, "rana\u030A"), 1u);
}

TEST(AnalysisChain, DefaultOperatorIsAnd) {
    auto db = database_with("Indstillingen blev godkendt.");
    EXPECT_EQ(matches(db, "godkendt indstilling"), 1u);
    EXPECT_EQ(matches(db, "godkendt hoftebrud"), 0u);
    EXPECT_EQ(matches(db, "godkendt OR hoftebrud"), 1u);
}

TEST(AnalysisChain, WildcardExpandsOverIndexedWords) {
    auto db = database_with("Indstillingen blev godkendt.");
    EXPECT_EQ(matches(db, "godk*"), 1u);
    EXPECT_EQ(matches(db, "hofte*"), 0u);
}

TEST(Analyzer, TheIndexSideAndTheQuerySideAgree) {
    // One analyser indexes; another (as searchd makes per query) parses; they must meet.
    Xapian::WritableDatabase db(std::string(), Xapian::DB_BACKEND_INMEMORY);
    analysis::Analyzer indexing;
    for (const char* title : {"Sammenhængende hoftebrudsforløb", "Kommunernes demensindsats"}) {
        Xapian::Document doc;
        indexing.start_document(doc);
        indexing.add_field_text(title, rs::schema::text_fields[0]);  // titel
        indexing.add_field_text("Indstillingen blev godkendt.", rs::schema::text_fields[4]);  // beslutning
        indexing.add_plain_text("Sundhedsklynge Lillebælt", 1);
        db.add_document(doc);
    }
    const analysis::Analyzer querying;
    const auto found = [&](const std::string& text, analysis::Reading reading = analysis::Reading::match) {
        Xapian::Enquire enquire(db);
        enquire.set_query(querying.parse(db, text, analysis::query_flags, analysis::explicit_operator, reading));
        return enquire.get_mset(0, 10).size();
    };
    EXPECT_EQ(found("hoftebrudsforløb"), 1u);
    EXPECT_EQ(found("forløb"), 1u) << "a compound's part, added on the index side";
    EXPECT_EQ(found("titel:forløb"), 1u) << "and under the field's prefix";
    EXPECT_EQ(found("beslutning:forløb"), 0u);
    EXPECT_EQ(found("godkendelse"), 2u) << "the same stemmer on both sides";
    EXPECT_EQ(found("\"blev godkendt\""), 2u) << "positions: phrases";
    EXPECT_EQ(found("lillebælt demens"), 1u) << "meeting facts are typed with the words";
    EXPECT_EQ(found("titel:lillebælt"), 0u) << "but belong to no field";
    // The highlight reading maps fields to the unprefixed words that snippets mark.
    const auto highlight = querying.parse(db, "titel:demensindsats", analysis::query_flags,
                                          analysis::explicit_operator, analysis::Reading::highlight);
    std::string stem_term("Z");  // append, not "Z" + …: GCC 12 warns falsely (-Wrestrict)
    stem_term += analysis::make_stemmer()("demensindsats");
    bool unprefixed = false;
    for (auto term = highlight.get_terms_begin(); term != highlight.get_terms_end(); ++term) {
        unprefixed = unprefixed || *term == stem_term;
        EXPECT_FALSE((*term).starts_with("ZS")) << *term;
    }
    EXPECT_TRUE(unprefixed) << highlight.get_description();
    Xapian::Document empty;
    indexing.start_document(empty);
    EXPECT_EQ(empty.termlist_count(), 0u) << "a new document starts empty";
}
