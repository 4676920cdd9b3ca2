export const id = 991;
export const ids = [991];
export const modules = {

/***/ 182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ jsonAt)
/* harmony export */ });
/** The value at a dotted path such as `build.version` (a leading `$.` is allowed); undefined where it stops. */
function jsonAt(value, path) {
    let at = value;
    for (const key of path
        .replace(/^\$\.?/, "")
        .split(".")
        .filter(Boolean))
        at = at?.[key];
    return at;
}


/***/ }),

/***/ 38075:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ Prober)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBE_OPTIONS, MAX_BODY */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(64015);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(21896);



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
            const timer = setTimeout(() => stop(`no whole answer within ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`, true), timeoutMs);
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

/***/ 30018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b2: () => (/* binding */ headerProblem),
/* harmony export */   vP: () => (/* binding */ readProbeOptions),
/* harmony export */   wf: () => (/* binding */ readRequestOptions)
/* harmony export */ });
/* unused harmony export readHeaders */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4993);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44523);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(73556);



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
    const lines = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)(name)
        .split(/\r?\n/)
        .map((l) => l.trim())
        .filter(Boolean);
    for (const [i, line] of lines.entries()) {
        const colon = line.indexOf(":");
        const key = colon > 0 ? line.slice(0, colon).trim() : "";
        const value = colon > 0 ? line.slice(colon + 1).trim() : "";
        if (value)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(value);
        const problem = key ? headerProblem(key, value) : "no name before a colon";
        if (problem)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)(name, `line ${i + 1} is not a "Name: value" header (${problem})`, "X-Warm-Cache: true");
        headers[key] = value;
    }
    return headers;
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
    };
}


/***/ })

};
