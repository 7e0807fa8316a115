#pragma once
// The operator's endpoints, behind the admin token (admin_token.hpp): POST
// /api/admin/reload opens the index from its path again (after a new build was moved into
// place), GET /api/admin/stats tells the server's state as JSON. Answered by the session,
// like /metrics, since they concern the server rather than the search behind the router.

#include "searchd/http/request.hpp"
#include "searchd/http/response.hpp"
#include "searchd/http/server_context.hpp"

namespace rs::http {

/// True for a request under /api/admin/ (any query string).
bool is_admin_request(const Request& request);

/// The answer: 403 when no token is configured, 401 (with WWW-Authenticate) for a missing
/// or wrong token, 405 for a wrong method, 404 for an unknown admin path, 503 when the
/// index cannot be opened again.
Response admin_response(const Request& request, ServerContext& context);

}  // namespace rs::http
