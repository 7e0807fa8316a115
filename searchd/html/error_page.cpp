#include "searchd/html/error_page.hpp"

#include <nlohmann/json.hpp>

#include "schema/text/plain_text.hpp"
#include "searchd/html/template_engine.hpp"

namespace rs::html {

namespace {

struct Wording {
    const char* heading;
    const char* text;
};

Wording wording(unsigned status) {
    switch (status) {
        case 404:
            return {"Siden findes ikke",
                    "Adressen fører ikke til et punkt, et møde eller en side i Referatsøg. Måske er linket skrevet "
                    "forkert, eller punktet er ikke i arkivet mere. Søg efter det i stedet:"};
        case 400: return {"Adressen kan ikke læses", "Der er en fejl i adressen. Prøv at søge i stedet:"};
        case 503:
            return {"Søgningen er midlertidigt utilgængelig",
                    "Arkivet kan ikke læses lige nu. Prøv igen om lidt."};
        default:
            return {"Der opstod en fejl", "Referatsøg kunne ikke vise siden. Fejlen er logget. Prøv igen, eller søg:"};
    }
}

}  // namespace

std::string render_error_page(unsigned status, std::string_view detail) {
    const Wording words = wording(status);
    const nlohmann::json view{{"heading", words.heading}, {"text", words.text}, {"detail", schema::shorten(detail, 300)}, {"q", ""},
                              {"status", std::to_string(status)}};
    return render_page("error", view, PageFrame{std::string(words.heading) + " – Referatsøg", "", "", "", ""});
}

}  // namespace rs::html
