#include "tests/search/test_corpus.hpp"

#include <array>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <stdexcept>
#include <random>

#include "indexer/index/index_writer.hpp"
#include "schema/ids.hpp"
#include "schema/index_shards.hpp"
#include "schema/text/unicode.hpp"

namespace rs::test {

namespace sec = schema::section;

schema::Meeting make_meeting(const std::string& cluster, const std::string& forum, const std::string& date,
                             const std::string& kind, const std::string& source) {
    schema::Meeting m;
    m.cluster = cluster;
    m.body = cluster;
    m.region = "Region Syddanmark";
    m.forum = forum;
    m.date = date;
    m.kind = kind;
    m.title = schema::to_lower(kind) + " " + cluster + " - " + forum + " " + date;
    m.source = source.empty() ? schema::slug(cluster + " " + forum + " " + date + " " + kind) + ".txt" : source;
    return m;
}

schema::AgendaItem make_item(const schema::Meeting& meeting, int number, const std::string& title,
                             const std::vector<std::pair<std::string, std::string>>& sections) {
    schema::AgendaItem item;
    item.number = number;
    item.title = title;
    item.line = number * 10;
    for (const auto& [name, text] : sections) item.sections.push_back({name, name, text});
    item.id = schema::item_id(meeting, item);
    return item;
}

schema::Minutes make_minutes(const schema::Meeting& meeting, std::vector<schema::AgendaItem> items) {
    schema::Minutes minutes;
    minutes.meeting = meeting;
    minutes.items = std::move(items);
    return minutes;
}

namespace {
struct ClusterSpec {
    const char* name;
    const char* region;
};
constexpr std::array<ClusterSpec, 5> clusters{{{"Sundhedsklynge Lillebælt", "Region Syddanmark"},
                                               {"Sundhedsklynge Sønderjylland", "Region Syddanmark"},
                                               {"Randersklyngen", "Region Midtjylland"},
                                               {"Aarhusklyngen", "Region Midtjylland"},
                                               {"Sundhedsklynge Vest", "Region Nordjylland"}}};
constexpr std::array<const char*, 3> forums{"Politisk niveau", "Fagligt strategisk niveau", "Klyngestyregruppe"};
constexpr std::array<const char*, 4> types{"beslutningssag", "drøftelsessag", "orienteringssag", ""};
constexpr std::array<const char*, 4> decisions{"godkendt", "taget til efterretning", "drøftet", "udsat"};
constexpr std::array<const char*, 5> topics{"demens", "hoftebrud", "psykiatri", "ældre og skrøbelighed",
                                            "økonomi og klyngemidler"};
constexpr std::array<const char*, 3> projects{"Kom Trygt Hjem", "SAM:BO", "STIME"};
constexpr std::array<const char*, 5> phrases{
    "Klyngen drøftede indsatsen for borgere med demens og pårørende.",
    "Sygehuset og kommunerne arbejder videre med genoptræning efter hoftebrud.",
    "Der er afsat midler til kompetenceudvikling af personalet i almen praksis.",
    "Samarbejdsaftalen om indlæggelser blev gennemgået punkt for punkt.",
    "Status på telemedicin og digitalisering i den kommunale sygepleje."};

// Each value with probability one half, in vocabulary order.
template <std::size_t N>
std::vector<std::string> some_of(const std::array<const char*, N>& values, std::mt19937& random) {
    std::vector<std::string> chosen;
    for (const char* value : values)
        if (random() % 2 == 0) chosen.emplace_back(value);
    return chosen;
}
}  // namespace

std::vector<schema::Minutes> generate_minutes(unsigned meetings, std::uint32_t seed) {
    std::mt19937 random(seed);
    std::vector<schema::Minutes> files;
    for (unsigned m = 0; m < meetings; ++m) {
        const ClusterSpec& cluster = clusters[m % clusters.size()];
        const char* forum = forums[(m / clusters.size()) % forums.size()];
        // Distinct dates, not in index order: 2023-01-05, 2025-…, 2024-…
        const int year = 2023 + static_cast<int>((m * 7) % 3);
        const int month = 1 + static_cast<int>((m * 5) % 12);
        const int day = 1 + static_cast<int>((m * 11) % 28);
        char date[11];
        std::snprintf(date, sizeof date, "%04d-%02d-%02d", year, month, day);
        schema::Meeting meeting = make_meeting(cluster.name, forum, date);
        meeting.region = cluster.region;

        std::vector<schema::AgendaItem> items;
        const unsigned count = 2 + random() % 5;
        for (unsigned n = 1; n <= count; ++n) {
            std::string beslutning = phrases[random() % phrases.size()];
            if ((m + n) % 3 == 0) beslutning += std::string(" ") + marker_word + ".";
            schema::AgendaItem item = make_item(meeting, static_cast<int>(n), "Punkt om " + std::string(topics[random() % topics.size()]),
                                                {{sec::resume, phrases[random() % phrases.size()]},
                                                 {sec::beslutning, beslutning}});
            item.type = types[random() % types.size()];
            item.decisions = some_of(decisions, random);
            item.topics = some_of(topics, random);
            item.projects = some_of(projects, random);
            item.procedural = n == 1;
            item.closed = random() % 9 == 0;
            items.push_back(std::move(item));
        }
        files.push_back(make_minutes(meeting, std::move(items)));
    }
    return files;
}

std::size_t shards_under_test() {
    const char* shards = std::getenv("REFERATSOG_TEST_SHARDS");
    if (!shards || !*shards) return 1;
    const int count = std::atoi(shards);
    if (count < 1) throw std::invalid_argument(std::string("REFERATSOG_TEST_SHARDS: not a shard count: ") + shards);
    return static_cast<std::size_t>(count);
}

ShardedWriter::ShardedWriter(const std::filesystem::path& dir) {
    // A new index gets shards_under_test() shards; an existing one keeps the shards it has.
    std::vector<std::filesystem::path> shards = schema::index_shards(dir);
    const bool new_index = !std::filesystem::exists(dir) || std::filesystem::is_empty(dir);
    if (new_index && shards_under_test() > 1) {
        shards.clear();
        std::vector<std::filesystem::path> names;
        for (std::size_t k = 0; k < shards_under_test(); ++k) names.push_back("shard-" + std::to_string(k));
        for (const auto& name : names) shards.push_back(dir / name);
        std::filesystem::create_directories(dir);
        schema::write_shard_stub(dir, names);
    }
    for (const auto& shard : shards) writers_.push_back(std::make_unique<indexer::IndexWriter>(shard));
}

ShardedWriter::~ShardedWriter() = default;

void ShardedWriter::add_minutes(const schema::Minutes& minutes) {
    writers_[schema::shard_of_meeting(schema::meeting_key(minutes.meeting), writers_.size())]->add_minutes(minutes);
}

void ShardedWriter::commit() {
    for (auto& writer : writers_) writer->commit();
}

void write_index(const std::filesystem::path& dir, const std::vector<schema::Minutes>& files) {
    ShardedWriter writer(dir);
    for (const auto& minutes : files) writer.add_minutes(minutes);
    writer.commit();
}

std::vector<Row> open_rows(const std::vector<schema::Minutes>& files) {
    std::vector<Row> rows;
    for (const auto& minutes : files)
        for (const auto& item : minutes.items)
            if (!item.closed) rows.push_back({minutes.meeting, item});
    return rows;
}

std::vector<std::string> row_values(const Row& row, const std::string& name) {
    auto one = [](const std::string& v) { return v.empty() ? std::vector<std::string>{} : std::vector<std::string>{v}; };
    if (name == "cluster") return one(row.meeting.cluster);
    if (name == "body") return one(row.meeting.body);
    if (name == "region") return one(row.meeting.region);
    if (name == "forum") return one(row.meeting.forum);
    if (name == "type") return one(row.item.type);
    if (name == "decision") return row.item.decisions;
    if (name == "topic") return row.item.topics;
    if (name == "project") return row.item.projects;
    if (name == "year") return one(row.meeting.date.substr(0, 4));
    if (name == "kind") return one(row.meeting.kind);
    return {};
}

std::map<std::string, std::uint64_t> brute_counts(const std::vector<Row>& rows, const std::string& name,
                                                  const std::function<bool(const Row&)>& keep) {
    std::map<std::string, std::uint64_t> counts;
    for (const auto& row : rows)
        if (keep(row))
            for (const auto& value : row_values(row, name)) ++counts[value];
    return counts;
}

bool has_marker(const Row& row) {
    for (const auto& section : row.item.sections)
        if (section.text.find(marker_word) != std::string::npos) return true;
    return false;
}

}  // namespace rs::test
