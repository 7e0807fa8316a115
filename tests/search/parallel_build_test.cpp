// The index is the same whatever the number of parser threads: same documents under the
// same docids, with the same data, values, terms, frequencies and positions.

#include <sstream>

#include <gtest/gtest.h>
#include <xapian.h>

#include "indexer/index/build.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

std::string describe_document(const Xapian::Database& db, Xapian::docid did) {
    const Xapian::Document doc = db.get_document(did);
    std::ostringstream out;
    out << doc.get_data();
    for (auto v = doc.values_begin(); v != doc.values_end(); ++v) out << "\nvalue " << v.get_valueno() << '=' << *v;
    for (auto t = doc.termlist_begin(); t != doc.termlist_end(); ++t) {
        out << "\nterm " << *t << " wdf " << t.get_wdf() << " at";
        for (auto p = t.positionlist_begin(); p != t.positionlist_end(); ++p) out << ' ' << *p;
    }
    return out.str();
}

TEST(ParallelBuild, OneAndTwoParserThreadsBuildTheSameIndex) {
    TempDir one, two;
    const std::vector<std::filesystem::path> inputs = {corpus_dir(), fixtures_dir() / "layouts"};
    indexer::BuildOptions options;
    options.jobs = 1;
    const auto serial = indexer::build_index(one.path(), inputs, options);
    options.jobs = 2;
    const auto parallel = indexer::build_index(two.path(), inputs, options);
    EXPECT_EQ(parallel.jobs, 2u);
    EXPECT_EQ(parallel.files_indexed, serial.files_indexed);
    EXPECT_EQ(parallel.failed.size(), serial.failed.size());
    EXPECT_EQ(parallel.warnings, serial.warnings);

    const Xapian::Database a(one.path().string()), b(two.path().string());
    ASSERT_GT(a.get_doccount(), 100u);
    ASSERT_EQ(a.get_doccount(), b.get_doccount());
    ASSERT_EQ(a.get_lastdocid(), b.get_lastdocid());
    for (Xapian::docid did = 1; did <= a.get_lastdocid(); ++did) {
        bool in_a = true, in_b = true;
        try { a.get_document(did); } catch (const Xapian::DocNotFoundError&) { in_a = false; }
        try { b.get_document(did); } catch (const Xapian::DocNotFoundError&) { in_b = false; }
        ASSERT_EQ(in_a, in_b) << "docid " << did;
        if (in_a) {
            ASSERT_EQ(describe_document(a, did), describe_document(b, did)) << "docid " << did;
        }
    }
    for (auto s = a.spellings_begin(), t = b.spellings_begin(); s != a.spellings_end(); ++s, ++t) {
        ASSERT_NE(t, b.spellings_end());
        EXPECT_EQ(*s, *t);
        EXPECT_EQ(s.get_termfreq(), t.get_termfreq());
    }
}

}  // namespace
}  // namespace rs::test
