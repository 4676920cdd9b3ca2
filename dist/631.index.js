export const id = 631;
export const ids = [631];
export const modules = {

/***/ 2960:
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

/***/ 3694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90342);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88296);
/* harmony import */ var _probe_http_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75005);
/* harmony import */ var _probe_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30036);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(35851);
/* harmony import */ var _routing_router_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(62232);
/* harmony import */ var _routing_standby_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(63980);
/* harmony import */ var _smoke_checks_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(77411);
/* harmony import */ var _smoke_run_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2123);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(79440);



















/** HTTP checks against the standby (or the active, or both), off the user's path. Never writes to AWS. */
const step = {
    name: "smoke-test",
    readInputs: () => {
        const router = (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .readRouterConfig */ .ab)();
        const target = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readChoice */ .Kf)("target", ["standby", "active", "both"], "standby");
        const url = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readUrl */ .wo)("url", "http://test.shop.example.com:8080");
        const activeUrl = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readUrl */ .wo)("active-url", "https://shop.example.com");
        const checks = (0,_smoke_checks_js__WEBPACK_IMPORTED_MODULE_14__/* .readChecks */ .wf)();
        const needsActive = target !== "standby" || checks.some((c) => c.kind === "session");
        if (target !== "active" && !url && !router.testUrlKnown) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("url", `is required to reach the standby: the ${router.kind} router cannot look up where its ${router.words?.testRoute ?? "test route"} answers, or none is given (${router.testRouteInputs.join(", ")})`, "http://test.shop.example.com:8080");
        }
        if (needsActive && !activeUrl) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("active-url", `is required with target: ${target}${target === "standby" ? " when a session check signs in on the active color" : ""}`, "https://shop.example.com");
        }
        if (target !== "both" && checks.some((c) => c.kind === "compare")) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("target", "must be both when checks include a compare check", "both");
        }
        const cdnOrigins = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readList */ .LD)("cdn-origins").map((o) => readOrigin(o));
        const reportPath = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)("report-path", node_path__WEBPACK_IMPORTED_MODULE_2__.join(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "cutover-smoke-report.json"));
        return {
            router,
            target,
            url,
            activeUrl,
            checks,
            probe: (0,_probe_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readProbeOptions */ .vP)({ retries: 0, concurrency: 4 }),
            cdnOrigins,
            reportPath,
        };
    },
    async run(inputs, ports) {
        const snapshot = await (0,_step_js__WEBPACK_IMPORTED_MODULE_16__/* .readStepSnapshot */ .F5)(ports.router, inputs.router);
        const active = (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .leadingColor */ .uG)(snapshot.state);
        const bases = { active: inputs.activeUrl };
        if (inputs.target !== "active") {
            checkTestRoute(snapshot.state, inputs.url);
            bases.standby = inputs.url ?? (await (0,_routing_standby_js__WEBPACK_IMPORTED_MODULE_13__/* .standbyUrl */ .R)(ports.router.traffic, inputs.router));
        }
        const targets = inputs.target === "both" ? ["standby", "active"] : [inputs.target];
        for (const t of targets)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Checking the ${t} color (${t === "active" ? active : (0,_core_color_js__WEBPACK_IMPORTED_MODULE_17__/* .otherColor */ .I)(active)}) at ${bases[t] ? (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .shownUrl */ .zA)(bases[t]) : ""}`);
        const checked = Object.values(bases).flatMap((b) => (b ? [b.origin] : []));
        const prober = new _probe_http_js__WEBPACK_IMPORTED_MODULE_9__/* .Prober */ .JC({ ...inputs.probe, credentialOrigins: [...checked, ...(inputs.probe.credentialOrigins ?? [])] });
        const results = [];
        const expected = inputs.checks.reduce((n, c) => n + (c.kind === "compare" ? 1 : targets.length), 0);
        const stopProgress = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_18__/* .every */ .Si)(PROGRESS_MS, () => _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Smoke checks: ${results.length} of ${expected} done.`));
        try {
            for (const check of inputs.checks) {
                if (check.kind === "compare")
                    results.push(log(await (0,_smoke_run_js__WEBPACK_IMPORTED_MODULE_15__/* .compareColors */ .eU)(check, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
                else
                    for (const t of targets)
                        results.push(log(await (0,_smoke_run_js__WEBPACK_IMPORTED_MODULE_15__/* .runCheck */ .k_)(check, t, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
            }
        }
        finally {
            stopProgress();
            prober.close();
        }
        const failed = results.filter((r) => !r.ok);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(inputs.reportPath), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(inputs.reportPath, _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .reportText */ .UH(`${JSON.stringify({ active, bases: Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, v && (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .shownUrl */ .zA)(v)])), results }, null, 2)}\n`));
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .setCommonOutputs */ .Et)(snapshot);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("passed", String(results.length - failed.length));
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("failed", String(failed.length));
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("report-path", inputs.reportPath);
        const rows = results.map((r) => [
            r.ok ? "✅" : "❌",
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.name, 80),
            r.kind,
            r.target,
            String(r.status ?? "—"),
            r.latencyMs === undefined ? "—" : `${r.latencyMs} ms`,
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.reason ?? "", 500),
        ]);
        const verdict = failed.length
            ? `**Failed:** ${failed.length} of ${results.length} checks failed; nothing was changed.`
            : `**Passed:** ${results.length} of ${results.length} checks.`;
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSummary */ .Sy)(`cutover smoke-test: ${results.length - failed.length} passed, ${failed.length} failed`, snapshot, [
            verdict,
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(["", "Check", "Kind", "Color", "Status", "Latency", "Why it failed"], rows),
        ]);
        if (failed.length) {
            const named = failed.slice(0, NAMED_FAILURES).map((r) => `${(0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.name, 80)} [${r.target}]: ${(0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.reason ?? "")}`);
            const more = failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more, in the log above` : "";
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CutoverError */ .DB(`${failed.length} of ${results.length} smoke checks failed: ${named.join("; ")}${more}`);
        }
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`All ${results.length} smoke checks passed.`);
    },
};
const PROGRESS_MS = 10_000;
/** Failures named in the error line; the rest are in the log and the summary. */
const NAMED_FAILURES = 10;
/** The standby reached through a test route that sends to the live color would be the live color. */
function checkTestRoute(state, url) {
    const problem = (0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .testRouteProblem */ .PP)(state);
    if (!problem)
        return;
    if (url) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e(`${problem} If url leads through that test route, this smoke test checks the live color.`);
        return;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CutoverError */ .DB(`smoke-test would be checking the live color, not the standby. ${problem}`);
}
function log(result) {
    const figures = [result.status, result.latencyMs === undefined ? undefined : `${result.latencyMs} ms`]
        .filter((x) => x !== undefined)
        .join(", ");
    const line = `${result.ok ? "✓" : "✗"} ${result.name} [${result.target}] ${figures}${result.reason ? `: ${result.reason}` : ""}`;
    if (result.ok)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(line);
    else
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3(line);
    return result;
}
function readOrigin(value) {
    const origin = (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .httpOrigin */ .dp)(value);
    if (!origin)
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("cdn-origins", `must be http(s) origins, got ${JSON.stringify((0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .hideUserinfo */ .kc)(value))}`, "https://cdn.shop.example.com");
    return origin;
}


/***/ })

};
