#pragma once
// GET /metrics: the server's counters (server_metrics.hpp) and the index's state in
// Prometheus's text format, answered by the session itself since connections and counts
// belong to the server rather than to any endpoint behind the router.

#include "searchd/http/request.hpp"
#include "searchd/http/response.hpp"
#include "searchd/http/server_context.hpp"

namespace rs::http {

/// True for a request of /metrics (any query string).
bool is_metrics_request(const Request& request);

/// The metrics; 405 for a method other than GET and HEAD. Without the index's lines
/// when the index cannot be read (the server's own counters still help then).
Response metrics_response(const Request& request, ServerContext& context);

}  // namespace rs::http
