#include "bench/corpus_generator/minutes_phrasing.hpp"

#include "bench/corpus_generator/danish_calendar.hpp"

namespace rs::corpus_generator {

namespace {
constexpr int written_name_percent = 20;  // headers that name a body by another of its names
}

std::string finite_recommendation(const Recommendation& r) {
    switch (r.verb) {
        case Verb::approve: return "godkender " + r.object;
        case Verb::decide: return "beslutter, hvordan " + r.object + " skal udmøntes";
        case Verb::discuss: return "drøfter " + r.object;
        case Verb::take_note: return "tager " + r.object + " til efterretning";
    }
    return r.object;
}

std::string passive_recommendation(const Recommendation& r) {
    switch (r.verb) {
        case Verb::approve: return r.object + " godkendes";
        case Verb::decide: return "der træffes beslutning om, hvordan " + r.object + " udmøntes";
        case Verb::discuss: return r.object + " drøftes";
        case Verb::take_note: return r.object + " tages til efterretning";
    }
    return r.object;
}

std::string passive_recommendations(const ItemContent& item) {
    std::string out;
    for (std::size_t i = 0; i < item.recommendations.size(); ++i)
        out += (i == 0 ? "" : " og ") + passive_recommendation(item.recommendations[i]);
    return out;
}

std::string title_with_case_type(const ItemContent& item, PrefixStyle style, Random& random) {
    if (item.procedural || item.closed || item.title.empty()) return item.title;
    switch (style) {
        case PrefixStyle::none: return item.title;
        case PrefixStyle::seeds:
            if (item.written_orientation) return "SKRIFTLIG ORIENTERING: " + item.title;
            if (item.type == CaseType::beslutning) {
                static constexpr const char* spellings[] = {"Beslutningssag: ", "Beslutningssag: ", "Beslutningssag: ",
                                                            "Beslutnings sag: ", "Beslutningsag: "};
                return spellings[random.below(5)] + item.title;
            }
            if (item.type == CaseType::droftelse) return "Drøftelsessag: " + item.title;
            return item.title;
        case PrefixStyle::web:
            if (item.type == CaseType::beslutning) return "Beslutning: " + item.title;
            if (item.type == CaseType::droftelse) return "Drøftelse: " + item.title;
            return random.percent(60) ? "Orientering: " + item.title : item.title;
        case PrefixStyle::suffix:
            if (item.written_orientation) return "Meddelelse - " + item.title;
            if (item.type == CaseType::beslutning) return item.title + " (B)";
            if (item.type == CaseType::droftelse) return item.title + " (D)";
            return item.title + " (O)";
    }
    return item.title;
}

std::string closed_title(const std::string& title, Random& random) {
    switch (random.below(4)) {
        case 0: return "LUKKET PUNKT - " + title;
        case 1: return "FORTROLIG - " + title;
        case 2: return "Lukket punkt: " + title;
        default: return title + " (lukket)";
    }
}

std::string time_slot(const ItemContent& item, SlotStyle style) {
    switch (style) {
        case SlotStyle::none: return "";
        case SlotStyle::bracketed_colon:
            return " (kl. " + clock_text(item.from, ':') + " – " + clock_text(item.to, ':') + ")";
        case SlotStyle::bracketed_dot:
            return " (kl. " + clock_text(item.from, '.') + "-" + clock_text(item.to, '.') + ")";
        case SlotStyle::bare_range:
            return " kl. " + clock_text(item.from, '.') + " - " + clock_text(item.to, '.');
    }
    return "";
}

std::string case_number(const ItemContent& item, int year, CaseNumberStyle style, Random& random) {
    const std::string yy = std::to_string(year % 100 + 100).substr(1);
    const std::string serial = std::to_string(random.between(100, 19999));
    switch (style) {
        case CaseNumberStyle::regional_bare:
            return "1-" + std::to_string(random.between(10, 39)) + "-72-" + std::to_string(random.between(10, 999)) + "-" + yy;
        case CaseNumberStyle::regional_sagsnr:
            return "Sagsnr.: 1-01-72-" + std::to_string(random.between(10, 99)) + "-" + std::to_string(item.number + 10);
        case CaseNumberStyle::short_sagsnr: return "Sagsnr. " + yy + "/" + serial;
        case CaseNumberStyle::sagsid: return "Sagsid.: " + yy + "/" + serial;
        case CaseNumberStyle::kle: {
            static constexpr const char* keys[] = {"29.30.00", "29.15.00", "27.12.00", "00.22.00"};
            return "Sagsnr.: " + std::string(keys[random.below(4)]) + "-" + (random.percent(50) ? "P20" : "A00") + "-" +
                   std::to_string(random.between(1, 12)) + "-" + yy;
        }
        case CaseNumberStyle::mixed:
            switch (random.below(4)) {
                case 0: return "Sagsid.: 1-16-4-" + std::to_string(random.between(10, 99));
                case 1: return "Sagsnr.: 330-" + std::to_string(year) + "-" + std::to_string(random.between(10, 999));
                case 2: return "Dok.nr.: " + std::to_string(year) + "-0" + std::to_string(random.between(100000, 999999));
                default: return "Brevid: " + std::to_string(random.between(1000000, 9999999));
            }
    }
    return "";
}

std::string forum_as_written(const std::string& forum, Random& random) {
    if (forum == "Fagligt strategisk niveau") {
        static constexpr const char* spellings[] = {"Fagligt strategisk niveau", "Fagligt Strategisk Niveau",
                                                    "Faglig strategisk niveau", "fagligt strategisk niveau"};
        return spellings[random.below(4)];
    }
    if (forum == "Politisk niveau") return random.percent(70) ? "Politisk niveau" : "politisk niveau";
    if (forum == "Koordinationsforum") return random.percent(75) ? "Koordinationsforum" : "Det koordinerende niveau";
    return forum;
}

std::string body_as_written(const Body& body, Random& random) {
    if (!body.written.empty() && random.percent(written_name_percent)) return random.pick(body.written);
    return body.name;
}

}  // namespace rs::corpus_generator
