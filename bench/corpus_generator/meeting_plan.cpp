#include "bench/corpus_generator/meeting_plan.hpp"

#include <algorithm>
#include <map>
#include <stdexcept>
#include <unordered_set>

#include "bench/corpus_generator/danish_text.hpp"
#include "bench/corpus_generator/random.hpp"

namespace rs::corpus_generator {

namespace {

// How much of the archive each kind of body holds, per forum and year it meets in: the
// clusters' own minutes are what the archive is for; the bodies around them fill it out.
unsigned kind_weight(BodyKind kind) {
    switch (kind) {
        case BodyKind::cluster: return 6;
        case BodyKind::sundhedsraad: return 6;
        case BodyKind::regional: return 2;
        case BodyKind::municipal: return 1;
    }
    return 1;
}

constexpr int agenda_percent = 8;         // meetings whose file is the agenda, not the minutes
constexpr int closed_item_percent = 3;    // items treated behind closed doors
constexpr int primary_format_percent = 85;  // meetings in the body's usual format that year
constexpr int date_attempts = 64;         // dates tried in one series before another is chosen
constexpr int series_attempts = 1000;     // series tried before the calendar counts as full

/// A body meeting in one forum: what a meeting is drawn from.
struct Series {
    const Body* body;
    std::string forum;
};

/// The minutes system and usual format of a body in one year.
struct YearSystem {
    const MinutesSystem* system = nullptr;
    std::vector<OutputFormat> formats;  // the system's formats that are allowed
    std::vector<unsigned> weights;
    OutputFormat primary = OutputFormat::text;
};

bool allowed(const std::vector<OutputFormat>& formats, OutputFormat format) {
    return formats.empty() || std::find(formats.begin(), formats.end(), format) != formats.end();
}

// Families that number items on through the year: the first number follows the date.
int first_number_for(LayoutFamily family, const Date& date) {
    int day_of_year = date.day;
    for (int month = 1; month < date.month; ++month) day_of_year += days_in_month(date.year, month);
    switch (family) {
        case LayoutFamily::municipal_committee: return 1 + day_of_year * 2 / 3;
        case LayoutFamily::glued_numbers: return 1 + day_of_year / 3;
        case LayoutFamily::runon_protocol: return 1 + day_of_year * 3;  // past 999 late in the year
        default: return 1;
    }
}

// "2024/000042_sundhedsklynge-fyn_politisk-niveau_2024-03-01_referat.md": a folder per
// year keeps folders small at a million items; the index number keeps names unique.
std::string path_of(const MeetingPlan& plan) {
    std::string number = std::to_string(plan.index);
    if (number.size() < 6) number.insert(0, 6 - number.size(), '0');
    std::string path = std::to_string(plan.date.year);
    path.append("/").append(number).append("_").append(ascii_slug(plan.body->canonical));
    if (!plan.forum.empty()) path.append("_").append(ascii_slug(plan.forum));
    path.append("_").append(iso_date(plan.date)).append(plan.agenda ? "_dagsorden" : "_referat");
    return path.append(format_extension(plan.format));
}

class Planner {
public:
    Planner(const DomainData& data, const PlanRequest& request)
        : data_(data), request_(request), random_(derive_seed(request.seed, "plan")) {
        for (const auto& body : data.bodies) {
            const unsigned years = static_cast<unsigned>(body.to_year - body.from_year + 1);
            const std::vector<std::string> forums = body.forums.empty() ? std::vector<std::string>{""} : body.forums;
            for (const auto& forum : forums) {
                series_.push_back({&body, forum});
                weights_.push_back(years * kind_weight(body.kind));
            }
        }
    }

    std::vector<MeetingPlan> plan() {
        std::vector<MeetingPlan> plans;
        std::size_t open = 0;
        while (open < request_.open_items) {
            MeetingPlan plan = next_meeting(plans.size());
            const auto remaining = static_cast<int>(request_.open_items - open);
            if (plan.open_items() > remaining) {  // the last meeting holds what is left
                plan.items = remaining;
                plan.closed = 0;
            }
            open += static_cast<std::size_t>(plan.open_items());
            plans.push_back(std::move(plan));
        }
        return plans;
    }

private:
    MeetingPlan next_meeting(std::size_t index) {
        MeetingPlan plan;
        plan.index = index;
        for (int attempt = 0; attempt < series_attempts && !plan.body; ++attempt) {
            const Series& series = series_[random_.weighted(weights_)];
            for (int tries = 0; tries < date_attempts; ++tries) {
                const Date date = weekday_in(series.body->from_year, series.body->to_year);
                if (!keys_.insert(series.body->canonical + "|" + series.forum + "|" + iso_date(date)).second) continue;
                plan.body = series.body;
                plan.forum = series.forum;
                plan.date = date;
                break;
            }
        }
        if (!plan.body) throw std::invalid_argument("the calendar 2007-2027 has no free meeting day left: ask for fewer items");
        const bool evening = plan.forum == "Politisk niveau" && random_.percent(30);
        plan.start = {evening ? random_.between(16, 18) : random_.between(8, 14), random_.percent(60) ? 0 : 30};
        plan.end = add_minutes(plan.start, 60 + 30 * random_.between(1, 4));
        plan.agenda = random_.percent(agenda_percent);
        plan.items = 3 + static_cast<int>(random_.below(7) + random_.below(7));  // 3–15, most near 9
        for (int i = 1; i + 1 < plan.items; ++i) plan.closed += random_.percent(closed_item_percent) ? 1 : 0;
        const YearSystem& system = system_of(*plan.body, plan.date.year);
        plan.family = system.system->family;
        plan.format = random_.percent(primary_format_percent) ? system.primary
                                                              : system.formats[random_.weighted(system.weights)];
        plan.first_number = first_number_for(plan.family, plan.date);
        plan.path = path_of(plan);
        return plan;
    }

    Date weekday_in(int from_year, int to_year) {
        for (;;) {
            Date date;
            date.year = random_.between(from_year, to_year);
            date.month = random_.between(1, 12);
            date.day = random_.between(1, days_in_month(date.year, date.month));
            if (weekday(date) < 5 && !(date.month == 7 && date.day < 25)) return date;  // no weekends, little in July
        }
    }

    // A body keeps one system through a year: the choice comes from a stream of its own,
    // so it does not depend on how many meetings were planned before.
    const YearSystem& system_of(const Body& body, int year) {
        const auto body_index = static_cast<std::uint64_t>(&body - data_.bodies.data());
        auto [it, added] = systems_.try_emplace(body_index * 10000 + static_cast<std::uint64_t>(year));
        if (!added) return it->second;
        Random random(derive_seed(request_.seed, "system", it->first));
        std::vector<const MinutesSystem*> candidates = data_.systems_for(body, year);
        std::vector<const MinutesSystem*> usable;
        for (const auto* system : candidates)
            if (std::any_of(system->formats.begin(), system->formats.end(),
                            [&](OutputFormat f) { return allowed(request_.formats, f); }))
                usable.push_back(system);
        YearSystem& chosen = it->second;
        const auto& pool = usable.empty() ? candidates : usable;
        std::vector<unsigned> weights;
        for (const auto* system : pool) weights.push_back(system->weight);
        chosen.system = pool[random.weighted(weights)];
        for (std::size_t i = 0; i < chosen.system->formats.size(); ++i)
            if (allowed(request_.formats, chosen.system->formats[i])) {
                chosen.formats.push_back(chosen.system->formats[i]);
                chosen.weights.push_back(chosen.system->format_weights[i]);
            }
        if (chosen.formats.empty()) {  // a system that never publishes in an allowed format: written in one anyway
            chosen.formats = request_.formats;
            chosen.weights.assign(chosen.formats.size(), 1);
        }
        chosen.primary = chosen.formats[random.weighted(chosen.weights)];
        return chosen;
    }

    const DomainData& data_;
    const PlanRequest& request_;
    Random random_;
    std::vector<Series> series_;
    std::vector<unsigned> weights_;
    std::unordered_set<std::string> keys_;
    std::map<std::uint64_t, YearSystem> systems_;
};

}  // namespace

std::vector<MeetingPlan> plan_corpus(const DomainData& data, const PlanRequest& request) {
    if (request.open_items == 0) throw std::invalid_argument("a corpus needs at least one item");
    if (request.open_items > max_open_items)
        throw std::invalid_argument("at most " + std::to_string(max_open_items) + " items");
    return Planner(data, request).plan();
}

}  // namespace rs::corpus_generator
