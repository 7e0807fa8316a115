// A CPR number in a minutes file cannot be found, and is in no stored item.

#include <fstream>

#include <gtest/gtest.h>

#include "indexer/index/build.hpp"
#include "searchd/search/xapian_search_service.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

TEST(Privacy, ACprNumberInAFileCannotBeFoundOrRead) {
    TempDir files, index;
    std::ofstream(files.path() / "cpr.txt")
        << "REFERAT Sundhedsklynge Fyn - Politisk niveau d. 15-01-2020\n\n"
           "Punkt 1: Klage fra borger\nSagsfremstilling\nBorgeren med cpr.nr. 010203-1234 klager over ventetid.\n"
           "Beslutning\nTaget til efterretning.\n";
    const auto report = indexer::build_index(index.path(), {files.path()});
    EXPECT_EQ(report.cpr_numbers_removed, 1u);
    EXPECT_NE(indexer::summary(report).find("privacy: 1 CPR numbers in 1 files"), std::string::npos)
        << indexer::summary(report);
    const auto service = search::make_xapian_search_service(index.path(), 1);
    for (const char* query : {"010203-1234", "0102031234", "010203", "1234", "\"010203 1234\""}) {
        search::SearchRequest request;
        request.query = query;
        EXPECT_EQ(service->search(request).total, 0u) << query;
    }
    search::SearchRequest everything;
    const auto hits = service->search(everything).hits;
    ASSERT_EQ(hits.size(), 1u);
    const auto detail = service->item(hits[0].item.id, "");
    ASSERT_TRUE(detail);
    for (const auto& section : detail->item.sections) EXPECT_EQ(section.text.find("1234"), std::string::npos);
    search::SearchRequest klage;
    klage.query = "ventetid";
    EXPECT_EQ(service->search(klage).total, 1u) << "the rest of the text is searchable";
}

}  // namespace
}  // namespace rs::test
