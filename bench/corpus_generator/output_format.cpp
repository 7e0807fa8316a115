#include "bench/corpus_generator/output_format.hpp"

namespace rs::corpus_generator {

std::string_view format_name(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return "text";
        case OutputFormat::markdown: return "markdown";
        case OutputFormat::html: return "html";
    }
    return "text";
}

std::string_view format_extension(OutputFormat format) {
    switch (format) {
        case OutputFormat::text: return ".txt";
        case OutputFormat::markdown: return ".md";
        case OutputFormat::html: return ".html";
    }
    return ".txt";
}

std::optional<OutputFormat> format_named(std::string_view name) {
    for (OutputFormat format : all_formats)
        if (format_name(format) == name) return format;
    return std::nullopt;
}

}  // namespace rs::corpus_generator
