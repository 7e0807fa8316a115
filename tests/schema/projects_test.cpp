#include <gtest/gtest.h>

#include <set>

#include "schema/vocabulary/projects.hpp"

namespace rs::schema {
namespace {

TEST(Projects, EveryProjectHasAUniqueSlugAndADescription) {
    std::set<std::string> slugs;
    for (const auto& project : projects()) {
        EXPECT_TRUE(slugs.insert(project.slug).second) << project.slug;
        EXPECT_FALSE(project.description.empty()) << project.name;
        EXPECT_EQ(project.slug.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789-"), std::string::npos)
            << project.slug;
    }
    EXPECT_GE(projects().size(), 10u);
}

TEST(Projects, SlugsSpellDanishLettersTheDanishWay) {
    const Project* kth = find_project("Kom Trygt Hjem");
    ASSERT_NE(kth, nullptr);
    EXPECT_EQ(kth->slug, "kom-trygt-hjem");
    EXPECT_EQ(find_project_by_slug("kom-trygt-hjem"), kth);
    ASSERT_NE(find_project("Fælles skolebænk"), nullptr);
    EXPECT_EQ(find_project("Fælles skolebænk")->slug, "faelles-skolebaenk");
    ASSERT_NE(find_project("SAM:BO"), nullptr);
    EXPECT_EQ(find_project("SAM:BO")->slug, "sam-bo");
}

TEST(Projects, UnknownNamesAndSlugsFindNothing) {
    EXPECT_EQ(find_project_by_slug("findes-ikke"), nullptr);
    EXPECT_EQ(find_project("kom trygt hjem"), nullptr) << "names are canonical, matched exactly";
    EXPECT_EQ(find_project_by_slug(""), nullptr);
}

}  // namespace
}  // namespace rs::schema
