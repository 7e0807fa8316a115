#include "tests/indexer/property/vocabulary.hpp"

namespace rs::test::vocabulary {

const std::vector<std::string>& outcome_order() {
    static const std::vector<std::string> list = {"godkendt", "taget til efterretning", "drøftet", "besluttet",
                                                  "udsat",    "afvist",                 "videresendt"};
    return list;
}

const std::vector<std::string>& topics() {
    static const std::vector<std::string> list = {
        "demensindsatsen",          "hoftebrudsforløbene",        "lægedækningen",
        "akutfunktionen",           "IV-behandling i eget hjem",  "forløbsprogrammet for lænderygbesvær",
        "ældre medicinske patienter", "genoptræning efter hjerneskade", "sårbehandling i hjemmeplejen",
        "medicinhåndtering ved udskrivelse", "telemedicinsk hjemmemonitorering", "diabetesforløb i almen praksis",
        "den palliative indsats",   "forebyggelige indlæggelser", "mental sundhed blandt unge",
        "samarbejdet med Sundhed & Omsorg", "rekruttering af sygeplejersker", "KOL-rehabilitering",
        "udgående sygeplejeteams",  "klyngemidlerne",             "fælles kompetenceudvikling",
    };
    return list;
}

const std::vector<std::string>& aspects() {
    static const std::vector<std::string> list = {
        "status og videre proces", "forslag til finansiering", "erfaringer fra det første år",
        "næste skridt",            "anbefalinger fra arbejdsgruppen", "opfølgning på data",
    };
    return list;
}

const std::vector<std::string>& projects() {
    static const std::vector<std::string> list = {
        "Kom Trygt Hjem", "Indlæggelse hjemme", "Den sidste tid", "I sikre hænder", "Fælles skolebænk",
        "Borgerens plan – klar til samtalen", "SAM:BO", "Glad ryg",
    };
    return list;
}

const std::vector<std::string>& title_templates() {
    static const std::vector<std::string> list = {
        "Status på {topic}",
        "Evaluering af {topic}",
        "Handleplan for {topic} {year}",
        "{Topic} – {aspect}",
        "Orientering om {topic}",
        "Fælles indsats for {topic} (fase {n})",
        "Projekt ”{project}” – {aspect}",
        "Ansøgning om {amount} til {topic}",
        "Budget {year} for {topic}",
        "Opfølgning på {topic} i {municipality} Kommune",
        "Samarbejdsaftale om {topic}",
        "Kommissorium for arbejdsgruppen om {topic}",
        "Data om {topic} {year}-{year2}",
        "Udbredelse af ”{project}” til hele klyngen",
    };
    return list;
}

const std::vector<std::string>& sentence_templates() {
    static const std::vector<std::string> list = {
        "{subject} har {verb} {object}.",
        "Der er {amount} til rådighed i {year}.",
        "På mødet den {other_date} blev {topic} behandlet første gang.",
        "Indsatsen omfatter {count} borgere i {municipality} Kommune og de øvrige kommuner i klyngen.",
        "Andelen af genindlæggelser inden for 30 dage er faldet fra {p1} % til {p2} %.",
        "Projektet ”{project}” fortsætter frem til udgangen af {year}.",
        "{subject} anbefaler, at {topic} prioriteres i det kommende år.",
        "Erfaringerne viser, at borgerne oplever et mere sammenhængende forløb, når {topic} koordineres på tværs.",
        "Udgifterne fordeles med halvdelen til regionen og halvdelen til kommunerne efter indbyggertal.",
        "Se også notatet om {topic} fra {month} {year}.",
    };
    return list;
}

const std::vector<std::string>& subjects() {
    static const std::vector<std::string> list = {"Arbejdsgruppen",  "Sekretariatet", "Styregruppen",
                                                  "Implementeringsgruppen", "Projektgruppen", "Kommunerne",
                                                  "Hospitalet",      "Almen praksis", "Psykiatrien"};
    return list;
}

const std::vector<std::string>& verbs() {
    static const std::vector<std::string> list = {"udarbejdet", "gennemgået", "analyseret", "beskrevet", "samlet",
                                                  "kortlagt"};
    return list;
}

const std::vector<std::string>& objects() {
    static const std::vector<std::string> list = {"et notat om {topic}", "en status på {topic}",
                                                  "et forslag til {topic}", "data for {topic}",
                                                  "erfaringerne med {topic}"};
    return list;
}

const std::vector<std::string>& clauses() {
    static const std::vector<std::string> list = {
        "evalueringen fremrykkes til juni",
        "budgettet reduceres med 10 %",
        "arbejdsgruppen suppleres med en repræsentant fra almen praksis",
        "tidsplanen forlænges med tre måneder",
        "der laves en fælles opgørelse hvert halve år",
    };
    return list;
}

const std::vector<DecisionPhrase>& decision_phrases() {
    static const std::vector<DecisionPhrase> list = {
        {"Godkendt.", {"godkendt"}},
        {"Indstillingen blev godkendt.", {"godkendt"}},
        {"Parterne godkendte indstillingen.", {"godkendt"}},
        {"Tiltrådt.", {"godkendt"}},
        {"Godkendt med den ændring, at {clause}.", {"godkendt"}},
        {"Godkendt, idet {clause}.", {"godkendt"}},
        {"Kommissorieudkastet blev godkendt.", {"godkendt"}},
        {"Orienteringen blev taget til efterretning.", {"taget til efterretning"}},
        {"Status blev taget til efterretning.", {"taget til efterretning"}},
        {"Taget til efterretning.", {"taget til efterretning"}},
        {"Orienteredes.", {"taget til efterretning"}},
        {"Til orientering.", {"taget til efterretning"}},
        {"Drøftet.", {"drøftet"}},
        {"Drøftedes, bl.a. {topic} og {topic2}.", {"drøftet"}},
        {"Parterne havde en indledende drøftelse af {topic}.", {"drøftet"}},
        {"Klyngen drøftede {topic}.", {"drøftet"}},
        {"Det blev besluttet at fordele midlerne efter model {n}.", {"besluttet"}},
        {"Parterne besluttede at nedsætte en arbejdsgruppe om {topic}.", {"besluttet"}},
        {"Klyngen besluttede at fortsætte arbejdet med {topic} i {year}.", {"besluttet"}},
        {"Sagen udsættes til næste møde.", {"udsat"}},
        {"Punktet blev udsat.", {"udsat"}},
        {"Beslutningen udskydes, til data er kvalificeret.", {"udsat"}},
        {"Sagen afventer den endelige evaluering.", {"udsat"}},
        {"Ikke godkendt.", {"afvist"}},
        {"Indstillingen blev ikke godkendt.", {"afvist"}},
        {"Der var ikke tilslutning fra kommunerne til forslaget.", {"afvist"}},
        {"Parterne kan ikke tiltræde forslaget.", {"afvist"}},
        {"Sagen indstilles til det politiske niveau.", {"videresendt"}},
        {"Sagen sendes til Det koordinerende niveau.", {"videresendt"}},
        {"Sagen sendes videre til det politiske niveau.", {"videresendt"}},
        {"Ingen bemærkninger.", {}},
        {"Intet at bemærke.", {}},
        {"Intet til punktet.", {}},
    };
    return list;
}

const std::vector<std::string>& neutral_decision_sentences() {
    static const std::vector<std::string> list = {
        "Sekretariatet følger op på sagen.",
        "Materialet lægges på klyngens hjemmeside.",
        "Der blev stillet spørgsmål til økonomien, som sekretariatet besvarer skriftligt.",
        "Formanden takkede for oplægget.",
        "Oplægget vedlægges referatet.",
    };
    return list;
}

const std::vector<std::string>& first_names() {
    static const std::vector<std::string> list = {"Anne",  "Bent",   "Birgitte", "Carsten", "Dorthe", "Erik",
                                                  "Hanne", "Jesper", "Kirsten",  "Lars",    "Mette",  "Niels",
                                                  "Pia",   "Rasmus", "Susanne",  "Torben"};
    return list;
}

const std::vector<std::string>& last_names() {
    static const std::vector<std::string> list = {"Holmgaard", "Kjærsgaard", "Lindberg", "Mikkelsen",
                                                  "Nørgaard",  "Overby",     "Rosendahl", "Skovbo",
                                                  "Thygesen",  "Vestergaard", "Winther",  "Aaberg"};
    return list;
}

const std::vector<std::string>& job_titles() {
    static const std::vector<std::string> list = {"Direktør", "Sundhedschef", "Praktiserende læge",
                                                  "Hospitalsdirektør", "Kommunaldirektør", "Områdechef"};
    return list;
}

const std::vector<RegionPlaces>& region_places() {
    static const std::vector<RegionPlaces> list = {
        {"Region Nordjylland",
         {"Aalborg", "Hjørring", "Frederikshavn", "Thisted", "Morsø", "Rebild", "Jammerbugt", "Brønderslev",
          "Mariagerfjord", "Vesthimmerlands"},
         {"Aalborg Rådhus, mødelokale 1", "Regionshuset, Niels Bohrs Vej, Aalborg", "Sygehus Vendsyssel, Hjørring",
          "Thisted Rådhus, byrådssalen"}},
        {"Region Midtjylland",
         {"Randers", "Viborg", "Skive", "Horsens", "Herning", "Holstebro", "Silkeborg", "Favrskov", "Syddjurs",
          "Hedensted"},
         {"Regionshospitalet Randers, mødelokale D.2", "Regionshuset Viborg", "Horsens Rådhus, mødelokale 2",
          "Gødstrup Hospital, mødelokale B.1"}},
        {"Region Syddanmark",
         {"Odense", "Kolding", "Vejle", "Fredericia", "Middelfart", "Esbjerg", "Varde", "Aabenraa", "Sønderborg",
          "Haderslev", "Billund"},
         {"Odense Rådhus, mødelokale 2.14", "Byrådssalen, Middelfart Rådhus", "Esbjerg Rådhus, udvalgsværelset",
          "Sygehus Sønderjylland, Aabenraa"}},
        {"Region Hovedstaden",
         {"Herlev", "Gladsaxe", "Gentofte", "Hvidovre", "Hillerød", "Frederiksberg", "Ballerup", "Furesø"},
         {"Herlev Hospital, mødelokale 3", "Hvidovre Hospital, auditorium 1", "Regionsgården, Hillerød",
          "Bispebjerg Hospital, mødelokale 5"}},
        {"Region Sjælland",
         {"Holbæk", "Kalundborg", "Køge", "Roskilde", "Slagelse", "Næstved", "Guldborgsund", "Lolland"},
         {"Holbæk Sygehus, auditorium 1", "Køge Rådhus, mødelokale 4", "Slagelse Sygehus, mødelokale 2",
          "Regionshuset i Sorø"}},
    };
    return list;
}

const std::vector<UnknownBody>& unknown_bodies() {
    static const std::vector<UnknownBody> list = {
        {"Sundhedsråd Vendsyssel", "Region Nordjylland"},   {"Sundhedsråd Kronjylland", "Region Midtjylland"},
        {"Sundhedsråd Trekantområdet", "Region Syddanmark"}, {"Sundhedsråd Vestsjælland", "Region Sjælland"},
        {"Sundhedsklynge Djursland", "Region Midtjylland"},  {"Sundhedsklynge Sydfyn", "Region Syddanmark"},
    };
    return list;
}

const std::vector<std::string>& background_subheadings() {
    static const std::vector<std::string> list = {"Baggrund", "Økonomi", "Proces", "Status", "Vurdering"};
    return list;
}

}  // namespace rs::test::vocabulary
