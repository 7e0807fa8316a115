#include "searchd/search/docid_set_source.hpp"

#include <algorithm>
#include <set>

namespace rs::search {

namespace {
std::vector<std::string> split_uuids(const std::string& joined) {
    std::vector<std::string> uuids;
    std::size_t from = 0;
    while (true) {
        const std::size_t colon = joined.find(':', from);
        uuids.push_back(joined.substr(from, colon - from));
        if (colon == std::string::npos) return uuids;
        from = colon + 1;
    }
}
}  // namespace

std::unique_ptr<DocidSetSource> DocidSetSource::make(const Xapian::Database& db, std::vector<Xapian::docid> docids) {
    std::vector<std::string> uuids = split_uuids(db.get_uuid());
    if (uuids.size() > 1) {
        const std::set<std::string> distinct(uuids.begin(), uuids.end());
        if (distinct.size() != uuids.size() || distinct.count(std::string())) return nullptr;
    }
    std::sort(docids.begin(), docids.end());
    docids.erase(std::unique(docids.begin(), docids.end()), docids.end());
    return std::unique_ptr<DocidSetSource>(
        new DocidSetSource(std::make_shared<const std::vector<Xapian::docid>>(std::move(docids)), std::move(uuids)));
}

DocidSetSource::DocidSetSource(std::shared_ptr<const std::vector<Xapian::docid>> docids,
                               std::vector<std::string> shard_uuids)
    : combined_(std::move(docids)), shard_uuids_(std::move(shard_uuids)) {}

void DocidSetSource::init(const Xapian::Database& shard) {
    // Xapian's multi-database numbering: shard i (of n) holds combined docids i+1, i+1+n, …
    const auto n = static_cast<Xapian::docid>(shard_uuids_.size());
    Xapian::docid index = 0;
    if (n > 1) {
        const auto it = std::find(shard_uuids_.begin(), shard_uuids_.end(), shard.get_uuid());
        if (it == shard_uuids_.end())
            throw Xapian::InvalidOperationError("DocidSetSource: a shard of another database: " + shard.get_uuid());
        index = static_cast<Xapian::docid>(it - shard_uuids_.begin());
    }
    local_.clear();
    for (const Xapian::docid did : *combined_)
        if ((did - 1) % n == index) local_.push_back((did - 1) / n + 1);
    at_ = 0;
    started_ = false;
}

void DocidSetSource::next(double) {
    if (started_) ++at_;
    started_ = true;
}

void DocidSetSource::skip_to(Xapian::docid did, double) {
    const auto from = local_.begin() + static_cast<std::ptrdiff_t>(started_ ? at_ : 0);
    at_ = static_cast<std::size_t>(std::lower_bound(from, local_.end(), did) - local_.begin());
    started_ = true;
}

DocidSetSource* DocidSetSource::clone() const { return new DocidSetSource(combined_, shard_uuids_); }

std::string DocidSetSource::get_description() const {
    return "DocidSetSource(" + std::to_string(combined_->size()) + " documents)";
}

}  // namespace rs::search
