#pragma once
// Reader for the tab-separated vocabulary files in schema/data/. One row a line, columns
// separated by one or more tabs, "#" starts a comment line, blank lines are skipped.
// A column may hold a list: items separated by " | ".

#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace rs::schema {

/// A vocabulary file that cannot be used; the message names file and line.
class DataError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

/// One row of a data file.
struct DataRow {
    std::string file;                  ///< File name, for messages.
    int line = 0;                      ///< 1-based line number, for messages.
    std::vector<std::string> columns;  ///< Trimmed columns.

    /// Column `i`, or "" if the row is shorter.
    const std::string& at(std::size_t i) const;
    /// Column `i` split on " | " into trimmed, non-empty items.
    std::vector<std::string> list(std::size_t i) const;
    /// "file:line" for error messages.
    std::string where() const;
};

/// Rows of `content`, read as file `name`; rows with fewer than `min_columns` columns throw.
std::vector<DataRow> parse_data_table(std::string_view name, std::string_view content,
                                      std::size_t min_columns);

/// Rows of the embedded schema/data/`name`; throws DataError if it does not exist.
std::vector<DataRow> load_data_table(std::string_view name, std::size_t min_columns);

}  // namespace rs::schema
