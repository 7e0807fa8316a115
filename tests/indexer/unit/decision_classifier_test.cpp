#include <gtest/gtest.h>

#include "indexer/analyse/decision_classifier.hpp"

namespace rs::indexer {
namespace {

using Outcomes = std::vector<std::string>;

class Decisions : public ::testing::Test {
protected:
    Outcomes classify(const std::string& text) { return classifier_.classify(text); }
    DecisionClassifier classifier_ = DecisionClassifier::load();
};

TEST_F(Decisions, ReadsPlainOutcomes) {
    EXPECT_EQ(classify("Godkendt"), Outcomes{"godkendt"});
    EXPECT_EQ(classify("Kommissorieudkastet blev godkendt."), Outcomes{"godkendt"});
    EXPECT_EQ(classify("Tiltrådt."), Outcomes{"godkendt"});
    EXPECT_EQ(classify("Orienteringen blev taget til efterretning."), Outcomes{"taget til efterretning"});
    EXPECT_EQ(classify("Orienteredes."), Outcomes{"taget til efterretning"});
    EXPECT_EQ(classify("Drøftedes, bl.a. med fokus på økonomi."), Outcomes{"drøftet"});
    EXPECT_EQ(classify("Fagligt strategisk niveau havde en indledende drøftelse."), Outcomes{"drøftet"});
    EXPECT_EQ(classify("Faglig strategisk niveau besluttede at fordele pengene efter model 3."), Outcomes{"besluttet"});
    EXPECT_EQ(classify("Sagen udskydes til data er kvalificeret."), Outcomes{"udsat"});
    EXPECT_EQ(classify("Der var ikke tilslutning fra kommunerne til forslaget."), Outcomes{"afvist"});
    EXPECT_EQ(classify("Anbefales."), Outcomes{"videresendt"});
}

TEST_F(Decisions, SeveralOutcomesInVocabularyOrder) {
    EXPECT_EQ(classify("FSN drøftede evalueringen, og besluttede at evalueringen udskydes. FSN godkendte, at "
                       "samarbejdsaftalen revideres."),
              (Outcomes{"godkendt", "drøftet", "besluttet", "udsat"}));
    EXPECT_EQ(classify("FSN besluttede, at der til det politiske niveau indstilles at indsats 3 igangsættes"),
              (Outcomes{"besluttet", "videresendt"}));
}

TEST_F(Decisions, NegationIsNotApproval) {
    EXPECT_EQ(classify("Indstillingen blev ikke godkendt."), Outcomes{"afvist"});
    EXPECT_EQ(classify("Udvalget kan ikke tiltræde indstillingen."), Outcomes{"afvist"});
    EXPECT_EQ(classify("Forslaget blev ikke taget til efterretning"), Outcomes{});
}

TEST_F(Decisions, ANegationReachesOnlyItsOwnClause) {
    // A comma ends the reach of "ikke" (and of a modal): the outcome after it stands.
    // Each negation or modal stands within the three words before the outcome.
    EXPECT_EQ(classify("Ikke drøftet, men godkendt."), Outcomes{"godkendt"});
    EXPECT_EQ(classify("Sagen blev ikke udsat, godkendt."), Outcomes{"godkendt"});
    EXPECT_EQ(classify("Skal følges op, godkendt."), Outcomes{"godkendt"});
}

TEST_F(Decisions, PlansAndAdjectivesAreNotOutcomes) {
    EXPECT_EQ(classify("Kommissoriet skal godkendes af fagligt strategisk niveau ultimo februar."), Outcomes{});
    EXPECT_EQ(classify("Gruppen arbejder med implementering af den godkendte handleplan."), Outcomes{});
    EXPECT_EQ(classify("Såfremt det fulde beløb godkendes, er der midler tilbage."), Outcomes{});
    EXPECT_EQ(classify("Beslutning om klyngemidler"), Outcomes{});
    EXPECT_EQ(classify("Det bør derfor undgås at udskyde opstart."), Outcomes{});
}

TEST_F(Decisions, AttendanceAndNothingToNoteAreNoOutcome) {
    EXPECT_EQ(classify("Borgmester X deltog ikke i sagens behandling."), Outcomes{});
    EXPECT_EQ(classify("Ingen bemærkninger."), Outcomes{});
    EXPECT_EQ(classify("Intet til punktet."), Outcomes{});
    EXPECT_EQ(classify("Godkendt. Y deltog ikke i sagens behandling."), Outcomes{"godkendt"});
}

TEST(SplitSentences, SplitsAtSentenceEndsAndLines) {
    EXPECT_EQ(split_sentences("Godkendt. Taget til efterretning!\nDrøftet;  ok"),
              (std::vector<std::string>{"Godkendt.", "Taget til efterretning!", "Drøftet;", "ok"}));
}

}  // namespace
}  // namespace rs::indexer

namespace rs::indexer {
namespace {

TEST(DecisionPhrasings, ElectionsAreDecisions) {
    auto classifier = DecisionClassifier::load();
    EXPECT_EQ(classifier.classify("Anne Kjær blev valgt som næstformand."), std::vector<std::string>{"besluttet"});
    EXPECT_EQ(classifier.classify("Jens Holm blev genvalgt som formand."), std::vector<std::string>{"besluttet"});
    EXPECT_EQ(classifier.classify("Udvalget valgte Mette Lund og Ole Berg som medlemmer af styregruppen."),
              std::vector<std::string>{"besluttet"});
    EXPECT_EQ(classifier.classify("Udvalget konstituerede sig."), std::vector<std::string>{"besluttet"});
    EXPECT_TRUE(classifier.classify("Der skal vælges en ny næstformand på næste møde.").empty());
}

TEST(DecisionPhrasings, SendingOnWithWordsBeforeVidere) {
    auto classifier = DecisionClassifier::load();
    EXPECT_EQ(classifier.classify("Sagen sendes hermed videre til Sundhedsklynge Lillebælt."),
              std::vector<std::string>{"videresendt"});
    EXPECT_EQ(classifier.classify("Udvalget sender forslaget med bemærkninger videre til byrådet."),
              std::vector<std::string>{"videresendt"});
    EXPECT_TRUE(classifier.classify("Sagen skal sendes videre, når økonomien er afklaret.").empty())
        << "a plan is not an outcome";
}

TEST(DecisionPhrasings, ASentenceAboutAnotherItemIsNotThisItemsOutcome) {
    auto classifier = DecisionClassifier::load();
    EXPECT_EQ(classifier.classify("Godkendt. Punkt 5 blev udsat til næste møde.", 3),
              std::vector<std::string>{"godkendt"});
    EXPECT_EQ(classifier.classify("Godkendt. Sagen under pkt. 5 udsættes.", 3), std::vector<std::string>{"godkendt"})
        << "an abbreviation's dot does not end the sentence";
    EXPECT_EQ(classifier.classify("Punkt 3 blev godkendt.", 3), std::vector<std::string>{"godkendt"})
        << "its own number is no other item";
    EXPECT_EQ(classifier.classify("Godkendt. Punkt 5 blev udsat.", 0), (std::vector<std::string>{"godkendt", "udsat"}))
        << "without a number nothing is told apart";
}

TEST(SentenceSplit, KeepsAbbreviationsAndSplitsSentences) {
    EXPECT_EQ(split_sentences("Drøftet, bl.a. økonomi. Sagen udsættes kl. 14 til pkt. 5. Godkendt"),
              (std::vector<std::string>{"Drøftet, bl.a. økonomi.", "Sagen udsættes kl. 14 til pkt. 5.", "Godkendt"}));
}

}  // namespace
}  // namespace rs::indexer
