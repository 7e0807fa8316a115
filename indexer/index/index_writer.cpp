#include "indexer/index/index_writer.hpp"

#include <algorithm>
#include <utility>

#include "indexer/index/compaction.hpp"
#include "schema/document_terms.hpp"
#include "schema/analysis/synonyms.hpp"
#include "schema/fields.hpp"
#include "schema/ids.hpp"
#include "schema/index_shards.hpp"
#include "schema/text/unicode.hpp"

namespace rs::indexer {

namespace {
bool is_agenda(const std::string& kind) { return kind == schema::document_kind::dagsorden; }

// Xapian creates an index inside any directory it is given; refusing a non-empty
// directory that is not an index protects `indexer corpus/ corpus/` from itself.
void check_is_index_or_empty(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    std::error_code error;
    if (!fs::exists(dir, error) && !error) return;
    if (error) throw IndexError("cannot look at index directory " + dir.string() + ": " + error.message());
    if (!fs::is_directory(dir, error)) throw IndexError(dir.string() + " is a file, not an index directory");
    if (fs::is_empty(dir, error) && !error) return;
    if (error) throw IndexError("cannot read index directory " + dir.string() + ": " + error.message());
    for (const char* marker : {"iamglass", "iamchert", "iamhoney"})
        if (fs::exists(dir / marker)) return;
    if (fs::exists(dir / schema::shard_stub_name))
        throw IndexError(dir.string() + " is an index of shards (its " + std::string(schema::shard_stub_name) +
                         " lists them): build each shard, with its own --index");
    throw IndexError(dir.string() + " is not empty and holds no Xapian index: choose a new or empty directory");
}

Xapian::WritableDatabase open_index(const std::filesystem::path& dir) {
    check_is_index_or_empty(dir);
    try {
        std::filesystem::create_directories(dir);
        return Xapian::WritableDatabase(dir.string(), Xapian::DB_CREATE_OR_OPEN);
    } catch (const Xapian::DatabaseLockError&) {
        throw IndexError("index " + dir.string() + " is locked by another writer (is an indexer still running?)");
    } catch (const Xapian::Error& e) {
        throw IndexError("cannot open index " + dir.string() + ": " + e.get_description());
    } catch (const std::filesystem::filesystem_error& e) {
        throw IndexError("cannot create index directory " + dir.string() + ": " + e.what());
    }
}

void check_schema_version(Xapian::WritableDatabase& db, const std::filesystem::path& dir) {
    const std::string key(schema::schema_version_key);
    const std::string found = db.get_metadata(key);
    if (found == schema::schema_version) return;
    if (!found.empty())
        throw IndexError("index " + dir.string() + " was built with schema version " + found +
                         "; this indexer writes version " + std::string(schema::schema_version) +
                         ": rebuild it into a new or empty directory");
    if (db.get_doccount() != 0)
        throw IndexError("index " + dir.string() +
                         " holds documents but no Referatsøg schema version: it was not built by this indexer");
    db.set_metadata(key, std::string(schema::schema_version));
    db.commit();
}

std::vector<Xapian::docid> postings(const Xapian::Database& db, const std::string& term) {
    std::vector<Xapian::docid> ids;
    for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it) ids.push_back(*it);
    return ids;
}
}  // namespace

IndexWriter::IndexWriter(const std::filesystem::path& dir, std::size_t commit_every)
    : dir_(dir), db_(open_index(dir)), commit_every_(commit_every == 0 ? 1 : commit_every) {
    check_schema_version(db_, dir);
    // The writer's lock is held: no compaction of this index is running.
    remove_compaction_leftover(dir);
    // The synonym table of schema/data/ as of this build: a row removed there is gone
    // after the next build, a row added works without a change of code.
    schema::analysis::write_synonyms(db_);
}

FileOutcome IndexWriter::add_minutes(const schema::Minutes& minutes, const SourceStamp* stamp) {
    const schema::Meeting& meeting = minutes.meeting;
    FileOutcome outcome;
    outcome.meeting = schema::to_lower(schema::meeting_key(meeting));

    if (is_agenda(meeting.kind)) {
        if (auto source = minutes_source(meeting_term(meeting), meeting.source)) {
            // No stamp: the agenda is read again next time, and indexed once its minutes are gone.
            outcome.superseded_by = *source;
            outcome.items_deleted = remove_source(meeting.source);
            count_changes(outcome.items_deleted);
            return outcome;
        }
    }

    // Documents are built before the index is touched: an item that cannot be built
    // fails the file with the index unchanged.
    std::vector<std::pair<std::string, Xapian::Document>> documents;
    std::set<std::string> open_ids;
    std::set<std::string> open_terms;
    std::set<std::string> closed_ids;
    for (const auto& item : minutes.items) {
        const std::string id = indexed_id(meeting, item);
        if (item.closed) {
            ++outcome.closed_skipped;
            closed_ids.insert(id);
            continue;
        }
        open_terms.insert(id_term(id));
        if (!open_ids.insert(id).second)
            outcome.warnings.push_back("item id " + id + " occurs twice in " + meeting.source + "; the later item is kept");
        documents.emplace_back(id, builder_.build(meeting, item));
    }
    if (open_ids.empty()) outcome.warnings.push_back(meeting.source + " has no open items");

    db_.begin_transaction(false);
    try {
        std::set<std::string> replaced_sources;
        for (Xapian::docid stale : stale_documents(meeting, open_terms)) {
            const std::string term = schema::prefixed_term(db_.get_document(stale), schema::source_prefix);
            if (!term.empty() && term != source_term(meeting.source))
                replaced_sources.insert(term.substr(schema::source_prefix.size()));
            db_.delete_document(stale);
            ++outcome.items_deleted;
        }
        // An agenda whose items these minutes replace must be read again by a later build
        // (it comes back if the minutes go): its stamp no longer stands for items in the index.
        for (const auto& other : replaced_sources) db_.set_metadata(source_stamp_key(other), "");
        for (const auto& id : closed_ids) {
            if (open_ids.count(id) || !db_.term_exists(id_term(id))) continue;
            db_.delete_document(id_term(id));
            ++outcome.items_deleted;
        }
        for (const auto& [id, document] : documents) db_.replace_document(id_term(id), document);
        if (stamp != nullptr) db_.set_metadata(source_stamp_key(stamp->source), encode_stamp(*stamp));
        db_.commit_transaction();
    } catch (...) {
        db_.cancel_transaction();
        throw;
    }
    outcome.items_indexed = open_ids.size();
    count_changes(outcome.items_indexed + outcome.items_deleted);
    return outcome;
}

void IndexWriter::commit() {
    db_.commit();
    pending_ = 0;
}

std::uint64_t IndexWriter::document_count() const { return db_.get_doccount(); }

void IndexWriter::compact_and_close() {
    commit();
    compact_in_place(db_, dir_);
    db_.close();
    remove_compaction_leftover(dir_);
}

std::optional<std::string> IndexWriter::minutes_source(const std::string& meeting_term,
                                                       const std::string& source) const {
    for (Xapian::docid did : postings(db_, meeting_term)) {
        const Xapian::Document doc = db_.get_document(did);
        if (is_agenda(doc.get_value(schema::slot_kind))) continue;
        const std::string other = schema::prefixed_term(doc, schema::source_prefix);
        if (other != source_term(source)) return other.substr(std::min(other.size(), schema::source_prefix.size()));
    }
    return std::nullopt;
}

std::set<Xapian::docid> IndexWriter::stale_documents(const schema::Meeting& meeting,
                                                     const std::set<std::string>& keep) const {
    std::set<Xapian::docid> candidates;
    // Without a source there is no earlier version of the file to compare with.
    if (!meeting.source.empty())
        for (Xapian::docid did : postings(db_, source_term(meeting.source))) candidates.insert(did);
    if (!is_agenda(meeting.kind))
        for (Xapian::docid did : postings(db_, meeting_term(meeting)))
            if (is_agenda(db_.get_document(did).get_value(schema::slot_kind))) candidates.insert(did);

    std::set<Xapian::docid> stale;
    for (Xapian::docid did : candidates)
        if (!keep.count(schema::prefixed_term(db_.get_document(did), schema::id_prefix))) stale.insert(did);
    return stale;
}

std::size_t IndexWriter::delete_source_documents(const std::string& source) {
    if (source.empty()) return 0;
    const auto documents = postings(db_, source_term(source));
    for (Xapian::docid did : documents) db_.delete_document(did);
    return documents.size();
}

std::size_t IndexWriter::remove_source(const std::string& source) {
    db_.begin_transaction(false);
    std::size_t removed = 0;
    try {
        removed = delete_source_documents(source);
        db_.set_metadata(source_stamp_key(source), "");  // "" deletes the key
        db_.commit_transaction();
    } catch (...) {
        db_.cancel_transaction();
        throw;
    }
    return removed;
}

std::map<std::string, SourceStamp> IndexWriter::source_stamps() const {
    std::map<std::string, SourceStamp> stamps;
    const std::string prefix(source_stamp_prefix);
    for (auto key = db_.metadata_keys_begin(prefix); key != db_.metadata_keys_end(prefix); ++key)
        if (auto stamp = decode_stamp(db_.get_metadata(*key))) stamps.emplace(stamp->source, std::move(*stamp));
    return stamps;
}

std::string IndexWriter::indexer_fingerprint() const { return db_.get_metadata(std::string(indexer_fingerprint_key)); }

void IndexWriter::set_indexer_fingerprint(const std::string& fingerprint) {
    db_.set_metadata(std::string(indexer_fingerprint_key), fingerprint);
}

void IndexWriter::record_build_state(const schema::BuildState& state) {
    db_.set_metadata(std::string(schema::build_state_key), schema::encode_build_state(state));
}

void IndexWriter::count_changes(std::size_t changes) {
    pending_ += changes;
    if (pending_ >= commit_every_) commit();
}

}  // namespace rs::indexer
