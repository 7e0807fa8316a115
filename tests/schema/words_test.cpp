#include "schema/text/words.hpp"

#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace rs::schema {
namespace {

std::vector<std::string> pieces(std::string_view text) {
    std::vector<std::string> out;
    for_each_piece(text, [&](const TextPiece& piece) { out.push_back((piece.is_word ? "W:" : "G:") + std::string(piece.text)); });
    return out;
}

TEST(ForEachPiece, WordsAndGapsInOrder) {
    EXPECT_EQ(pieces("Ældre-plejen, 2024!"),
              (std::vector<std::string>{"W:Ældre", "G:-", "W:plejen", "G:, ", "W:2024", "G:!"}));
    EXPECT_EQ(pieces(" å "), (std::vector<std::string>{"G: ", "W:å", "G: "}));
    EXPECT_TRUE(pieces("").empty());
}

TEST(ForEachPiece, ConcatenationGivesTheTextBackEvenForBadUtf8) {
    const std::string text = "a\xFF" "b <script>x</script> \xC3";
    std::string joined;
    for_each_piece(text, [&](const TextPiece& piece) { joined += piece.text; });
    EXPECT_EQ(joined, text);
}

}  // namespace
}  // namespace rs::schema
