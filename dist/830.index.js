export const id = 830;
export const ids = [830];
export const modules = {

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

/***/ 63980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ standbyUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90342);



/** The standby's URL through the test route: always pointed at the standby, off the user's path. */
async function standbyUrl(traffic) {
    const url = await traffic.testUrl();
    if (!url)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB("No URL for the standby: give url, or a test route whose URL can be looked up.");
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`The standby is reached through the test listener at ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(url)}`);
    return url;
}


/***/ }),

/***/ 93830:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(48161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/core/urls.js
var urls = __webpack_require__(90342);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/probe/inputs.js
var probe_inputs = __webpack_require__(30036);
// EXTERNAL MODULE: ./build/routers/registry.js + 45 modules
var registry = __webpack_require__(96957);
// EXTERNAL MODULE: ./build/routing/router.js
var router = __webpack_require__(62232);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/routing/standby.js
var standby = __webpack_require__(63980);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(38815);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
;// CONCATENATED MODULE: ./build/smoke/checks-yaml.js
// The checks' YAML read node by node: every value keeps the line it came from, so that every
// error can point at that line.



const EXAMPLE = "checks: |\n  - name: home\n    path: /\n    expect: { status: 200, body-contains: <html }";
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
    error(line, problem) {
        return new errors/* ConfigurationError */.j1(`Input 'checks' (${this.origin}) line ${line}: ${problem}. Example: ${EXAMPLE.replaceAll("\n", " ⏎ ")}`);
    }
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
function checks_yaml_text(source, node, where) {
    if ((0,dist/* isScalar */.jn)(node) && (typeof node.value === "string" || typeof node.value === "number" || typeof node.value === "boolean")) {
        return String(node.value);
    }
    throw source.error(source.line(node), `${where} must be a string`);
}
function strings(source, node, where) {
    if ((0,dist/* isSeq */.oP)(node))
        return node.items.map((item) => checks_yaml_text(source, item, where));
    return [checks_yaml_text(source, node, where)];
}
function stringMap(source, node, where) {
    const out = {};
    for (const [key, { value }] of mapEntries(source, node ?? null, where))
        out[key] = checks_yaml_text(source, value, `${where}.${key}`);
    return out;
}
function regex(source, node, where) {
    const pattern = checks_yaml_text(source, node, where);
    try {
        return new RegExp(pattern);
    }
    catch (error) {
        throw source.error(source.line(node), `${where} is not a valid regular expression: ${error.message}`);
    }
}
function duration(source, node, where) {
    const value = checks_yaml_text(source, node, where);
    const ms = (0,durations/* parseDuration */.E9)(value);
    if (ms === undefined)
        throw source.error(source.line(node), `${where} must be a duration such as 500ms or 2s, got ${JSON.stringify(value)}`);
    return ms;
}

;// CONCATENATED MODULE: ./build/smoke/checks.js
// The checks schema: each kind of check and its keys, with the limits on size and count beside the
// parser. checks-yaml.ts reads the YAML with the line of every value.








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
            throw new errors/* ConfigurationError */.j1(`Input 'checks' names the file ${value}, which cannot be read (${error.message}). Example: checks: .github/smoke.yml`);
        }
        if (size > MAX_CHECKS_BYTES)
            throw tooLarge(new Source(text, value));
        return parseChecks(text, value);
    }
    return parseChecks(value, "inline");
}
function tooLarge(source) {
    return source.error(1, `is larger than ${MAX_CHECKS_BYTES / 1_000_000} MB; split the checks over several steps`);
}
function parseChecks(text, origin) {
    const source = new Source(text, origin);
    if (Buffer.byteLength(text) > MAX_CHECKS_BYTES)
        throw tooLarge(source);
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
function parseCheck(source, node) {
    const { base, kind, entries, where } = checkHeader(source, node);
    const get = (key) => entries.get(key)?.value;
    switch (kind) {
        case "http":
            return { ...base, kind, request: request(source, entries, where, true), expect: expectation(source, get("expect"), where) };
        case "assets":
            return {
                ...base,
                kind,
                request: { ...request(source, entries, where, false), method: "GET" },
                cdnOrigins: cdnOrigins(source, entries, where),
            };
        case "session":
            return { ...base, kind, ...session(source, entries, where, base.line), expect: expectation(source, get("expect"), where) };
        case "compare":
            return {
                ...base,
                kind,
                request: request(source, entries, where, true),
                ignore: entries.has("ignore") ? strings(source, get("ignore"), `${where} ignore`) : [],
            };
    }
}
/** The keys every check has: its name, kind and max-latency; the kind's other keys are checked to be known. */
function checkHeader(source, node) {
    const line = source.line(node);
    const entries = mapEntries(source, node, "a check");
    const name = entries.has("name") ? checks_yaml_text(source, entries.get("name")?.value, "name") : "";
    if (!name)
        throw source.error(line, "every check needs a name");
    const where = `check ${JSON.stringify(name)}`;
    const kind = (entries.has("kind") ? checks_yaml_text(source, entries.get("kind")?.value, `${where} kind`) : "http");
    if (!(kind in KEYS))
        throw source.error(entries.get("kind")?.line ?? line, `${where} has kind ${JSON.stringify(kind)}; the kinds are ${Object.keys(KEYS).join(", ")}`);
    unknownKeys(source, entries, KEYS[kind], where);
    const latency = entries.get("max-latency");
    const maxLatencyMs = latency ? duration(source, latency.value, `${where} max-latency`) : undefined;
    return { base: { name, line, maxLatencyMs }, kind, entries, where };
}
function cdnOrigins(source, entries, where) {
    const listed = entries.get("cdn-origins");
    if (!listed)
        return [];
    return strings(source, listed.value, `${where} cdn-origins`).map((o) => origin(source, o, listed.line, where));
}
/** A session check's sign-in steps, and the request that must then succeed on the standby. */
function session(source, entries, where, line) {
    const steps = entries.get("steps")?.value;
    if (!(0,dist/* isSeq */.oP)(steps) || steps.items.length === 0)
        throw source.error(entries.get("steps")?.line ?? line, `${where} needs steps: the requests that sign in on the active color`);
    const sequence = steps.items.map((step, i) => requestOnly(source, step, `${where} step ${i + 1}`));
    return { sequence, verify: requestOnly(source, entries.get("verify")?.value ?? null, `${where} verify`) };
}
/** A mapping that holds a request and nothing else. */
function requestOnly(source, node, where) {
    const entries = mapEntries(source, node, where);
    unknownKeys(source, entries, REQUEST_KEYS, where);
    return request(source, entries, where, true);
}
function request(source, entries, where, pathRequired) {
    const method = entries.has("method") ? checks_yaml_text(source, entries.get("method")?.value, `${where} method`).toUpperCase() : "GET";
    if (!METHODS.includes(method))
        throw source.error(entries.get("method")?.line ?? 1, `${where} method must be one of ${METHODS.join(", ")}`);
    const path = entries.has("path") ? checks_yaml_text(source, entries.get("path")?.value, `${where} path`) : pathRequired ? "" : "/";
    const problem = (0,urls/* pathProblem */.z9)(path);
    if (problem)
        throw source.error(entries.get("path")?.line ?? 1, `${where} path ${JSON.stringify(path)} ${problem}: it must be a path on the checked host, such as /health`);
    (0,urls/* maskUserinfo */.g6)(new URL(path, "http://checked.invalid"));
    const headers = entries.has("headers") ? stringMap(source, entries.get("headers")?.value, `${where} headers`) : {};
    for (const [name, value] of Object.entries(headers)) {
        if (CREDENTIAL_HEADER.test(name) && value)
            runner/* setSecret */.Pq(value);
        const bad = (0,probe_inputs/* headerProblem */.b2)(name, value);
        if (bad)
            throw source.error(entries.get("headers")?.line ?? 1, `${where} headers: ${bad}`);
    }
    const body = entries.has("body") ? checks_yaml_text(source, entries.get("body")?.value, `${where} body`) : undefined;
    return { method, path, headers, body };
}
/** A check's header that carries a credential (its value is masked, as the `headers` input's are). */
const CREDENTIAL_HEADER = /auth|cookie|token|secret|key|session|signature|password/i;
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
            out.json[path] = (0,dist/* isScalar */.jn)(value) ? value.value : checks_yaml_text(source, value, `${where} expect.json.${path}`);
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
        const list = node.items.map((item) => Number(checks_yaml_text(source, item, where)));
        if (list.some((s) => !Number.isInteger(s) || s < 100 || s > 599))
            throw bad();
        return { status: (s) => list.includes(s), statusText: list.join(", ") };
    }
    const value = checks_yaml_text(source, node, where);
    const range = /^(\d{3})-(\d{3})$/.exec(value);
    if (range)
        return { status: (s) => s >= Number(range[1]) && s <= Number(range[2]), statusText: value };
    if (!/^\d{3}$/.test(value))
        throw bad();
    return { status: (s) => s === Number(value), statusText: value };
}

// EXTERNAL MODULE: ./build/core/json-path.js
var json_path = __webpack_require__(2960);
// EXTERNAL MODULE: ./build/probe/pool.js
var pool = __webpack_require__(86327);
;// CONCATENATED MODULE: ./build/smoke/run.js




function send(prober, base, spec, extraHeaders = {}) {
    return prober.send({ url: (0,urls/* pathOn */.XA)(base, spec.path), method: spec.method, headers: { ...spec.headers, ...extraHeaders }, body: spec.body }, { readBody: true });
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
            problems.push(`body lacks ${(0,report/* clip */.$Q)(JSON.stringify(piece), 100)}`);
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
            const found = (0,json_path/* jsonAt */.o)(body, path);
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
    const assets = assetUrls(page.body, (0,urls/* pathOn */.XA)(base, check.request.path)).filter((u) => origins.has(u.origin));
    const failures = [];
    await (0,pool/* forEachLimited */.v)(assets, ctx.prober.options.concurrency, async (url) => {
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

;// CONCATENATED MODULE: ./build/steps/smoke-test.js



















/** HTTP checks against the standby (or the active, or both), off the user's path. Never writes to AWS. */
const step = {
    name: "smoke-test",
    readInputs: () => {
        const router = (0,registry/* readRouterConfig */.ab)();
        const target = (0,inputs/* readChoice */.Kf)("target", ["standby", "active", "both"], "standby");
        const url = (0,inputs/* readUrl */.wo)("url", "http://test.shop.example.com:8080");
        const activeUrl = (0,inputs/* readUrl */.wo)("active-url", "https://shop.example.com");
        const checks = readChecks();
        const needsActive = target !== "standby" || checks.some((c) => c.kind === "session");
        if (target !== "active" && !url && !router.testUrlKnown) {
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
        const snapshot = await (0,routing_snapshot/* readSnapshot */.RA)(aws.router, inputs.router);
        const active = (0,report/* leadingColor */.uG)(snapshot.state);
        const bases = { active: inputs.activeUrl };
        if (inputs.target !== "active") {
            checkTestRoute(snapshot.state, inputs.url);
            bases.standby = inputs.url ?? (await (0,standby/* standbyUrl */.R)(aws.router.traffic));
        }
        const targets = inputs.target === "both" ? ["standby", "active"] : [inputs.target];
        for (const t of targets)
            runner/* info */.pq(`Checking the ${t} color (${t === "active" ? active : (0,color/* otherColor */.I)(active)}) at ${bases[t] ? (0,urls/* shownUrl */.zA)(bases[t]) : ""}`);
        const checked = Object.values(bases).flatMap((b) => (b ? [b.origin] : []));
        const prober = new http/* Prober */.JC({ ...inputs.probe, credentialOrigins: [...checked, ...(inputs.probe.credentialOrigins ?? [])] });
        const results = [];
        const expected = inputs.checks.reduce((n, c) => n + (c.kind === "compare" ? 1 : targets.length), 0);
        const stopProgress = (0,time/* every */.Si)(PROGRESS_MS, () => runner/* info */.pq(`Smoke checks: ${results.length} of ${expected} done.`));
        try {
            for (const check of inputs.checks) {
                if (check.kind === "compare")
                    results.push(log(await compareColors(check, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
                else
                    for (const t of targets)
                        results.push(log(await runCheck(check, t, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
            }
        }
        finally {
            stopProgress();
            prober.close();
        }
        const failed = results.filter((r) => !r.ok);
        (0,external_node_fs_.mkdirSync)(external_node_path_.dirname(inputs.reportPath), { recursive: true });
        (0,external_node_fs_.writeFileSync)(inputs.reportPath, runner/* reportText */.UH(`${JSON.stringify({ active, bases: Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, v && (0,urls/* shownUrl */.zA)(v)])), results }, null, 2)}\n`));
        (0,report/* setCommonOutputs */.Et)(snapshot);
        runner/* setOutput */.uH("passed", String(results.length - failed.length));
        runner/* setOutput */.uH("failed", String(failed.length));
        runner/* setOutput */.uH("report-path", inputs.reportPath);
        const rows = results.map((r) => [
            r.ok ? "✅" : "❌",
            (0,report/* clip */.$Q)(r.name, 80),
            r.kind,
            r.target,
            String(r.status ?? "—"),
            r.latencyMs === undefined ? "—" : `${r.latencyMs} ms`,
            (0,report/* clip */.$Q)(r.reason ?? "", 500),
        ]);
        const verdict = failed.length
            ? `**Failed:** ${failed.length} of ${results.length} checks failed; nothing was changed.`
            : `**Passed:** ${results.length} of ${results.length} checks.`;
        await (0,summary/* writeSummary */.Sy)(`cutover smoke-test: ${results.length - failed.length} passed, ${failed.length} failed`, snapshot, [
            verdict,
            (0,report/* table */.tp)(["", "Check", "Kind", "Color", "Status", "Latency", "Why it failed"], rows),
        ]);
        if (failed.length) {
            const named = failed.slice(0, NAMED_FAILURES).map((r) => `${(0,report/* clip */.$Q)(r.name, 80)} [${r.target}]: ${(0,report/* clip */.$Q)(r.reason ?? "")}`);
            const more = failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more, in the log above` : "";
            throw new errors/* CutoverError */.DB(`${failed.length} of ${results.length} smoke checks failed: ${named.join("; ")}${more}`);
        }
        runner/* info */.pq(`All ${results.length} smoke checks passed.`);
    },
};
const PROGRESS_MS = 10_000;
/** Failures named in the error line; the rest are in the log and the summary. */
const NAMED_FAILURES = 10;
/** The standby reached through a test route that sends to the live color would be the live color. */
function checkTestRoute(state, url) {
    const problem = (0,router/* testRouteProblem */.PP)(state);
    if (!problem)
        return;
    if (url) {
        runner/* warning */.$e(`${problem} If url leads through that test route, this smoke test checks the live color.`);
        return;
    }
    throw new errors/* CutoverError */.DB(`smoke-test would be checking the live color, not the standby. ${problem}`);
}
function log(result) {
    const figures = [result.status, result.latencyMs === undefined ? undefined : `${result.latencyMs} ms`]
        .filter((x) => x !== undefined)
        .join(", ");
    const line = `${result.ok ? "✓" : "✗"} ${result.name} [${result.target}] ${figures}${result.reason ? `: ${result.reason}` : ""}`;
    if (result.ok)
        runner/* info */.pq(line);
    else
        runner/* error */.z3(line);
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
