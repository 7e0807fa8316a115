#pragma once
// What the index remembers of each source file it holds, so that a later build reads only
// what changed: the file's content hash, where it was found, and the indexer that read
// it. Kept as Xapian metadata and written in the same transaction as the file's items,
// so that stamp and items never disagree, whenever a build is interrupted.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace rs::indexer {

struct SourceStamp {
    std::string source;  ///< The name the index knows the file by (XSOURCE).
    std::string hash;    ///< content_hash of the bytes read.
    std::string path;    ///< Absolute path it was read from: what --prune compares with the folders given.
};

/// Metadata keys of source stamps start with this.
inline constexpr std::string_view source_stamp_prefix = "referatsog.source:";
/// Metadata key of the fingerprint of the indexer that wrote the stamps.
inline constexpr std::string_view indexer_fingerprint_key = "referatsog.indexer";

/// The metadata key of `source`'s stamp (long names are hashed: keys are limited in length).
std::string source_stamp_key(const std::string& source);

std::string encode_stamp(const SourceStamp& stamp);
std::optional<SourceStamp> decode_stamp(std::string_view stored);

/// schema::stable_hash of `bytes`, with their length, as hex: equal content, equal hash.
std::string content_hash(std::string_view bytes);

}  // namespace rs::indexer
