#pragma once
// searchd's configuration file, TOML (read with Debian's toml++): what an operator sets
// once in /etc/referatsog/searchd.toml, with the command line overriding it.
//
//   [index]
//   path = "/var/lib/referatsog/index"
//   [server]
//   listen = "127.0.0.1:8080"
//   threads = 4
//   max_connections = 768
//   public_url = "https://referatsog.example.dk"
//   allowed_origins = ["https://intranet.example.dk"]
//   [log]
//   queries = false
//
// Every value goes through the same checks as its command-line flag; an error names the
// file, the line and the key.

#include <filesystem>

#include "searchd/http/parsed.hpp"
#include "searchd/http/searchd_options.hpp"

namespace rs::http {

/// The options the file at `path` sets (others at their defaults). The error's parameter
/// is "FILE:LINE: key" (or "FILE:LINE" for a TOML syntax error).
Parsed<SearchdOptions> read_searchd_config(const std::filesystem::path& path);

}  // namespace rs::http
