#include "schema/decision_text.hpp"

#include <memory>

#include <unicode/brkiter.h>
#include <unicode/locid.h>
#include <unicode/unistr.h>

#include "schema/text/plain_text.hpp"

namespace rs::schema {

namespace {

const Section* decision_section(const AgendaItem& item) {
    for (const char* name : {section::beslutning, section::konklusion})
        for (const auto& s : item.sections)
            if (s.name == name && !collapse_whitespace(s.text).empty()) return &s;
    return nullptr;
}

}  // namespace

std::string decision_text(const AgendaItem& item) {
    const Section* section = decision_section(item);
    if (!section) return {};
    std::string text = collapse_whitespace(section->text);
    if (text.size() <= decision_text_bytes) return text;

    // Whole sentences while they fit (ICU's Danish sentence rules know "f.eks." and "pkt.").
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::BreakIterator> sentences(
        icu::BreakIterator::createSentenceInstance(icu::Locale("da", "DK"), status));
    if (U_SUCCESS(status)) {
        const icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(text);
        sentences->setText(unicode);
        std::string fitted;
        for (std::int32_t start = sentences->first(), end = sentences->next(); end != icu::BreakIterator::DONE;
             start = end, end = sentences->next()) {
            std::string sentence;
            unicode.tempSubStringBetween(start, end).toUTF8String(sentence);
            if (fitted.size() + sentence.size() > decision_text_bytes) break;
            fitted += sentence;
        }
        while (!fitted.empty() && fitted.back() == ' ') fitted.pop_back();
        if (!fitted.empty()) return fitted;
    }
    return shorten(text, decision_text_bytes);
}

}  // namespace rs::schema
