#include "bench/corpus_generator/corpus_writer.hpp"

#include <atomic>
#include <exception>
#include <fstream>
#include <mutex>
#include <set>
#include <stdexcept>
#include <thread>

#include "bench/corpus_generator/content_writer.hpp"
#include "bench/corpus_generator/domain_data.hpp"
#include "bench/corpus_generator/filler_filter.hpp"
#include "bench/corpus_generator/layout_writer.hpp"
#include "bench/corpus_generator/meeting_plan.hpp"
#include "bench/corpus_generator/renderers.hpp"
#include "bench/corpus_generator/sentence_writer.hpp"

namespace rs::corpus_generator {

namespace fs = std::filesystem;

namespace {

void prepare_output_folder(const fs::path& out) {
    std::error_code error;
    if (fs::exists(out, error)) {
        if (!fs::is_directory(out, error)) throw std::invalid_argument(out.string() + " exists and is not a folder");
        if (!fs::is_empty(out, error)) throw std::invalid_argument(out.string() + " is not empty: give a new or empty folder");
    }
    fs::create_directories(out, error);
    if (error) throw std::runtime_error("cannot create " + out.string() + ": " + error.message());
}

void write_file(const fs::path& path, const std::string& bytes) {
    std::ofstream file(path, std::ios::binary | std::ios::trunc);
    file.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    file.close();
    if (!file) throw std::runtime_error("cannot write " + path.string());
}

}  // namespace

CorpusStats generate_corpus(const GeneratorOptions& options) {
    if (options.items == 0) throw std::invalid_argument("a corpus needs at least one item");
    if (options.items > max_open_items) throw std::invalid_argument("at most " + std::to_string(max_open_items) + " items");
    const DomainData data = DomainData::load();
    const Vocabulary vocabulary = Vocabulary::build(options.words, FillerFilter::from_schema());
    prepare_output_folder(options.out);
    const SentenceWriter sentences(vocabulary);
    const ContentWriter content(data, sentences);
    const std::vector<MeetingPlan> plans = plan_corpus(data, {options.items, options.seed, options.formats});

    std::set<std::string> folders;
    for (const auto& plan : plans) folders.insert(plan.path.substr(0, plan.path.find('/')));
    for (const auto& folder : folders) fs::create_directories(options.out / folder);

    const unsigned jobs = std::max(1u, options.jobs);
    std::vector<CorpusStats> stats(jobs);
    std::atomic<bool> failed{false};
    std::exception_ptr failure;
    std::mutex failure_mutex;
    const auto work = [&](unsigned worker) {
        try {
            std::string bytes;
            for (std::size_t i = worker; i < plans.size() && !failed; i += jobs) {
                const MeetingPlan& plan = plans[i];
                Random random(derive_seed(options.seed, "meeting", plan.index));
                const MeetingContent meeting = content.write(plan, random);
                const Document document = write_document(meeting, random);
                bytes.clear();
                render(document, plan.format, random, bytes);
                write_file(options.out / plan.path, bytes);
                stats[worker].add(meeting, bytes.size());
            }
        } catch (...) {
            std::lock_guard lock(failure_mutex);
            if (!failure) failure = std::current_exception();
            failed = true;
        }
    };
    std::vector<std::thread> threads;
    for (unsigned worker = 1; worker < jobs; ++worker) threads.emplace_back(work, worker);
    work(0);
    for (auto& thread : threads) thread.join();
    if (failure) std::rethrow_exception(failure);

    CorpusStats total;
    for (const auto& part : stats) total.merge(part);
    if (options.manifest) write_file(*options.manifest, total.manifest_json(options.seed, options.items));
    return total;
}

}  // namespace rs::corpus_generator
