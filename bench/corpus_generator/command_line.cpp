#include "bench/corpus_generator/command_line.hpp"

#include <algorithm>
#include <charconv>
#include <cstdint>

#include "bench/corpus_generator/word_sources.hpp"

namespace rs::corpus_generator {

const char* const usage_text =
    "usage: generate_corpus --items N --out DIR [options]\n"
    "\n"
    "Writes a synthetic archive of minutes (referater and dagsordener of health clusters,\n"
    "sundhedsråd and the committees around them) that the indexer parses into meetings\n"
    "and items. The same seed and N give the same bytes on every machine.\n"
    "\n"
    "  --items N              open agenda items in all (exactly), 1 to 2000000\n"
    "  --out DIR              folder to write (created; must be new or empty)\n"
    "  --seed S               random seed, a whole number (default 1)\n"
    "  --formats LIST         comma-separated: text,markdown,html (default all three)\n"
    "  --manifest FILE        also write what the corpus holds as JSON\n"
    "  --words FILE           hunspell dictionary for filler words\n"
    "                         (default /usr/share/hunspell/da_DK.dic)\n"
    "  --vocabulary-from DIR  minutes whose word frequencies lead the ranking\n"
    "                         (default the repository's corpus/)\n"
    "  --jobs N               writer threads (default 2)\n";

namespace {

std::uint64_t whole_number(const std::string& parameter, const std::string& value, std::uint64_t min, std::uint64_t max) {
    std::uint64_t number = 0;
    const auto [end, error] = std::from_chars(value.data(), value.data() + value.size(), number);
    if (error != std::errc() || end != value.data() + value.size() || value.empty())
        throw UsageError(parameter + ": '" + value + "' is not a whole number");
    if (number < min || number > max)
        throw UsageError(parameter + ": " + value + " is out of range (" + std::to_string(min) + " to " +
                         std::to_string(max) + ")");
    return number;
}

std::vector<OutputFormat> format_list(const std::string& value) {
    std::vector<OutputFormat> formats;
    std::size_t start = 0;
    while (start <= value.size()) {
        const std::size_t comma = value.find(',', start);
        const std::string name = value.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
        const auto format = format_named(name);
        if (!format) throw UsageError("--formats: unknown format '" + name + "' (text, markdown, html)");
        if (std::find(formats.begin(), formats.end(), *format) == formats.end()) formats.push_back(*format);
        if (comma == std::string::npos) break;
        start = comma + 1;
    }
    return formats;
}

}  // namespace

CommandLine parse_command_line(const std::vector<std::string>& args) {
    CommandLine command;
    GeneratorOptions& options = command.options;
    options.words = {default_dictionary, default_minutes_folder};
    options.formats.assign(all_formats.begin(), all_formats.end());
    bool have_items = false, have_out = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        if (arg == "--help" || arg == "-h") {
            command.help = true;
            return command;
        }
        if (!arg.starts_with("--")) throw UsageError("unexpected argument '" + arg + "'");
        if (i + 1 >= args.size()) throw UsageError(arg + " needs a value");
        const std::string& value = args[++i];
        if (arg == "--items") {
            options.items = whole_number(arg, value, 1, max_open_items);
            have_items = true;
        } else if (arg == "--out") {
            if (value.empty()) throw UsageError("--out: the folder name is empty");
            options.out = value;
            have_out = true;
        } else if (arg == "--seed") {
            options.seed = whole_number(arg, value, 0, UINT64_MAX);
        } else if (arg == "--formats") {
            options.formats = format_list(value);
        } else if (arg == "--manifest") {
            options.manifest = value;
        } else if (arg == "--words") {
            options.words.dictionary = value;
        } else if (arg == "--vocabulary-from") {
            options.words.minutes_folder = value;
        } else if (arg == "--jobs") {
            options.jobs = static_cast<unsigned>(whole_number(arg, value, 1, 256));
        } else {
            throw UsageError("unknown option " + arg);
        }
    }
    if (!have_items) throw UsageError("--items is required");
    if (!have_out) throw UsageError("--out is required");
    return command;
}

}  // namespace rs::corpus_generator
