#pragma once
// Where the filler words come from, read at run time: the Danish hunspell dictionary
// (hunspell-da, installed by scripts/install-deps.sh) and the bundled minutes (corpus/).
// Both fail with a clear message naming the path when it is missing.

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace rs::corpus_generator {

/// Default paths of the two sources: Debian's hunspell-da, and the repository's corpus/
/// as it was where the generator was built (bench/CMakeLists.txt defines the path).
inline const std::filesystem::path default_dictionary = "/usr/share/hunspell/da_DK.dic";
inline const std::filesystem::path default_minutes_folder = REFERATSOG_GENERATOR_CORPUS_DIR;

/// A word and how often it occurs.
struct CountedWord {
    std::string word;
    std::size_t count = 0;
};

/// The plain lowercase words of a hunspell .dic file (the first line is a count; "/flags"
/// are stripped; entries with capitals, digits, spaces or punctuation are left out), in
/// file order without repeats. Throws std::runtime_error if the file cannot be read or
/// holds no word.
std::vector<std::string> read_hunspell_words(const std::filesystem::path& dic_file);

/// The words of the minutes files (.txt, .md, .html, or no extension) under `folder`,
/// lowercased and counted, keeping only words that occur written in lowercase at least
/// once (so names of places and people stay out), most frequent first, ties by word.
/// Throws std::runtime_error if the folder cannot be read or holds no minutes.
std::vector<CountedWord> read_minutes_vocabulary(const std::filesystem::path& folder);

/// True if `word` is only lowercase Danish letters (a–z, æ, ø, å), as UTF-8.
bool is_plain_lowercase_word(std::string_view word);

}  // namespace rs::corpus_generator
