#pragma once
// The generator's vocabulary of the domain, loaded from data/*.tsv: the bodies that meet,
// what their items are about, how decisions are phrased, which minutes system a body used
// in which year. Plain values; loading checks what the tables refer to.

#include <string>
#include <vector>

#include "bench/corpus_generator/layout_family.hpp"
#include "bench/corpus_generator/output_format.hpp"

namespace rs::corpus_generator {

enum class BodyKind { cluster, sundhedsraad, regional, municipal };

/// One body that holds meetings.
struct Body {
    std::string name;            ///< As the documents name it first ("Sundhedsudvalget", "Sundhedsklynge Fyn").
    std::string canonical;       ///< As the indexer reports the meeting's body ("Sundhedsudvalget, Vejle Kommune").
    BodyKind kind = BodyKind::cluster;
    std::string region;          ///< "Region Syddanmark".
    std::string municipality;    ///< "Vejle Kommune" for a municipal committee, else "".
    std::vector<std::string> written;  ///< Other names the documents use.
    std::vector<std::string> forums;   ///< Canonical forums; empty for a committee (it has none).
    std::string hospital;        ///< The region's hospital the body works with.
    std::vector<std::string> towns;    ///< Municipalities it covers, without " Kommune" ("Vejle").
    int from_year = 2007;
    int to_year = 2027;
};

/// A title or a phrase that says what an item is about.
struct TopicText {
    int from_year = 2007;
    std::string text;
};

/// One topic of the indexer's taxonomy, with the words minutes use for it.
struct Topic {
    std::string name;
    std::vector<TopicText> titles;
    std::vector<TopicText> phrases;
};

/// A named initiative recurring across bodies.
struct Project {
    std::string canonical;
    std::string topic;
    std::vector<std::string> regions;  ///< Empty: every region.
    int from_year = 2007;
    std::vector<std::string> written;
};

/// The case types decisions.tsv and the item content distinguish.
enum class CaseType { beslutning, orientering, droftelse };

/// One way of writing a decision, with the outcomes it states.
struct DecisionPhrase {
    CaseType type = CaseType::beslutning;
    unsigned weight = 1;
    std::vector<std::string> outcomes;
    std::string phrase;
};

enum class Position { first, middle, last, closed };

/// A procedural item and how its decision is written.
struct ProceduralItem {
    Position position = Position::first;
    unsigned weight = 1;
    std::string title;
    std::vector<std::string> outcomes;
    std::string decision;  ///< "" when the item has no Beslutning.
};

/// A minutes system a kind of body used in a span of years.
struct MinutesSystem {
    BodyKind kind = BodyKind::cluster;
    std::string region;  ///< "" for every region.
    int from_year = 0;
    int to_year = 0;
    unsigned weight = 1;
    LayoutFamily family = LayoutFamily::regional_referat;
    std::vector<OutputFormat> formats;
    std::vector<unsigned> format_weights;
};

/// Everything in data/.
struct DomainData {
    std::vector<Body> bodies;
    std::vector<Topic> topics;
    std::vector<Project> projects;
    std::vector<DecisionPhrase> decisions;
    std::vector<ProceduralItem> procedural;
    std::vector<MinutesSystem> systems;
    std::vector<std::string> first_names;
    std::vector<std::string> last_names;
    std::vector<std::string> job_titles;
    std::vector<std::string> decision_objects;     ///< What a beslutningssag decides on.
    std::vector<std::string> orientation_objects;  ///< What an orienteringssag reports.
    std::vector<std::string> discussion_objects;   ///< What a drøftelsessag discusses.

    /// The embedded tables; throws schema::DataError naming file and line on a bad row.
    static DomainData load();
    /// The systems a body can have used in `year`.
    std::vector<const MinutesSystem*> systems_for(const Body& body, int year) const;
    /// The topic called `name`; throws std::out_of_range.
    const Topic& topic(const std::string& name) const;
};

/// The organisations a body's minutes mention: its municipalities, hospital, region, PLO.
/// They are all of the body's own region, so the file's region evidence is unambiguous.
std::vector<std::string> organisations_of(const Body& body);

/// "cluster", "sundhedsraad", "regional", "municipal": as systems.tsv and the manifest write it.
std::string_view body_kind_name(BodyKind kind);

}  // namespace rs::corpus_generator
