export const id = 88;
export const ids = [88];
export const modules = {

/***/ 30036:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ headerProblem),
/* harmony export */   jB: () => (/* binding */ readHeaders),
/* harmony export */   vP: () => (/* binding */ readProbeOptions),
/* harmony export */   wf: () => (/* binding */ readRequestOptions)
/* harmony export */ });
/* unused harmony export readCredentialOrigins */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90342);




const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
/** What a header value may hold (RFC 9110 field-value, as Node checks it): no CR, LF or other control character. */
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
/** Why a header cannot be sent, or undefined when it can; the value itself is never shown. */
function headerProblem(name, value) {
    if (!HEADER_NAME.test(name))
        return `bad header name ${JSON.stringify(name)}`;
    if (!HEADER_VALUE.test(value))
        return `the value of ${name} holds a control character (such as CR or LF) or a character beyond Latin-1, which cannot be sent`;
    return undefined;
}
/**
 * `headers`: one `Name: value` per line. Every value is masked before anything is logged, since
 * these are where tokens and cookies go.
 */
function readHeaders(name = "headers", example = "X-Warm-Cache: true") {
    const headers = {};
    const lines = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    for (const [i, line] of lines.entries()) {
        const colon = line.indexOf(":");
        const key = colon > 0 ? line.slice(0, colon).trim() : "";
        const value = colon > 0 ? line.slice(colon + 1).trim() : "";
        if (value)
            maskHeaderValue(value);
        const problem = key ? headerProblem(key, value) : "no name before a colon";
        if (problem)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `line ${i + 1} is not a "Name: value" header (${problem})`, example);
        headers[key] = value;
    }
    return headers;
}
/**
 * A header value and the credentials inside it: `Bearer <token>`'s token and a cookie's values
 * are what an app may echo alone, without the scheme or the name.
 */
function maskHeaderValue(value) {
    _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(value);
    for (const part of value.split(/[\s;,]+/)) {
        const credential = part.slice(part.indexOf("=") + 1);
        if (credential.length >= 8 && credential !== value)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .hideSecretPart */ .Ou(credential);
    }
}
/** How each request is sent: headers, host header, TLS, timeout. */
function readRequestOptions(timeoutInput = "timeout", timeout = "10s") {
    const hostHeader = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("host-header") || undefined;
    if (hostHeader && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(hostHeader)) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)("host-header", `is not a host name, got ${JSON.stringify(hostHeader)}`, "shop.example.com");
    }
    return {
        headers: readHeaders(),
        hostHeader,
        insecureTls: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)("insecure-tls", false),
        timeoutMs: (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)(timeoutInput, timeout, 300_000),
    };
}
/** The inputs every probing step shares: the request options, plus retries and concurrency. */
function readProbeOptions(defaults) {
    return {
        ...readRequestOptions(),
        retries: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)("retries", defaults.retries, { min: 0, max: 10 }),
        retryBackoffMs: 250,
        concurrency: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)("concurrency", defaults.concurrency, { min: 1, max: 256 }),
        credentialOrigins: readCredentialOrigins(),
    };
}
/**
 * credential-origins: hosts besides the standby's that get `headers` (a sitemap's host, a CDN
 * origin). The step adds the origins it checks; no other host ever gets the headers.
 */
function readCredentialOrigins() {
    return (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readList */ .LD)("credential-origins").map((value) => {
        const origin = (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .httpOrigin */ .dp)(value);
        if (!origin)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)("credential-origins", `must be http(s) origins, got ${JSON.stringify(value)}`, "https://cdn.shop.example.com");
        return origin;
    });
}


/***/ }),

/***/ 86327:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   v: () => (/* binding */ forEachLimited)
/* harmony export */ });
/** Runs `work` over `items` with at most `limit` at once, in order of start; memory stays at `limit`. */
async function forEachLimited(items, limit, work) {
    const iterator = items[Symbol.iterator]();
    const worker = async () => {
        for (let next = iterator.next(); !next.done; next = iterator.next())
            await work(next.value);
    };
    await Promise.all(Array.from({ length: Math.max(1, limit) }, worker));
}


/***/ }),

/***/ 20962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   pU: () => (/* binding */ describeFigures),
/* harmony export */   u5: () => (/* binding */ figures)
/* harmony export */ });
/* unused harmony export statusClass */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function statusClass(status) {
    return status === 0 ? "error" : `${Math.floor(status / 100)}xx`;
}
function figures(outcomes) {
    const latencies = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
    const byClass = {};
    for (const o of outcomes)
        byClass[statusClass(o.status)] = (byClass[statusClass(o.status)] ?? 0) + 1;
    const errors = outcomes.filter((o) => o.failed).length;
    return {
        count: outcomes.length,
        errors,
        errorRate: outcomes.length ? errors / outcomes.length : 0,
        p50Ms: Math.round(percentile(latencies, 50)),
        p95Ms: Math.round(percentile(latencies, 95)),
        p99Ms: Math.round(percentile(latencies, 99)),
        byClass,
    };
}
function describeFigures(f) {
    const classes = Object.entries(f.byClass)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
    return `${f.count} probes (${classes || "none"}), error rate ${(f.errorRate * 100).toFixed(1)}%, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms`;
}


/***/ }),

/***/ 63980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ standbyUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90342);



/** The standby's URL through the test route: always pointed at the standby, off the user's path. */
async function standbyUrl(traffic, router) {
    const url = await traffic.testUrl?.();
    if (!url)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB("No URL for the standby: give url, or a test route whose URL can be looked up.");
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`The standby is reached through the ${router.words?.testRoute ?? "test route"} at ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(url)}`);
    return url;
}


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ warm_caches_step)
});

// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/core/urls.js
var core_urls = __webpack_require__(90342);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/probe/inputs.js
var probe_inputs = __webpack_require__(30036);
// EXTERNAL MODULE: ./build/probe/pool.js
var pool = __webpack_require__(86327);
// EXTERNAL MODULE: ./build/probe/stats.js
var stats = __webpack_require__(20962);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routing/standby.js
var standby = __webpack_require__(63980);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/warm/paths.js





/** Paths at the most, whatever the sitemaps hold, so memory stays bounded. */
const MAX_PATHS = 50_000;
const MAX_SITEMAPS = 100;
/** A paths-file larger than this is a mistake: MAX_PATHS paths of a sane length fit well within. */
const MAX_PATHS_FILE_BYTES = 4 * 1024 * 1024;
function checkPath(name, path) {
    const problem = (0,core_urls/* pathProblem */.z9)(path);
    if (problem)
        throw (0,inputs/* inputError */.Xu)(name, `holds ${JSON.stringify(path)}, which ${problem}: each must be a path on the warmed host`, "/, /products, /api/menu");
    return path;
}
function readPathSources() {
    const listed = (0,inputs/* readList */.LD)("paths").map((p) => checkPath("paths", p));
    const file = (0,inputs/* readString */.E3)("paths-file");
    let fromFile = [];
    if (file) {
        try {
            const size = (0,external_node_fs_.statSync)(file).size;
            if (size > MAX_PATHS_FILE_BYTES)
                throw new Error(`it holds ${size} bytes, more than ${MAX_PATHS_FILE_BYTES / 1024 / 1024} MiB`);
            fromFile = (0,external_node_fs_.readFileSync)(file, "utf8")
                .split("\n")
                .map((l) => l.trim())
                .filter((l) => l && !l.startsWith("#"));
        }
        catch (error) {
            throw (0,inputs/* inputError */.Xu)("paths-file", `names ${file}, which cannot be read (${error.message})`, ".github/warm-paths.txt");
        }
        for (const p of fromFile)
            checkPath("paths-file", p);
        if (fromFile.length > MAX_PATHS)
            throw (0,inputs/* inputError */.Xu)("paths-file", `lists ${fromFile.length} paths, more than ${MAX_PATHS}`, ".github/warm-paths.txt");
    }
    const sitemap = (0,inputs/* readUrl */.wo)("sitemap", "https://shop.example.com/sitemap.xml");
    const paths = [...listed, ...fromFile];
    return { paths: paths.length || sitemap ? paths : ["/"], sitemap };
}
/** Every path the sitemap lists, following sitemap indexes; URLs become paths on the warmed host. */
async function sitemapPaths(prober, sitemap) {
    const queue = [sitemap];
    const seen = new Set();
    const paths = new Set();
    while (queue.length && seen.size < MAX_SITEMAPS && paths.size < MAX_PATHS) {
        const url = queue.shift();
        if (seen.has(url.href))
            continue;
        seen.add(url.href);
        const answer = await prober.send({ url }, { readBody: true });
        if (answer.error || answer.status !== 200) {
            throw new errors/* ConfigurationError */.j1(`Input 'sitemap': ${(0,core_urls/* shownUrl */.zA)(url)} answered ${answer.error ?? `HTTP ${answer.status}`}. Example: sitemap: https://shop.example.com/sitemap.xml`);
        }
        const body = answer.body.trimStart();
        if (!/^(<\?xml|<urlset|<sitemapindex)/.test(body)) {
            throw new errors/* ConfigurationError */.j1(`Input 'sitemap': ${(0,core_urls/* shownUrl */.zA)(url)} is not XML (it starts with ${JSON.stringify(body.slice(0, 40))}). Example: sitemap: https://shop.example.com/sitemap.xml`);
        }
        const locs = [...body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
        for (const loc of locs) {
            const target = new URL(loc.replaceAll("&amp;", "&"), url);
            // "A Sitemap index file can only specify Sitemaps that are found on the same site as the
            // Sitemap index file" (sitemaps.org protocol): nested sitemaps elsewhere are not fetched.
            if (body.includes("<sitemapindex")) {
                if (target.origin === url.origin)
                    queue.push(target);
            }
            else if (paths.size < MAX_PATHS)
                paths.add(`/${target.pathname.replace(/^\/+/, "")}${target.search}`);
        }
    }
    if (paths.size >= MAX_PATHS)
        runner/* warning */.$e(`The sitemaps list more than ${MAX_PATHS} paths; only the first ${MAX_PATHS} are warmed.`);
    return [...paths];
}

;// CONCATENATED MODULE: ./build/steps/warm-caches.js
















/**
 * Requests the critical paths on the standby so that its caches and pools are warm before users
 * arrive. Errors are counted, not fatal one by one: only the overall error rate can fail it.
 */
const warm_caches_step = {
    name: "warm-caches",
    readInputs: () => ({
        router: (0,registry/* readRouterConfig */.ab)(),
        url: (0,inputs/* readUrl */.wo)("url", "http://test.shop.example.com:8080"),
        sources: readPathSources(),
        requestsPerPath: (0,inputs/* readInteger */.JI)("requests-per-path", 1, { min: 1, max: 1000 }),
        durationMs: (0,inputs/* readString */.E3)("duration") ? (0,durations/* readDuration */.$7)("duration", "0s", 3_600_000) : 0,
        maxErrorRate: (0,inputs/* readPercent */.oO)("max-error-rate", "5%"),
        probe: (0,probe_inputs/* readProbeOptions */.vP)({ retries: 0, concurrency: 8 }),
    }),
    async run(inputs, ports) {
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, inputs.router);
        const base = inputs.url ?? (await (0,standby/* standbyUrl */.R)(ports.router.traffic, inputs.router));
        const prober = new http/* Prober */.JC({ ...inputs.probe, credentialOrigins: [base.origin, ...(inputs.probe.credentialOrigins ?? [])] });
        try {
            const paths = [
                ...new Set([
                    ...inputs.sources.paths,
                    ...(inputs.sources.sitemap ? await sitemapPaths(prober, inputs.sources.sitemap) : []),
                ]),
            ];
            runner/* info */.pq(`Warming ${paths.length} path(s) × ${inputs.requestsPerPath} on ${base.origin}, ${inputs.probe.concurrency} at a time${inputs.durationMs ? `, for ${(0,durations/* formatDuration */.a3)(inputs.durationMs)}` : ""}.`);
            const passes = await warm(prober, base, paths, inputs);
            const [first, last] = [passes.first, passes.last];
            (0,report/* setCommonOutputs */.Et)(snapshot);
            runner/* setOutput */.uH("requests", String(passes.requests));
            runner/* setOutput */.uH("errors", String(passes.errors));
            runner/* setOutput */.uH("requests-per-second", String(Math.round(passes.requests / (passes.ms / 1000))));
            const row = (label, f) => [
                label,
                String(f.count),
                String(f.errors),
                `${f.p50Ms} ms`,
                `${f.p95Ms} ms`,
            ];
            const rate = passes.requests ? passes.errors / passes.requests : 0;
            const tooMany = rate > inputs.maxErrorRate;
            await (0,summary/* writeSummary */.Sy)(`cutover warm-caches: ${passes.requests} requests to ${paths.length} path(s), ${passes.errors} errors`, snapshot, [
                tooMany
                    ? `**Failed:** ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%.`
                    : "",
                (0,report/* table */.tp)(["Pass", "Requests", "Errors", "p50", "p95"], [row("first", first), ...(passes.count > 1 ? [row(`last (#${passes.count})`, last)] : [])]),
            ]);
            if (tooMany) {
                throw new errors/* CutoverError */.DB(`warm-caches saw ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%: first pass ${(0,stats/* describeFigures */.pU)(first)}`);
            }
        }
        finally {
            prober.close();
        }
    },
};
const PROGRESS_MS = 10_000;
/** Passes over all paths until `duration` is spent (one pass without it); keeps only first and last figures. */
async function warm(prober, base, paths, inputs) {
    // Every path is checked before the first request, and each URL is built once for all passes.
    const urls = paths.map((path) => (0,core_urls/* pathOn */.XA)(base, path));
    const started = performance.now();
    let first;
    let last;
    let count = 0;
    let requests = 0;
    let errors = 0;
    do {
        const outcomes = [];
        const work = function* () {
            for (const url of urls)
                for (let i = 0; i < inputs.requestsPerPath; i++)
                    yield url;
        };
        const total = paths.length * inputs.requestsPerPath;
        const stopProgress = (0,time/* every */.Si)(PROGRESS_MS, () => runner/* info */.pq(`Pass ${count + 1}: ${outcomes.length} of ${total} requests answered; ${(0,stats/* describeFigures */.pU)((0,stats/* figures */.u5)(outcomes))}`));
        await (0,pool/* forEachLimited */.v)(work(), inputs.probe.concurrency, async (url) => {
            const answer = await prober.send({ url });
            outcomes.push({ status: answer.status, latencyMs: answer.latencyMs, failed: answer.failed || answer.status >= 400 });
        }).finally(stopProgress);
        count += 1;
        last = (0,stats/* figures */.u5)(outcomes);
        first ??= last;
        requests += last.count;
        errors += last.errors;
        runner/* info */.pq(`Pass ${count}: ${(0,stats/* describeFigures */.pU)(last)}`);
    } while (performance.now() - started < inputs.durationMs);
    return { first: first, last: last, count, requests, errors, ms: performance.now() - started };
}


/***/ })

};
