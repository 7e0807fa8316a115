'use strict';
// Starts everything a browser test needs on 127.0.0.1 and stops it again:
//   a fresh index (bundled corpus + one hostile minutes file) in a temporary folder,
//   searchd on a free port, two embedding host pages (origin A is allowed, origin B is not),
//   and headless Chromium through playwright-core.
// Every wait is bounded; stop() is safe to call after a failed or partial start.

const fs = require('node:fs');
const http = require('node:http');
const os = require('node:os');
const path = require('node:path');
const { spawn } = require('node:child_process');
const { chromium } = require('playwright-core');

const REPO_ROOT = path.resolve(__dirname, '..', '..');
const INDEXER = process.env.REFERATSOG_INDEXER || path.join(REPO_ROOT, 'build', 'indexer', 'indexer');
const SEARCHD = process.env.REFERATSOG_SEARCHD || path.join(REPO_ROOT, 'build', 'searchd', 'searchd');
const CORPUS = process.env.REFERATSOG_CORPUS || path.join(REPO_ROOT, 'corpus');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

const INDEX_TIMEOUT_MS = 60_000;
const LISTEN_TIMEOUT_MS = 15_000;
const BROWSER_LAUNCH_TIMEOUT_MS = 30_000;
const STOP_TIMEOUT_MS = 5_000;
const REQUEST_TIMEOUT_MS = 10_000;
const ACTION_TIMEOUT_MS = 10_000;
const NAVIGATION_TIMEOUT_MS = 15_000;

const hostile = require('./hostile_minutes');
const { HOSTILE_MINUTES, HOSTILE_WORD } = hostile;

// Console text of a Content-Security-Policy violation (Chromium words them "Refused to …").
const CSP_MESSAGE = /content.security.policy|Refused to (execute|apply|load|connect|frame|evaluate)/i;

// ---------------------------------------------------------------------------------------------
// Small utilities.

function withTimeout(promise, ms, what) {
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function tail(text, max = 4000) {
  return text.length > max ? '…' + text.slice(-max) : text;
}

/** Runs a program to completion (bounded); resolves with {code, stdout, stderr}. */
function run(program, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${program} ${args.join(' ')}: still running after ${timeoutMs} ms\n${tail(stderr)}`));
    }, timeoutMs);
    child.on('error', (err) => { clearTimeout(timer); reject(new Error(`cannot run ${program}: ${err.message}`)); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code === null ? `signal ${signal}` : code, stdout, stderr });
    });
  });
}

/**
 * One HTTP request with node's own client (so any header, Origin included, can be sent).
 * Resolves with {status, headers (lower-case names), body: Buffer, text()}.
 */
function httpRequest(url, { method = 'GET', headers = {}, timeoutMs = REQUEST_TIMEOUT_MS } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method, headers, agent: false }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => {
        const body = Buffer.concat(chunks);
        resolve({ status: res.statusCode, headers: res.headers, body, text: () => body.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`${method} ${url}: no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

function listen(server) {
  return withTimeout(new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${server.address().port}`));
  }), 5_000, 'host page server listen');
}

function closeServer(server) {
  if (!server || !server.listening) return Promise.resolve();
  if (typeof server.closeAllConnections === 'function') server.closeAllConnections();
  return withTimeout(new Promise((resolve) => server.close(() => resolve())), 5_000, 'host page server close')
    .catch(() => {});
}

// ---------------------------------------------------------------------------------------------
// Embedding host pages: the intranet page a team would write. The inline script (allowed: the
// host page is ours, not searchd's) records the window's own keys before embed.js runs, in a
// DOM attribute so that the record itself adds no global.

function hostPage(searchdBase, { q, limit, title }) {
  const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  return `<!doctype html>
<html lang="da">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Intranet – sundhedsklynger</title>
<script>document.documentElement.setAttribute('data-globals-before', JSON.stringify(Object.keys(window)));</script>
</head>
<body>
<main>
<h1>Intranet</h1>
<div data-referatsog-list data-q="${esc(q)}" data-limit="${esc(limit)}" data-title="${esc(title)}"></div>
<div data-referatsog-search></div>
<script src="${esc(searchdBase)}/embed.js" async></script>
</main>
</body>
</html>
`;
}

function makeHostServer(getSearchdBase) {
  return http.createServer((req, res) => {
    const url = new URL(req.url, 'http://host.invalid');
    let body = null;
    if (url.pathname === '/' || url.pathname === '/index.html') {
      body = hostPage(getSearchdBase(), { q: 'hoftebrud', limit: 3, title: 'Seneste om hoftebrud' });
    } else if (url.pathname === '/hostile.html') {
      body = hostPage(getSearchdBase(), { q: HOSTILE_WORD, limit: 5, title: 'Seneste om kanariefugle' });
    }
    if (body === null) {
      res.writeHead(url.pathname === '/favicon.ico' ? 204 : 404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' });
    res.end(body);
  });
}

// ---------------------------------------------------------------------------------------------
// searchd.

function startSearchd(args) {
  const child = spawn(SEARCHD, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  const log = { stdout: '', stderr: '', problems: [] };
  // Keep draining both pipes for the whole run (a full pipe would block searchd).
  child.stdout.setEncoding('utf8');
  child.stderr.setEncoding('utf8');
  // Internal errors and 5xx answers are bugs even when the page looked fine to a test.
  let partial = '';
  child.stderr.on('data', (d) => {
    log.stderr = tail(log.stderr + d, 64_000);
    const lines = (partial + d).split('\n');
    partial = lines.pop();
    for (const line of lines) {
      if (/internal error|unexpected exception|terminate called|assertion/i.test(line) ||
          /^(GET|HEAD|OPTIONS|POST|PUT|DELETE)\s+\S+\s+5\d\d\b/.test(line)) {
        if (log.problems.length < 50) log.problems.push(line.trim());
      }
    }
  });
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const address = new Promise((resolve, reject) => {
    let firstLine = null;
    child.stdout.on('data', (d) => {
      log.stdout = tail(log.stdout + d, 64_000);
      if (firstLine !== null) return;
      const nl = log.stdout.indexOf('\n');
      if (nl < 0) return;
      firstLine = log.stdout.slice(0, nl).trim();
      const m = /^searchd listening on (http:\/\/[^\s/]+)$/.exec(firstLine);
      if (m) resolve(m[1]);
      else reject(new Error(`searchd's first stdout line is not "searchd listening on http://HOST:PORT": ${JSON.stringify(firstLine)}`));
    });
    child.on('error', (err) => reject(new Error(`cannot run ${SEARCHD}: ${err.message}`)));
    exited.then(({ code, signal }) => reject(new Error(
      `searchd exited (code ${code}, signal ${signal}) before listening\nargs: ${args.join(' ')}\nstderr: ${tail(log.stderr)}`)));
  });
  return { child, log, exited, address };
}

async function stopProcess(proc) {
  if (!proc || proc.child.exitCode !== null || proc.child.signalCode !== null) return null;
  proc.child.kill('SIGTERM');
  try {
    return await withTimeout(proc.exited, STOP_TIMEOUT_MS, 'searchd stop after SIGTERM');
  } catch {
    proc.child.kill('SIGKILL');
    await withTimeout(proc.exited, STOP_TIMEOUT_MS, 'searchd stop after SIGKILL').catch(() => {});
    return { code: null, signal: 'SIGKILL' };
  }
}

// ---------------------------------------------------------------------------------------------

/**
 * Starts the whole set-up. Options:
 *   allowOrigin (default true): pass --allow-origin for origin A.
 * Returns the harness object; always call stop().
 */
async function startHarness({ allowOrigin = true } = {}) {
  const h = {
    repoRoot: REPO_ROOT,
    tmp: fs.mkdtempSync(path.join(os.tmpdir(), 'referatsog-browser-')),
    base: null, // searchd, e.g. http://127.0.0.1:40123
    originA: null, // allowed embedding host
    originB: null, // not allowed embedding host
    browser: null,
    searchd: null,
    servers: [],
    contexts: new Set(),
    browserProblems: [], // CSP reports and uncaught errors on any page of any test
    stopped: false,
  };

  // Last resort if the test process dies without running after(): no searchd or temp dir left.
  const onExit = () => {
    if (h.searchd && h.searchd.child.exitCode === null) {
      try { h.searchd.child.kill('SIGKILL'); } catch { /* already gone */ }
    }
    try { fs.rmSync(h.tmp, { recursive: true, force: true }); } catch { /* best effort */ }
  };
  process.once('exit', onExit);
  // Interrupted (Ctrl-C, ctest timeout): clean up, then end as the signal would have.
  const onSignal = (signal) => {
    onExit();
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);

  h.stop = async () => {
    if (h.stopped) return;
    h.stopped = true;
    const problems = [];
    for (const ctx of h.contexts) await withTimeout(ctx.close(), 5_000, 'context close').catch(() => {});
    if (h.browser) await withTimeout(h.browser.close(), 10_000, 'browser close').catch((e) => problems.push(e.message));
    const exit = await stopProcess(h.searchd).catch((e) => { problems.push(e.message); return null; });
    if (exit && exit.signal === 'SIGKILL') problems.push('searchd did not stop on SIGTERM within 5 s');
    if (exit && exit.code !== 0 && exit.signal !== 'SIGKILL') problems.push(`searchd exited with code ${exit.code}, signal ${exit.signal} after SIGTERM`);
    if (h.searchd && h.searchd.child.exitCode !== null && !exit) problems.push(`searchd had died during the tests (code ${h.searchd.child.exitCode})`);
    if (h.browserProblems.length) {
      problems.push(`pages reported CSP violations or uncaught errors during the tests:\n  ${h.browserProblems.slice(0, 30).join('\n  ')}`);
    }
    if (h.searchd && h.searchd.log.problems.length) {
      problems.push(`searchd logged internal errors or 5xx answers during the tests:\n  ${h.searchd.log.problems.join('\n  ')}`);
    }
    for (const s of h.servers) await closeServer(s);
    fs.rmSync(h.tmp, { recursive: true, force: true });
    process.removeListener('exit', onExit);
    process.removeListener('SIGINT', onSignal);
    process.removeListener('SIGTERM', onSignal);
    if (problems.length) throw new Error(`harness stop: ${problems.join('; ')}`);
  };

  try {
    // 1. Index: bundled corpus plus the hostile folder, into a fresh directory.
    const hostileDir = path.join(h.tmp, 'hostile');
    fs.mkdirSync(hostileDir);
    h.hostileFile = path.join(hostileDir, '900_hostile.txt');
    fs.writeFileSync(h.hostileFile, HOSTILE_MINUTES);
    h.indexDir = path.join(h.tmp, 'index');
    const build = await run(INDEXER, ['build', '--index', h.indexDir, CORPUS, hostileDir], INDEX_TIMEOUT_MS);
    h.indexReport = build.stdout + build.stderr;
    if (build.code !== 0) {
      throw new Error(`${INDEXER} build failed (${build.code}):\n${tail(h.indexReport)}`);
    }

    // 2. Host pages of origins A and B (the searchd address is filled in once known).
    const serverA = makeHostServer(() => h.base);
    const serverB = makeHostServer(() => h.base);
    h.servers.push(serverA, serverB);
    h.originA = await listen(serverA);
    h.originB = await listen(serverB);

    // 3. searchd on a free port.
    const args = ['--index', h.indexDir, '--listen', '127.0.0.1:0', '--threads', '2'];
    if (allowOrigin) args.push('--allow-origin', h.originA);
    h.searchd = startSearchd(args);
    h.base = await withTimeout(h.searchd.address, LISTEN_TIMEOUT_MS, 'searchd "listening" line');
    h.searchdLog = () => `stdout:\n${tail(h.searchd.log.stdout)}\nstderr:\n${tail(h.searchd.log.stderr)}`;

    // 4. Chromium.
    h.browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox'],
      headless: true,
      timeout: BROWSER_LAUNCH_TIMEOUT_MS,
    });
  } catch (err) {
    await h.stop().catch(() => {});
    throw err;
  }

  /**
   * A fresh context and page (axe-core needs pages of browser.newContext()). Console messages
   * and uncaught page errors are recorded on the returned object.
   */
  h.newPage = async (contextOptions = {}) => {
    const context = await h.browser.newContext({ locale: 'da-DK', ...contextOptions });
    h.contexts.add(context);
    context.setDefaultTimeout(ACTION_TIMEOUT_MS);
    context.setDefaultNavigationTimeout(NAVIGATION_TIMEOUT_MS);
    const page = await context.newPage();
    const consoleMessages = [];
    const pageErrors = [];
    page.on('console', (msg) => {
      const m = { type: msg.type(), text: msg.text(), url: page.url() };
      consoleMessages.push(m);
      if (CSP_MESSAGE.test(m.text)) h.browserProblems.push(`console.${m.type} on ${m.url}: ${m.text}`);
    });
    page.on('pageerror', (err) => {
      const e = { message: String(err && err.message || err), url: page.url() };
      pageErrors.push(e);
      h.browserProblems.push(`uncaught error on ${e.url}: ${e.message}`);
    });
    const close = async () => {
      h.contexts.delete(context);
      await withTimeout(context.close(), 5_000, 'context close').catch(() => {});
    };
    return { context, page, consoleMessages, pageErrors, close };
  };

  /** GET a searchd path (e.g. "/api/search?q=x"); resolves with the raw response. */
  h.get = (pathAndQuery, options = {}) => httpRequest(h.base + pathAndQuery, options);

  /** GET a searchd API path and parse the JSON (asserting status 200). */
  h.api = async (pathAndQuery) => {
    const res = await h.get(pathAndQuery);
    if (res.status !== 200) throw new Error(`GET ${pathAndQuery}: status ${res.status}: ${tail(res.text(), 500)}`);
    return JSON.parse(res.text());
  };

  return h;
}

module.exports = {
  startHarness,
  CSP_MESSAGE,
  httpRequest,
  withTimeout,
  REPO_ROOT,
  INDEXER,
  SEARCHD,
  CORPUS,
  ...hostile,
};
