// Crash safety: `indexer build` killed with SIGKILL at random moments leaves an index that
// opens and answers, says it is incomplete (in its build state and through searchd's
// /api/health), and running the build again completes it to exactly the index an
// uninterrupted build makes.

#include <csignal>
#include <fstream>
#include <random>
#include <set>
#include <thread>

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>
#include <xapian.h>

#include "schema/build_state.hpp"
#include "tests/http/http_client.hpp"
#include "tests/http/searchd_process.hpp"
#include "tests/support/paths.hpp"

namespace rs::test {
namespace {

namespace fs = std::filesystem;
using namespace std::chrono_literals;

// 400 meetings of a cluster, one file each, four items with some text.
void write_archive(const fs::path& folder) {
    fs::create_directories(folder);
    for (int m = 0; m < 400; ++m) {
        const int day = 1 + m % 28, month = 1 + (m / 28) % 12, year = 2010 + m / 336;
        char date[16];
        std::snprintf(date, sizeof date, "%02d-%02d-%04d", day, month, year);
        std::ofstream file(folder / ("referat-" + std::to_string(m) + ".txt"));
        file << "REFERAT Sundhedsklynge Fyn - Politisk niveau d. " << date << "\n\n";
        for (int i = 1; i <= 4; ++i) {
            file << "Punkt " << i << ": Emne " << i << " om demens og genoptræning i møde " << m << "\n\n"
                 << "Sagsfremstilling\n\n";
            for (int p = 0; p < 6; ++p)
                file << "Klyngen drøftede samarbejdet om borgere med demens, hjemmesygepleje og genoptræning "
                        "efter udskrivelse, og hvordan kommunerne og regionen følger op på aftalen. ";
            file << "\n\nBeslutning\n\nGodkendt.\n\n";
        }
    }
}

std::set<std::string> id_terms(const fs::path& index) {
    const Xapian::Database db(index.string());
    std::set<std::string> ids;
    for (auto it = db.allterms_begin("Q"); it != db.allterms_end("Q"); ++it) ids.insert(*it);
    return ids;
}

schema::BuildState build_state(const fs::path& index) {
    return schema::decode_build_state(Xapian::Database(index.string()).get_metadata(std::string(schema::build_state_key)));
}

/// Starts `indexer build` on `archive` into `index`, silent; returns its pid.
pid_t start_build(const fs::path& index, const fs::path& archive) {
    std::vector<std::string> args{indexer_binary().string(), "build", "--index", index.string(), "--commit-every", "40",
                                  "--quiet", archive.string()};
    std::vector<char*> argv;
    for (auto& arg : args) argv.push_back(arg.data());
    argv.push_back(nullptr);
    const pid_t pid = fork();
    if (pid == 0) {
        const int null = open("/dev/null", O_WRONLY);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        execv(argv[0], argv.data());
        _exit(127);
    }
    return pid;
}

int run_build(const fs::path& index, const fs::path& archive) {
    const pid_t pid = start_build(index, archive);
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

// The index answers a search.
std::size_t matches(const fs::path& index, const std::string& word) {
    const Xapian::Database db(index.string());
    Xapian::Enquire enquire(db);
    enquire.set_query(Xapian::Query("Z" + word));
    return enquire.get_mset(0, 10, db.get_doccount()).get_matches_estimated();
}

class KilledBuild : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        root_ = new TempDir();
        write_archive(archive());
        const auto start = std::chrono::steady_clock::now();
        ASSERT_EQ(run_build(reference(), archive()), 0);
        build_time_ = std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start);
    }
    static void TearDownTestSuite() {
        delete root_;
        root_ = nullptr;
    }
    static fs::path archive() { return root_->path() / "archive"; }
    static fs::path reference() { return root_->path() / "reference"; }

    static inline TempDir* root_ = nullptr;
    static inline std::chrono::milliseconds build_time_{0};
};

TEST_F(KilledBuild, AtRandomMomentsLeavesAnIndexThatAnswersAndARerunCompletes) {
    const std::set<std::string> expected = id_terms(reference());
    ASSERT_EQ(expected.size(), 1600u);
    ASSERT_TRUE(build_state(reference()).complete);
    std::mt19937 random(20261202);
    // A kill somewhere after the first commits and before the end (the parser takes a
    // moment to start, and a loaded machine may stretch it).
    std::uniform_int_distribution<long> moment(build_time_.count() / 4, build_time_.count() * 7 / 8);
    int killed_incomplete = 0;
    for (int round = 0; round < 6; ++round) {
        SCOPED_TRACE("round " + std::to_string(round));
        TempDir dir;
        const fs::path index = dir.path() / "index";
        // Rounds 3 to 5 kill the build twice: first, then while it completes the work.
        for (int kill_count = 0; kill_count < (round < 3 ? 1 : 2); ++kill_count) {
            const pid_t pid = start_build(index, archive());
            std::this_thread::sleep_for(std::chrono::milliseconds(moment(random)));
            kill(pid, SIGKILL);
            int status = 0;
            waitpid(pid, &status, 0);
            if (!fs::exists(index / "iamglass")) continue;  // killed before the index was created
            const auto state = build_state(index);
            const std::size_t items = Xapian::Database(index.string()).get_doccount();
            EXPECT_LE(items, expected.size());
            EXPECT_EQ(matches(index, "demens"), items) << "the index opens and answers";
            if (WIFSIGNALED(status) && state.complete) {
                // Killed after its last commit, on its way out: then the index must be whole.
                EXPECT_EQ(id_terms(index), expected) << "marked complete, so nothing may be missing";
            } else if (WIFSIGNALED(status)) {
                EXPECT_EQ(state.files_total, 400u);
                EXPECT_LE(state.files_done, state.files_total);
                ++killed_incomplete;
            }
        }
        ASSERT_EQ(run_build(index, archive()), 0);
        EXPECT_TRUE(build_state(index).complete);
        EXPECT_EQ(id_terms(index), expected);
    }
    // Nine kills; a kill that lands before the index exists or after a quick rerun ended
    // proves nothing, but most must land inside a build.
    EXPECT_GE(killed_incomplete, 5) << "the kills must land inside builds (build takes " << build_time_.count() << " ms)";
}

TEST_F(KilledBuild, SearchdSaysAKilledFirstBuildIsIncomplete) {
    TempDir dir;
    const fs::path index = dir.path() / "index";
    const pid_t pid = start_build(index, archive());
    // Killed as soon as the first items are committed.
    const auto deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        if (fs::exists(index / "iamglass") && Xapian::Database(index.string()).get_doccount() > 0) break;
        std::this_thread::sleep_for(5ms);
    }
    kill(pid, SIGKILL);
    waitpid(pid, nullptr, 0);
    ASSERT_FALSE(build_state(index).complete);

    TempDir logs;
    SearchdProcess searchd({"--index", index.string(), "--listen", "127.0.0.1:0", "--threads", "1"},
                           logs.path() / "stderr.log");
    const std::string line = searchd.first_line(30s);
    const std::string prefix = "searchd listening on http://127.0.0.1:";
    ASSERT_EQ(line.rfind(prefix, 0), 0u) << line << read_file(logs.path() / "stderr.log");
    HttpClient client("127.0.0.1", static_cast<unsigned short>(std::stoi(line.substr(prefix.size()))));
    const auto health = nlohmann::json::parse(client.get("/api/health").body);
    EXPECT_EQ(health.at("status"), "incomplete");
    EXPECT_LT(health.at("build").at("files_done").get<int>(), 400);
    EXPECT_EQ(health.at("build").at("files_total"), 400);
    searchd.signal(SIGTERM);
    EXPECT_EQ(searchd.wait(15s), 0);
}

}  // namespace
}  // namespace rs::test
