#include "schema/text/words.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace rs::schema {

void for_each_piece(std::string_view utf8, const std::function<void(const TextPiece&)>& visit) {
    const auto* bytes = reinterpret_cast<const std::uint8_t*>(utf8.data());
    const auto length = static_cast<std::int32_t>(utf8.size());
    std::int32_t start = 0;
    bool in_word = false;
    std::int32_t at = 0;
    while (at < length) {
        const std::int32_t before = at;
        UChar32 c = 0;
        U8_NEXT(bytes, at, length, c);
        const bool letter = c >= 0 && u_isalnum(c);
        if (before == 0) {
            in_word = letter;
        } else if (letter != in_word) {
            visit({utf8.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(before - start)), in_word});
            start = before;
            in_word = letter;
        }
    }
    if (length > 0) visit({utf8.substr(static_cast<std::size_t>(start)), in_word});
}

}  // namespace rs::schema
