#pragma once
// What every connection of one server shares. Owned by the Server, which outlives them all.

#include <atomic>
#include <utility>

#include "searchd/http/admin_token.hpp"
#include "searchd/http/log.hpp"
#include "searchd/http/server_limits.hpp"
#include "searchd/http/server_metrics.hpp"
#include "searchd/http/session_registry.hpp"
#include "searchd/http/site_options.hpp"
#include "searchd/http/work_queue.hpp"
#include "searchd/search/search_service.hpp"

namespace rs::http {

/// State shared by the listener and all sessions of one server.
struct ServerContext {
    /// The state of a server that is about to start.
    ServerContext(search::SearchService& service_in, SiteOptions site_in, const ServerLimits& limits_in,
                  const LogOptions& log_in = {}, AdminOptions admin_in = {})
        : service(service_in), site(std::move(site_in)), limits(limits_in), log(log_in), admin(std::move(admin_in)) {}

    search::SearchService& service;  ///< Thread-safe by its contract.
    const SiteOptions site;
    const ServerLimits limits;
    const LogOptions log;
    const AdminOptions admin;
    SessionRegistry sessions;
    ServerMetrics metrics;
    /// Where requests that compute wait for a worker; started and stopped by Server::run.
    WorkQueue work{limits.queue_limit};
    /// Set once when stopping: sessions stop keeping connections alive.
    std::atomic<bool> stopping{false};
};

}  // namespace rs::http
