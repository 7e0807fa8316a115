// Files with no agenda structure must be refused with a ParseError that names the file
// and says why, never turned into one giant item (docs/MINUTES.md, last paragraph).

#include <string>

#include <gtest/gtest.h>

#include "indexer/read_minutes.hpp"

namespace rs::test {
namespace {

/// Expects read_minutes_text to throw a ParseError for `text`, with a useful message.
void expect_refused(const std::string& text, const std::string& source) {
    try {
        const auto minutes = indexer::read_minutes_text(text, source);
        ADD_FAILURE() << source << ": expected a ParseError, got " << minutes.items.size() << " item(s)"
                      << (minutes.items.empty() ? "" : ", the first titled \"" + minutes.items.front().title + "\"");
    } catch (const indexer::ParseError& error) {
        const std::string message = error.what();
        EXPECT_EQ(error.file(), source) << "ParseError::file() names the file";
        EXPECT_FALSE(error.reason().empty()) << source << ": ParseError has no reason";
        EXPECT_NE(message.find(error.reason()), std::string::npos)
            << source << ": what() \"" << message << "\" does not carry the reason \"" << error.reason() << "\"";
        EXPECT_EQ(message.find('\n'), std::string::npos) << source << ": what() is one line: " << message;
        EXPECT_GT(message.size(), source.size() + 10) << source << ": what() explains nothing: " << message;
    }
}

const char* const letter = R"(Sundhedsklynge Fyn
Sekretariatet
Odense Rådhus

Odense, den 3. marts 2025

Kære medlemmer af Fagligt strategisk niveau

Tak for jeres henvendelse af 14. februar 2025 om den fælles akutfunktion. Sekretariatet har
undersøgt, hvordan de øvrige klynger i Region Syddanmark har organiseret arbejdet, og vi vender
tilbage med et egentligt forslag til mødet i april.

Vi kan allerede nu oplyse, at tre af klyngerne har valgt en model med fælles visitation, og at
erfaringerne er gode. Udgifterne er fordelt efter indbyggertal.

Spørgsmål kan rettes til sekretariatet.

Med venlig hilsen

Karin Lundsgaard Bech
Sekretariatschef
)";

/// 300 lines of prose with dates, amounts and decision words, but no item heading.
std::string long_prose() {
    const char* const sentences[] = {
        "Klyngen har i det forløbne år arbejdet med sammenhængende forløb for ældre medicinske patienter.",
        "Det blev besluttet at fortsætte samarbejdet med kommunerne om udgående sygeplejeteams.",
        "Erfaringerne viser, at borgerne oplever færre genindlæggelser, når opfølgningen sker inden for et døgn.",
        "Der er afsat 1,5 mio. kr. til indsatsen i 2025, og midlerne fordeles efter indbyggertal.",
        "På mødet den 12. november 2024 blev status taget til efterretning.",
        "Arbejdsgruppen har samlet data fra almen praksis, hospitalet og de fire kommuner.",
    };
    std::string text = "Årsberetning for samarbejdet om sundhed i klyngen\n\n";
    for (int line = 0; line < 300; ++line) {
        text += sentences[line % 6];
        text += line % 7 == 6 ? "\n\n" : "\n";
    }
    return text;
}

TEST(UnrecognisedStructure, EmptyFileIsRefused) { expect_refused("", "tom.txt"); }

TEST(UnrecognisedStructure, PlainLetterIsRefused) { expect_refused(letter, "brev_til_klyngen.txt"); }

TEST(UnrecognisedStructure, LongProseWithoutItemHeadingsIsRefused) {
    expect_refused(long_prose(), "aarsberetning.txt");
}

TEST(UnrecognisedStructure, HeaderWithoutItemsIsRefused) {
    expect_refused("REFERAT Sundhedsklynge Lillebælt - Fagligt strategisk niveau d. 01-03-2024\n\n"
                   "Mødedato Fredag d. 01. marts 2024 kl. 13:30\n\nMødested Teams\n\n" + long_prose(),
                   "kun_hoved.txt");
}

// A contents list names items but holds none: on its own it is not agenda structure.
TEST(UnrecognisedStructure, ContentsListAloneIsRefused) {
    expect_refused("REFERAT Sundhedsklynge Vest Fagligt Strategisk Niveau d. 12-03-2025\n\n"
                   "Mødedato Onsdag d. 12. marts 2025 kl. 14:00\n\nMødested Teams\n\n"
                   "Indholdsfortegnelse\n\n"
                   "Mødedeltagere.....\t3\nGodkendelse af dagsorden.....\t5\nEventuelt.....\t7\n",
                   "kun_indhold.txt");
}

}  // namespace
}  // namespace rs::test
