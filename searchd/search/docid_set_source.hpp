#pragma once
// A posting source that matches exactly a given set of documents, for filtering a query to
// candidates already found (OP_FILTER: it adds no weight). Over several shards Xapian runs
// a clone of it on each shard with that shard's own docids; the clone finds its shard by
// UUID (Database::get_uuid of a multi-database joins the shards' with ':').

#include <memory>
#include <string>
#include <vector>

#include <xapian.h>

namespace rs::search {

class DocidSetSource final : public Xapian::PostingSource {
public:
    /// Matches `docids` (of `db`, as the combined database numbers them; any order).
    /// Null when the shards of `db` cannot be told apart (a shard without a UUID, or two
    /// with the same): then no filter by docids is possible.
    static std::unique_ptr<DocidSetSource> make(const Xapian::Database& db, std::vector<Xapian::docid> docids);

    void init(const Xapian::Database& shard) override;
    Xapian::doccount get_termfreq_min() const override { return static_cast<Xapian::doccount>(local_.size()); }
    Xapian::doccount get_termfreq_est() const override { return get_termfreq_min(); }
    Xapian::doccount get_termfreq_max() const override { return get_termfreq_min(); }
    void next(double min_wt) override;
    void skip_to(Xapian::docid did, double min_wt) override;
    bool at_end() const override { return started_ && at_ == local_.size(); }
    Xapian::docid get_docid() const override { return local_[at_]; }
    DocidSetSource* clone() const override;
    std::string get_description() const override;

private:
    DocidSetSource(std::shared_ptr<const std::vector<Xapian::docid>> docids, std::vector<std::string> shard_uuids);

    std::shared_ptr<const std::vector<Xapian::docid>> combined_;  ///< Sorted; shared by the clones.
    std::vector<std::string> shard_uuids_;                        ///< In the combined database's order.
    std::vector<Xapian::docid> local_;                            ///< This shard's, sorted.
    std::size_t at_ = 0;
    bool started_ = false;
};

}  // namespace rs::search
