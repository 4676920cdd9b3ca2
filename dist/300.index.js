export const id = 300;
export const ids = [300];
export const modules = {

/***/ 8075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

var node_https__WEBPACK_IMPORTED_MODULE_1___namespace_cache;
var node_http__WEBPACK_IMPORTED_MODULE_0___namespace_cache;
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ Prober)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBE_OPTIONS, MAX_BODY */
/* harmony import */ var node_http__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7067);
/* harmony import */ var node_https__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4708);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1889);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9018);





const DEFAULT_PROBE_OPTIONS = {
    timeoutMs: 5_000,
    retries: 0,
    retryBackoffMs: 200,
    insecureTls: false,
    concurrency: 8,
    headers: {},
};
/** Of a body, what is kept for judging. */
const KEPT_BODY = 1024 * 1024;
/** Past this a body is not read on: a probe must not spend minutes or gigabytes on one answer. */
const MAX_BODY = 16 * 1024 * 1024;
function failure(error) {
    return { status: 0, failed: true, headers: {}, body: "", error };
}
/**
 * The one HTTP engine behind every probe: pooled keep-alive connections, a deadline and a size
 * cap for each whole exchange, retries with backoff where asked for, and bounded concurrency
 * through the pool size. A slow or endless answer is a failed sample, never a hang.
 */
class Prober {
    options;
    #http;
    #https;
    constructor(options = {}) {
        this.options = { ...DEFAULT_PROBE_OPTIONS, ...options };
        const pool = { keepAlive: true, maxSockets: this.options.concurrency };
        this.#http = new node_http__WEBPACK_IMPORTED_MODULE_0__.Agent(pool);
        this.#https = new node_https__WEBPACK_IMPORTED_MODULE_1__.Agent({ ...pool, rejectUnauthorized: !this.options.insecureTls });
    }
    async send(request, options = {}) {
        let attempt = 0;
        for (;;) {
            attempt += 1;
            const response = await this.#once(request, options);
            if (!response.failed || attempt > this.options.retries || options.signal?.aborted)
                return { ...response, attempts: attempt };
            await (0,_time_js__WEBPACK_IMPORTED_MODULE_4__/* .sleep */ .yy)(this.options.retryBackoffMs * 2 ** (attempt - 1), options.signal);
        }
    }
    close() {
        this.#http.destroy();
        this.#https.destroy();
    }
    #once(request, options) {
        const { url } = request;
        const started = performance.now();
        const secure = url.protocol === "https:";
        const timeoutMs = Math.min(options.timeoutMs ?? this.options.timeoutMs, this.options.timeoutMs);
        const headers = {
            ...this.options.headers,
            ...request.headers,
            ...(this.options.hostHeader ? { host: this.options.hostHeader } : {}),
        };
        return new Promise((resolve) => {
            let req;
            let settled = false;
            const done = (answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                options.signal?.removeEventListener("abort", cancel);
                resolve({ ...answer, url: (0,_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(url), latencyMs: performance.now() - started, attempts: 1 });
            };
            const stop = (error, timedOut = false) => {
                done({ ...failure(error), ...(timedOut ? { timedOut } : {}) });
                req?.destroy();
            };
            const timer = setTimeout(() => stop(`no whole answer within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs)}`, true), timeoutMs);
            const cancel = () => stop("cancelled");
            if (options.signal?.aborted)
                return cancel();
            options.signal?.addEventListener("abort", cancel, { once: true });
            try {
                req = (secure ? /*#__PURE__*/ (node_https__WEBPACK_IMPORTED_MODULE_1___namespace_cache || (node_https__WEBPACK_IMPORTED_MODULE_1___namespace_cache = __webpack_require__.t(node_https__WEBPACK_IMPORTED_MODULE_1__, 2))) : /*#__PURE__*/ (node_http__WEBPACK_IMPORTED_MODULE_0___namespace_cache || (node_http__WEBPACK_IMPORTED_MODULE_0___namespace_cache = __webpack_require__.t(node_http__WEBPACK_IMPORTED_MODULE_0__, 2)))).request(url, {
                    method: request.method ?? "GET",
                    headers,
                    agent: secure ? this.#https : this.#http,
                    ...(secure && this.options.hostHeader ? { servername: this.options.hostHeader.split(":")[0] } : {}),
                }, (res) => this.#read(res, Boolean(options.readBody), done, stop));
            }
            catch (error) {
                // Node refuses a header it could not send; inputs are checked before, so this is a last guard.
                return stop(`the request could not be sent: ${error.message}`);
            }
            req.on("error", (error) => stop(error.message));
            req.end(request.body);
        });
    }
    #read(res, readBody, done, stop) {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
            if (readBody && size < KEPT_BODY)
                chunks.push(chunk);
            size += chunk.length;
            if (size > MAX_BODY)
                stop(`the body is larger than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`);
        });
        res.on("end", () => {
            const status = res.statusCode ?? 0;
            done({ status, failed: status >= 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (error) => stop(error.message));
    }
}


/***/ }),

/***/ 18:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ headerProblem),
/* harmony export */   vP: () => (/* binding */ readProbeOptions),
/* harmony export */   wf: () => (/* binding */ readRequestOptions)
/* harmony export */ });
/* unused harmony export readHeaders */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8229);


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
function readHeaders(name = "headers") {
    const headers = {};
    const lines = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    for (const [i, line] of lines.entries()) {
        const colon = line.indexOf(":");
        const key = colon > 0 ? line.slice(0, colon).trim() : "";
        const value = colon > 0 ? line.slice(colon + 1).trim() : "";
        if (value)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setSecret */ .Pq(value);
        const problem = key ? headerProblem(key, value) : "no name before a colon";
        if (problem)
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `line ${i + 1} is not a "Name: value" header (${problem})`, "X-Warm-Cache: true");
        headers[key] = value;
    }
    return headers;
}
/** How each request is sent: headers, host header, TLS, timeout. */
function readRequestOptions(timeoutInput = "timeout", timeout = "10s") {
    const hostHeader = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("host-header") || undefined;
    if (hostHeader && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(hostHeader)) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)("host-header", `is not a host name, got ${JSON.stringify(hostHeader)}`, "shop.example.com");
    }
    return {
        headers: readHeaders(),
        hostHeader,
        insecureTls: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)("insecure-tls", false),
        timeoutMs: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)(timeoutInput, timeout, 300_000),
    };
}
/** The inputs every probing step shares: the request options, plus retries and concurrency. */
function readProbeOptions(defaults) {
    return {
        ...readRequestOptions(),
        retries: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)("retries", defaults.retries, { min: 0, max: 10 }),
        retryBackoffMs: 250,
        concurrency: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)("concurrency", defaults.concurrency, { min: 1, max: 256 }),
    };
}


/***/ }),

/***/ 8165:
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

/***/ 9261:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   eU: () => (/* binding */ compareColors),
/* harmony export */   k_: () => (/* binding */ runCheck),
/* harmony export */   og: () => (/* binding */ jsonAt)
/* harmony export */ });
/* unused harmony exports judge, assetUrls, shape */
/* harmony import */ var _probe_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8165);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(978);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9018);



function send(prober, base, spec, extraHeaders = {}) {
    return prober.send({ url: (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOn */ .XA)(base, spec.path), method: spec.method, headers: { ...spec.headers, ...extraHeaders }, body: spec.body }, { readBody: true });
}
function jsonAt(value, path) {
    let at = value;
    for (const key of path
        .replace(/^\$\.?/, "")
        .split(".")
        .filter(Boolean))
        at = at?.[key];
    return at;
}
function header(headers, name) {
    const value = headers[name.toLowerCase()];
    return Array.isArray(value) ? value.join(", ") : (value ?? "");
}
/** Every way the response falls short of the expectation; empty when it passes. */
function judge(response, expect, maxLatencyMs) {
    if (response.error)
        return [`no answer: ${response.error}`];
    const problems = [];
    if (!expect.status(response.status))
        problems.push(`status ${response.status}, expected ${expect.statusText}`);
    for (const piece of expect.bodyContains)
        if (!response.body.includes(piece))
            problems.push(`body lacks ${(0,_report_js__WEBPACK_IMPORTED_MODULE_0__/* .clip */ .$Q)(JSON.stringify(piece), 100)}`);
    if (expect.bodyMatches && !expect.bodyMatches.test(response.body))
        problems.push(`body does not match /${expect.bodyMatches.source}/`);
    if (Object.keys(expect.json).length) {
        let body;
        try {
            body = JSON.parse(response.body);
        }
        catch {
            problems.push("body is not JSON");
        }
        for (const [path, wanted] of Object.entries(expect.json)) {
            const found = jsonAt(body, path);
            if (body !== undefined && found !== wanted)
                problems.push(`json ${path} is ${JSON.stringify(found)}, expected ${JSON.stringify(wanted)}`);
        }
    }
    for (const [name, wanted] of Object.entries(expect.headers)) {
        if (header(response.headers, name) !== wanted)
            problems.push(`header ${name} is ${JSON.stringify(header(response.headers, name))}, expected ${JSON.stringify(wanted)}`);
    }
    for (const [name, pattern] of Object.entries(expect.headerMatches)) {
        if (!pattern.test(header(response.headers, name)))
            problems.push(`header ${name} does not match /${pattern.source}/`);
    }
    if (maxLatencyMs !== undefined && response.latencyMs > maxLatencyMs) {
        problems.push(`took ${Math.round(response.latencyMs)} ms, more than max-latency ${maxLatencyMs} ms`);
    }
    return problems;
}
function result(check, target, response, problems) {
    return {
        name: check.name,
        kind: check.kind,
        target,
        ok: problems.length === 0,
        status: response?.status,
        latencyMs: response ? Math.round(response.latencyMs) : undefined,
        reason: problems.length ? problems.join("; ") : undefined,
    };
}
/** Runs one check against one color. `compare` needs both and goes through compareColors instead. */
async function runCheck(check, target, ctx) {
    const base = ctx.bases[target];
    if (check.kind === "http") {
        const response = await send(ctx.prober, base, check.request);
        return result(check, target, response, judge(response, check.expect, check.maxLatencyMs));
    }
    if (check.kind === "assets")
        return checkAssets(check, target, base, ctx);
    return checkSession(check, target, ctx);
}
const ASSET_TAGS = /<(script|link|img)\b([^>]*)>/gi;
/** The script, stylesheet, preload, icon and image URLs an HTML page references. */
function assetUrls(html, page) {
    const found = new Map();
    for (const [, tag, attributes = ""] of html.matchAll(ASSET_TAGS)) {
        const attr = (name) => new RegExp(`\\b${name}\\s*=\\s*["']([^"']+)["']`, "i").exec(attributes)?.[1];
        const rel = attr("rel")?.toLowerCase() ?? "";
        const ref = tag?.toLowerCase() === "link"
            ? /(stylesheet|preload|modulepreload|icon)/.test(rel)
                ? attr("href")
                : undefined
            : attr("src");
        if (!ref || ref.startsWith("data:"))
            continue;
        const url = new URL(ref, page);
        found.set(url.href, url);
    }
    return [...found.values()];
}
/** Version skew: HTML from the new build that references assets nobody serves. */
async function checkAssets(check, target, base, ctx) {
    const page = await send(ctx.prober, base, check.request);
    if (page.error || page.status !== 200)
        return result(check, target, page, [`the page ${check.request.path} answered ${page.error ?? page.status}`]);
    const origins = new Set([base.origin, ...ctx.cdnOrigins, ...check.cdnOrigins]);
    const assets = assetUrls(page.body, (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .pathOn */ .XA)(base, check.request.path)).filter((u) => origins.has(u.origin));
    const failures = [];
    await (0,_probe_pool_js__WEBPACK_IMPORTED_MODULE_2__/* .forEachLimited */ .v)(assets, ctx.prober.options.concurrency, async (url) => {
        const answer = await ctx.prober.send({ url, headers: check.request.headers });
        if (answer.status !== 200)
            failures.push(`${url.pathname} ${answer.error ?? answer.status}`);
    });
    const problems = failures.length ? [`${failures.length} of ${assets.length} assets failed: ${failures.sort().join(", ")}`] : [];
    return {
        ...result(check, target, page, problems),
        reason: problems[0] ?? (assets.length ? undefined : "the page references no asset"),
    };
}
function cookies(headers, jar) {
    for (const line of headers["set-cookie"] ?? []) {
        const [pair] = line.split(";");
        const at = pair?.indexOf("=") ?? -1;
        if (pair && at > 0)
            jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
}
/** Signs in on the active color, then asks the target to accept that session. */
async function checkSession(check, target, ctx) {
    const active = ctx.bases.active;
    const jar = new Map();
    for (const step of check.sequence) {
        const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
        const answer = await send(ctx.prober, active, step, cookie ? { cookie } : {});
        if (answer.error || answer.status >= 400) {
            return result(check, target, answer, [
                `signing in on the active color failed at ${step.method} ${step.path}: ${answer.error ?? answer.status}`,
            ]);
        }
        cookies(answer.headers, jar);
    }
    if (jar.size === 0)
        return result(check, target, undefined, ["the active color set no cookie to carry over"]);
    const cookie = [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
    const answer = await send(ctx.prober, ctx.bases[target], check.verify, { cookie });
    const problems = judge(answer, check.expect, check.maxLatencyMs);
    return result(check, target, answer, problems.map((p) => `with the active color's session: ${p}`));
}
/** Keys and value types of a JSON document, as `path: type` lines; `ignore` paths left out. */
function shape(value, ignore, path = "") {
    const out = new Map();
    if (ignore.includes(path.slice(1)))
        return out;
    const type = value === null ? "null" : Array.isArray(value) ? "array" : typeof value;
    out.set(path || "$", type);
    if (type === "object")
        for (const [k, v] of Object.entries(value))
            for (const [p, t] of shape(v, ignore, `${path}.${k}`))
                out.set(p, t);
    if (type === "array" && value.length)
        for (const [p, t] of shape(value[0], ignore, `${path}[]`))
            out.set(p, t);
    return out;
}
/** The same request to both colors: what old clients would see change. */
async function compareColors(check, ctx) {
    const [standby, active] = await Promise.all([
        send(ctx.prober, ctx.bases.standby, check.request),
        send(ctx.prober, ctx.bases.active, check.request),
    ]);
    const problems = [];
    if (standby.status !== active.status)
        problems.push(`status ${standby.status} on the standby, ${active.status} on the active`);
    const parse = (body) => {
        try {
            return JSON.parse(body);
        }
        catch {
            return undefined;
        }
    };
    const [a, b] = [parse(active.body), parse(standby.body)];
    if (a !== undefined && b !== undefined) {
        const [was, now] = [shape(a, check.ignore), shape(b, check.ignore)];
        for (const [path, type] of was) {
            if (!now.has(path))
                problems.push(`${path} (${type}) is gone`);
            else if (now.get(path) !== type)
                problems.push(`${path} changed from ${type} to ${now.get(path)}`);
        }
        for (const [path, type] of now)
            if (!was.has(path))
                problems.push(`${path} (${type}) is new`);
    }
    else if ((a === undefined) !== (b === undefined)) {
        problems.push(`only the ${a === undefined ? "standby" : "active"} color answers JSON`);
    }
    return result(check, "both", standby, problems);
}


/***/ }),

/***/ 8300:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./build/js/color.js
var color = __webpack_require__(1273);
// EXTERNAL MODULE: ./build/js/errors.js
var errors = __webpack_require__(2027);
// EXTERNAL MODULE: ./build/js/inputs.js
var inputs = __webpack_require__(8229);
// EXTERNAL MODULE: ./build/js/probe/http.js
var http = __webpack_require__(8075);
// EXTERNAL MODULE: ./build/js/probe/inputs.js
var probe_inputs = __webpack_require__(18);
// EXTERNAL MODULE: ./build/js/report.js
var report = __webpack_require__(978);
// EXTERNAL MODULE: ./build/js/router/config.js
var config = __webpack_require__(2102);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./build/js/urls.js
var urls = __webpack_require__(9018);
;// CONCATENATED MODULE: ./build/js/smoke/checks.js
// The checks schema in one file (over 300 lines): each key is parsed next to the line it came from,
// so that every error can name that line, and the limits on size and count sit beside the parser.





const EXAMPLE = "checks: |\n  - name: home\n    path: /\n    expect: { status: 200, body-contains: <html }";
const KEYS = {
    http: ["name", "kind", "method", "path", "headers", "body", "expect", "max-latency"],
    assets: ["name", "kind", "path", "headers", "cdn-origins", "max-latency"],
    session: ["name", "kind", "steps", "verify", "expect", "max-latency"],
    compare: ["name", "kind", "method", "path", "headers", "body", "ignore", "max-latency"],
};
const EXPECT_KEYS = ["status", "body-contains", "body-matches", "json", "header", "header-matches"];
const REQUEST_KEYS = ["method", "path", "headers", "body"];
const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];
/** Beyond these a checks file is a mistake (or an attack): it would take minutes, gigabytes and a summary GitHub refuses. */
const MAX_CHECKS = 1_000;
const MAX_CHECKS_BYTES = 1_000_000;
const DEFAULT_CHECKS_YAML = "- name: home\n  path: /\n- name: health\n  path: /health\n";
/** Where a value came from, so that every error can point at its line. */
class Source {
    #lines = new dist/* LineCounter */.HN();
    origin;
    text;
    constructor(text, origin) {
        this.text = text;
        this.origin = origin;
    }
    parse() {
        const doc = (0,dist/* parseDocument */.Tp)(this.text, { lineCounter: this.#lines, prettyErrors: false, uniqueKeys: true });
        const [first] = doc.errors;
        if (first)
            throw this.error(first.linePos?.[0]?.line ?? 1, `is not valid YAML: ${first.message.split("\n")[0]}`);
        return doc.contents;
    }
    line(node) {
        return node?.range ? this.#lines.linePos(node.range[0]).line : 1;
    }
    tooLarge() {
        return this.error(1, `is larger than ${MAX_CHECKS_BYTES / 1_000_000} MB; split the checks over several steps`);
    }
    error(line, problem) {
        return new inputs/* ConfigurationError */.j1(`Input 'checks' (${this.origin}) line ${line}: ${problem}. Example: ${EXAMPLE.replaceAll("\n", " ⏎ ")}`);
    }
}
/** Reads `checks` inline or from a file; with none given, GET / and GET /health must succeed. */
function readChecks() {
    const value = (0,inputs/* readString */.E3)("checks");
    if (!value)
        return parseChecks(DEFAULT_CHECKS_YAML, "default checks");
    if (!value.includes("\n") && (/\.ya?ml$/.test(value) || (0,external_node_fs_.existsSync)(value))) {
        let text = "";
        let size = 0;
        try {
            size = (0,external_node_fs_.statSync)(value).size;
            if (size <= MAX_CHECKS_BYTES)
                text = (0,external_node_fs_.readFileSync)(value, "utf8");
        }
        catch (error) {
            throw new inputs/* ConfigurationError */.j1(`Input 'checks' names the file ${value}, which cannot be read (${error.message}). Example: checks: .github/smoke.yml`);
        }
        if (size > MAX_CHECKS_BYTES)
            throw new Source(text, value).tooLarge();
        return parseChecks(text, value);
    }
    return parseChecks(value, "inline");
}
function parseChecks(text, origin) {
    const source = new Source(text, origin);
    if (Buffer.byteLength(text) > MAX_CHECKS_BYTES)
        throw source.tooLarge();
    let root = source.parse();
    if ((0,dist/* isMap */.jh)(root)) {
        const entries = mapEntries(source, root, "the top level");
        unknownKeys(source, entries, ["checks"], "the top level");
        root = (entries.get("checks")?.value ?? null);
    }
    if (!(0,dist/* isSeq */.oP)(root) || root.items.length === 0)
        throw source.error(source.line(root), "must be a non-empty list of checks");
    if (root.items.length > MAX_CHECKS)
        throw source.error(1, `holds ${root.items.length} checks, more than ${MAX_CHECKS}; split them over several steps`);
    const checks = root.items.map((item) => parseCheck(source, item));
    const names = new Set();
    for (const check of checks) {
        if (names.has(check.name))
            throw source.error(check.line, `the check name ${JSON.stringify(check.name)} is used twice`);
        names.add(check.name);
    }
    return checks;
}
function mapEntries(source, node, where) {
    if (!(0,dist/* isMap */.jh)(node))
        throw source.error(source.line(node), `${where} must be a mapping of keys to values`);
    const entries = new Map();
    for (const pair of node.items) {
        const key = (0,dist/* isScalar */.jn)(pair.key) ? String(pair.key.value) : "";
        entries.set(key, { value: pair.value, line: source.line(pair.key) });
    }
    return entries;
}
function unknownKeys(source, entries, allowed, where) {
    for (const [key, { line }] of entries) {
        if (!allowed.includes(key))
            throw source.error(line, `unknown key ${JSON.stringify(key)} in ${where}; allowed: ${allowed.join(", ")}`);
    }
}
function checks_text(source, node, where) {
    if ((0,dist/* isScalar */.jn)(node) && (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean")) {
        return String(node.value);
    }
    throw source.error(source.line(node), `${where} must be a string`);
}
function strings(source, node, where) {
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map((item) => checks_text(source, item, where));
    return [checks_text(source, node, where)];
}
function stringMap(source, node, where) {
    const out = {};
    for (const [key, { value }] of mapEntries(source, node ?? null, where))
        out[key] = checks_text(source, value, `${where}.${key}`);
    return out;
}
function regex(source, node, where) {
    const pattern = checks_text(source, node, where);
    try {
        return new RegExp(pattern);
    }
    catch (error) {
        throw source.error(source.line(node), `${where} is not a valid regular expression: ${error.message}`);
    }
}
function parseCheck(source, node) {
    const line = source.line(node);
    const entries = mapEntries(source, node, "a check");
    const name = entries.has("name") ? checks_text(source, entries.get("name")?.value, "name") : "";
    if (!name)
        throw source.error(line, "every check needs a name");
    const where = `check ${JSON.stringify(name)}`;
    const kind = (entries.has("kind") ? checks_text(source, entries.get("kind")?.value, `${where} kind`) : "http");
    if (!(kind in KEYS))
        throw source.error(entries.get("kind")?.line ?? line, `${where} has kind ${JSON.stringify(kind)}; the kinds are ${Object.keys(KEYS).join(", ")}`);
    unknownKeys(source, entries, KEYS[kind], where);
    const latency = entries.get("max-latency");
    const maxLatencyMs = latency ? duration(source, latency.value, `${where} max-latency`) : undefined;
    const base = { name, line, maxLatencyMs };
    const get = (key) => entries.get(key)?.value;
    switch (kind) {
        case "http":
            return { ...base, kind, request: request(source, entries, where, true), expect: expectation(source, get("expect"), where) };
        case "assets":
            return {
                ...base,
                kind,
                request: { ...request(source, entries, where, false), method: "GET" },
                cdnOrigins: entries.has("cdn-origins")
                    ? strings(source, get("cdn-origins"), `${where} cdn-origins`).map((o) => origin(source, o, entries.get("cdn-origins")?.line ?? line, where))
                    : [],
            };
        case "session": {
            const steps = get("steps");
            if (!(0,dist/* isSeq */.oP)(steps) || steps.items.length === 0)
                throw source.error(entries.get("steps")?.line ?? line, `${where} needs steps: the requests that sign in on the active color`);
            const sequence = steps.items.map((step, i) => {
                const stepEntries = mapEntries(source, step, `${where} step ${i + 1}`);
                unknownKeys(source, stepEntries, REQUEST_KEYS, `${where} step ${i + 1}`);
                return request(source, stepEntries, `${where} step ${i + 1}`, true);
            });
            const verifyEntries = mapEntries(source, get("verify") ?? null, `${where} verify`);
            unknownKeys(source, verifyEntries, REQUEST_KEYS, `${where} verify`);
            return {
                ...base,
                kind,
                sequence,
                verify: request(source, verifyEntries, `${where} verify`, true),
                expect: expectation(source, get("expect"), where),
            };
        }
        case "compare":
            return {
                ...base,
                kind,
                request: request(source, entries, where, true),
                ignore: entries.has("ignore") ? strings(source, get("ignore"), `${where} ignore`) : [],
            };
    }
}
function request(source, entries, where, pathRequired) {
    const method = entries.has("method") ? checks_text(source, entries.get("method")?.value, `${where} method`).toUpperCase() : "GET";
    if (!METHODS.includes(method))
        throw source.error(entries.get("method")?.line ?? 1, `${where} method must be one of ${METHODS.join(", ")}`);
    const path = entries.has("path") ? checks_text(source, entries.get("path")?.value, `${where} path`) : pathRequired ? "" : "/";
    const problem = (0,urls/* pathProblem */.z9)(path);
    if (problem)
        throw source.error(entries.get("path")?.line ?? 1, `${where} path ${JSON.stringify(path)} ${problem}: it must be a path on the checked host, such as /health`);
    const headers = entries.has("headers") ? stringMap(source, entries.get("headers")?.value, `${where} headers`) : {};
    for (const [name, value] of Object.entries(headers)) {
        const bad = (0,probe_inputs/* headerProblem */.b2)(name, value);
        if (bad)
            throw source.error(entries.get("headers")?.line ?? 1, `${where} headers: ${bad}`);
    }
    const body = entries.has("body") ? checks_text(source, entries.get("body")?.value, `${where} body`) : undefined;
    return { method, path, headers, body };
}
function duration(source, node, where) {
    const value = checks_text(source, node, where);
    const ms = (0,inputs/* parseDuration */.E9)(value);
    if (ms === undefined)
        throw source.error(source.line(node), `${where} must be a duration such as 500ms or 2s, got ${JSON.stringify(value)}`);
    return ms;
}
function origin(source, value, line, where) {
    const found = (0,urls/* httpOrigin */.dp)(value);
    if (found)
        return found;
    throw source.error(line, `${where} cdn-origins must be http(s) origins such as https://cdn.example.com, got ${JSON.stringify((0,urls/* hideUserinfo */.kc)(value))}`);
}
function expectation(source, node, where) {
    const out = {
        status: (s) => s >= 200 && s < 400,
        statusText: "2xx or 3xx",
        bodyContains: [],
        json: {},
        headers: {},
        headerMatches: {},
    };
    if (node === undefined || node === null)
        return out;
    const entries = mapEntries(source, node, `${where} expect`);
    unknownKeys(source, entries, EXPECT_KEYS, `${where} expect`);
    const status = entries.get("status");
    if (status)
        Object.assign(out, statusRule(source, status.value, `${where} expect.status`));
    if (entries.has("body-contains"))
        out.bodyContains = strings(source, entries.get("body-contains")?.value, `${where} expect.body-contains`);
    if (entries.has("body-matches"))
        out.bodyMatches = regex(source, entries.get("body-matches")?.value, `${where} expect.body-matches`);
    if (entries.has("json")) {
        for (const [path, { value }] of mapEntries(source, entries.get("json")?.value ?? null, `${where} expect.json`)) {
            out.json[path] = (0,dist/* isScalar */.jn)(value) ? value.value : checks_text(source, value, `${where} expect.json.${path}`);
        }
    }
    if (entries.has("header"))
        out.headers = stringMap(source, entries.get("header")?.value, `${where} expect.header`);
    if (entries.has("header-matches")) {
        for (const [name, { value }] of mapEntries(source, entries.get("header-matches")?.value ?? null, `${where} expect.header-matches`)) {
            out.headerMatches[name.toLowerCase()] = regex(source, value, `${where} expect.header-matches.${name}`);
        }
    }
    return out;
}
/** `200`, `[200, 204]` or `"200-299"`. */
function statusRule(source, node, where) {
    const bad = () => source.error(source.line(node), `${where} must be a status (200), a list ([200, 204]) or a range ("200-299")`);
    if ((0,dist/* isSeq */.oP)(node)) {
        const list = node.items.map((item) => Number(checks_text(source, item, where)));
        if (list.some((s) => !Number.isInteger(s) || s < 100 || s > 599))
            throw bad();
        return { status: (s) => list.includes(s), statusText: list.join(", ") };
    }
    const value = checks_text(source, node, where);
    const range = /^(\d{3})-(\d{3})$/.exec(value);
    if (range)
        return { status: (s) => s >= Number(range[1]) && s <= Number(range[2]), statusText: value };
    if (!/^\d{3}$/.test(value))
        throw bad();
    return { status: (s) => s === Number(value), statusText: value };
}

// EXTERNAL MODULE: ./build/js/smoke/run.js
var run = __webpack_require__(9261);
// EXTERNAL MODULE: ./build/js/snapshot.js
var js_snapshot = __webpack_require__(4380);
// EXTERNAL MODULE: ./build/js/time.js
var time = __webpack_require__(1889);
;// CONCATENATED MODULE: ./build/js/steps/smoke-test.js
















/** HTTP checks against the standby (or the active, or both), off the user's path. Never writes to AWS. */
const step = {
    name: "smoke-test",
    readInputs: () => {
        const router = (0,config/* readRouterConfig */.a)();
        const target = (0,inputs/* readChoice */.Kf)("target", ["standby", "active", "both"], "standby");
        const url = (0,inputs/* readUrl */.wo)("url", "http://test.shop.example.com:8080");
        const activeUrl = (0,inputs/* readUrl */.wo)("active-url", "https://shop.example.com");
        const checks = readChecks();
        const needsActive = target !== "standby" || checks.some((c) => c.kind === "session");
        if (target !== "active" && !url && !router.routes.some((r) => r.role === "test" && r.kind === "listener")) {
            throw (0,inputs/* inputError */.Xu)("url", "is required to reach the standby, unless test-listener-arn is given (its URL is then looked up)", "http://test.shop.example.com:8080");
        }
        if (needsActive && !activeUrl) {
            throw (0,inputs/* inputError */.Xu)("active-url", `is required with target: ${target}${target === "standby" ? " when a session check signs in on the active color" : ""}`, "https://shop.example.com");
        }
        if (target !== "both" && checks.some((c) => c.kind === "compare")) {
            throw (0,inputs/* inputError */.Xu)("target", "must be both when checks include a compare check", "both");
        }
        const cdnOrigins = (0,inputs/* readList */.LD)("cdn-origins").map((o) => readOrigin(o));
        const reportPath = (0,inputs/* readString */.E3)("report-path", external_node_path_.join(process.env.RUNNER_TEMP || (0,external_node_os_.tmpdir)(), "cutover-smoke-report.json"));
        return {
            router,
            target,
            url,
            activeUrl,
            checks,
            probe: (0,probe_inputs/* readProbeOptions */.vP)({ retries: 0, concurrency: 4 }),
            cdnOrigins,
            reportPath,
        };
    },
    async run(inputs, aws) {
        const snapshot = await (0,js_snapshot/* readSnapshot */.RA)(aws.lb, inputs.router);
        const active = (0,report/* leadingColor */.uG)(snapshot.state);
        const bases = { active: inputs.activeUrl };
        if (inputs.target !== "active")
            bases.standby = inputs.url ?? (await (0,urls/* standbyUrl */.RJ)(aws.lb, inputs.router));
        const targets = inputs.target === "both" ? ["standby", "active"] : [inputs.target];
        for (const t of targets)
            core/* info */.pq(`Checking the ${t} color (${t === "active" ? active : (0,color/* otherColor */.I)(active)}) at ${bases[t] ? (0,urls/* shownUrl */.zA)(bases[t]) : ""}`);
        const prober = new http/* Prober */.JC(inputs.probe);
        const results = [];
        const expected = inputs.checks.reduce((n, c) => n + (c.kind === "compare" ? 1 : targets.length), 0);
        const stopProgress = (0,time/* every */.Si)(PROGRESS_MS, () => core/* info */.pq(`Smoke checks: ${results.length} of ${expected} done.`));
        try {
            for (const check of inputs.checks) {
                if (check.kind === "compare")
                    results.push(log(await (0,run/* compareColors */.eU)(check, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
                else
                    for (const t of targets)
                        results.push(log(await (0,run/* runCheck */.k_)(check, t, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
            }
        }
        finally {
            stopProgress();
            prober.close();
        }
        const failed = results.filter((r) => !r.ok);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(inputs.reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(inputs.reportPath, `${JSON.stringify({ active, bases: Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, v && (0,urls/* shownUrl */.zA)(v)])), results }, null, 2)}\n`);
        (0,report/* setCommonOutputs */.Et)(snapshot);
        core/* setOutput */.uH("passed", String(results.length - failed.length));
        core/* setOutput */.uH("failed", String(failed.length));
        core/* setOutput */.uH("report-path", inputs.reportPath);
        const rows = results.map((r) => [
            r.ok ? "✅" : "❌",
            (0,report/* clip */.$Q)(r.name, 80),
            r.kind,
            r.target,
            String(r.status ?? "—"),
            r.latencyMs === undefined ? "—" : `${r.latencyMs} ms`,
            (0,report/* clip */.$Q)(r.reason ?? "", 500),
        ]);
        await (0,report/* writeSummary */.Sy)(`cutover smoke-test: ${results.length - failed.length} passed, ${failed.length} failed`, snapshot, [
            (0,report/* table */.tp)(["", "Check", "Kind", "Color", "Status", "Latency", "Why it failed"], rows),
        ]);
        if (failed.length) {
            const named = failed.slice(0, NAMED_FAILURES).map((r) => `${(0,report/* clip */.$Q)(r.name, 80)} [${r.target}]: ${(0,report/* clip */.$Q)(r.reason ?? "")}`);
            const more = failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more, in the log above` : "";
            throw new errors/* CutoverError */.DB(`${failed.length} of ${results.length} smoke checks failed: ${named.join("; ")}${more}`);
        }
        core/* info */.pq(`All ${results.length} smoke checks passed.`);
    },
};
const PROGRESS_MS = 10_000;
/** Failures named in the error line; the rest are in the log and the summary. */
const NAMED_FAILURES = 10;
function log(result) {
    const figures = [result.status, result.latencyMs === undefined ? undefined : `${result.latencyMs} ms`]
        .filter((x) => x !== undefined)
        .join(", ");
    const line = `${result.ok ? "✓" : "✗"} ${result.name} [${result.target}] ${figures}${result.reason ? `: ${result.reason}` : ""}`;
    if (result.ok)
        core/* info */.pq(line);
    else
        core/* error */.z3(line);
    return result;
}
function readOrigin(value) {
    const origin = (0,urls/* httpOrigin */.dp)(value);
    if (!origin)
        throw (0,inputs/* inputError */.Xu)("cdn-origins", `must be http(s) origins, got ${JSON.stringify((0,urls/* hideUserinfo */.kc)(value))}`, "https://cdn.shop.example.com");
    return origin;
}


/***/ })

};
