#pragma once
// /sammenlign (docs/PAGES.md): one project, topic or search across bodies, as a timeline
// and a table, with a form to choose the subject.

#include <string>

#include "searchd/http/parsed.hpp"
#include "searchd/search/comparison.hpp"
#include "searchd/search/search_request.hpp"

namespace rs::html {

/// True if `request` names something to compare: a project, a topic or query words.
bool has_compare_subject(const search::SearchRequest& request);

/// The page comparing `request`'s subject, answered by `comparison`.
std::string render_compare_page(const search::SearchRequest& request, const search::Comparison& comparison);

/// The page without a subject: the form and a hint.
std::string render_compare_start_page(const search::SearchRequest& request);

/// The page for parameters that could not be read: the form and a Danish message.
std::string render_compare_error_page(const http::ParamError& error);

}  // namespace rs::html
