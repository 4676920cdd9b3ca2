export const id = 207;
export const ids = [207];
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

/***/ 68468:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fu: () => (/* binding */ rollBack),
/* harmony export */   O7: () => (/* binding */ purgeFailure)
/* harmony export */ });
/* unused harmony export leftByRollback */
/* harmony import */ var _cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60178);
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18493);
/* harmony import */ var _flip_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(22967);






/**
 * Traffic back to the previous color behind a health gate, then the CDN purged so that the edge
 * serves the old version's HTML again. The rollback step and soak-monitor's inline rollback share it.
 */
async function rollBack(ports, router, request) {
    _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Rollback requested: ${request.reason}`);
    if (request.force)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e("force: true: the health gate on the color being restored is skipped.");
    const to = request.to === "standby" && !request.force ? await previousColor(ports) : request.to;
    const outcome = await (0,_flip_js__WEBPACK_IMPORTED_MODULE_4__/* .flip */ .U)(ports, router, { verb: "rollback", ...request, to, requireHealthy: !request.force, steps: [100] });
    if (!request.purge || request.dryRun)
        return { outcome };
    try {
        const target = outcome.target;
        const report = await (0,_cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__/* .purge */ .OU)(await ports.cdn(), request.purge, `rollback-to-${target}`, (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOf */ .E4)(outcome.after.tags[target]));
        return { outcome, purge: report };
    }
    catch (error) {
        return { outcome, purgeError: (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error) };
    }
}
/**
 * What `to: previous` means. Usually the color without traffic; but a color that a rollback left,
 * with nothing live since, holds the version that was rolled back: a second attempt of that
 * rollback (say, re-run after its purge failed) must not put it back in production. Such a run
 * goes to the color that rollback restored, which is most often "already there".
 */
async function previousColor(ports) {
    const tags = await ports.router.ledger.read();
    const left = _core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .l.find((color) => leftByRollback(tags, color));
    if (!left)
        return "standby";
    const back = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .otherColor */ .I)(left);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${left} was left by a rollback at ${tags[left][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt]} (because: ${(0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .reasonOf */ .A3)(tags[left])}), and nothing went live since: to: previous means ${back}, the color that rollback restored, and never puts ${left}'s version back. To move traffic to ${left}, name it (to: ${left}) or set force: true.`);
    return back;
}
/** Whether `color` carries a rollback record (a reason and when it was retired) that nothing live has followed. */
function leftByRollback(tags, color) {
    const reason = tags[color][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReason];
    const retired = tags[color][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt];
    if (!reason || !retired)
        return false;
    return (tags[(0,_core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .otherColor */ .I)(color)][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.liveSince] ?? "") <= retired;
}
/** A rollback whose traffic is back, but whose purge failed, still fails: the edge may be stale. */
function purgeFailure(result) {
    if (!result.purgeError)
        return undefined;
    const { target, previous, moved } = result.outcome;
    const traffic = moved
        ? `Traffic is back on ${target}: the rollback from ${previous} is done`
        : `Traffic was already on ${target}; nothing moved`;
    return new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${traffic}. Only the CDN purge is left, and it did not finish: ${result.purgeError} The edge may still serve ${previous}'s HTML until it is purged: run purge-cdn, or run this rollback again (a second attempt keeps traffic on ${target} and only purges).`);
}


/***/ }),

/***/ 29207:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ soak_monitor_step)
});

// EXTERNAL MODULE: ./build/cdn/purge.js + 1 modules
var purge = __webpack_require__(60178);
// EXTERNAL MODULE: ./build/cdn/report.js
var report = __webpack_require__(38236);
// EXTERNAL MODULE: ./build/core/cancel.js
var cancel = __webpack_require__(16590);
// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/flip/request.js
var request = __webpack_require__(33891);
// EXTERNAL MODULE: ./build/flip/rollback.js
var rollback = __webpack_require__(68468);
// EXTERNAL MODULE: ./build/github/deployments.js
var github_deployments = __webpack_require__(54882);
// EXTERNAL MODULE: ./build/github/report.js
var github_report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/metrics/prometheus-config.js
var prometheus_config = __webpack_require__(64571);
// EXTERNAL MODULE: ./build/probe/inputs.js
var probe_inputs = __webpack_require__(30036);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/github/chart.js
var github_chart = __webpack_require__(71506);
;// CONCATENATED MODULE: ./build/soak/chart.js


/** How much of the healthy time before a breach the chart keeps: enough to see the line rise. */
const BEFORE_BREACH_MS = 15_000;
/**
 * Error rate and p95 over the soak on a true time axis, each with its threshold. With a breach,
 * the chart shows the time around it, and marks the breach as a red rule up to the figure the verdict
 * states, which is also the highest point of the line. A chart whose line stays far below its
 * threshold says nothing a sentence cannot, and is that sentence instead.
 */
function soakCharts(series, color, limits) {
    // A window that held no sample yet has no figures to draw.
    const seen = series.filter((p) => p.samples > 0);
    if (seen.length < 2 && limits.breachAt === undefined)
        return "";
    const headline = headlineFigures(limits.breach ?? "");
    const breachAt = limits.breachAt;
    const end = Math.max(breachAt ?? 0, seen.at(-1)?.t ?? 0);
    const start = breachAt === undefined ? 0 : Math.max(0, Math.floor((breachAt - BEFORE_BREACH_MS) / 1000) * 1000);
    const span = Math.max(1, Math.ceil((end - start) / 1000)) * 1000;
    const chart = (metric) => {
        const mark = breachAt === undefined ? undefined : headline[metric.key];
        const points = seen.map((p) => ({ t: p.t, value: metric.pick(p) }));
        if (mark !== undefined && breachAt !== undefined)
            points.push({ t: breachAt, value: mark });
        const inView = points.filter((p) => p.t >= start);
        const top = Math.max(0, ...inView.map((p) => p.value));
        const low = Math.min(...inView.map((p) => p.value));
        if (mark === undefined && top < metric.limit / 4) {
            const range = low === top ? metric.measure(top) : `between ${metric.measure(low)} and ${metric.measure(top)}`;
            return `${metric.title}: ${range} all along, far below the limit of ${metric.measure(metric.limit)}.`;
        }
        const values = bucketMax(points, start, span);
        const yMax = (0,github_chart/* roundUp */.yd)(Math.max(metric.limit * 1.25, top));
        const plots = [
            ...(mark === undefined || breachAt === undefined
                ? []
                : [{ kind: "line", values: ruleAt(breachAt, start, span, mark), colour: github_chart/* COLOUR */.xW.breach }]),
            { kind: "line", values: (0,github_chart/* level */.Rc)(metric.limit), colour: github_chart/* COLOUR */.xW.threshold },
            { kind: "line", values, colour: github_chart/* COLOUR */.xW[color] },
        ];
        const breachText = mark === undefined || breachAt === undefined ? "" : `: breach ${metric.measure(mark)} at ${(0,durations/* formatDuration */.a3)(breachAt)}`;
        return (0,github_chart/* mermaidChart */.C6)({
            title: `${metric.title} (${metric.unit})${breachText}, limit ${metric.measure(metric.limit)}`,
            startMs: start,
            spanMs: span,
            yLabel: metric.unit,
            yMax,
            plots,
        });
    };
    const charts = metrics(color, limits).map(chart);
    const drawn = charts.some((c) => c.startsWith("```"));
    const marked = breachAt !== undefined && Object.keys(headline).length > 0;
    const from = start > 0 ? ` From ${(0,durations/* formatDuration */.a3)(start)} into the soak: the ${(0,durations/* formatDuration */.a3)(BEFORE_BREACH_MS)} before the breach.` : "";
    const legend = `Lines: ${color}'s figures in ${color}, the limit in amber${marked ? ", the breach as a red rule up to the figure the verdict states" : ""}.${from}`;
    return [drawn ? legend : "", ...charts].filter(Boolean).join("\n\n");
}
function metrics(color, limits) {
    return [
        {
            key: "errorRate",
            title: `Error rate on ${color}`,
            unit: "%",
            limit: limits.maxErrorRate * 100,
            pick: (p) => p.errorRate * 100,
            measure: (n) => `${format(n)}%`,
        },
        {
            key: "p95Ms",
            title: `p95 latency on ${color}`,
            unit: "ms",
            limit: limits.maxP95Ms,
            pick: (p) => p.p95Ms,
            measure: (n) => `${format(n)} ms`,
        },
    ];
}
/**
 * The figure a breach states first, as the judge writes it (soak/judge.ts, monitor.ts): "error
 * rate 29.4% (…)" or "p95 2300 ms > …". An alarm's breach states none.
 */
function headlineFigures(breach) {
    const rate = /\berror rate (\d+(?:\.\d+)?)%/.exec(breach);
    if (rate)
        return { errorRate: Number(rate[1]) };
    const p95 = /\bp95 (\d+(?:\.\d+)?) ms\b/.exec(breach);
    return p95 ? { p95Ms: Number(p95[1]) } : {};
}
/**
 * Each of GRID_POINTS even instants from `start` over `span`: the highest value since the one
 * before (so that no peak falls between two instants), else the last value seen, else 0.
 */
function bucketMax(points, start, span) {
    const sorted = [...points].sort((a, b) => a.t - b.t);
    let last = 0;
    let at = 0;
    while (at < sorted.length && sorted[at].t < start)
        last = sorted[at++].value;
    return Array.from({ length: github_chart/* GRID_POINTS */.X5 }, (_, i) => {
        const t = start + (span * i) / (github_chart/* GRID_POINTS */.X5 - 1);
        let top;
        while (at < sorted.length && sorted[at].t <= t) {
            const value = sorted[at++].value;
            top = Math.max(top ?? value, value);
            last = value;
        }
        return top ?? last;
    });
}
/**
 * A red rule up to `height` (the breach's figure, never the axis top) at the grid point where `t`
 * falls, the one bucketMax counts it in; 0 elsewhere. Mermaid's xychart has no markers, and its
 * bars draw a strip even at 0, so the rule is a line.
 */
function ruleAt(t, start, span, height) {
    const index = Math.min(github_chart/* GRID_POINTS */.X5 - 1, Math.ceil(((t - start) / span) * (github_chart/* GRID_POINTS */.X5 - 1)));
    return Array.from({ length: github_chart/* GRID_POINTS */.X5 }, (_, i) => (i === index ? height : 0));
}
function format(n) {
    return String(Number(n.toFixed(n < 10 ? 2 : 1)));
}

// EXTERNAL MODULE: ./build/soak/monitor.js + 1 modules
var monitor = __webpack_require__(68820);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
;// CONCATENATED MODULE: ./build/steps/soak-monitor.js





















/** Watches the new color under real traffic, and rolls back inline within seconds of a breach. */
const soak_monitor_step = {
    name: "soak-monitor",
    readInputs: () => {
        const router = (0,registry/* readRouterConfig */.ab)();
        return {
            router,
            soak: readSoakConfig(),
            onBreach: (0,inputs/* readChoice */.Kf)("on-breach", ["rollback", "fail"], "rollback"),
            purge: (0,purge/* readPurgeConfig */.C3)(false, router.aws.partition),
            deployments: (0,github_deployments/* readDeploymentConfig */.yO)({ withId: true }),
        };
    },
    async run({ router, soak: config, onBreach, purge, deployments }, ports) {
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, router);
        const { active, standby } = (0,routing_snapshot/* settledColors */.w8)(snapshot, "soak-monitor");
        const since = Date.parse(snapshot.tags[active][ledger_keys/* LEDGER */.Uz.liveSince] ?? "") || Date.now();
        const target = {
            color: active,
            dimensions: ports.router.metrics?.pool(active),
            previousDimensions: ports.router.metrics?.pool(standby),
            since,
            versions: { active: (0,ledger_keys/* versionOf */.E4)(snapshot.tags[active]), previous: (0,ledger_keys/* versionOf */.E4)(snapshot.tags[standby]) },
        };
        const outcome = await (0,cancel/* cancellable */.nZ)("stopping the soak; traffic stays where it is", (signal) => {
            runner/* info */.pq(`Soaking ${active} (${(0,ledger_keys/* versionOf */.E4)(snapshot.tags[active]) || "no version tag"}) for ${(0,durations/* formatDuration */.a3)(config.durationMs)}; ${standby} is the way back.`);
            return (0,monitor/* soak */.R)(ports, config, target, signal);
        });
        (0,github_report/* setCommonOutputs */.Et)(snapshot);
        runner/* setOutput */.uH("breach-reason", outcome.breach ?? "");
        const soaked = { snapshot, outcome, config, active, standby, deployments };
        if (outcome.result === "passed" || (outcome.result === "no-traffic" && !config.requireTraffic)) {
            await passed(soaked);
            return;
        }
        if (outcome.result === "cancelled")
            return cancelledSoak(soaked);
        if (outcome.result === "no-traffic" || outcome.result === "no-data")
            return notJudged(soaked);
        const breach = `Breach after ${(0,durations/* formatDuration */.a3)(outcome.breachAt ?? 0)} of soak: ${outcome.breach}`;
        runner/* error */.z3(breach);
        if (onBreach === "fail")
            return failOnBreach(soaked, breach);
        return rollBackOnBreach(soaked, breach, ports, router, purge);
    },
};
async function passed({ snapshot, outcome, config, active, deployments }) {
    const honest = outcome.result === "no-traffic"
        ? ` It saw only ${outcome.figures.samples} samples (min-samples ${config.minSamples}); require-traffic is false.`
        : "";
    runner/* info */.pq(`Soak passed after ${(0,durations/* formatDuration */.a3)(outcome.ms)}: ${describe(outcome)}${honest}`);
    runner/* setOutput */.uH("result", "passed");
    await (0,github_deployments/* finishDeployment */.jl)(deployments, "success", `soaked ${(0,durations/* formatDuration */.a3)(outcome.ms)}: ${describe(outcome)}`);
    await (0,summary/* writeSummary */.Sy)(`cutover soak-monitor: ${active} passed`, snapshot, sections(outcome, config, active, `**Verdict: passed.** ${describe(outcome)}${honest}`), {
        word: "released",
        next: `nothing to do; teardown retires ${(0,color/* otherColor */.I)(active)} after its ttl (the teardown workflow); to go back before then, run the rollback workflow.`,
    });
}
/** Too little traffic (unless require-traffic is false), or a source that never answered: never a pass. */
async function notJudged({ snapshot, outcome, config, active, deployments }) {
    const silent = outcome.silent?.join(" and ");
    runner/* info */.pq(`Soak ended after ${(0,durations/* formatDuration */.a3)(outcome.ms)} ${silent ? `without one answer from ${silent}` : "without enough traffic to judge"}: ${describe(outcome)}`);
    runner/* setOutput */.uH("result", "failed");
    await (0,github_deployments/* finishDeployment */.jl)(deployments, "failure", silent ? `soak got no data from ${silent}` : "soak saw too little traffic to judge");
    const why = silent
        ? `The soak got no answer from ${silent} in ${(0,durations/* formatDuration */.a3)(outcome.ms)} (see the warnings above), so it cannot say that ${active} is healthy: no data is not a pass. Traffic stays on ${active}; fix access to ${silent} and run soak-monitor again, or roll back.`
        : `The soak saw ${outcome.figures.samples} samples in its last window, fewer than min-samples ${config.minSamples}: too little traffic to judge ${active}. Send traffic, lower min-samples, or set require-traffic: false.`;
    await (0,summary/* writeSummary */.Sy)(`cutover soak-monitor: ${active} not judged`, snapshot, sections(outcome, config, active, `**Verdict: not judged.** ${why}`));
    throw new errors/* CutoverError */.DB(why);
}
/** The runner cancelled the job during the soak: nothing is judged, nothing moves, and the summary says so. */
async function cancelledSoak({ snapshot, outcome, config, active, deployments }) {
    runner/* setOutput */.uH("result", "failed");
    const why = `The run was cancelled after ${(0,durations/* formatDuration */.a3)(outcome.ms)} of soak, before ${active} could be judged. Traffic stays on ${active}; run soak-monitor again, or roll back.`;
    await (0,github_deployments/* finishDeployment */.jl)(deployments, "failure", "soak cancelled");
    await (0,summary/* writeSummary */.Sy)(`cutover soak-monitor: ${active} not judged (cancelled)`, snapshot, sections(outcome, config, active, `**Verdict: not judged.** ${why}`));
    throw new errors/* CutoverError */.DB(why);
}
/** on-breach: fail. Traffic stays where it is. */
async function failOnBreach({ snapshot, outcome, config, active, deployments }, breach) {
    runner/* setOutput */.uH("result", "failed");
    await (0,github_deployments/* finishDeployment */.jl)(deployments, "failure", breach);
    await (0,summary/* writeSummary */.Sy)(`cutover soak-monitor: ${active} breached`, snapshot, sections(outcome, config, active, `**Verdict: failed** (on-breach: fail). ${breach}`));
    throw new errors/* CutoverError */.DB(`${breach}. on-breach is fail, so traffic stays on ${active}.`);
}
/** on-breach: rollback. Traffic goes back to the standby inline, within seconds of the breach. */
async function rollBackOnBreach({ outcome, config, active, standby, deployments }, breach, ports, router, purge) {
    const started = Date.now();
    runner/* setOutput */.uH("result", "failed");
    const rolled = await (0,rollback/* rollBack */.Fu)(ports, router, {
        to: standby,
        expectedActive: active,
        reason: `soak-monitor: ${outcome.breach}`,
        force: false,
        minHealthy: 1,
        dryRun: false,
        purge,
    }).catch((error) => {
        // A rollback that was cancelled is finished first: result says where traffic is.
        if (error instanceof request/* FlipError */.A && error.after.state.active === standby)
            runner/* setOutput */.uH("result", "rolled-back");
        throw rollbackFailed(error, breach, sections(outcome, config, active, ""));
    });
    const ms = Date.now() - started;
    (0,github_report/* setCommonOutputs */.Et)(rolled.outcome.after);
    runner/* setOutput */.uH("result", "rolled-back");
    await (0,github_deployments/* restoreDeployment */.Q2)(deployments, breach);
    const purged = rolled.purge ? (0,report/* purgeSections */.q)(rolled.purge) : [];
    const verdict = `**Verdict: rolled back** to ${standby} in ${(0,durations/* formatDuration */.a3)(ms)} after the breach. ${breach}`;
    runner/* info */.pq(`Soak ended: rolled back to ${standby} in ${(0,durations/* formatDuration */.a3)(ms)} after the breach.`);
    await (0,summary/* writeSummary */.Sy)(`cutover soak-monitor: rolled back to ${standby}`, rolled.outcome.after, [
        ...sections(outcome, config, active, verdict),
        ...purged,
    ]);
    const purgeFailed = (0,rollback/* purgeFailure */.O7)(rolled);
    // A rollback that failed any part (its purge) is a failure, though traffic is back.
    throw new errors/* CutoverError */.DB(`${breach}. ${purgeFailed?.message ?? `Rolled back to ${standby} in ${(0,durations/* formatDuration */.a3)(ms)}.`}`, {
        outcome: purgeFailed ? "failed" : "rolled back",
    });
}
/** A breach whose rollback failed: the summary keeps the soak's figures beside the rollback's failure. */
function rollbackFailed(error, breach, soakSections) {
    const message = `${breach}. The rollback failed: ${(0,errors/* describeError */.Uc)(error)}`;
    const details = error instanceof errors/* CutoverError */.DB ? error.details : [];
    return new errors/* CutoverError */.DB(message, { cause: error, details: [...soakSections, ...details] });
}
function describe(outcome) {
    const f = outcome.figures;
    return `Last window: ${f.samples} samples, error rate ${(f.errorRate * 100).toFixed(2)}%, p95 ${f.p95Ms} ms.`;
}
function sections(outcome, config, color, verdict) {
    const baseline = outcome.baseline
        ? `Baseline of the old color before the switch: ${(outcome.baseline.errorRate * 100).toFixed(2)}% errors over ${outcome.baseline.requests} requests.`
        : "";
    const limits = {
        maxErrorRate: config.maxErrorRate,
        maxP95Ms: config.maxP95Ms,
        breachAt: outcome.breachAt,
        breach: outcome.breach,
    };
    const cloudwatch = outcome.cloudwatchReported === false
        ? `CloudWatch had not reported a complete period for ${color} by the end of the soak, so its figures were not judged: CloudWatch publishes the per-color metrics once a minute, after the minute ends.`
        : "";
    return [
        verdict,
        soakCharts(outcome.series, color, limits),
        baseline,
        cloudwatch,
        ...prometheusSections(outcome, color, limits),
    ].filter(Boolean);
}
/** Prometheus's own figures over the soak, and what its silence did or would have done. */
function prometheusSections(outcome, color, limits) {
    const p = outcome.prometheus;
    if (!p)
        return [];
    const policy = p.noData === "fail"
        ? "prometheus-no-data: fail: a silence longer than prometheus-no-data-after ends the soak as not judged."
        : "prometheus-no-data: warn: a silence longer than prometheus-no-data-after is a warning, and is never counted as healthy.";
    const silence = p.silentMs ? ` Prometheus had given no data for ${(0,durations/* formatDuration */.a3)(p.silentMs)} when the soak ended.` : "";
    const chart = p.series ? soakCharts(p.series, color, limits) : "";
    return [
        `From Prometheus (the users' traffic, not only the probes): ${p.answered ? "" : "no data at all. "}${policy}${silence}`,
        chart,
    ];
}
/** The soak's sources and judgement; the defaults are explained in the README. */
function readSoakConfig() {
    const probeUrl = (0,inputs/* readUrl */.wo)("probe-url", "https://shop.example.com/health");
    const metricsUrl = (0,inputs/* readUrl */.wo)("metrics-url", "https://shop.example.com/metrics.json");
    const alarms = (0,inputs/* readList */.LD)("alarm-names");
    const cloudWatchMetrics = (0,inputs/* readBoolean */.Vf)("cloudwatch-metrics", false);
    const periodSeconds = (0,durations/* readMetricPeriod */.mI)();
    const increase = (0,inputs/* readString */.E3)("max-error-rate-increase") ? (0,inputs/* readPercent */.oO)("max-error-rate-increase", "1%") : undefined;
    const prometheus = (0,prometheus_config/* readPrometheusConfig */.Z1)();
    const config = {
        durationMs: (0,durations/* readDuration */.$7)("duration", "5m", 24 * 3_600_000),
        windowMs: (0,durations/* readDuration */.$7)("window", "30s", 3_600_000),
        minSamples: (0,inputs/* readInteger */.JI)("min-samples", 10, { min: 1, max: 1_000_000 }),
        consecutive: (0,inputs/* readInteger */.JI)("consecutive-breaches", 2, { min: 1, max: 100 }),
        maxErrorRate: (0,inputs/* readPercent */.oO)("max-error-rate", "1%"),
        maxP95Ms: (0,durations/* readDuration */.$7)("max-p95-latency", "2s", 600_000),
        maxIncrease: increase,
        probe: probeUrl
            ? {
                url: probeUrl,
                everyMs: (0,durations/* readDuration */.$7)("probe-interval", "100ms", 60_000),
                options: (0,probe_inputs/* readRequestOptions */.wf)("probe-timeout", "5s"),
            }
            : undefined,
        cloudWatchMetrics,
        metricPeriodSeconds: periodSeconds,
        pollMs: (0,durations/* readDuration */.$7)("poll-interval", "10s", 600_000),
        alarms,
        metricsUrl: metricsUrl ? { url: metricsUrl, path: (0,inputs/* readString */.E3)("metrics-path", "errorRate") } : undefined,
        prometheus,
        requireTraffic: (0,inputs/* readBoolean */.Vf)("require-traffic", true),
    };
    if (!probeUrl && !metricsUrl && !alarms.length && !cloudWatchMetrics && !prometheus) {
        throw (0,inputs/* inputError */.Xu)("probe-url", "is needed, or another source: soak-monitor watches at least one of probe-url, cloudwatch-metrics, alarm-names, metrics-url, prometheus-url", "https://shop.example.com/health");
    }
    if (config.windowMs < (config.probe?.everyMs ?? 0) * 2)
        throw (0,inputs/* inputError */.Xu)("window", "must hold at least two probe intervals", "30s");
    return config;
}


/***/ })

};
