export const id = 134;
export const ids = [134];
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

/***/ 89134:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./build/cdn/purge.js + 1 modules
var purge = __webpack_require__(60178);
// EXTERNAL MODULE: ./build/cdn/report.js
var report = __webpack_require__(38236);
// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/untrusted.js
var untrusted = __webpack_require__(31228);
// EXTERNAL MODULE: ./build/flip/report.js
var flip_report = __webpack_require__(36590);
// EXTERNAL MODULE: ./build/flip/rollback.js
var rollback = __webpack_require__(68468);
// EXTERNAL MODULE: ./build/github/deployments.js
var github_deployments = __webpack_require__(54882);
// EXTERNAL MODULE: ./build/github/report.js
var github_report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/migrate/schema.js
var schema = __webpack_require__(30051);
;// CONCATENATED MODULE: ./build/migrate/guards.js




/**
 * rollback's schema guard: refuses a target released before an applied contract migration (unless
 * force), warns across an expand. Returns what force overrode, for the summary. A ledger without
 * schema marks (no migrate step ever ran) costs one read.
 */
async function rollbackSchemaGuard(ports, router, to, force) {
    const tags = await ports.router.ledger.read();
    if (!color/* COLORS */.l.some((c) => Object.values(schema/* SCHEMA_TAG */.t0).some((key) => tags[c][key])))
        return undefined;
    const target = to === "standby" ? (0,color/* otherColor */.I)((0,github_report/* leadingColor */.uG)((await (0,snapshot/* readSnapshot */.RA)(ports.router, router)).state)) : to;
    return (0,schema/* guardRollbackSchema */.X$)(tags, target, force);
}

// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
;// CONCATENATED MODULE: ./build/steps/rollback.js










/** Sends traffic back to the previous color after a health gate, purges the CDN, and records why. */
const step = {
    name: "rollback",
    readInputs: () => {
        const to = (0,inputs/* readChoice */.Kf)("to", ["previous", ...color/* COLORS */.l], "previous");
        const router = (0,registry/* readRouterConfig */.ab)();
        return {
            router,
            request: {
                to: to === "previous" ? "standby" : to,
                expectedActive: (0,inputs/* readOptionalChoice */.Mm)("expected-active-color", color/* COLORS */.l),
                reason: (0,inputs/* readRequiredString */.nf)("reason", "smoke tests failed after release v1.4.2"),
                force: (0,inputs/* readBoolean */.Vf)("force", false),
                minHealthy: (0,inputs/* readInteger */.JI)("min-healthy-targets", 1, { min: 0, max: 1000 }),
                dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
                purge: (0,purge/* readPurgeConfig */.C3)(false, router.aws.partition),
            },
            deployments: (0,github_deployments/* readDeploymentConfig */.yO)({ withId: true }),
        };
    },
    async run({ router, request, deployments }, ports) {
        const overrode = await rollbackSchemaGuard(ports, router, request.to, request.force);
        const result = await (0,rollback/* rollBack */.Fu)(ports, router, request).catch(flip_report/* reportFailedFlip */.P5);
        const { outcome } = result;
        (0,flip_report/* setFlipOutputs */.ux)(outcome.previous, outcome.moved, outcome.movedAt);
        if (outcome.moved)
            await (0,github_deployments/* restoreDeployment */.Q2)(deployments, request.reason);
        const title = outcome.moved
            ? `cutover: rolled back to ${outcome.target}`
            : request.dryRun
                ? `cutover: rollback to ${outcome.target} (dry-run)`
                : `cutover: already on ${outcome.target}, no rollback needed`;
        const purged = result.purge
            ? ["**CDN purge**", ...(0,report/* purgeSections */.q)(result.purge)]
            : result.purgeError
                ? [`**CDN purge failed:** ${result.purgeError}`]
                : [];
        const lead = outcome.moved
            ? {
                word: "rolled back",
                next: `fix the release and run the blue-green workflow again; teardown retires ${outcome.previous} after its ttl (the teardown workflow).`,
            }
            : request.dryRun
                ? { word: "dry run", next: "run rollback without dry-run to move the traffic." }
                : { word: "nothing to do", next: "nothing to do." };
        await (0,flip_report/* reportFlip */.M7)(outcome, title, [`**Reason:** ${(0,untrusted/* code */.aY)(request.reason)}`, ...(overrode ? [`**Overridden:** ${overrode}.`] : [])], purged, lead, "rollback");
        const failure = (0,rollback/* purgeFailure */.O7)(result);
        if (failure)
            throw failure;
    },
};


/***/ })

};
