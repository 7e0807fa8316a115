#include "bench/corpus_generator/word_sources.hpp"

#include <algorithm>
#include <fstream>
#include <iterator>
#include <map>
#include <set>
#include <sstream>
#include <stdexcept>

namespace rs::corpus_generator {

namespace fs = std::filesystem;

namespace {

std::string read_whole(const fs::path& path, const char* what) {
    std::ifstream in(path, std::ios::binary);
    if (!in)
        throw std::runtime_error(std::string("cannot read the ") + what + " " + path.string() +
                                 " (install hunspell-da, or give another path)");
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

// UTF-8 lead byte of æ ø å and their capitals (U+00C0–U+00DE, U+00E0–U+00FE).
constexpr unsigned char latin1_lead = 0xC3;

bool is_lower_latin1_letter(unsigned char second) {
    return second == 0xA6 || second == 0xB8 || second == 0xA5;  // æ ø å
}

bool is_upper_latin1_letter(unsigned char second) {
    return second == 0x86 || second == 0x98 || second == 0x85;  // Æ Ø Å
}

/// Splits `text` into letter runs; each is reported lowercased, with whether it was
/// written all in lowercase. Other letters (é, ü …) end a word.
template <typename Visit>
void for_each_word(const std::string& text, Visit visit) {
    std::string word;
    bool lowercase = true;
    auto flush = [&] {
        if (!word.empty()) visit(word, lowercase);
        word.clear();
        lowercase = true;
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 'a' && c <= 'z') {
            word += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            word += static_cast<char>(c - 'A' + 'a');
            lowercase = false;
        } else if (c == latin1_lead && i + 1 < text.size()) {
            const auto second = static_cast<unsigned char>(text[i + 1]);
            if (is_lower_latin1_letter(second)) {
                word += text.substr(i, 2);
                ++i;
            } else if (is_upper_latin1_letter(second)) {
                word += static_cast<char>(latin1_lead);
                word += static_cast<char>(second + 0x20);
                lowercase = false;
                ++i;
            } else {
                flush();
            }
        } else {
            flush();
        }
    }
    flush();
}

// Web addresses, e-mail addresses and file names are not prose: their pieces
// ("soenderjylland", "dk") would become words.
bool is_address(std::string_view chunk) {
    return chunk.find("://") != std::string_view::npos || chunk.find("www.") != std::string_view::npos ||
           chunk.find('@') != std::string_view::npos || chunk.find(".dk") != std::string_view::npos ||
           chunk.find(".pdf") != std::string_view::npos || chunk.find(".docx") != std::string_view::npos;
}

/// `text` with its addresses blanked out.
std::string without_addresses(const std::string& text) {
    std::string out = text;
    std::size_t at = 0;
    while (at < out.size()) {
        const std::size_t end = std::min(out.find_first_of(" \t\r\n", at), out.size());
        if (is_address(std::string_view(out).substr(at, end - at))) std::fill(out.begin() + static_cast<long>(at), out.begin() + static_cast<long>(end), ' ');
        at = end + 1;
    }
    return out;
}

bool is_minutes_file(const fs::path& path) {
    const std::string extension = path.extension().string();
    return extension.empty() || extension == ".txt" || extension == ".md" || extension == ".html";
}

}  // namespace

bool is_plain_lowercase_word(std::string_view word) {
    if (word.empty()) return false;
    for (std::size_t i = 0; i < word.size(); ++i) {
        const auto c = static_cast<unsigned char>(word[i]);
        if (c >= 'a' && c <= 'z') continue;
        if (c == latin1_lead && i + 1 < word.size() && is_lower_latin1_letter(static_cast<unsigned char>(word[i + 1]))) {
            ++i;
            continue;
        }
        return false;
    }
    return true;
}

std::vector<std::string> read_hunspell_words(const fs::path& dic_file) {
    const std::string text = read_whole(dic_file, "Danish dictionary");
    std::vector<std::string> words;
    std::set<std::string> seen;
    std::istringstream lines(text);
    std::string line;
    std::getline(lines, line);  // the entry count
    while (std::getline(lines, line)) {
        std::string word = line.substr(0, line.find('/'));
        while (!word.empty() && (word.back() == '\r' || word.back() == ' ' || word.back() == '\t')) word.pop_back();
        if (word.size() < 2 || !is_plain_lowercase_word(word)) continue;
        if (seen.insert(word).second) words.push_back(std::move(word));
    }
    if (words.empty()) throw std::runtime_error("the Danish dictionary " + dic_file.string() + " holds no word");
    return words;
}

std::vector<CountedWord> read_minutes_vocabulary(const fs::path& folder) {
    std::error_code error;
    if (!fs::is_directory(folder, error))
        throw std::runtime_error("the minutes folder " + folder.string() +
                                 " does not exist (give --vocabulary-from the bundled corpus/)");
    std::vector<fs::path> files;
    for (fs::recursive_directory_iterator it(folder, error), end; !error && it != end; it.increment(error))
        if (it->is_regular_file() && is_minutes_file(it->path())) files.push_back(it->path());
    if (error) throw std::runtime_error("cannot read the minutes folder " + folder.string() + ": " + error.message());
    std::sort(files.begin(), files.end());  // directory order is the file system's: fix it
    std::map<std::string, std::size_t> counts;
    std::set<std::string> seen_lowercase;
    for (const auto& file : files)
        for_each_word(without_addresses(read_whole(file, "minutes file")), [&](const std::string& word, bool lowercase) {
            if (word.size() < 2 && word != "i") return;  // letters of abbreviations ("d.", "f.eks.")
            ++counts[word];
            if (lowercase) seen_lowercase.insert(word);
        });
    std::vector<CountedWord> words;
    for (const auto& [word, count] : counts)
        if (seen_lowercase.contains(word)) words.push_back({word, count});
    if (words.empty()) throw std::runtime_error("the minutes folder " + folder.string() + " holds no minutes text");
    std::stable_sort(words.begin(), words.end(),
                     [](const CountedWord& a, const CountedWord& b) { return a.count > b.count; });
    return words;
}

}  // namespace rs::corpus_generator
