export const id = 982;
export const ids = [982];
export const modules = {

/***/ 64571:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z1: () => (/* binding */ readPrometheusConfig),
/* harmony export */   cE: () => (/* binding */ HTTP_QUERIES),
/* harmony export */   cT: () => (/* binding */ readPrometheusEndpoint),
/* harmony export */   j3: () => (/* binding */ checkQueries),
/* harmony export */   no: () => (/* binding */ renderQuery),
/* harmony export */   tX: () => (/* binding */ requireTwoScrapes),
/* harmony export */   xA: () => (/* binding */ requireVersions),
/* harmony export */   xB: () => (/* binding */ readQuery),
/* harmony export */   zI: () => (/* binding */ usesVersion)
/* harmony export */ });
/* unused harmony exports ISTIO_QUERIES, promDuration */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97529);
/* harmony import */ var _probe_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(30036);
/* harmony import */ var _prometheus_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(43352);





/**
 * The ready queries for `http_requests_total` (labels `code` and `version`) and the histogram
 * `http_request_duration_seconds`, as prom-client and most HTTP middlewares name them. Ratios of
 * sums, so that a color with several instances is one figure; 0/0 over no requests is NaN, which
 * is no data. A client creates a status code's series on its first request, so a color that has
 * not failed yet has no 5xx series at all: `or vector(0)` makes that zero errors, while no
 * requests at all stay no data.
 */
const HTTP_QUERIES = {
    errors: '(sum(increase(http_requests_total{version="{{version}}",code=~"5.."}[{{window}}])) or vector(0)) / sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))',
    requests: 'sum(increase(http_requests_total{version="{{version}}"}[{{window}}]))',
    latency: 'histogram_quantile(0.95, sum by (le) (rate(http_request_duration_seconds_bucket{version="{{version}}"}[{{window}}])))',
};
/**
 * Istio's standard metrics, as the server-side proxy reports them: `destination_version` comes from
 * the pod's `version` label, `response_code` is the HTTP status, and the duration histogram is in
 * milliseconds (Istio docs, "Istio Standard Metrics").
 */
const ISTIO_QUERIES = {
    errors: '(sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}",response_code=~"5.."}[{{window}}])) or vector(0)) / sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}"}[{{window}}]))',
    requests: 'sum(increase(istio_requests_total{reporter="destination",destination_version="{{color}}"}[{{window}}]))',
    latency: 'histogram_quantile(0.95, sum by (le) (rate(istio_request_duration_milliseconds_bucket{reporter="destination",destination_version="{{color}}"}[{{window}}]))) / 1000',
};
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;
const KNOWN = new Set(["color", "version", "window"]);
/** Why a query template cannot be used, or undefined. */
function templateProblem(template) {
    for (const [, name] of template.matchAll(PLACEHOLDER)) {
        if (!KNOWN.has(name ?? ""))
            return `has the unknown placeholder {{${name}}} (known: {{color}}, {{version}}, {{window}})`;
    }
    const rest = template.replace(PLACEHOLDER, "");
    if (rest.includes("{{") || rest.includes("}}"))
        return "has an unclosed {{ or a stray }}";
    if (!/\{\{\s*(color|version)\s*\}\}/.test(template))
        return "names neither {{color}} nor {{version}}, so it would judge both colors' traffic as one";
    return undefined;
}
/** Prometheus's duration for a window: whole seconds, never less than 1s. */
function promDuration(ms) {
    return `${Math.max(1, Math.ceil(ms / 1000))}s`;
}
function renderQuery(template, values) {
    return template.replace(PLACEHOLDER, (_, name) => name === "window" ? promDuration(values.windowMs) : name === "color" ? values.color : values.version);
}
function readQuery(name, fallback, example) {
    const template = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(name, fallback);
    const problem = templateProblem(template);
    if (problem)
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(name, `${problem}, got ${(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .quoted */ .TL)(template)}`, example);
    return template;
}
/**
 * Where Prometheus is and how often it scrapes, read the same way by every step that asks it; or
 * undefined without prometheus-url, when none of `others` may be given either.
 */
function readPrometheusEndpoint(others) {
    const example = "http://prometheus.monitoring:9090";
    const url = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readUrl */ .wo)("prometheus-url", example);
    if (!url) {
        const stray = [...others, "prometheus-headers"].find((name) => (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)(name));
        if (stray)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)("prometheus-url", `is required with ${stray}: without it Prometheus is not read`, example);
        return undefined;
    }
    const scrapeMs = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("prometheus-scrape-interval", "15s", 3_600_000);
    if (scrapeMs < 100)
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)("prometheus-scrape-interval", "must be at least 100ms", "15s");
    const headers = (0,_probe_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readHeaders */ .jB)("prometheus-headers", "Authorization: Bearer eyJr...");
    return { endpoint: { url, headers, timeoutMs: 5_000 }, scrapeMs };
}
/** The prometheus-* inputs, or undefined without prometheus-url. */
function readPrometheusConfig() {
    const where = readPrometheusEndpoint(["prometheus-error-query", "prometheus-requests-query", "prometheus-latency-query"]);
    if (!where)
        return undefined;
    const { endpoint, scrapeMs } = where;
    const errors = readQuery("prometheus-error-query", HTTP_QUERIES.errors, HTTP_QUERIES.errors);
    if (errors !== HTTP_QUERIES.errors && !(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)("prometheus-requests-query")) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)("prometheus-requests-query", "is needed with your own prometheus-error-query: the judge weighs an error rate by the requests it is a share of", HTTP_QUERIES.requests);
    }
    const config = {
        endpoint,
        queries: {
            errors,
            requests: readQuery("prometheus-requests-query", HTTP_QUERIES.requests, HTTP_QUERIES.requests),
            latency: readQuery("prometheus-latency-query", HTTP_QUERIES.latency, HTTP_QUERIES.latency),
        },
        scrapeMs,
        noDataAfterMs: (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("prometheus-no-data-after", "1m", 24 * 3_600_000),
        noData: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readChoice */ .Kf)("prometheus-no-data", ["fail", "warn"], "fail"),
    };
    if (config.noDataAfterMs < 2 * scrapeMs) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)("prometheus-no-data-after", `must be at least two scrape intervals (${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(2 * scrapeMs)}): a shorter silence is how scraping looks`, "1m");
    }
    return config;
}
/** Refuses a gate window that holds fewer than two scrapes, which Prometheus cannot judge. */
function requireTwoScrapes(config, windowMs, input, example) {
    if (config && windowMs < 2 * config.scrapeMs) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .inputError */ .Xu)(input, `must hold at least two scrape intervals of Prometheus (prometheus-scrape-interval ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(config.scrapeMs)}), got ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(windowMs)}`, example);
    }
}
/** Whether any query names {{version}}, which needs the color's cutover:version. */
function usesVersion(config) {
    return Object.values(config.queries).some((q) => /\{\{\s*version\s*\}\}/.test(q));
}
/** A {{version}} query with no version to put in it would match nothing, and judge nothing: refused. */
function requireVersions(config, color, version) {
    if (version || !usesVersion(config))
        return;
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`Prometheus's queries name {{version}}, but ${color} has no cutover:version (deploy-standby's version input sets it), so they would match nothing. Tag the version, or use {{color}} in the queries; nothing was written.`);
}
/**
 * Asks Prometheus to parse each query before the first write: a query that does not parse would
 * otherwise give no data for the whole run. Prometheus out of reach is refused here too.
 */
async function checkQueries(config, signal) {
    const names = { errors: "prometheus-error-query", requests: "prometheus-requests-query", latency: "prometheus-latency-query" };
    for (const [key, name] of Object.entries(names)) {
        const query = renderQuery(config.queries[key], { color: "green", version: "v0", windowMs: 2 * config.scrapeMs });
        let problem;
        try {
            problem = await (0,_prometheus_js__WEBPACK_IMPORTED_MODULE_4__/* .parseProblem */ .JT)(config.endpoint, query, signal);
        }
        catch (error) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`prometheus-url: Prometheus could not be asked whether ${name} parses (${error instanceof Error ? error.message : String(error)}). Check the URL and prometheus-headers; nothing was written.`);
        }
        if (problem) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${name}: Prometheus does not parse it: ${problem}. Fix the query; nothing was written.`);
        }
    }
}


/***/ }),

/***/ 43352:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JT: () => (/* binding */ parseProblem),
/* harmony export */   O4: () => (/* binding */ queryRange),
/* harmony export */   qd: () => (/* binding */ queryAt)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
// Prometheus's HTTP API (/api/v1), as cutover reads it: an instant query at an explicit time per
// evaluation, a range query for the chart. Every call carries the run's signal and a time limit.

/**
 * POST with a form body (the API accepts both; a POST keeps a long query out of the URL). The
 * answer's own status and error are the source of truth: 400 bad_data is a query that does not
 * parse, 422 one that cannot be executed, 503 a timeout (HTTP API, "Format overview").
 */
async function call(endpoint, path, params, signal) {
    const url = new URL(`${endpoint.url.pathname.replace(/\/$/, "")}${path}`, endpoint.url);
    const timeout = AbortSignal.timeout(endpoint.timeoutMs);
    const body = new URLSearchParams({ ...params, timeout: `${Math.max(1, Math.floor(endpoint.timeoutMs / 1000))}s` });
    let response;
    try {
        response = await fetch(url, {
            method: "POST",
            headers: { ...endpoint.headers, "content-type": "application/x-www-form-urlencoded", accept: "application/json" },
            body,
            signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
    }
    catch (error) {
        if (timeout.aborted)
            return { problem: `no answer within ${endpoint.timeoutMs} ms` };
        return { problem: signal?.aborted ? "the run was cancelled" : (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(causeOf(error)) };
    }
    let answer;
    try {
        answer = (await response.json());
    }
    catch {
        return { problem: `HTTP ${response.status} without a JSON answer` };
    }
    if (answer.status === "success" && response.ok)
        return { data: answer.data };
    const why = `HTTP ${response.status}${answer.errorType ? ` ${answer.errorType}` : ""}: ${answer.error ?? "no error given"}`;
    return response.status === 400 && answer.errorType === "bad_data" ? { problem: why, badQuery: answer.error } : { problem: why };
}
/** fetch's "fetch failed" hides the reason (ECONNREFUSED, say) in its cause. */
function causeOf(error) {
    return error instanceof Error && error.cause ? error.cause : error;
}
function number(sample) {
    return Array.isArray(sample) ? Number.parseFloat(String(sample[1])) : Number.NaN;
}
/**
 * The query's one number at `atMs`. An empty vector (no series, or only stale ones: Prometheus
 * drops a series from instant results once it is marked stale or older than the lookback), NaN
 * (0/0 over no requests) and ±Inf are no data, as is more than one series, which would be a
 * guess at which one was meant.
 */
async function queryAt(endpoint, query, atMs, signal) {
    const answer = await call(endpoint, "/api/v1/query", { query, time: (atMs / 1000).toFixed(3) }, signal);
    if (answer.problem)
        return { noData: answer.problem };
    const { resultType, result } = answer.data ?? {};
    let value;
    if (resultType === "scalar")
        value = number(result);
    else if (resultType === "vector" && Array.isArray(result)) {
        if (result.length === 0)
            return { noData: "an empty result (no series, or only stale ones)" };
        if (result.length > 1)
            return { noData: `${result.length} series where one was expected: aggregate with sum()` };
        value = number(result[0].value);
    }
    else
        return { noData: `a ${resultType ?? "missing"} result where a vector or scalar was expected` };
    if (!Number.isFinite(value))
        return { noData: `a value of ${value} (no requests in the window?)` };
    return { value };
}
/** The query over [startMs, endMs] every stepMs, for the chart; one series expected. */
async function queryRange(endpoint, query, range, signal) {
    const answer = await call(endpoint, "/api/v1/query_range", {
        query,
        start: (range.startMs / 1000).toFixed(3),
        end: (range.endMs / 1000).toFixed(3),
        step: `${Math.max(0.001, range.stepMs / 1000)}`,
    }, signal);
    if (answer.problem)
        return { noData: answer.problem };
    const result = answer.data?.result;
    if (!Array.isArray(result) || result.length !== 1)
        return { noData: `${Array.isArray(result) ? result.length : 0} series` };
    const values = (result[0].values ?? []).map(([t, v]) => [t, Number.parseFloat(v)]);
    return { points: values.filter(([, v]) => Number.isFinite(v)) };
}
/**
 * Asks Prometheus whether `query` parses, by evaluating it at the Unix epoch, where no series has
 * data and the answer is quick: a parse error is 400 bad_data whatever the time. Returns the
 * parser's message, or undefined when it parsed; throws when Prometheus could not be asked.
 */
async function parseProblem(endpoint, query, signal) {
    const answer = await call(endpoint, "/api/v1/query", { query, time: "0" }, signal);
    if (answer.badQuery !== undefined)
        return answer.badQuery;
    if (answer.problem)
        throw new Error(answer.problem);
    return undefined;
}


/***/ }),

/***/ 30051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ contractSchema),
/* harmony export */   Kp: () => (/* binding */ writeSchemaTags),
/* harmony export */   X$: () => (/* binding */ guardRollbackSchema),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ks: () => (/* binding */ contractProblem),
/* harmony export */   lo: () => (/* binding */ appliedSchema),
/* harmony export */   t0: () => (/* binding */ SCHEMA_TAG)
/* harmony export */ });
/* unused harmony export rollbackSchemaProblem */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18493);




/**
 * What the ledger knows of the database's schema. The schema is one per environment, so the
 * applied and contract marks are written on both colors; the released mark is each color's own.
 */
const SCHEMA_TAG = {
    /** The schema version a color was released against: the newest migration when it was deployed. */
    released: "cutover:schema-version",
    /** The newest schema version migrated into the environment's database. */
    applied: "cutover:schema-applied",
    /** The newest contract migration applied: no color released before it can run on the schema. */
    contract: "cutover:schema-contract",
};
/** Schema versions are migration names that sort in order: 001_x, V2__y, 20260101120000_z. */
function compareVersions(a, b) {
    return a.localeCompare(b, "en", { numeric: true });
}
/** The schema the environment's database is on, as the ledger last heard. */
function appliedSchema(tags) {
    return newest(_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((c) => tags[c][SCHEMA_TAG.applied]));
}
function contractSchema(tags) {
    return newest(_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((c) => tags[c][SCHEMA_TAG.contract]));
}
function newest(values) {
    return values
        .filter((v) => Boolean(v))
        .sort(compareVersions)
        .at(-1);
}
/**
 * Whether a rollback to `target` crosses a schema change: refused across an applied contract (the
 * target's code cannot run on that schema), a warning across an expand (normal, and why expand exists).
 */
function rollbackSchemaProblem(tags, target) {
    const released = tags[target][SCHEMA_TAG.released];
    const contract = contractSchema(tags);
    const applied = appliedSchema(tags);
    if (!released)
        return applied
            ? { warn: `${target} carries no ${SCHEMA_TAG.released}: cutover cannot tell whether its code runs on schema ${applied}` }
            : {};
    if (contract && compareVersions(released, contract) < 0)
        return {
            refuse: `${target} was released against schema ${released}, and the contract migration ${contract} has been applied since: ${target}'s code cannot run on the live schema`,
        };
    if (applied && compareVersions(released, applied) < 0)
        return {
            warn: `${target} was released against schema ${released}; the database has been expanded to ${applied} since, which old code tolerates`,
        };
    return {};
}
/** Refuses (or, with force, warns and says what it overrode) a rollback across a contract; returns what force overrode. */
function guardRollbackSchema(tags, target, force) {
    const { refuse, warn } = rollbackSchemaProblem(tags, target);
    if (warn)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Schema: ${warn}.`);
    if (!refuse)
        return undefined;
    if (!force)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`rollback refuses: ${refuse}. Nothing was written. Roll forward, or put the schema back (its down migration) and set force: true.`);
    const overrode = `force: true overrode the schema guard: ${refuse}`;
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(overrode);
    return overrode;
}
/**
 * A contract change may run only when no color released before it can take traffic again: the
 * active color runs the release that no longer needs what the contract removes, and the other
 * color is either gone (torn down) or was never deployed.
 */
function contractProblem(tags, active) {
    const idle = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .otherColor */ .I)(active);
    if (!tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.version])
        return undefined;
    if ((0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .tornDownAt */ .PX)(tags[idle]) && !tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.teardownStarted])
        return undefined;
    return `${idle} (${tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.version]}) is not torn down, so a rollback could still send traffic to code that predates the contract change`;
}
/** Writes schema marks, logged with before and after; the marks are the environment's, so on both colors where asked. */
async function writeSchemaTags(ledger, tags, edits) {
    for (const { color, set, remove = [] } of edits) {
        const gone = remove.filter((k) => k in tags[color]);
        const changed = Object.fromEntries(Object.entries(set).filter(([k, v]) => tags[color][k] !== v));
        if (!Object.keys(changed).length && !gone.length)
            continue;
        await ledger.write(color, changed, gone);
        for (const [key, value] of Object.entries(changed))
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Ledger ${color} ${key}: ${tags[color][key] ?? "(none)"} → ${value}`);
        for (const key of gone)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Ledger ${color} ${key}: ${tags[color][key]} → (removed)`);
    }
}


/***/ }),

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

/***/ 23182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66101);
// What deploy-command and teardown-command are told, whatever the router: which color is which,
// each one's pool as the router names it, and what the router's kind adds (its commandEnv; for
// kubernetes, the Deployments and namespace).

function commandEnv(router, standby) {
    const active = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_0__/* .otherColor */ .I)(standby);
    return {
        CUTOVER_STANDBY_COLOR: standby,
        CUTOVER_ACTIVE_COLOR: active,
        CUTOVER_STANDBY_POOL: router.pools[standby],
        CUTOVER_ACTIVE_POOL: router.pools[active],
        ...router.commandEnv?.(standby),
    };
}


/***/ }),

/***/ 87295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ requireNoProductionWeight)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18260);


/**
 * Reads the routes right before a step changes a color that must carry no users, and stops when it
 * gained production weight meanwhile: another run switched. `why` says what was left undone.
 */
async function requireNoProductionWeight(router, color, why) {
    const now = await router.read();
    if ((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .productionRoutes */ .y)(now).some((r) => r.weights[color] > 0)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(why((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRoutes */ .oK)((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .productionRoutes */ .y)(now))));
    }
    return now;
}


/***/ }),

/***/ 26048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ stampColors),
/* harmony export */   N_: () => (/* binding */ refuseTornDownTarget),
/* harmony export */   VS: () => (/* binding */ teardownMarkValue),
/* harmony export */   fC: () => (/* binding */ markWrite),
/* harmony export */   t8: () => (/* binding */ TEARDOWN_MARK_FRESH_MS),
/* harmony export */   uD: () => (/* binding */ lastWriter),
/* harmony export */   y8: () => (/* binding */ teardownProblem)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3669);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18493);






/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;
/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
async function markWrite(ledger, color, what, options = {}) {
    const value = `${what} by ${(0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)()} at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())}`;
    try {
        await ledger.write(color, { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite]: value }, [], options);
    }
    catch (error) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not record this run in the ledger (${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
}
/** The newest `cutover:last-write` of the two colors: who moved the router last. */
function lastWriter(tags) {
    const marks = _core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .l.map((c) => tags[c][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite]).filter((v) => Boolean(v));
    const at = (v) => v.slice(v.lastIndexOf(" at ") + 4);
    return marks.sort((a, b) => at(b).localeCompare(at(a)))[0];
}
function teardownMarkValue() {
    return `${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())} ${(0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)()}`;
}
/** Refuses to move traffic onto a color that a teardown has started on, unless the mark is stale. */
function refuseTornDownTarget(tags, target, now = Date.now()) {
    const problem = teardownProblem(tags, target, now);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${problem}. Nothing was written. ${TEARDOWN_FIX(target)}`);
}
/** Why no traffic may move to `target` (a fresh teardown mark), or undefined; a stale mark is a warning. */
function teardownProblem(tags, target, now = Date.now()) {
    const mark = tags[target][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted];
    if (!mark)
        return undefined;
    const [at = "", run = "an unknown run"] = mark.split(" ");
    const age = now - Date.parse(at);
    if (!(age < TEARDOWN_MARK_FRESH_MS)) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${target} carries a ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted} mark from ${at} (${run}), older than ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`);
        return undefined;
    }
    return `A teardown of ${target} started ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, age))} ago (${run}, tag ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted}): its pool may be emptying, so no traffic moves to ${target}`;
}
const TEARDOWN_FIX = (target) => `Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted} from ${target}'s ledger (where the router keeps it: status shows the mark).`;
/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function stampColors(ledger, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now, options = {}) {
    const run = (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)();
    const previous = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .otherColor */ .I)(target);
    const why = reason
        ? { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReason]: (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerValue */ .Rg)(reason), [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReasonText]: (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeReason */ .v2)(reason) }
        : {};
    const reasons = [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReason, _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReasonText];
    const edits = [
        {
            color: target,
            add: { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.liveSince]: now, [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.run]: run },
            remove: [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt, _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.tornDownAt, ...reasons].filter((k) => k in tags[target]),
        },
        // The reason tells why the color was last taken out of service; an older one no longer does.
        {
            color: previous,
            add: { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt]: now, [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.run]: run, ...why },
            remove: reason ? [] : reasons.filter((k) => k in tags[previous]),
        },
    ];
    const result = { blue: { ...tags.blue }, green: { ...tags.green } };
    await Promise.all(edits.map(async ({ color, add, remove }) => {
        try {
            await ledger.write(color, add, remove, options);
        }
        catch (error) {
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Traffic moved, but writing ${color}'s ledger failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add)) {
            if (result[color][key] !== value)
                _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Ledger ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        }
        for (const key of remove)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Ledger ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
}


/***/ }),

/***/ 25477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ clearMarkHint),
/* harmony export */   Ni: () => (/* binding */ decideTeardown),
/* harmony export */   QU: () => (/* binding */ TEARDOWN_MARK_BLOCKS)
/* harmony export */ });
/* unused harmony export idleColors */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18493);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26048);




/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
function idleColors(state) {
    const production = state.routes.filter((r) => r.ref.role === "production");
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.filter((color) => production.every((r) => r.weights[color] === 0));
}
/**
 * Whether teardown may act, and on which color. It acts only on a color with no production
 * weight, retired for longer than the TTL, and not torn down already; anything it cannot be sure
 * of is skipped, never guessed at.
 */
function decideTeardown(state, tags, ttlMs, now, 
/** How long the router's stickiness may keep clients on a color after it last took new ones (Router.pinnedForMs). */
pinnedForMs = () => 0) {
    const [color, other] = idleColors(state);
    if (!color || other) {
        return { act: false, refuse: true, detail: "the router is shifting or its routes disagree, so no color is surely idle" };
    }
    const t = tags[color];
    const retired = t[_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt];
    const deployed = t[_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.deployedAt];
    const tornDown = (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .tornDownAt */ .PX)(t);
    if (tornDown) {
        return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
    }
    if (!retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} has no ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
        };
    }
    const retiredAt = Date.parse(retired);
    if (Number.isNaN(retiredAt))
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color}'s ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
        };
    if (deployed && deployed > retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} holds a release deployed at ${deployed}, after it was retired at ${retired}; it is left alone`,
        };
    }
    const age = now - retiredAt;
    if (age < ttlMs) {
        const due = new Date(retiredAt + ttlMs).toISOString();
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago; the ttl of ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ttlMs)} ends at ${due}`,
        };
    }
    const pinned = pinnedUntil(tags, retiredAt, pinnedForMs(color));
    if (pinned && now < pinned.until) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago, but clients pinned to it by session stickiness (a production route still names it; a pin lasts up to ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(pinned.ms)} after its last weight change, at ${pinned.since}) may reach it until ${new Date(pinned.until).toISOString()}: teardown will be safe then`,
        };
    }
    return {
        act: true,
        color,
        detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago, longer than the ttl of ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ttlMs)}`,
    };
}
/**
 * When the last client pinned to the idle color lets go: the pin's length after its last weight
 * change, taken as the later of its retirement and the last run that wrote the routes (a switch to it
 * that was put back gave it clients after it was retired).
 */
function pinnedUntil(tags, retiredAt, ms) {
    if (ms <= 0)
        return undefined;
    const last = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .lastWriter */ .uD)(tags) ?? "";
    const lastWrite = Date.parse(last.slice(last.lastIndexOf(" at ") + 4));
    const since = Number.isNaN(lastWrite) ? retiredAt : Math.max(retiredAt, lastWrite);
    return { since: new Date(since).toISOString(), until: since + ms, ms };
}
/** How to take a teardown mark off a color by hand, on every router the environment has. */
function clearMarkHint(config, color) {
    const members = config.members ?? [config];
    const clear = `Once no teardown of ${color} is running, run teardown again to finish it, deploy-standby to reuse ${color}, or remove ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.teardownStarted} from ${color}'s ledger`;
    if (!members.every((m) => m.kind === "alb"))
        return `${clear}.`;
    const arns = members.map((m) => m.pools[color]).join(" ");
    return `${clear}: aws elbv2 remove-tags --resource-arns ${arns} --tag-keys ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.teardownStarted}`;
}
/** How long a fresh teardown mark makes switch and rollback refuse its color. */
const TEARDOWN_MARK_BLOCKS = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .TEARDOWN_MARK_FRESH_MS */ .t8);


/***/ }),

/***/ 84982:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ teardown_step)
});

// EXTERNAL MODULE: ./build/core/color.js
var core_color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/poll.js
var poll = __webpack_require__(72077);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/shell.js
var shell = __webpack_require__(88772);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/metrics/prometheus.js
var prometheus = __webpack_require__(43352);
// EXTERNAL MODULE: ./build/metrics/prometheus-config.js
var prometheus_config = __webpack_require__(64571);
;// CONCATENATED MODULE: ./build/metrics/prometheus-count.js



/** teardown's prometheus-* inputs, or undefined without prometheus-url. */
function readPrometheusCount() {
    const where = (0,prometheus_config/* readPrometheusEndpoint */.cT)(["prometheus-requests-query"]);
    if (!where)
        return undefined;
    return { ...where, requests: (0,prometheus_config/* readQuery */.xB)("prometheus-requests-query", prometheus_config/* HTTP_QUERIES */.cE.requests, prometheus_config/* HTTP_QUERIES */.cE.requests) };
}
/** The color's requests over the last four scrapes (increase() wants two samples; four allow a missed one). */
async function countRequests(count, color, version, signal) {
    const windowMs = 4 * count.scrapeMs;
    const query = (0,prometheus_config/* renderQuery */.no)(count.requests, { color, version, windowMs });
    if (!version && /\{\{\s*version\s*\}\}/.test(count.requests)) {
        const noData = `${color} carries no cutover:version, and prometheus-requests-query counts by {{version}}: count by {{color}} instead`;
        return { noData, windowMs, query };
    }
    const reading = await (0,prometheus/* queryAt */.qd)(count.endpoint, query, Date.now(), signal).catch((error) => ({
        noData: error instanceof Error ? error.message : String(error),
    }));
    if ("noData" in reading)
        return { noData: reading.noData, windowMs, query };
    return { requests: Math.round(reading.value), windowMs, query };
}
/** Why the count forbids a teardown, or undefined; the warning when Prometheus could not say. */
function countVerdict(color, counted) {
    const last = `in the last ${(0,durations/* formatDuration */.a3)(counted.windowMs)}`;
    if ("noData" in counted) {
        return {
            warn: `Prometheus could not count ${color}'s requests ${last} (${counted.noData}); the routes give it no traffic, so teardown goes on. Query: ${counted.query}`,
        };
    }
    if (counted.requests > 0) {
        return {
            refuse: `${color} still served ${counted.requests} requests ${last} (Prometheus, prometheus-requests-query), though the routes give it none: clients reach it past the routes (DNS cached past its TTL, kept-alive connections, or callers that use its address). Nothing was torn down; teardown runs again on its schedule, and acts once ${color} is idle.`,
        };
    }
    return { info: `Prometheus counted no request to ${color} ${last}: it is idle.` };
}

// EXTERNAL MODULE: ./build/migrate/schema.js
var schema = __webpack_require__(30051);
;// CONCATENATED MODULE: ./build/migrate/contract.js




/**
 * teardown's contract migration: run only once `retired` (the old color) is torn down, its TTL
 * over, so that no color that predates the contract can take traffic. The ledger then records
 * the contract at the schema the remaining color was released against.
 */
async function runContract(ledger, retired, command) {
    const active = (0,core_color/* otherColor */.I)(retired);
    const tags = await ledger.read();
    const version = tags[active][schema/* SCHEMA_TAG */.t0.released] ?? (0,schema/* appliedSchema */.lo)(tags);
    await (0,shell/* runCommand */.d1)("contract-command", command.run, { CUTOVER_ACTIVE_COLOR: active, CUTOVER_RETIRED_COLOR: retired, CUTOVER_SCHEMA_VERSION: version ?? "" }, command.timeoutMs, command.envPassthrough);
    if (!version) {
        runner/* warning */.$e(`contract-command ran, but ${active} carries no ${schema/* SCHEMA_TAG */.t0.released}: the ledger cannot record which schema the contract completed.`);
        return `contract-command ran after ${retired} was torn down.`;
    }
    if ((0,schema/* contractSchema */.Cy)(tags) !== version)
        await (0,schema/* writeSchemaTags */.Kp)(ledger, tags, [
            { color: active, set: { [schema/* SCHEMA_TAG */.t0.contract]: version } },
            { color: retired, set: { [schema/* SCHEMA_TAG */.t0.contract]: version } },
        ]);
    return `contract-command ran after ${retired} was torn down; the schema is contracted at ${version}.`;
}

// EXTERNAL MODULE: ./build/routers/health.js
var health = __webpack_require__(5843);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routers/words.js
var routers_words = __webpack_require__(44472);
// EXTERNAL MODULE: ./build/routing/command-env.js
var command_env = __webpack_require__(23182);
// EXTERNAL MODULE: ./build/routing/guards.js
var guards = __webpack_require__(87295);
// EXTERNAL MODULE: ./build/routing/ledger.js
var routing_ledger = __webpack_require__(26048);
// EXTERNAL MODULE: ./build/routing/router.js
var routing_router = __webpack_require__(62232);
// EXTERNAL MODULE: ./build/routing/teardown.js
var teardown = __webpack_require__(25477);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
;// CONCATENATED MODULE: ./build/steps/teardown.js






















/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
const teardown_step = {
    name: "teardown",
    readInputs: () => ({
        router: (0,registry/* readRouterConfig */.ab)(),
        ttlMs: (0,durations/* readDuration */.$7)("ttl", "24h", 365 * 24 * 3_600_000),
        deregister: (0,inputs/* readBoolean */.Vf)("deregister-targets", true),
        command: (0,inputs/* readString */.E3)("teardown-command") || undefined,
        commandTimeoutMs: (0,durations/* readDuration */.$7)("teardown-timeout", "30m", 6 * 3_600_000),
        contractCommand: (0,inputs/* readString */.E3)("contract-command") || undefined,
        envPassthrough: (0,shell/* readEnvPassthrough */.mp)(),
        drainTimeoutMs: (0,durations/* readDuration */.$7)("drain-timeout", "15m", 3 * 3_600_000),
        dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
        prometheus: readPrometheusCount(),
    }),
    async run(inputs, ports) {
        const { router } = inputs;
        const { pool, ledger } = ports.router;
        const words = (0,routers_words/* wordsOf */.Z9)(router);
        const routes = new routing_router/* Router */.Ix(ports.router.traffic, router);
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, router);
        const decision = (0,teardown/* decideTeardown */.Ni)(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now(), (color) => routes.pinnedForMs(snapshot.state, color));
        (0,report/* setCommonOutputs */.Et)(snapshot);
        runner/* setOutput */.uH("torn-down", "false");
        if (!decision.act) {
            if (decision.refuse)
                throw new errors/* CutoverError */.DB(`teardown refuses to act: ${decision.detail} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(snapshot.state))}).`);
            runner/* info */.pq(`Nothing to tear down: ${decision.detail}.`);
            await (0,summary/* writeSummary */.Sy)("cutover teardown: nothing to tear down", snapshot, [], {
                word: "nothing to do",
                happened: `Nothing to tear down: ${decision.detail}`,
                next: "nothing to do; teardown runs again on its schedule.",
            });
            return;
        }
        const color = decision.color;
        runner/* info */.pq(`Tearing down ${color}: ${decision.detail}.`);
        const busy = inputs.prometheus && (await countedBusy(inputs.prometheus, color, snapshot.tags[color]));
        if (busy) {
            // Like a TTL not yet over: nothing to do this time, said loudly, and the next run looks again.
            runner/* warning */.$e(busy);
            await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} still serves requests`, snapshot, [], {
                word: "nothing to do",
                happened: busy,
                next: `nothing to do now; teardown runs again on its schedule. If ${color} keeps serving, find who calls it past the routes.`,
            });
            return;
        }
        const targets = (await pool.health(color)).filter((t) => t.state !== "draining" && t.state !== "idle");
        if (inputs.dryRun) {
            runner/* info */.pq(`dry-run: true. Would ${words.retire} ${inputs.deregister ? (0,health/* describeMembers */.lb)(targets, words.member) : "nothing"}${inputs.command ? ", run the teardown command" : ""}${inputs.contractCommand ? ", run the contract command" : ""}, and tag ${ledger_keys/* LEDGER */.Uz.tornDownAt}.`);
            await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail], {
                word: "dry run",
                next: "run teardown without dry-run to retire it.",
            });
            return;
        }
        const idle = () => ensureIdle(routes, color);
        if (inputs.deregister && targets.length) {
            await idle();
            // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
            await markTeardown(ledger, color, router, words);
            await idle().catch(async (error) => {
                await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
                throw error;
            });
            runner/* info */.pq(`${pool.verbs.retire} on ${color}: ${(0,health/* describeMembers */.lb)(targets, words.member)}`);
            await pool.retire(color, targets).catch((error) => {
                throw new errors/* CutoverError */.DB(`${pool.verbs.retire} on ${color} failed: ${(0,errors/* describeError */.Uc)(error)} Its ${words.member}s may be partly ${words.retired}; ${color} carries no production traffic and keeps the ${ledger_keys/* LEDGER */.Uz.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`);
            });
            await putBackIfSwitched(ports.router, routes, color, targets, words, `while teardown ${words.retired} it`);
            await waitForDrain(pool, color, inputs.drainTimeoutMs, words.member);
            // A switch whose write was sent before the mark (and retried, or slow) can land after any
            // earlier read: once the deregistration has taken effect, the routes are read once more.
            await putBackIfSwitched(ports.router, routes, color, targets, words, `after its ${words.member}s drained`);
        }
        if (inputs.command) {
            if (!(inputs.deregister && targets.length))
                await markTeardown(ledger, color, router, words);
            await idle();
            const env = {
                CUTOVER_TEARDOWN_COLOR: color,
                ...(0,command_env/* commandEnv */.z)(router, color),
                CUTOVER_VERSION: snapshot.tags[color][ledger_keys/* LEDGER */.Uz.version] ?? "",
            };
            await (0,shell/* runCommand */.d1)("teardown-command", inputs.command, env, inputs.commandTimeoutMs, inputs.envPassthrough);
        }
        const tornDownAt = (0,time/* isoSeconds */.nE)(new Date());
        runner/* setOutput */.uH("torn-down", "true");
        runner/* setOutput */.uH("torn-down-color", color);
        await recordTornDown(ledger, color, tornDownAt, words);
        const contracted = inputs.contractCommand
            ? await runContract(ledger, color, {
                run: inputs.contractCommand,
                timeoutMs: inputs.commandTimeoutMs,
                envPassthrough: inputs.envPassthrough,
            })
            : "";
        const deregistered = inputs.deregister ? targets : [];
        const after = {
            ...snapshot,
            tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [ledger_keys/* LEDGER */.Uz.tornDownAt]: tornDownAt } },
        };
        const retired = router.retirement?.retired?.(color);
        await (0,summary/* writeSummary */.Sy)(`cutover teardown: torn down ${color}`, after, [
            deregistered.length
                ? retired
                    ? `It ${retired}. Before: ${(0,health/* describeMembers */.lb)(deregistered, words.member)}.`
                    : `${pool.verbs.retire} on ${color}: ${(0,health/* describeMembers */.lb)(deregistered, words.member)}.`
                : "",
            inputs.command ? `teardown-command ran for ${color}.` : "",
            contracted,
            sideBySide(snapshot.tags, color, tornDownAt),
        ], {
            word: "torn down",
            happened: `Tore down ${color}: ${decision.detail}`,
            next: `nothing to do now; the next release's deploy-standby puts it on ${color} (the blue-green workflow).`,
        });
    },
};
/**
 * Before retiring the pool's members, the ledger says a teardown is under way: switch and rollback refuse the
 * color. With several routers the mark may land on some and not others; a mark that failed is
 * taken off again everywhere, and read back, so that it never blocks the color for nothing.
 */
async function markTeardown(ledger, color, config, words) {
    try {
        await ledger.write(color, { [ledger_keys/* LEDGER */.Uz.teardownStarted]: (0,routing_ledger/* teardownMarkValue */.VS)() });
    }
    catch (error) {
        await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
        const left = await ledger.read().then((tags) => Boolean(tags[color][ledger_keys/* LEDGER */.Uz.teardownStarted]), () => true);
        const mark = left
            ? `The mark may remain on part of the router (status shows it), and switch and rollback refuse ${color} while it does. ${(0,teardown/* clearMarkHint */.Ct)(config, color)}`
            : "No mark is left.";
        throw new errors/* CutoverError */.DB(`Could not mark ${color} as being torn down (${(0,errors/* describeError */.Uc)(error)}); nothing was ${words.retired}. ${mark}`);
    }
}
/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being retired: then its members are restored and the step fails loudly.
 */
async function putBackIfSwitched(ports, routes, color, targets, words, when) {
    const now = await routes.read();
    if (!(0,routing_router/* productionRoutes */.y)(now).some((r) => r.weights[color] > 0))
        return;
    const names = targets.map(health/* memberKey */.S7).join(", ");
    const registered = await ports.pool.restore(color, targets).then(() => `its ${words.member}s were ${words.restored} again (${names})`, (error) => `putting its ${words.member}s back FAILED (${(0,errors/* describeError */.Uc)(error)}): ${words.restore} ${names} by hand`);
    await ports.ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
    throw new errors/* CutoverError */.DB(`${color} gained production traffic ${when} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}): another run switched. ${registered}; check status and the switch that ran.`);
}
/** The members are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(ledger, color, tornDownAt, words) {
    try {
        await ledger.write(color, { [ledger_keys/* LEDGER */.Uz.tornDownAt]: tornDownAt, [ledger_keys/* LEDGER */.Uz.run]: (0,ledger_keys/* runMark */.n6)() });
        runner/* info */.pq(`Ledger ${color} ${ledger_keys/* LEDGER */.Uz.tornDownAt}: (none) → ${tornDownAt}`);
        await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]);
    }
    catch (error) {
        throw new errors/* CutoverError */.DB(`${color} is torn down (its ${words.member}s are ${words.retired}; it carries no production traffic), but recording it failed: ${(0,errors/* describeError */.Uc)(error)} Its ${ledger_keys/* LEDGER */.Uz.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${ledger_keys/* LEDGER */.Uz.tornDownAt}.`);
    }
}
/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(routes, color) {
    await (0,guards/* requireNoProductionWeight */.U)(routes, color, (shown) => `${color} has production traffic again (${shown}): someone switched while teardown ran. It stopped without touching ${color}.`);
}
async function waitForDrain(pool, color, timeoutMs, member) {
    const polled = await (0,poll/* pollUntil */.g)(async () => {
        const left = (await pool.health(color)).filter((t) => t.state !== "idle");
        return { done: left.length === 0, value: left };
    }, { timeoutMs, progress: (seen, left) => `Waiting for ${color} to drain: ${(0,health/* describeMembers */.lb)(seen, member)}; ${left} left.` });
    if (polled.done) {
        runner/* info */.pq(`${color} drained after ${(0,durations/* formatDuration */.a3)(polled.ms)}.`);
        return;
    }
    throw new errors/* CutoverError */.DB(`${color} is still draining after ${(0,durations/* formatDuration */.a3)(timeoutMs)} (drain-timeout): ${(0,health/* describeMembers */.lb)(polled.value, member)}.`);
}
/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags, color, tornDownAt) {
    const rolledBackAt = tags[color][ledger_keys/* LEDGER */.Uz.rollbackReason] ? tags[color][ledger_keys/* LEDGER */.Uz.retiredAt] : undefined;
    if (rolledBackAt) {
        return `The rolled-back release stayed up for ${(0,durations/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
    }
    const since = tags[(0,core_color/* otherColor */.I)(color)][ledger_keys/* LEDGER */.Uz.deployedAt] ?? tags[color][ledger_keys/* LEDGER */.Uz.retiredAt];
    if (!since)
        return "";
    return `Both colors ran side by side for ${(0,durations/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}
/** The routes give the color no traffic; why Prometheus says it still serves some, or undefined. */
async function countedBusy(count, color, tags) {
    const verdict = countVerdict(color, await countRequests(count, color, (0,ledger_keys/* versionOf */.E4)(tags)));
    if (verdict.warn)
        runner/* warning */.$e(verdict.warn);
    if (verdict.info)
        runner/* info */.pq(verdict.info);
    return verdict.refuse;
}


/***/ })

};
