#pragma once
// What a generated corpus holds, counted while it is written, for the summary line and the
// manifest a test or benchmark checks the indexer against.

#include <cstdint>
#include <map>
#include <string>

#include "bench/corpus_generator/meeting_content.hpp"

namespace rs::corpus_generator {

/// Meetings and open items of one body.
struct BodyCount {
    std::size_t meetings = 0;
    std::size_t open_items = 0;
};

struct CorpusStats {
    std::size_t files = 0;
    std::size_t meetings = 0;
    std::size_t agendas = 0;         ///< Files that are a Dagsorden: their items have no decisions.
    std::size_t items = 0;           ///< Open and closed.
    std::size_t open_items = 0;      ///< What the indexer indexes.
    std::size_t closed_items = 0;    ///< What it leaves out.
    std::size_t procedural_items = 0;
    std::uint64_t bytes = 0;
    std::map<std::string, std::size_t> formats;   ///< Files per format.
    std::map<std::string, std::size_t> layouts;   ///< Files per layout family.
    std::map<std::string, BodyCount> bodies;      ///< By the body's canonical name (the indexer's).
    std::map<std::string, std::size_t> outcomes;  ///< Open minutes items stating each outcome.
    std::map<std::string, std::size_t> topics;    ///< Open items whose title names each topic.
    std::map<std::string, std::size_t> projects;  ///< Open items about each project.

    /// Counts one written meeting of `bytes` bytes.
    void add(const MeetingContent& meeting, std::uint64_t bytes);
    /// Adds another worker's counts.
    void merge(const CorpusStats& other);
    /// "wrote 1234 files: 1234 meetings, 10012 items (9650 open, 362 closed), 14.2 MB".
    std::string summary_line() const;
    /// The manifest as JSON (keys sorted, so the same corpus gives the same bytes).
    std::string manifest_json(std::uint64_t seed, std::size_t items_requested) const;
};

}  // namespace rs::corpus_generator
