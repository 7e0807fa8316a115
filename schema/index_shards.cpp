#include "schema/index_shards.hpp"

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <system_error>

namespace rs::schema {

namespace {
std::string_view trim(std::string_view text) {
    const auto first = text.find_first_not_of(" \t\r");
    if (first == std::string_view::npos) return {};
    const auto last = text.find_last_not_of(" \t\r");
    return text.substr(first, last - first + 1);
}
}  // namespace

std::vector<std::filesystem::path> index_shards(const std::filesystem::path& index) {
    const auto stub = index / shard_stub_name;
    std::error_code ignored;
    if (!std::filesystem::is_regular_file(stub, ignored)) return {index};
    std::ifstream in(stub);
    if (!in) throw ShardStubError(stub.string() + ": cannot be read");
    std::vector<std::filesystem::path> shards;
    std::string line;
    for (std::size_t number = 1; std::getline(in, line); ++number) {
        const std::string_view text = trim(line);
        if (text.empty() || text.front() == '#') continue;
        const auto space = text.find_first_of(" \t");
        const std::string_view backend = text.substr(0, space);
        const std::string_view path = space == std::string_view::npos ? std::string_view{} : trim(text.substr(space));
        // Local databases only: "remote" shards would need Xapian's remote protocol, which
        // searchd's per-shard revisions do not read.
        if (backend != "auto" && backend != "glass")
            throw ShardStubError(stub.string() + ":" + std::to_string(number) + ": \"" + std::string(backend) +
                                 "\" shards are not supported (auto or glass, then a path)");
        if (path.empty()) throw ShardStubError(stub.string() + ":" + std::to_string(number) + ": the shard's path is missing");
        const std::filesystem::path shard(path);
        shards.push_back(shard.is_absolute() ? shard : index / shard);
    }
    if (shards.empty()) throw ShardStubError(stub.string() + ": lists no shard");
    return shards;
}

void write_shard_stub(const std::filesystem::path& index, const std::vector<std::filesystem::path>& shards) {
    std::ostringstream text;
    text << "# The shards of this Referatsøg index, searched as one (Xapian stub database).\n";
    for (const auto& shard : shards) text << "auto " << shard.string() << '\n';
    const auto stub = index / shard_stub_name;
    const auto written = index / (std::string(shard_stub_name) + ".new");
    {
        std::ofstream out(written, std::ios::trunc);
        out << text.str();
        out.flush();
        if (!out) throw ShardStubError(written.string() + ": cannot be written");
    }
    std::filesystem::rename(written, stub);  // atomic on POSIX: readers see one list or the other
}

std::size_t shard_of_meeting(std::string_view meeting_key, std::size_t shard_count) {
    if (shard_count <= 1) return 0;
    // FNV-1a: std::hash may differ between library versions, and a meeting must keep its shard.
    std::uint64_t hash = 14695981039346656037ULL;
    for (const char c : meeting_key) {
        hash ^= static_cast<unsigned char>(c);
        hash *= 1099511628211ULL;
    }
    return static_cast<std::size_t>(hash % shard_count);
}

}  // namespace rs::schema
