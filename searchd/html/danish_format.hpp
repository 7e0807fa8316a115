#pragma once
// Numbers, dates and ordering as Danish readers expect them, through ICU's da_DK data.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace rs::html {

/// "2024-03-01" → "1. marts 2024"; "" for "" and the input itself if it is no date.
std::string danish_date(std::string_view iso_date);

/// 1234 → "1.234".
std::string danish_number(std::uint64_t value);

/// "1 punkt", "12 punkter", "1.234 punkter".
std::string item_count(std::uint64_t count);

/// The months' short names as ICU's da_DK data writes them ("jan", "feb" … "dec").
const std::array<std::string, 12>& danish_short_months();

/// `values` in Danish alphabetical order (æ, ø, å last; "aa" as å), case ignored first.
void sort_danish(std::vector<std::string>& values);

}  // namespace rs::html
