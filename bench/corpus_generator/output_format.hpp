#pragma once
// The file formats the generator writes, as the indexer reads them (indexer/read/).

#include <array>
#include <optional>
#include <string_view>

namespace rs::corpus_generator {

/// How a minutes document reaches the archive.
enum class OutputFormat {
    text,      ///< .txt: an export or a copy from a PDF
    markdown,  ///< .md: a Markdown export (headings, **bold**, links, pipe tables)
    html,      ///< .html: a page saved from a minutes website, menus and breadcrumbs around it
};

inline constexpr std::array<OutputFormat, 3> all_formats = {OutputFormat::text, OutputFormat::markdown,
                                                            OutputFormat::html};

/// "text", "markdown", "html": the names --formats takes and the manifest uses.
std::string_view format_name(OutputFormat format);
/// ".txt", ".md", ".html".
std::string_view format_extension(OutputFormat format);
/// The format called `name`, or nullopt.
std::optional<OutputFormat> format_named(std::string_view name);

}  // namespace rs::corpus_generator
