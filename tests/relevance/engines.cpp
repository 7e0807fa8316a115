#include "tests/relevance/engines.hpp"

#include <algorithm>
#include <stdexcept>

#include <xapian.h>

#include "indexer/index/build.hpp"
#include "schema/document_data.hpp"
#include "searchd/search/search_service.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/support/paths.hpp"

namespace rs::relevance {

namespace {

class ReferatsogEngine final : public Engine {
public:
    explicit ReferatsogEngine(const std::filesystem::path& index) : service_(search::make_xapian_search_service(index, 1)) {}
    std::string name() const override { return "Referatsøg"; }
    std::vector<std::string> rank(const std::string& query, std::size_t k) override {
        search::SearchRequest request;
        request.query = query;
        request.sort = search::SortOrder::relevance;
        request.limit = static_cast<unsigned>(k);
        std::vector<std::string> ids;
        try {
            // As the search page shows them: the matches, then the related items.
            const auto result = service_->search(request);
            for (const auto& hit : result.hits) ids.push_back(hit.item.id);
            for (const auto& hit : result.related_hits) ids.push_back(hit.item.id);
        } catch (const search::InvalidRequest&) {
        }
        return ids;
    }

private:
    std::unique_ptr<search::SearchService> service_;
};

class BaselineEngine final : public Engine {
public:
    BaselineEngine(const std::filesystem::path& index, const std::filesystem::path& dir) {
        const Xapian::Database source(index.string());
        Xapian::WritableDatabase target(dir.string(), Xapian::DB_CREATE_OR_OVERWRITE);
        Xapian::TermGenerator generator;
        generator.set_stemmer(Xapian::Stem("danish"));
        for (auto it = source.postlist_begin(""); it != source.postlist_end(""); ++it) {
            const auto stored = schema::parse_document_data(source.get_document(*it).get_data());
            Xapian::Document doc;
            generator.set_document(doc);
            generator.index_text(stored.item.title);
            for (const auto& section : stored.item.sections) {
                generator.increase_termpos();
                generator.index_text(section.text);
            }
            doc.set_data(stored.item.id);
            target.add_document(doc);
        }
        target.commit();
        db_ = Xapian::Database(dir.string());
    }
    std::string name() const override { return "plain Xapian"; }
    std::vector<std::string> rank(const std::string& query, std::size_t k) override {
        Xapian::QueryParser parser;
        parser.set_stemmer(Xapian::Stem("danish"));
        parser.set_database(db_);
        std::vector<std::string> ids;
        try {
            Xapian::Enquire enquire(db_);
            enquire.set_query(parser.parse_query(query));  // Xapian's defaults: OR, STEM_SOME
            const auto mset = enquire.get_mset(0, static_cast<Xapian::doccount>(k));
            for (auto it = mset.begin(); it != mset.end(); ++it) ids.push_back(it.get_document().get_data());
        } catch (const Xapian::QueryParserError&) {
        }
        return ids;
    }

private:
    Xapian::Database db_;
};

}  // namespace

std::filesystem::path build_referatsog_index(const std::filesystem::path& dir) {
    const auto index = dir / "referatsog";
    // The fixtures' minutes only: the folder also holds their README and expected parses.
    std::vector<std::filesystem::path> inputs{test::corpus_dir()};
    for (const auto& entry : std::filesystem::directory_iterator(test::fixtures_dir() / "layouts"))
        if (entry.path().extension() == ".txt") inputs.push_back(entry.path());
    std::sort(inputs.begin() + 1, inputs.end());
    const auto report = indexer::build_index(index, inputs);
    if (!report.ok()) throw std::runtime_error("indexing the relevance items failed for some files");
    return index;
}

std::unique_ptr<Engine> make_referatsog_engine(const std::filesystem::path& index) {
    return std::make_unique<ReferatsogEngine>(index);
}

std::unique_ptr<Engine> make_baseline_engine(const std::filesystem::path& index, const std::filesystem::path& dir) {
    return std::make_unique<BaselineEngine>(index, dir / "baseline");
}

}  // namespace rs::relevance
