// Any text as a user's query, read by the query builder against a small index: every
// reading (as written, as plain words) and its fallbacks. A query with nothing to search
// is an InvalidRequest; nothing else may happen.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <xapian.h>

#include "schema/analysis/analysis.hpp"
#include "searchd/search/query_builder.hpp"
#include "searchd/search/search_service.hpp"

namespace {
// A few documents, so that wildcards, spellings and synonyms have terms to meet.
const Xapian::Database& index() {
    static const Xapian::WritableDatabase db = [] {
        Xapian::WritableDatabase memory(std::string(), Xapian::DB_BACKEND_INMEMORY);
        for (const char* text : {"hoftebrud demens kommune", "kom trygt hjem region", "lægedækning sundhedsklynge"}) {
            Xapian::Document doc;
            Xapian::TermGenerator generator;
            generator.set_document(doc);
            generator.index_text(text);
            memory.add_document(doc);
        }
        return memory;
    }();
    return db;
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    if (text.size() > 1000) return 0;  // searchd refuses longer queries before this point
    try {
        (void)rs::search::build_text_query(index(), text, size % 2 == 0);
    } catch (const rs::search::InvalidRequest&) {
    }
    return 0;
}
