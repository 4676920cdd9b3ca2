export const id = 645;
export const ids = [645];
export const modules = {

/***/ 60178:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  OU: () => (/* binding */ purge),
  C3: () => (/* binding */ readPurgeConfig)
});

// UNUSED EXPORTS: callerReference

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
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
// EXTERNAL MODULE: ./build/probe/version.js
var version = __webpack_require__(4353);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
;// CONCATENATED MODULE: ./build/cdn/paths.js

/** CloudFront's quotas on invalidations in progress, per distribution. */
const MAX_PATHS = 3000;
const MAX_WILDCARDS = 15;
const MAX_PATH_LENGTH = 4000;
/**
 * "Invalidate files" (CloudFront guide): URL-encode only non-ASCII characters and those RFC 1738
 * calls unsafe; anything else encoded would no longer match the cached object. A query string stays
 * as it is (`/search?q=shoes`), as objects cached by query string are invalidated with it.
 */
const UNSAFE = new Set([...' <>"#%{}|\\^~[]`']);
function kept(c) {
    const code = c.charCodeAt(0);
    return code > 0x20 && code < 0x7f && !UNSAFE.has(c);
}
const DEFAULT_PURGE_PATHS = "/,/index.html";
/** Percent-encodes what CloudFront wants encoded (non-ASCII, RFC 1738's unsafe characters), once. */
function encodePath(path) {
    let out = "";
    for (let i = 0; i < path.length; i++) {
        const c = path[i];
        if (c === "%" && /^[0-9A-Fa-f]{2}$/.test(path.slice(i + 1, i + 3)))
            out += c;
        else if (kept(c))
            out += c;
        else {
            const point = path.codePointAt(i);
            const char = String.fromCodePoint(point);
            if (char.length === 2)
                i += 1;
            // UTF-8 bytes, each as %XX: encodeURIComponent would leave `~` alone, which RFC 1738 calls unsafe.
            for (const byte of Buffer.from(char, "utf8"))
                out += `%${byte.toString(16).toUpperCase().padStart(2, "0")}`;
        }
    }
    return out;
}
/** The paths a purge invalidates, checked as CloudFront checks them. */
function readPurgePaths() {
    const example = "/, /index.html, /products/*";
    const paths = (0,inputs/* readList */.LD)("paths");
    return (paths.length ? paths : DEFAULT_PURGE_PATHS.split(",")).map((raw) => {
        if (!raw.startsWith("/"))
            throw (0,inputs/* inputError */.Xu)("paths", `must start with /, got ${JSON.stringify(raw)}`, example);
        const star = raw.indexOf("*");
        if (star >= 0 && star !== raw.length - 1) {
            throw (0,inputs/* inputError */.Xu)("paths", `may have * only at the end, as CloudFront allows: ${JSON.stringify(raw)} has it inside; use a prefix wildcard such as ${raw.slice(0, raw.lastIndexOf("/", star) + 1)}*`, example);
        }
        const path = encodePath(raw);
        if (path.length > MAX_PATH_LENGTH)
            throw (0,inputs/* inputError */.Xu)("paths", `has a path of ${path.length} characters; CloudFront takes ${MAX_PATH_LENGTH} at most`, example);
        return path;
    });
}
function covers(wildcard, path) {
    return wildcard.endsWith("*") && wildcard !== path && path.startsWith(wildcard.slice(0, -1));
}
/**
 * The batch CloudFront will take: duplicates and paths under a wildcard of the batch dropped, and,
 * past the quotas, paths folded into one wildcard per top-level folder (or `/*` as a last resort).
 */
function planBatch(paths) {
    const unique = [...new Set(paths)];
    const wildcards = unique.filter((p) => p.endsWith("*"));
    let batch = unique.filter((p) => !wildcards.some((w) => covers(w, p)));
    const notes = [];
    if (batch.length < unique.length)
        notes.push(`${unique.length - batch.length} path(s) dropped: duplicates, or covered by a wildcard in the batch`);
    // Two separate quotas: 3,000 file paths, and 15 wildcard paths besides.
    const wildcardCount = () => batch.filter((p) => p.endsWith("*")).length;
    const over = () => batch.length - wildcardCount() > MAX_PATHS || wildcardCount() > MAX_WILDCARDS;
    if (over()) {
        const before = batch.length;
        batch = [...new Set(batch.map((p) => (/^\/[^/]+\/./.test(p) ? `/${p.split("/")[1]}/*` : p)))];
        batch = batch.filter((p) => !batch.some((w) => covers(w, p)));
        if (over())
            batch = ["/*"];
        notes.push(`${before} paths exceed CloudFront's quota (${MAX_PATHS} paths, ${MAX_WILDCARDS} wildcards in progress), so they were folded into ${batch.length} wildcard path(s): ${batch.slice(0, 5).join(", ")}${batch.length > 5 ? ", …" : ""}`);
    }
    return { paths: batch, notes };
}

;// CONCATENATED MODULE: ./build/cdn/purge.js









const POLL_MS = 1_000;
const PROGRESS_MS = 10_000;
const BUSY_BACKOFF_MS = [2_000, 4_000, 8_000, 15_000, 30_000];
/**
 * CloudFront's API is the global one in us-east-1 only in the `aws` partition. In GovCloud (US),
 * CloudFront lies outside the boundary and takes a standard account's credentials ("Amazon
 * CloudFront" in the AWS GovCloud (US) User Guide); the China regions run their own CloudFront.
 */
const CDN_PARTITIONS = {
    "aws-us-gov": "the ARNs are in aws-us-gov, and CloudFront lies outside the AWS GovCloud (US) boundary: its distributions belong to a standard AWS account, with that account's credentials. Leave distribution-id empty here and invalidate from a job that has those credentials",
    "aws-cn": "the ARNs are in aws-cn, and cutover does not address CloudFront in the China regions (it calls the global CloudFront API in us-east-1). Leave distribution-id empty and invalidate with a client configured for aws-cn",
};
/** distribution-id and the purge inputs; undefined when no distribution is given and none is required. */
function readPurgeConfig(required, partition) {
    const distributionIds = (0,inputs/* readList */.LD)("distribution-id");
    const refused = distributionIds.length && partition !== "aws"
        ? (CDN_PARTITIONS[partition] ?? `the ARNs are in ${partition}, where cutover does not address CloudFront`)
        : undefined;
    if (refused)
        throw (0,inputs/* inputError */.Xu)("distribution-id", `cannot be purged: ${refused}`, "(empty)");
    for (const id of distributionIds) {
        if (!/^E[A-Z0-9]{5,}$/.test(id))
            throw (0,inputs/* inputError */.Xu)("distribution-id", `is not a CloudFront distribution ID, got ${JSON.stringify(id)}`, "E2QWRUHAPOMQZL");
    }
    const paths = readPurgePaths();
    const wait = (0,inputs/* readBoolean */.Vf)("wait", true);
    const timeoutMs = (0,durations/* readDuration */.$7)("timeout", "10m", 3_600_000);
    const verify = (0,version/* readVersionCheck */.xo)(timeoutMs);
    if (distributionIds.length === 0) {
        if (required)
            throw (0,inputs/* inputError */.Xu)("distribution-id", "is required: the CloudFront distribution(s) in front of the load balancer", "E2QWRUHAPOMQZL");
        return undefined;
    }
    return { distributionIds, paths, wait: wait || verify !== undefined, timeoutMs, verify };
}
/**
 * The same purge must not invalidate twice when a job's step is run again, while a rollback's
 * purge in the same job must not be mistaken for the switch's: run, attempt, job, purpose, paths.
 */
function callerReference(purpose, paths, env = process.env) {
    const hash = (0,external_node_crypto_.createHash)("sha256").update(paths.join("\n")).digest("hex").slice(0, 16);
    const run = env.GITHUB_RUN_ID
        ? `${env.GITHUB_RUN_ID}-${env.GITHUB_RUN_ATTEMPT ?? "1"}-${env.GITHUB_JOB ?? ""}`
        : `local-${Date.now()}`;
    return (0,ledger_keys/* ledgerValue */.Rg)(`cutover-${run}-${purpose}-${hash}`).slice(0, 128);
}
/** One invalidation per distribution, in parallel; then, when asked, waits and checks the edge. */
async function purge(cdn, config, purpose, expected, 
/** The run's cancel: the waits stop, and the invalidations go on at CloudFront by themselves. */
signal) {
    const want = config.verify ? (config.verify.expected ?? expected) : undefined;
    const plan = planBatch(config.paths);
    for (const note of plan.notes)
        runner/* warning */.$e(`purge: ${note}`);
    const reference = callerReference(purpose, plan.paths);
    const deadline = Date.now() + config.timeoutMs;
    runner/* info */.pq(`Invalidating ${plan.paths.join(", ")} on ${config.distributionIds.join(", ")} (CallerReference ${reference}).`);
    const invalidations = await Promise.all(config.distributionIds.map((id) => invalidate(cdn, id, plan.paths, reference, deadline, config.wait, signal)));
    let version;
    if (config.verify && !want) {
        // Normal on the first release with cutover: the color that was live before carries no version tag.
        const unchecked = "the invalidation is done, but verify-url could not check the edge: the live color carries no cutover:version tag (as on the first release with cutover) and no expected-version was given, so there was no version to look for. Set expected-version to have the edge checked.";
        runner/* warning */.$e(`purge: ${unchecked}`);
        return { invalidations, paths: plan.paths, notes: plan.notes, unchecked };
    }
    if (config.verify && want) {
        const check = { ...config.verify, expected: want };
        version = await confirmEdge(check, deadline, signal, async () => {
            const again = callerReference(`${purpose}-again`, plan.paths);
            runner/* info */.pq(`Invalidating ${plan.paths.join(", ")} once more (CallerReference ${again}).`);
            const more = await Promise.all(config.distributionIds.map((id) => invalidate(cdn, id, plan.paths, again, deadline, true, signal)));
            invalidations.push(...more);
        });
        if (signal?.aborted) {
            throw new errors/* CutoverError */.DB("The run was cancelled while verify-url checked the edge: the invalidations are done, but the edge was not confirmed. Traffic was not touched.");
        }
        if (!version.ok)
            throw new errors/* CutoverError */.DB(`The edge still does not serve ${want} after the invalidation: ${version.detail}.`);
    }
    return { invalidations, paths: plan.paths, notes: plan.notes, version };
}
/**
 * How long the edge has, once the invalidation completed, to serve the new version before it is
 * invalidated once more. A router's change reaches its data plane a little after the router shows
 * it (ALB: "Edit a listener rule" says requests may follow the previous configuration for a short
 * time); an invalidation that completes inside that moment lets the edge fetch the old color again
 * and keep it for its whole TTL.
 */
const STALE_EDGE_MS = 5_000;
/** verify-url until the deadline; when the edge still serves another version just after the invalidation, `again` runs once first. */
async function confirmEdge(check, deadline, signal, again) {
    const run = signal ?? new AbortController().signal;
    const within = (ms) => (0,version/* verifyVersion */.iy)({ ...check, timeoutMs: Math.max(1_000, ms) }, run);
    const first = await within(Math.min(STALE_EDGE_MS, deadline - Date.now()));
    if (first.ok || run.aborted || Date.now() >= deadline)
        return first;
    const twice = deadline - Date.now() > STALE_EDGE_MS;
    if (twice) {
        runner/* info */.pq(`verify-url ${first.detail}, though the invalidation had completed: the edge may have fetched the old color again while the router's change was still reaching its data plane.`);
        await again();
    }
    const second = await within(deadline - Date.now());
    const detail = twice ? `${second.detail}, after a second invalidation` : second.detail;
    return { ...second, detail, probes: first.probes + second.probes, ms: first.ms + second.ms };
}
async function invalidate(cdn, distributionId, paths, reference, deadline, wait, signal) {
    const started = Date.now();
    const created = await createWhenRoom(cdn, distributionId, paths, reference, deadline, signal);
    runner/* info */.pq(`Invalidation ${created.id} on ${distributionId}: ${created.status}.`);
    if (!wait || created.status === "Completed")
        return { distributionId, invalidationId: created.id, status: created.status, ms: Date.now() - started };
    let nextProgress = Date.now() + PROGRESS_MS;
    for (;;) {
        await (0,time/* sleep */.yy)(POLL_MS, signal);
        if (signal?.aborted) {
            throw new errors/* CutoverError */.DB(`The run was cancelled while waiting for invalidation ${created.id} on ${distributionId}: CloudFront finishes it by itself, and the edge may serve stale HTML until then. Traffic was not touched; run purge-cdn again to wait for it (the same job reuses the invalidation).`);
        }
        const now = await cdn.getInvalidation(distributionId, created.id);
        if (now.status === "Completed") {
            const ms = Date.now() - started;
            runner/* info */.pq(`Invalidation ${created.id} on ${distributionId} completed after ${(0,durations/* formatDuration */.a3)(ms)}.`);
            return { distributionId, invalidationId: created.id, status: now.status, ms };
        }
        if (Date.now() >= deadline) {
            throw new errors/* CutoverError */.DB(`Invalidation ${created.id} on ${distributionId} is still ${now.status} after ${(0,durations/* formatDuration */.a3)(Date.now() - started)} (timeout). It goes on by itself; the edge may serve stale HTML until it completes.`);
        }
        if (Date.now() >= nextProgress) {
            runner/* info */.pq(`Waiting for invalidation ${created.id} on ${distributionId}: ${now.status}, ${(0,durations/* formatDuration */.a3)(deadline - Date.now())} left.`);
            nextProgress += PROGRESS_MS;
        }
    }
}
/** CloudFront refuses new invalidations while too many are in progress; wait for room until the deadline. */
async function createWhenRoom(cdn, distributionId, paths, reference, deadline, signal) {
    for (let attempt = 0;; attempt++) {
        try {
            return await cdn.createInvalidation(distributionId, paths, reference);
        }
        catch (error) {
            const code = error instanceof errors/* AwsCallError */.iQ ? error.code : "";
            if (code === "NoSuchDistribution") {
                throw new errors/* CutoverError */.DB(`CloudFront has no distribution ${distributionId} (or this role may not see it): check distribution-id.`);
            }
            const wait = BUSY_BACKOFF_MS[Math.min(attempt, BUSY_BACKOFF_MS.length - 1)];
            if (code !== "TooManyInvalidationsInProgress" || Date.now() + wait > deadline)
                throw error;
            runner/* info */.pq(`CloudFront has too many invalidations in progress on ${distributionId}; trying again in ${(0,durations/* formatDuration */.a3)(wait)}.`);
            await (0,time/* sleep */.yy)(wait, signal);
            if (signal?.aborted) {
                throw new errors/* CutoverError */.DB(`The run was cancelled while waiting for room for an invalidation on ${distributionId}: nothing was invalidated there. Traffic was not touched.`);
            }
        }
    }
}


/***/ }),

/***/ 38236:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ purgeSections)
/* harmony export */ });
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62546);


/** The summary sections of a purge; the rollback's summary shows the same. */
function purgeSections(report) {
    const rows = report.invalidations.map((i) => [i.distributionId, i.invalidationId, i.status, (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(i.ms)]);
    return [
        `Paths: ${report.paths.map((p) => `\`${p}\``).join(", ")}`,
        ...report.notes,
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_1__/* .table */ .tp)(["Distribution", "Invalidation", "Status", "Time"], rows),
        report.version ? `Edge check: ${report.version.detail}.` : "",
        report.unchecked ? `⚠️ Edge not checked: ${report.unchecked}` : "",
    ].filter(Boolean);
}


/***/ }),

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

/***/ 4353:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   It: () => (/* binding */ versionIn),
/* harmony export */   iy: () => (/* binding */ verifyVersion),
/* harmony export */   xo: () => (/* binding */ readVersionCheck)
/* harmony export */ });
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97529);
/* harmony import */ var _core_json_path_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2960);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(90342);
/* harmony import */ var _http_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(75005);
// The proof that a URL serves the expected version: verify-url read back until it serves it
// consistently. The switch's last step and the CDN purge both wait on it.







/** verify-url and the inputs that say which version it must serve; undefined without verify-url. */
function readVersionCheck(timeoutMs) {
    const url = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)("verify-url", "https://shop.example.com/version");
    const expected = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("expected-version");
    const header = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("version-header", "x-app-version");
    const jsonField = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("version-field") || undefined;
    if (!url) {
        if (expected)
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)("expected-version", "is only used with verify-url, which is empty", "verify-url: https://shop.example.com/version");
        return undefined;
    }
    if (!/^[A-Za-z0-9-]+$/.test(header))
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .inputError */ .Xu)("version-header", `is not an HTTP header name, got ${JSON.stringify(header)}`, "x-app-version");
    return { url, expected: expected || undefined, header, jsonField, timeoutMs };
}
/** Answers in a row that must carry the new version before the switch counts as seen. */
const CONSECUTIVE = 10;
const POLL_MS = 200;
const PROGRESS_MS = 5_000;
function versionIn(body, headers, check) {
    if (!check.jsonField)
        return String(headers[check.header.toLowerCase()] ?? "").trim();
    try {
        const value = (0,_core_json_path_js__WEBPACK_IMPORTED_MODULE_5__/* .jsonAt */ .o)(JSON.parse(body), check.jsonField);
        return value === undefined ? "" : String(value);
    }
    catch {
        return "";
    }
}
/** Probes the URL until it answers with the new version CONSECUTIVE times in a row. */
async function verifyVersion(check, signal) {
    const prober = new _http_js__WEBPACK_IMPORTED_MODULE_4__/* .Prober */ .JC({ timeoutMs: 5_000 });
    const started = Date.now();
    const seen = new Map();
    let streak = 0;
    let probes = 0;
    const stopProgress = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_6__/* .every */ .Si)(PROGRESS_MS, () => _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Waiting for ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_3__/* .shownUrl */ .zA)(check.url)} to serve ${check.expected}: seen ${tally(seen)}; ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, check.timeoutMs - (Date.now() - started)))} left.`));
    try {
        while (Date.now() - started < check.timeoutMs && !signal.aborted) {
            const left = check.timeoutMs - (Date.now() - started);
            const answer = await prober.send({ url: check.url }, { readBody: Boolean(check.jsonField), signal, timeoutMs: left });
            if (signal.aborted)
                break;
            probes += 1;
            const version = answer.timedOut
                ? "error (no whole answer in time)"
                : answer.error
                    ? `error (${answer.error})`
                    : versionIn(answer.body, answer.headers, check) || `HTTP ${answer.status}`;
            seen.set(version, (seen.get(version) ?? 0) + 1);
            streak = version === check.expected ? streak + 1 : 0;
            if (streak >= CONSECUTIVE) {
                const ms = Date.now() - started;
                _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`verify-url served ${check.expected} ${CONSECUTIVE} times in a row after ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms)}.`);
                return {
                    ok: true,
                    detail: `${CONSECUTIVE} answers in a row from ${check.expected} after ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ms)}`,
                    probes,
                    ms,
                };
            }
            await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_6__/* .sleep */ .yy)(POLL_MS, signal);
        }
    }
    finally {
        stopProgress();
        prober.close();
    }
    return {
        ok: false,
        detail: `after ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.now() - started)} it still answered ${tally(seen)}`,
        probes,
        ms: Date.now() - started,
    };
}
function tally(seen) {
    return [...seen].map(([v, n]) => `${v} ×${n}`).join(", ") || "nothing";
}


/***/ }),

/***/ 56645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60178);
/* harmony import */ var _cdn_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38236);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16590);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36506);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88296);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18493);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35851);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79440);









/** Invalidates the HTML the edge still holds from the old color, and waits until it is gone. */
const step = {
    name: "purge-cdn",
    readInputs: () => {
        const router = (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .readRouterConfig */ .ab)();
        return { router, purge: (0,_cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__/* .readPurgeConfig */ .C3)(true, router.aws.partition) };
    },
    async run({ router, purge: config }, ports) {
        const snapshot = await (0,_step_js__WEBPACK_IMPORTED_MODULE_8__/* .readStepSnapshot */ .F5)(ports.router, router);
        const active = (0,_github_report_js__WEBPACK_IMPORTED_MODULE_4__/* .leadingColor */ .uG)(snapshot.state);
        const cdn = await ports.cdn();
        const report = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .cancellable */ .nZ)("stopping the wait for the invalidation", (signal) => (0,_cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__/* .purge */ .OU)(cdn, config, `to-${active}`, (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(snapshot.tags[active]), signal));
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_4__/* .setCommonOutputs */ .Et)(snapshot);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH("invalidation-ids", report.invalidations.map((i) => i.invalidationId).join(","));
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .Sy)(`cutover purge-cdn: ${report.paths.length} path(s) on ${report.invalidations.length} distribution(s)`, snapshot, (0,_cdn_report_js__WEBPACK_IMPORTED_MODULE_1__/* .purgeSections */ .q)(report));
    },
};


/***/ })

};
