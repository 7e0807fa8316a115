#pragma once
// The one answer to Xapian::DatabaseModifiedError: a reader throws it once the writer has
// committed twice since the reader (re)opened. Everything read so far may belong to the
// old revision, so the whole request runs again on a reopened database, not just the call.

#include <xapian.h>

#include "searchd/search/search_service.hpp"

namespace rs::search {

/// Most runs of one request before giving up with IndexUnavailable.
inline constexpr unsigned max_request_attempts = 5;

/// body() and, after each DatabaseModifiedError, reopen() and body() again, at most
/// `attempts` runs in all; then throws IndexUnavailable.
template <typename Body, typename Reopen>
auto retry_on_modified(unsigned attempts, Reopen&& reopen, Body&& body) -> decltype(body()) {
    for (unsigned attempt = 1;; ++attempt) {
        try {
            return body();
        } catch (const Xapian::DatabaseModifiedError& e) {
            if (attempt >= attempts)
                throw IndexUnavailable("the index kept changing during the request: " + e.get_description());
            reopen();
        }
    }
}

}  // namespace rs::search
