export const id = 544;
export const ids = [544];
export const modules = {

/***/ 8075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ Prober)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBE_OPTIONS, MAX_BODY */
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4015);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1896);



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
/** node:http and node:https cost a step a tenth of a second to load: only a step that probes loads them. */
const load = { http: () => process.getBuiltinModule("node:http"), https: () => process.getBuiltinModule("node:https") };
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
        this.#http = new (load.http().Agent)(pool);
        this.#https = new (load.https().Agent)({ ...pool, rejectUnauthorized: !this.options.insecureTls });
    }
    async send(request, options = {}) {
        let attempt = 0;
        for (;;) {
            attempt += 1;
            const response = await this.#once(request, options);
            if (!response.failed || attempt > this.options.retries || options.signal?.aborted)
                return { ...response, attempts: attempt };
            await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(this.options.retryBackoffMs * 2 ** (attempt - 1), options.signal);
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
                resolve({ ...answer, url: (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .shownUrl */ .zA)(url), latencyMs: performance.now() - started, attempts: 1 });
            };
            const stop = (error, timedOut = false) => {
                done({ ...failure(error), ...(timedOut ? { timedOut } : {}) });
                req?.destroy();
            };
            const timer = setTimeout(() => stop(`no whole answer within ${(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`, true), timeoutMs);
            const cancel = () => stop("cancelled");
            if (options.signal?.aborted)
                return cancel();
            options.signal?.addEventListener("abort", cancel, { once: true });
            try {
                req = (secure ? load.https() : load.http()).request(url, {
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
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(451);


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
    const lines = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    for (const [i, line] of lines.entries()) {
        const colon = line.indexOf(":");
        const key = colon > 0 ? line.slice(0, colon).trim() : "";
        const value = colon > 0 ? line.slice(colon + 1).trim() : "";
        if (value)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
        const problem = key ? headerProblem(key, value) : "no name before a colon";
        if (problem)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `line ${i + 1} is not a "Name: value" header (${problem})`, "X-Warm-Cache: true");
        headers[key] = value;
    }
    return headers;
}
/** How each request is sent: headers, host header, TLS, timeout. */
function readRequestOptions(timeoutInput = "timeout", timeout = "10s") {
    const hostHeader = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)("host-header") || undefined;
    if (hostHeader && !/^[A-Za-z0-9.-]+(:\d+)?$/.test(hostHeader)) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("host-header", `is not a host name, got ${JSON.stringify(hostHeader)}`, "shop.example.com");
    }
    return {
        headers: readHeaders(),
        hostHeader,
        insecureTls: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readBoolean */ .Vf)("insecure-tls", false),
        timeoutMs: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)(timeoutInput, timeout, 300_000),
    };
}
/** The inputs every probing step shares: the request options, plus retries and concurrency. */
function readProbeOptions(defaults) {
    return {
        ...readRequestOptions(),
        retries: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("retries", defaults.retries, { min: 0, max: 10 }),
        retryBackoffMs: 250,
        concurrency: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("concurrency", defaults.concurrency, { min: 1, max: 256 }),
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

/***/ 7891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRouterConfig)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readRouterConfig() {
    const listener = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("listener-arn", "listener");
    const rules = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("rule-arns", "listener-rule");
    const testListener = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("test-listener-arn", "listener");
    const testRules = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("test-rule-arns", "listener-rule");
    const blue = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("blue-target-group-arn", "targetgroup");
    const green = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("green-target-group-arn", "targetgroup");
    const regionInput = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegion */ .XP)("aws-region");
    const verifyTimeoutMs = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    return {
        region,
        partition: blue.partition,
        targetGroups: { blue: blue.value, green: green.value },
        routes,
        verifyTimeoutMs,
        maxAttempts,
    };
}
function route(kind, role, arn, input) {
    return { kind, role, arn: arn.value, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.arn);
        if (earlier) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(r.input, `names ${r.arn}, which ${earlier.input} names already`, "a route listed once only");
        }
        seen.set(r.arn, r);
    }
}
/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input, arns) {
    const known = arns.filter((arn) => arn !== undefined);
    const [first] = known;
    for (const arn of known) {
        if (arn.region !== first.region || arn.account !== first.account) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
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
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1896);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4516);
/* harmony import */ var _probe_pool_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8165);



function send(prober, base, spec, extraHeaders = {}) {
    return prober.send({ url: (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .pathOn */ .XA)(base, spec.path), method: spec.method, headers: { ...spec.headers, ...extraHeaders }, body: spec.body }, { readBody: true });
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
            problems.push(`body lacks ${(0,_github_report_js__WEBPACK_IMPORTED_MODULE_1__/* .clip */ .$Q)(JSON.stringify(piece), 100)}`);
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
    const assets = assetUrls(page.body, (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_0__/* .pathOn */ .XA)(base, check.request.path)).filter((u) => origins.has(u.origin));
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


/***/ })

};
