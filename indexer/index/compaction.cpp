#include "indexer/index/compaction.hpp"

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <system_error>

namespace fs = std::filesystem;

namespace rs::indexer {

fs::path compaction_dir(const fs::path& dir) {
    fs::path path = fs::absolute(dir).lexically_normal();
    if (path.filename().empty()) path = path.parent_path();  // "index/" names "index"
    return path.parent_path() / (path.filename().string() + ".compacting");
}

void compact_in_place(Xapian::WritableDatabase& db, const fs::path& dir) {
    const fs::path copy = compaction_dir(dir);
    fs::remove_all(copy);
    try {
        // Docids kept: every docid a reader or a log has seen still names the same item.
        db.compact(copy.string(), Xapian::DBCOMPACT_NO_RENUMBER);
        if (::renameat2(AT_FDCWD, copy.c_str(), AT_FDCWD, fs::absolute(dir).c_str(), RENAME_EXCHANGE) != 0)
            throw fs::filesystem_error("exchanging the compacted index with the index", copy, dir,
                                       std::error_code(errno, std::generic_category()));
    } catch (...) {
        std::error_code ignored;
        fs::remove_all(copy, ignored);
        throw;
    }
}

void remove_compaction_leftover(const fs::path& dir) {
    std::error_code ignored;  // nothing there is the usual case
    fs::remove_all(compaction_dir(dir), ignored);
}

}  // namespace rs::indexer
