#include "schema/text/unicode.hpp"

#include <memory>
#include <mutex>
#include <stdexcept>

#include <unicode/locid.h>
#include <unicode/normalizer2.h>
#include <unicode/translit.h>
#include <unicode/ucnv.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

namespace rs::schema {

bool is_valid_utf8(std::string_view bytes) {
    int32_t i = 0;
    const auto length = static_cast<int32_t>(bytes.size());
    while (i < length) {
        UChar32 c;
        U8_NEXT(bytes.data(), i, length, c);
        if (c < 0) return false;
    }
    return true;
}

std::string to_utf8(std::string_view bytes) {
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") bytes.remove_prefix(3);
    if (is_valid_utf8(bytes)) return std::string(bytes);
    UErrorCode status = U_ZERO_ERROR;
    icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), "windows-1252");
    std::string out;
    text.toUTF8String(out);
    (void)status;
    return out;
}

namespace {
// ICU builds its NFC singleton on first use behind a once-flag of its own. Debian's ICU is
// not built for ThreadSanitizer, which therefore sees no order between the thread that built
// the singleton and one that reads it later: a reported race (CI's tsan step, a request
// thread in ServerTest.ConcurrentClients). Asking for it during static initialisation, before
// main starts any thread, orders it before every thread's first read.
const icu::Normalizer2* const nfc_normalizer = [] {
    UErrorCode status = U_ZERO_ERROR;
    const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
    return U_SUCCESS(status) ? nfc : nullptr;
}();
}  // namespace

std::string normalize_nfc(std::string_view utf8) {
    const icu::Normalizer2* nfc = nfc_normalizer;
    if (!nfc) throw std::runtime_error("ICU NFC normaliser unavailable");
    UErrorCode status = U_ZERO_ERROR;
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    if (nfc->isNormalized(text, status)) return std::string(utf8);
    status = U_ZERO_ERROR;
    icu::UnicodeString normalized = nfc->normalize(text, status);
    std::string out;
    normalized.toUTF8String(out);
    return out;
}

std::string to_lower(std::string_view utf8) {
    // Most words are ASCII, and ASCII lowercases alike in every locale: no ICU round trip
    // (the snippet builder stems, so lowercases, every word of every hit it shows).
    bool ascii = true;
    for (const char c : utf8) ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii) {
        std::string out(utf8);
        for (char& c : out)
            if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        return out;
    }
    static const icu::Locale danish("da", "DK");  // built once: a Locale is costly to make
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    text.toLower(danish);
    std::string out;
    text.toUTF8String(out);
    return out;
}

namespace {
// Transliterators are not thread-safe to share; one per thread, built on first use.
icu::Transliterator& ascii_folder() {
    thread_local std::unique_ptr<icu::Transliterator> folder = [] {
        UErrorCode status = U_ZERO_ERROR;
        UParseError parse_error;
        std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
            "referatsog-slug",
            "[æÆ] > ae; [øØ] > oe; [åÅ] > aa; :: Latin-ASCII; :: Lower;",
            UTRANS_FORWARD, parse_error, status));
        if (U_FAILURE(status)) throw std::runtime_error("ICU transliterator for slugs failed");
        return t;
    }();
    // LLVM 14's static analyser runs a thread_local's destructor at the return (a false
    // "use after free"); the object lives as long as its thread.
    // NOLINTNEXTLINE(clang-analyzer-cplusplus.NewDelete)
    return *folder;
}
}  // namespace

std::string slug(std::string_view utf8) {
    auto text = icu::UnicodeString::fromUTF8(icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
    ascii_folder().transliterate(text);
    std::string folded;
    text.toUTF8String(folded);
    std::string out;
    bool pending_dash = false;
    for (char c : folded) {
        const bool keep = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
        if (!keep) {
            pending_dash = !out.empty();
            continue;
        }
        if (pending_dash) out += '-';
        pending_dash = false;
        out += c;
    }
    return out;
}

}  // namespace rs::schema
