#pragma once
// A 64-bit hash that is the same on every machine, compiler and run (FNV-1a), unlike
// std::hash: for names the index keeps (over-long terms, metadata keys) and for telling
// whether a file's content changed. Not for security.

#include <cstdint>
#include <string_view>

namespace rs::schema {

constexpr std::uint64_t stable_hash(std::string_view bytes) {
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : bytes) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

}  // namespace rs::schema
