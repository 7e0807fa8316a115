#pragma once
// One HTTP connection: reads requests, answers them through handle_request, writes the
// responses, until the client closes, a timeout fires or the server stops. The Session
// class itself lives in session.cpp so that only that file compiles Beast's HTTP code.

#include <boost/asio/ip/tcp.hpp>

#include "searchd/http/server_context.hpp"

namespace rs::http {

/// Serves `socket` asynchronously; the session keeps itself alive until the connection ends.
/// `context` must outlive the io_context the socket belongs to.
void start_session(boost::asio::ip::tcp::socket socket, ServerContext& context);

}  // namespace rs::http
