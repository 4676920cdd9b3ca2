export const id = 400;
export const ids = [400];
export const modules = {

/***/ 67304:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   H: () => (/* binding */ inGroup)
/* harmony export */ });
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36506);

/** The group open now; the runner does not nest groups, so an inner one closes and reopens the outer. */
let open;
/** Runs `work` inside a collapsible `::group::` of the log, within the current group if there is one. */
async function inGroup(name, work) {
    const outer = open;
    if (outer)
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
    open = outer ? `${outer} › ${name}` : name;
    _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(open);
    try {
        return await work();
    }
    finally {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .endGroup */ .N4();
        open = outer;
        if (outer)
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .startGroup */ .Oh(`${outer} (continued)`);
    }
}


/***/ }),

/***/ 22967:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  U: () => (/* binding */ flip)
});

// EXTERNAL MODULE: ./build/core/cancel.js
var cancel = __webpack_require__(16590);
// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/routers/health.js
var health = __webpack_require__(5843);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/routes.js
var routers_routes = __webpack_require__(34875);
// EXTERNAL MODULE: ./build/routers/words.js
var words = __webpack_require__(44472);
// EXTERNAL MODULE: ./build/routing/ledger.js
var ledger = __webpack_require__(26048);
// EXTERNAL MODULE: ./build/routing/router.js
var routing_router = __webpack_require__(62232);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/flip/gates.js
var flip_gates = __webpack_require__(70686);
// EXTERNAL MODULE: ./build/flip/request.js
var flip_request = __webpack_require__(33891);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/log.js
var log = __webpack_require__(67304);
;// CONCATENATED MODULE: ./build/metrics/drain-proof.js




/** How often CloudWatch is read while waiting for a drain: ALB's minutes arrive one by one. */
const DRAIN_POLL_MS = 5_000;
const PROGRESS_MS = 5_000;
/** Complete periods after the switch, in a row, that must show no request to the old color. */
const QUIET_PERIODS = 2;
/**
 * Judges a drain from CloudWatch alone. ALB reports a minute only once it is over, and a target
 * group that got no request has no datapoint at all, so a missing datapoint proves nothing: a
 * period counts as quiet only when the load balancer's own RequestCount shows that CloudWatch has
 * that period (requests flowed) and the old color's shows none of them.
 */
function judgeDrain(old, all, since) {
    const oldAt = new Map(old.map((p) => [p.at, p.value]));
    const seen = old.filter((p) => p.value > 0);
    const requestsAfter = seen.filter((p) => p.at >= since).reduce((sum, p) => sum + p.value, 0);
    const lastSeenAt = seen.length ? Math.max(...seen.map((p) => p.at)) : undefined;
    const reported = all.filter((p) => p.at >= since && p.value > 0).sort((a, b) => a.at - b.at);
    const latest = reported.slice(-QUIET_PERIODS);
    const drained = latest.length === QUIET_PERIODS && latest.every((p) => !oldAt.get(p.at));
    const served = latest.reduce((sum, p) => sum + p.value, 0);
    const detail = drained
        ? `the old color received ${requestsAfter} request(s) after the switch and none in the last ${QUIET_PERIODS} complete periods, while the load balancer served ${served}`
        : reported.length === 0
            ? "CloudWatch has not reported a complete period with traffic since the switch yet"
            : `the old color received ${requestsAfter} request(s) after the switch`;
    return { drained, requestsAfter, lastSeenAt, reported: reported.length, detail };
}
/**
 * Waits until CloudWatch shows complete periods with no request reaching the old color, or reports
 * the long tail: sticky clients, long-lived connections, clients that cache DNS.
 */
async function confirmDrain(connect, check, signal) {
    const periodMs = check.periodSeconds * 1000;
    const dimensions = check.old;
    const deadline = Date.now() + check.timeoutMs;
    let report = { drained: false, requestsAfter: 0, reported: 0, detail: "not measured" };
    let nextProgress = Date.now() + PROGRESS_MS;
    runner/* info */.pq(`Watching CloudWatch RequestCount of ${dimensions.pool} until ${QUIET_PERIODS} complete periods of ${check.periodSeconds}s after the switch show requests through the load balancer and none to it.`);
    try {
        const metrics = await connect();
        for (;;) {
            if (signal?.aborted)
                return { ...report, detail: "cancelled" };
            const now = Date.now();
            const series = await metrics.getMetrics([
                { id: "old", metric: "RequestCount", stat: "Sum", ...dimensions },
                { id: "all", metric: "RequestCount", stat: "Sum", router: dimensions.router },
            ], new Date(check.since - periodMs), new Date(now), check.periodSeconds);
            report = judgeDrain(series.get("old") ?? [], series.get("all") ?? [], check.since);
            if (report.drained) {
                runner/* info */.pq(`Drained: ${report.detail}.`);
                return report;
            }
            if (now >= deadline)
                break;
            if (now >= nextProgress) {
                runner/* info */.pq(`Not drained yet: ${report.detail}; ${(0,durations/* formatDuration */.a3)(deadline - now)} left.`);
                nextProgress += PROGRESS_MS;
            }
            await (0,time/* sleep */.yy)(Math.min(DRAIN_POLL_MS, Math.max(0, deadline - Date.now())), signal);
        }
    }
    catch (error) {
        return {
            drained: false,
            requestsAfter: report.requestsAfter,
            reported: report.reported,
            detail: `CloudWatch could not be read: ${(0,errors/* describeError */.Uc)(error)}`,
        };
    }
    if (report.reported === 0) {
        report.detail = `${report.detail}, within drain-timeout ${(0,durations/* formatDuration */.a3)(check.timeoutMs)}: the drain is not confirmed`;
        runner/* warning */.$e(`Traffic moved, but ${report.detail}. ALB publishes its metrics once a minute, after the minute ends.`);
        return report;
    }
    const tail = report.lastSeenAt ? `, the last in the period starting ${new Date(report.lastSeenAt).toISOString()}` : "";
    report.detail = `long tail: the old color received ${report.requestsAfter} request(s) after the switch${tail}, still within drain-timeout ${(0,durations/* formatDuration */.a3)(check.timeoutMs)}`;
    runner/* warning */.$e(`Traffic moved, but ${report.detail}. Sticky sessions or long-lived connections keep clients on the old color.`);
    return report;
}

// EXTERNAL MODULE: ./build/probe/version.js
var probe_version = __webpack_require__(4353);
// EXTERNAL MODULE: ./build/flip/report.js
var flip_report = __webpack_require__(36590);
// EXTERNAL MODULE: ./build/core/urls.js
var urls = __webpack_require__(90342);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
;// CONCATENATED MODULE: ./build/probe/split.js
// The proof that traffic carries a step's split, not only the router's store: verify-url sampled
// until the share of answers from the new version is nearer the written split than the one before.
// A read-back proves the control plane; a mesh or a gateway may route by the previous weights for
// seconds after it (istiod debounces its pushes up to 10 s; Gateway API conformance allows 30 s).






/** Answers judged together: at 10% on the new version, 40 answers tell it from 0% or 50%. */
const SPLIT_SAMPLES = 40;
/** Answers asked for at once: 40 of them take a tenth of the round trips. */
const AT_ONCE = 4;
const PAUSE_MS = 20;
const split_PROGRESS_MS = 5_000;
/** Answers from the new version, of SPLIT_SAMPLES, that put the share nearer the new split than the old. */
function neededAnswers(percent, previousPercent) {
    return Math.max(1, Math.ceil((SPLIT_SAMPLES * (percent + previousPercent)) / 200));
}
/** Samples verify-url until the last SPLIT_SAMPLES answers show the written split, or verify-timeout passes. */
async function awaitSplit(check, signal) {
    const prober = new http/* Prober */.JC({ timeoutMs: 5_000 });
    const started = Date.now();
    const needed = neededAnswers(check.percent, check.previousPercent);
    const last = [];
    const seen = () => last.filter(Boolean).length;
    const shown = `${(0,urls/* shownUrl */.zA)(check.url)} (written ${check.percent}% on ${check.expected}, ${check.previousPercent}% before)`;
    const stopProgress = (0,time/* every */.Si)(split_PROGRESS_MS, () => runner/* info */.pq(`Waiting for traffic through ${shown} to show the new split: ${seen()} of the last ${last.length} answers.`));
    try {
        while (Date.now() - started < check.timeoutMs && !signal.aborted) {
            const left = check.timeoutMs - (Date.now() - started);
            const send = () => prober.send({ url: check.url }, { readBody: Boolean(check.jsonField), signal, timeoutMs: left });
            const answers = await Promise.all(Array.from({ length: AT_ONCE }, send));
            if (signal.aborted)
                break;
            for (const answer of answers) {
                const version = answer.failed || answer.timedOut ? "" : (0,probe_version/* versionIn */.It)(answer.body, answer.headers, check);
                last.push(version === check.expected);
            }
            last.splice(0, Math.max(0, last.length - SPLIT_SAMPLES));
            if (last.length === SPLIT_SAMPLES && seen() >= needed) {
                const ms = Date.now() - started;
                return { ok: true, ms, detail: `${seen()} of the last ${SPLIT_SAMPLES} answers came from ${check.expected}` };
            }
            await (0,time/* sleep */.yy)(PAUSE_MS, signal);
        }
    }
    finally {
        stopProgress();
        prober.close();
    }
    const ms = Date.now() - started;
    return {
        ok: false,
        ms,
        detail: `after ${(0,durations/* formatDuration */.a3)(ms)}, ${seen()} of the last ${last.length} answers from ${shown} came from ${check.expected}, and ${needed} of ${SPLIT_SAMPLES} were needed`,
    };
}

;// CONCATENATED MODULE: ./build/flip/settle.js




/** Percent of the traffic on `color`. */
function shareOf(weights, color) {
    const total = weights.blue + weights.green;
    return total > 0 ? Math.round((weights[color] / total) * 100) : 0;
}
/**
 * Waits until traffic shows the step's split (verify-url sampled), or else settle-time. Returns why
 * the step must be put back (traffic never showed it within verify-timeout), or undefined.
 */
async function awaitNewSplit(step) {
    const { config, verify, target, final, signal } = step;
    if (verify && final) {
        runner/* info */.pq("The step's window opens now: verify-url has served the new version alone, so traffic carries the last step.");
        return undefined;
    }
    if (verify && config.splitUnseen) {
        runner/* info */.pq(`The step's window opens at the read-back, not on verify-url's answers: ${config.splitUnseen}.`);
        return undefined;
    }
    if (verify) {
        const percent = shareOf(step.after, target);
        const previousPercent = shareOf(step.before, target);
        const expected = verify.expected ?? "";
        const report = await awaitSplit({ ...verify, expected, percent, previousPercent }, signal);
        if (signal.aborted)
            return undefined;
        if (!report.ok) {
            return `Traffic did not show the new split within verify-timeout ${(0,durations/* formatDuration */.a3)(verify.timeoutMs)}: ${report.detail}. The ${config.kind} router stored the weights, but its data plane does not route by them`;
        }
        runner/* info */.pq(`Traffic shows the new split after ${(0,durations/* formatDuration */.a3)(report.ms)}: ${report.detail} (written ${percent}%, ${previousPercent}% before), so the step's window opens now.`);
        return undefined;
    }
    const settle = config.settleMs ?? 0;
    if (settle > 0) {
        runner/* info */.pq(`The step's window opens after settle-time ${(0,durations/* formatDuration */.a3)(settle)}: without verify-url no traffic shows the new split, so the ${config.kind} data plane is given that long to carry the weights.`);
        await (0,time/* sleep */.yy)(settle, signal);
        return undefined;
    }
    runner/* info */.pq(`The step's window opens at the read-back: without verify-url no traffic shows the new split, and the ${config.kind} router has no settle-time, so its first moments may still follow the previous weights.`);
    return undefined;
}

;// CONCATENATED MODULE: ./build/flip/run.js
// One run of a flip, a little over 300 lines: its steps, the checks around each write and the way back belong together.

















/** One flip in progress: its steps, the gates between them, and the way back. */
class FlipRun {
    verdicts = [];
    timeline;
    version;
    movedAt;
    verify;
    /** The router as read after a put-back or an urgent finish, when there was one. */
    routesNow;
    /** Routes this run sent a write to: a write that failed or was cut off may still have landed. */
    #touched = new Set();
    /** The last write the router accepted on each route: a put-back that fails leaves that route so. */
    #accepted = new Map();
    /** Errors that already put the routes back (or tried to): never put back twice. */
    #settled = new WeakSet();
    #expected;
    ports;
    router;
    config;
    request;
    baseline;
    target;
    started;
    /** Aborted when the runner cancels the job. */
    signal;
    constructor(context) {
        this.ports = context.ports;
        this.router = context.router;
        this.config = context.config;
        this.request = context.request;
        this.baseline = context.baseline;
        this.target = context.target;
        this.started = context.started;
        this.signal = context.signal;
        this.#expected = productionWeights(context.baseline);
        this.timeline = [{ t: 0, weights: this.#expected, event: "read" }];
    }
    get touched() {
        return this.#touched.size > 0;
    }
    get #rollback() {
        return this.request.verb === "rollback";
    }
    async through(steps) {
        for (const [i, percent] of steps.entries()) {
            const name = `${this.request.verb} step ${i + 1}/${steps.length}: ${percent}% on ${this.target}`;
            await (0,log/* inGroup */.H)(name, () => this.#step(percent, i === steps.length - 1));
        }
    }
    /**
     * Whatever fails after the first write of a switch (a read between steps, a gate's last read,
     * the guard, verify, drain, the ledger, an error nobody foresaw) puts every touched route back.
     * Returns the error to throw: reverts already made, another writer's change (never fought) and
     * a rollback's own errors go through as they are.
     */
    async settle(error) {
        if (this.#settled.has(error) || error instanceof routing_router/* RouterChangedError */.Ms || !this.touched || this.#rollback)
            return error;
        if (this.signal.aborted)
            return this.#revert("The run was cancelled");
        const known = error instanceof errors/* CutoverError */.DB || error instanceof errors/* ConfigurationError */.j1;
        if (!known && error instanceof Error && error.stack)
            runner/* info */.pq(error.stack);
        const why = known
            ? (0,errors/* describeError */.Uc)(error).replace(/\.$/, "")
            : `Unexpected error: ${(0,errors/* describeError */.Uc)(error)} (a bug in cutover; please report it with this log)`;
        return this.#revert(why);
    }
    async #step(percent, final) {
        const previous = (0,color/* otherColor */.I)(this.target);
        const weights = { [this.target]: percent, [previous]: 100 - percent };
        // A rollback goes on when cancelled: its urgent finish below writes what is left.
        if (this.signal.aborted && !this.#rollback)
            throw await this.#revert("The run was cancelled");
        const current = this.touched ? await this.#guard() : this.baseline;
        // A teardown may have started on the target since it was last read: checked right before each write.
        if (this.touched && !this.#rollback)
            await this.#checkTarget("before writing");
        // Test routes move with the last step, when the old color becomes the standby.
        const changes = this.router.plan(current, weights, (0,routers_routes/* allOn */.PT)(previous)).filter((c) => c.ref.role === "production" || final);
        const first = !this.touched;
        for (const c of changes)
            this.#touched.add(c.ref.id);
        try {
            const options = { releaseSticky: final && this.request.releaseSticky, verb: this.request.verb };
            await this.router.apply(changes, options, this.signal);
            for (const c of changes)
                this.#accepted.set(c.ref.id, c);
        }
        catch (error) {
            if (!(error instanceof routing_router/* RouteWriteError */.t2))
                throw error;
            for (const c of error.written)
                this.#accepted.set(c.ref.id, c);
            if (!this.#rollback)
                throw await this.#revert(error.cancelled ? "The run was cancelled" : error.message);
            await this.#finishRollback(error);
        }
        // Once the routes moved, the ledger says which run moved them: status names it if this run dies.
        if (first) {
            await (0,ledger/* markWrite */.fC)(this.ports.router.ledger, this.target, `${this.request.verb} to ${this.target}`, { signal: this.signal });
        }
        const before = this.#expected;
        this.#expected = weights;
        this.#note(weights, `${percent}% on ${this.target}`);
        if (final)
            this.movedAt = Date.now();
        if (this.#rollback)
            return;
        // A cancel that arrived while the routes were being written still puts them back.
        if (this.signal.aborted)
            throw await this.#revert("The run was cancelled");
        // The read-back's other half: the color the routes now send to must still have members to serve.
        await this.#checkTarget("after the write");
        if (final && this.verify)
            await this.#verifyVersion();
        const window = this.request.stepIntervalMs ?? (final ? flip_request/* DEFAULT_GATE_WINDOW_MS */.I : 0);
        const gates = this.request.gates;
        const split = { before, after: weights, final };
        if (gates && ((0,flip_gates/* hasWindowGates */.XH)(gates) || !final) && window > 0)
            await this.#watch(gates, window, split);
        else if (!final && window > 0) {
            const problem = await this.#newSplit(split, this.signal);
            if (this.signal.aborted)
                throw await this.#revert("The run was cancelled");
            if (problem)
                throw await this.#revert(problem);
            await (0,time/* sleep */.yy)(window, this.signal);
        }
    }
    /** Undefined once traffic shows the step's split (or settle-time passed); else why the step must go back. */
    #newSplit(split, signal) {
        const { config, verify, target } = this;
        return awaitNewSplit({ config, verify, target, ...split, signal });
    }
    /** expected-active-color guards every write: nobody else may have moved the router meanwhile. */
    async #guard() {
        const now = await this.router.read({ signal: this.signal });
        const production = productionWeights(now);
        if (!now.production || !(0,routers_routes/* sameWeights */.ML)(production, this.#expected)) {
            throw new routing_router/* RouterChangedError */.Ms(`The router changed under this run: expected ${(0,routers_routes/* formatWeights */.V7)(this.#expected)}, found ${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}. Another run or a person is moving it; this run stops without writing.`);
        }
        return now;
    }
    /**
     * The target's teardown mark and capacity, read again: a teardown racing this switch, or a pool
     * emptied meanwhile, must not be sent more traffic. A failure here puts every route back.
     */
    async #checkTarget(when) {
        const options = { signal: this.signal };
        const [tags, targets] = await Promise.all([
            this.ports.router.ledger.read(options),
            this.ports.router.pool.health(this.target, options),
        ]);
        const mark = (0,ledger/* teardownProblem */.y8)(tags, this.target);
        if (mark)
            throw await this.#revert(`Read ${when}: ${mark}`);
        const empty = emptyMembers(targets, this.ports.router.pool.members ?? 1);
        if (empty !== undefined) {
            throw await this.#revert(`Read ${when}: ${this.target} has no member that can serve${empty}: ${(0,health/* describeMembers */.lb)(targets, (0,words/* wordsOf */.Z9)(this.config).member)}. A teardown or another tool emptied it`);
        }
    }
    /**
     * The gates watch from the write, so a fault of the new color fails them at once; their window's
     * time counts only once traffic shows the step's split, so the old split never passes them.
     */
    async #watch(gates, windowMs, split) {
        const stop = new AbortController();
        const signal = AbortSignal.any([this.signal, stop.signal]);
        const shown = this.#newSplit(split, signal);
        const opens = shown.then((problem) => (problem ? stop.abort() : undefined), () => stop.abort());
        runner/* info */.pq(`Gates watch ${this.target} from the write, for ${(0,durations/* formatDuration */.a3)(windowMs)} once traffic shows the new split.`);
        const verdict = await (0,flip_gates/* watchGates */.c3)(this.ports, { ...gates, member: (0,words/* wordsOf */.Z9)(this.config).member }, this.target, windowMs, signal, opens);
        stop.abort();
        const problem = await shown;
        if (this.signal.aborted)
            throw await this.#revert("The run was cancelled");
        if (problem)
            throw await this.#revert(problem);
        this.verdicts.push(verdict);
        if (verdict.ok) {
            runner/* info */.pq(`Gates passed: ${verdict.detail}`);
            return;
        }
        throw await this.#revert(verdict.gate === "cancelled" ? "The run was cancelled" : `The ${verdict.gate} gate failed: ${verdict.detail}`);
    }
    async #verifyVersion() {
        const check = this.verify;
        const expected = check.expected ?? "";
        this.version = await (0,probe_version/* verifyVersion */.iy)({ ...check, expected }, this.signal);
        if (this.signal.aborted)
            throw await this.#revert("The run was cancelled");
        if (!this.version.ok)
            throw await this.#revert(`verify-url did not serve ${expected}: ${this.version.detail}`);
    }
    /** With drain-timeout: CloudWatch watches the old color; a cancel meanwhile puts the routes back. */
    async drain(previous, since) {
        const drain = this.request.drain;
        const old = this.ports.router.metrics?.pool(previous);
        if (!old)
            throw new errors/* CutoverError */.DB(`drain-timeout needs CloudWatch metrics, which the ${this.config.kind} router does not publish.`);
        const report = await confirmDrain(() => this.ports.metrics(), { ...drain, old, since }, this.signal);
        if (this.signal.aborted)
            throw await this.#revert("The run was cancelled while the old color drained");
        return report;
    }
    /** Every route this run sent a write to goes back to how it was read, in one urgent write each. */
    async #revert(why) {
        const error = await this.#putBack(why);
        this.#settled.add(error);
        return error;
    }
    async #putBack(why) {
        const routes = this.baseline.routes.filter((r) => this.#touched.has(r.ref.id));
        if (routes.length === 0)
            return new errors/* CutoverError */.DB(`${why}. Nothing had been written. ${this.#timeline()}`);
        runner/* error */.z3(`${why}. Putting ${routes.length} route(s) back.`);
        const result = await this.router.writeUrgently(routes, "Put back", [...this.#accepted.values()]);
        this.routesNow = result.now;
        if (result.stuck.length === 0) {
            this.#note(productionWeights(this.baseline), "put back");
            const verdict = `${why}. Every route was put back as it was before this run.`;
            return new errors/* CutoverError */.DB(`${verdict} ${result.nowText} ${this.#timeline()}`, {
                outcome: "reverted",
                verdict,
                details: this.#charts(),
            });
        }
        const stuck = result.stuck.map((s) => `${(0,routers_routes/* routeName */.xG)(s.route.ref)} (${s.error})`).join("; ");
        const fix = result.stuck.map((s) => `${(0,routers_routes/* routeName */.xG)(s.route.ref)} to ${(0,routers_routes/* formatWeights */.V7)(s.route.weights)}`).join("; ");
        this.#note(result.now ? productionWeights(result.now) : this.#expected, `put back failed on ${result.stuck.length} route(s)`);
        const previous = (0,color/* otherColor */.I)(this.target);
        return new errors/* CutoverError */.DB(`${why}. Putting the routes back failed too, so the router is split: ${stuck}. ${result.nowText} To repair: run rollback with to: ${previous} and force: true (where this run started), or switch with to: ${this.target} to finish the move; or set by hand: ${fix}. ${this.#timeline()}`, { details: this.#charts() });
    }
    /**
     * A rollback whose write failed or was cancelled is finished, never put back: the routes not
     * yet on the target are written with the urgent client. A test route that still fails is a
     * warning; a production route that still fails leaves the error that says how to finish.
     */
    async #finishRollback(error) {
        const pending = error.attempted.filter((c) => !error.written.includes(c));
        // Every write was accepted (a cancel came while reading back): the rollback is done.
        if (pending.length === 0)
            return;
        runner/* warning */.$e(`${error.message}. The rollback is finished, not undone: writing the rest to ${this.target}.`);
        const result = await this.router.writeUrgently(pending.map((c) => this.router.withWeights(c.before, c.after)), "Finish the rollback on", [...this.#accepted.values()]);
        this.routesNow = result.now;
        const shown = (ref) => {
            const route = result.now?.routes.find((r) => r.ref.id === ref.id);
            return route ? (0,routers_routes/* formatWeights */.V7)(route.weights) : "unknown (it could not be read)";
        };
        for (const s of result.stuck.filter((x) => x.route.ref.role === "test")) {
            runner/* warning */.$e(`The rollback moved production to ${this.target}, but ${(0,routers_routes/* routeName */.xG)(s.route.ref)} could not be written (${s.error}): it reads ${shown(s.route.ref)}. Production is not affected; run rollback with to: ${this.target} again to point it at the standby.`);
        }
        const production = result.stuck.filter((x) => x.route.ref.role === "production");
        if (production.length === 0)
            return;
        const names = production.map((s) => `${(0,routers_routes/* routeName */.xG)(s.route.ref)} (${s.error}; it reads ${shown(s.route.ref)})`).join("; ");
        this.#note(result.now ? productionWeights(result.now) : this.#expected, `rollback stuck on ${production.length} route(s)`);
        throw new errors/* CutoverError */.DB(`The rollback to ${this.target} is not complete: ${names}. ${result.nowText} A rollback never moves traffic back to ${(0,color/* otherColor */.I)(this.target)}: run rollback with to: ${this.target} again (force: true skips the health gate) to finish it. ${this.#timeline()}`);
    }
    /** The timeline as the job summary shows it: a table with its put-back row, and the chart. */
    #charts() {
        return [(0,flip_report/* timelineTable */.w0)(this.timeline), (0,flip_report/* weightChart */.Bl)(this.timeline, this.target, Date.now() - this.started)];
    }
    #timeline() {
        return `Timeline: ${describeTimeline(this.timeline)}.`;
    }
    #note(weights, event) {
        const entry = { t: Date.now() - this.started, weights, event };
        this.timeline.push(entry);
        runner/* info */.pq(`+${(0,durations/* formatDuration */.a3)(entry.t)} ${(0,routers_routes/* formatWeights */.V7)(weights)} (${event})`);
    }
}
const NOT_SERVING = new Set(["draining", "idle"]);
/** Undefined when every member of the pool has a target that can serve; else which has none. */
function emptyMembers(targets, members) {
    const serving = targets.filter((t) => !NOT_SERVING.has(t.state));
    for (let member = 0; member < members; member++) {
        if (!serving.some((t) => (t.member ?? 0) === member))
            return members > 1 ? ` behind router #${member + 1}` : "";
    }
    return undefined;
}
function describeTimeline(timeline) {
    return timeline.map((e) => `+${(0,durations/* formatDuration */.a3)(e.t)} ${(0,routers_routes/* formatWeights */.V7)(e.weights)} ${e.event}`).join(", ");
}
function productionWeights(state) {
    return state.production ?? (0,routing_router/* productionRoutes */.y)(state)[0].weights;
}

;// CONCATENATED MODULE: ./build/flip/flip.js
// Switch and rollback are one operation: read, choose, check, then the run through its steps (a little over
// 300 lines: the plan, its checks and the report of a failed flip read as one story).

















/**
 * Moves all production traffic to one color, in one step or several, and the test routes to the
 * other. Switch and rollback are this one operation with different guards. Whatever fails after
 * the first write of a switch (a write, a gate, the drain wait, a cancelled run) puts every route
 * back as it was read; a rollback is never put back, it is finished.
 */
async function flip(ports, config, request) {
    const whatNext = request.verb === "rollback" ? "finishing the rollback" : "putting the weights back";
    return (0,cancel/* cancellable */.nZ)(whatNext, async (signal) => {
        const started = Date.now();
        const router = new routing_router/* Router */.Ix(ports.router.traffic, config);
        // The ledger (teardown mark, versions) is read alongside the routes: the only reads a write waits
        // for in turn are the routes, then the target's health.
        const ledgerRead = ports.router.ledger.read({ signal });
        ledgerRead.catch(() => undefined); // awaited below; a step that stops earlier must not leave it unhandled
        const state = await router.read({ signal }).catch((error) => {
            throw signal.aborted ? cancelledBeforeWriting() : error;
        });
        // A failed step's summary reads the state again, tags included, within the runner's grace.
        const reread = () => (0,cancel/* untilAborted */.Eu)((0,snapshot/* readSnapshotWithHealth */.f2)(ports.router, config), (0,cancel/* urgentDeadline */.Cy)());
        (0,summary/* noteSnapshot */.Ne)({ config, state, tags: { blue: {}, green: {} } }, reread);
        const tagsRead = ledgerRead.then((tags) => {
            (0,summary/* noteSnapshot */.Ne)({ config, state, tags });
            return tags;
        });
        tagsRead.catch(() => undefined);
        const target = await chooseTarget(state, tagsRead, request).catch((error) => {
            throw signal.aborted ? cancelledBeforeWriting() : error;
        });
        const run = new FlipRun({ ports, router, config, request, baseline: state, target, started, signal });
        try {
            const outcome = await flipFrom(state, tagsRead, run);
            (0,report/* setCommonOutputs */.Et)(outcome.after);
            return outcome;
        }
        catch (caught) {
            // Whatever failed after the first write of a switch puts the routes back before anything is reported.
            let error = await run.settle(caught);
            if (!(error instanceof errors/* CutoverError */.DB) && signal.aborted && !run.touched)
                error = cancelledBeforeWriting();
            if (!(error instanceof errors/* CutoverError */.DB) || error instanceof flip_request/* FlipError */.A)
                throw error;
            throw await failedFlip(error, run, await tagsRead.catch(() => ({ blue: {}, green: {} })));
        }
    });
}
function cancelledBeforeWriting() {
    return new errors/* CutoverError */.DB("The run was cancelled before its first write: nothing was written.");
}
/** The error to report, with the routes as read after the failure: the outputs and summary come from that read. */
async function failedFlip(error, run, tags) {
    const { config, baseline: state, router, target } = run;
    const before = { config, state, tags };
    const now = run.touched
        ? (run.routesNow ?? (await router.read({ signal: (0,cancel/* urgentDeadline */.Cy)(), urgent: true }).catch(() => undefined)))
        : state;
    const after = { ...before, state: now ?? state };
    // After a write, the summary's state is this read, not a fresh one that could outlast the runner's grace.
    if (run.touched)
        (0,summary/* noteSnapshot */.Ne)(after, async () => after);
    const moved = !now ||
        (0,routing_router/* productionRoutes */.y)(now).some((r, i) => !(0,routers_routes/* sameWeights */.ML)(r.weights, (0,routing_router/* productionRoutes */.y)(before.state)[i]?.weights ?? r.weights));
    (0,report/* setCommonOutputs */.Et)(after);
    const { outcome, verdict, details, next } = error;
    return new flip_request/* FlipError */.A(error.message, { after, target, moved: moved && run.touched }, { outcome, verdict, details, next });
}
async function flipFrom(state, tagsRead, run) {
    const plan = await readPlan(state, tagsRead, run);
    if (plan.outcome.changes.length === 0) {
        runner/* info */.pq(`Already switched: every production route sends all traffic to ${run.target}, and the test routes point at ${plan.outcome.previous}. Nothing to write.`);
        return plan.outcome;
    }
    const checked = await checkPlan(plan, state, run);
    if (run.request.dryRun) {
        runner/* info */.pq("dry-run: true, so nothing was written.");
        return { ...plan.outcome, health: checked.health };
    }
    const result = await carryOut(plan, checked, state, run);
    if (run.signal.aborted) {
        // A rollback is finished when cancelled; a switch cancelled only once it was proven and tagged is complete.
        const done = run.request.verb === "rollback" ? "the rollback was finished first" : "the switch had already finished";
        (0,report/* setCommonOutputs */.Et)(result.after);
        throw new flip_request/* FlipError */.A(`The run was cancelled; ${done}: all production traffic is on ${run.target}. ${(0,routing_router/* describeRoutes */.oK)(result.after.state.routes)}.`, { after: result.after, target: run.target, moved: true });
    }
    return result;
}
async function readPlan(state, tagsRead, run) {
    const { ports, config, request, target, router, started } = run;
    const previous = (0,color/* otherColor */.I)(target);
    checkExpectedActive(state, request.expectedActive);
    const changes = router.plan(state, (0,routers_routes/* allOn */.PT)(target), (0,routers_routes/* allOn */.PT)(previous));
    const movesTraffic = changes.some((c) => c.ref.role === "production");
    // Two round trips before the first write: the routes with the ledger, then the target's health.
    const restore = async () => restoreAdvice(config, target, (await tagsRead)[target]);
    const healthRead = movesTraffic
        ? healthGate(ports.router.pool, (0,words/* wordsOf */.Z9)(config).member, target, request, run.signal, restore)
        : undefined;
    healthRead?.catch(() => undefined);
    const tags = await tagsRead;
    const before = { config, state, tags };
    const readMs = Date.now() - started;
    const outcome = {
        before,
        after: before,
        target,
        previous,
        changes,
        moved: false,
        timeline: run.timeline,
        gates: [],
        ms: { read: readMs, write: 0, total: readMs },
    };
    return { outcome, movesTraffic, healthRead };
}
/** Every check before the first write: torn down, the version to expect, the alarms, health, the router's own refusals. */
async function checkPlan({ outcome, movesTraffic, healthRead }, state, run) {
    const { ports, config, request, target, router } = run;
    const tags = outcome.before.tags;
    if (movesTraffic)
        (0,ledger/* refuseTornDownTarget */.N_)(tags, target);
    const steps = movesTraffic ? stepsFrom(request.steps, state, target) : [100];
    const verify = request.verify && movesTraffic
        ? { ...request.verify, expected: request.verify.expected || (0,ledger_keys/* versionOf */.E4)(tags[target]) }
        : undefined;
    if (verify && !verify.expected) {
        throw new errors/* CutoverError */.DB(`verify-url needs the version to expect: set expected-version, or tag ${target} with cutover:version (deploy-standby does). Nothing was written.`);
    }
    // A rollback goes ahead whatever the alarms say: they are often why it runs.
    const firing = request.verb === "switch" ? "refuse" : undefined;
    if (movesTraffic)
        await (0,flip_gates/* requireAlarms */.C9)(ports, request.gates?.alarms ?? [], { signal: run.signal, firing });
    if (movesTraffic)
        await (0,flip_gates/* requirePrometheus */.Gw)(request.gates, target, (0,ledger_keys/* versionOf */.E4)(tags[target]), run.signal);
    const health = await healthRead;
    if (movesTraffic && !config.routes.some((r) => r.role === "test"))
        warnNoTestRoute(config, target);
    await router.checkForwards(outcome.changes, { releaseSticky: request.releaseSticky, verb: request.verb }, run.signal);
    logPlan(request, target, steps, outcome.changes);
    return { steps, verify, health };
}
/** The writes through every step, the drain, and the ledger's stamps. */
async function carryOut({ outcome, movesTraffic }, { steps, verify, health }, state, run) {
    const { ports, config, request, target, started } = run;
    const { previous } = outcome;
    const writeStarted = Date.now();
    run.verify = verify;
    await run.through(steps);
    // When the last write was read back, not when the gates after it finished watching.
    const movedAt = (0,time/* isoSeconds */.nE)(new Date(run.movedAt ?? Date.now()));
    const drain = request.drain && movesTraffic ? await run.drain(previous, Date.parse(movedAt)) : undefined;
    const writeMs = Date.now() - writeStarted;
    const tags = outcome.before.tags;
    const newTags = movesTraffic
        ? await (0,ledger/* stampColors */.GC)(ports.router.ledger, tags, target, request.reason, movedAt, { signal: run.signal })
        : tags;
    const afterState = {
        routes: state.routes.map((r) => ({ ...r, weights: r.ref.role === "production" ? (0,routers_routes/* allOn */.PT)(target) : (0,routers_routes/* allOn */.PT)(previous) })),
        production: (0,routers_routes/* allOn */.PT)(target),
        active: target,
    };
    return {
        ...outcome,
        after: { config, state: run.routesNow ?? afterState, tags: newTags },
        moved: movesTraffic,
        movedAt: movesTraffic ? movedAt : undefined,
        health,
        gates: run.verdicts,
        version: run.version,
        drain,
        ms: { read: outcome.ms.read, write: writeMs, total: Date.now() - started },
    };
}
async function chooseTarget(state, tagsRead, request) {
    if (request.to !== "standby") {
        if (!state.active) {
            runner/* warning */.$e(`The production routes are not on one color (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(state))}); all of them will be moved to ${request.to}.`);
        }
        return request.to;
    }
    if (state.active)
        return (0,color/* otherColor */.I)(state.active);
    if (request.verb === "rollback") {
        // A gradual switch stamps live-since only once it completes, so the color with the newest
        // live-since is the one that was serving before the shift began.
        const tags = await tagsRead;
        const [newest, older] = [...color/* COLORS */.l].sort((a, b) => (tags[b]["cutover:live-since"] ?? "").localeCompare(tags[a]["cutover:live-since"] ?? ""));
        if (newest &&
            older &&
            tags[newest]["cutover:live-since"] &&
            tags[newest]["cutover:live-since"] !== tags[older]["cutover:live-since"]) {
            runner/* info */.pq(`The router is split; ${newest} has the newest cutover:live-since, so it is the color to go back to.`);
            return newest;
        }
    }
    const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
    throw new errors/* CutoverError */.DB(`Cannot tell the standby: ${why} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(state))}). Name the color to move all traffic to with the input to: blue or to: green.`);
}
function warnNoTestRoute(config, target) {
    const inputs = config.testRouteInputs;
    // With several routers, each router's settings live in its entry of the environment file's routers:.
    const where = config.members ? `${inputs[0]} in each entry of routers:` : `${inputs[0]} to switch and rollback`;
    runner/* warning */.$e(`No test route was given (${inputs.join(", ")}). If a test route sends to ${target}, it keeps doing so while ${target} goes live, and smoke tests through it would check production: give ${where} so that it moves to ${(0,color/* otherColor */.I)(target)}, the new standby.`);
}
function checkExpectedActive(state, expected) {
    if (!expected || state.active === expected)
        return;
    const actual = state.active ? `${state.active} is active` : `the router is split (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(state))})`;
    throw new errors/* CutoverError */.DB(`expected-active-color is ${expected}, but ${actual}. Another run probably changed the router; nothing was written. Check the status step and re-run when it is settled.`);
}
async function healthGate(pool, member, target, request, signal, restore) {
    const verdict = (0,health/* judgeHealth */.u7)(target, await pool.health(target, { signal }), request.minHealthy, pool.members, member);
    runner/* info */.pq(`Health of ${target}: ${(0,health/* describeMembers */.lb)(verdict.targets, member)}`);
    if (verdict.ok)
        return verdict;
    const override = request.verb === "rollback" ? "force: true" : "require-healthy: false";
    // No override sends all traffic to a color with no member at all (deregistered, scaled to 0): that
    // is an outage. Members that are there but failing their checks are the override's to judge.
    if (verdict.serving.length === 0) {
        const next = await restore();
        const why = `Health gate: ${target} has no member to serve traffic (${(0,health/* describeMembers */.lb)(verdict.targets, member)}), so nothing was written; ${override} does not override this, as it would send all traffic to nothing.`;
        throw new errors/* CutoverError */.DB(`${why} ${next}`, { next, verdict: why });
    }
    if (!request.requireHealthy) {
        runner/* warning */.$e(`Health gate skipped (${override}): ${verdict.problem} Traffic moves to ${target} anyway.`);
        return verdict;
    }
    throw new errors/* CutoverError */.DB(`Health gate: ${verdict.problem} ${(0,words/* capitalized */.l2)(member)}s: ${(0,health/* describeMembers */.lb)(verdict.targets, member)}. Nothing was written; fix the ${member}s, or set ${override} to move traffic regardless.`);
}
/** What would make `target` able to serve: deploy it again, or undo its teardown by hand where the router says how. */
function restoreAdvice(config, target, ledger) {
    const undo = config.retirement?.restore?.(target, ledger);
    return `Run deploy-standby for ${target} first${undo ? `, or undo its teardown with ${undo} and wait for it to be ready` : ""}; then run this again.`;
}
/** The plan line; on dry-run also each route, since no write log will show them. */
function logPlan(request, target, steps, changes) {
    const because = request.reason ? `, because: ${request.reason}` : "";
    const how = steps.length > 1 ? ` in steps of ${steps.join("%, ")}%` : "";
    runner/* info */.pq(`${request.dryRun ? "Plan (dry-run)" : "Plan"}: ${request.verb} all production traffic to ${target}${how}${because}.`);
    if (!request.dryRun)
        return;
    for (const change of changes) {
        runner/* info */.pq(`  would write ${(0,routers_routes/* routeName */.xG)(change.ref)}: ${(0,routers_routes/* formatWeights */.V7)(change.before.weights)} → ${(0,routers_routes/* formatWeights */.V7)(change.after)}`);
    }
}
/** The steps still ahead: a gradual switch that starts from a split router skips the steps behind it. */
function stepsFrom(steps, state, target) {
    const weights = productionWeights(state);
    const now = Math.round((weights[target] / (weights.blue + weights.green)) * 100);
    const ahead = steps.filter((p) => p > now);
    return ahead.length ? ahead : [100];
}


/***/ }),

/***/ 36590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bl: () => (/* binding */ weightChart),
/* harmony export */   M7: () => (/* binding */ reportFlip),
/* harmony export */   P5: () => (/* binding */ reportFailedFlip),
/* harmony export */   ux: () => (/* binding */ setFlipOutputs),
/* harmony export */   w0: () => (/* binding */ timelineTable)
/* harmony export */ });
/* unused harmony exports trafficVerdict, timelineSections */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _github_chart_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(71506);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88296);
/* harmony import */ var _routers_health_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(5843);
/* harmony import */ var _routers_routes_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(34875);
/* harmony import */ var _request_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33891);








/** Whether traffic was seen to move, in words an on-call engineer can act on. */
function trafficVerdict(outcome, verb = "switch") {
    if (!outcome.moved)
        return "";
    // The gates' probes are real requests through the routes: the last step's show the traffic moved.
    const probed = outcome.gates.at(-1);
    const seen = [
        outcome.version?.ok ? `verify-url: ${outcome.version.detail}` : "",
        outcome.drain?.drained ? `CloudWatch: ${outcome.drain.detail}` : "",
        probed?.ok && /\bprobes\b/.test(probed.detail) ? `gates after the last step: ${probed.detail}` : "",
    ].filter(Boolean);
    const tail = outcome.drain && !outcome.drain.drained ? ` Not drained yet: ${outcome.drain.detail}.` : "";
    if (seen.length)
        return `**Traffic was seen to move** (${seen.join("; ")}).${tail}`;
    // A rollback's verify-url is the CDN edge's, checked after the purge: the routes' read-back is its proof.
    const watched = verb === "rollback"
        ? "a rollback does not wait to watch real requests (its verify-url, when given, checks the CDN edge after the purge)"
        : "no verify-url or drain-timeout was set to watch real requests";
    return `**Traffic was not observed**: every route read back with the new weights, but ${watched}.${tail}`;
}
/** The weight on the target color over the flip, as a step chart on a true time axis. */
function weightChart(timeline, target, endMs) {
    const share = (e) => Math.round((e.weights[target] / (e.weights.blue + e.weights.green)) * 100);
    const span = (0,_github_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .chartSpan */ .Nr)(Math.max(endMs, timeline.at(-1).t));
    return (0,_github_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .mermaidChart */ .C6)({
        title: `Production traffic on ${target} (%)`,
        spanMs: span,
        yLabel: "%",
        yMax: 100,
        plots: [{ kind: "line", values: (0,_github_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .onGrid */ .kj)(timeline, share, span), colour: _github_chart_js__WEBPACK_IMPORTED_MODULE_2__/* .COLOUR */ .xW[target] }],
    });
}
/** The timeline's chart, when there was more than one write to show; the chart says what a table of it would. */
function timelineSections(timeline, target, endMs) {
    return timeline.length > 2 ? [weightChart(timeline, target, endMs)] : [];
}
function timelineTable(timeline) {
    return (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(["At", "Production weights", "Event"], timeline.map((e) => [`+${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(e.t)}`, (0,_routers_routes_js__WEBPACK_IMPORTED_MODULE_7__/* .formatWeights */ .V7)(e.weights), e.event]));
}
/** switch's and rollback's own outputs: set as soon as the flip ends, before anything else can fail. */
function setFlipOutputs(previous, moved, movedAt) {
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("previous-color", previous);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("switched", String(moved));
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("switched-at", movedAt ?? "");
}
/** A failed flip's outputs: `switched` is true when the routes did not end where they started. */
function reportFailedFlip(error) {
    if (error instanceof _request_js__WEBPACK_IMPORTED_MODULE_6__/* .FlipError */ .A) {
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(error.after);
        setFlipOutputs(error.previous, error.moved);
    }
    throw error;
}
/** The log lines, outputs and summary that switch and rollback share. */
async function reportFlip(outcome, title, notes = [], extra = [], lead, verb = "switch") {
    const { after, target, previous, changes } = outcome;
    (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(after);
    (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommonOutputs */ .Et)(after);
    setFlipOutputs(previous, outcome.moved, outcome.movedAt);
    const verdict = trafficVerdict(outcome, verb);
    if (verdict)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(verdict.replaceAll("**", ""));
    // The routes as they are now close the summary; before the run is the line this adds.
    const written = outcome.after !== outcome.before;
    const before = changes.length
        ? (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .routesLine */ .tk)(outcome.before, written ? "Routes before this run" : "Routes (dry-run: not written)")
        : "";
    const health = outcome.health
        ? `Health gate on ${target}: ${outcome.health.ok ? "passed" : "skipped"}: ${(0,_routers_health_js__WEBPACK_IMPORTED_MODULE_5__/* .describeMembers */ .lb)(outcome.health.targets, outcome.health.member)}`
        : "";
    const gates = outcome.gates.length
        ? (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(["After step", "Gates", "Figures"], outcome.gates.map((g, i) => [String(i + 1), g.ok ? "passed" : `${g.gate} failed`, g.detail === "passed" ? "" : g.detail]))
        : "";
    const timing = `Read ${outcome.ms.read} ms · writes, read-back and gates ${outcome.ms.write} ms · total ${outcome.ms.total} ms`;
    await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)(title, after, [
        ...notes,
        verdict,
        before || `No route needed a change: traffic was already on ${target}.`,
        ...timelineSections(outcome.timeline, target, outcome.ms.total),
        health,
        gates,
        timing,
        ...extra,
    ].filter(Boolean), lead);
}


/***/ }),

/***/ 33891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ FlipError),
/* harmony export */   I: () => (/* binding */ DEFAULT_GATE_WINDOW_MS)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);


/**
 * A flip that failed, with the router as it stands after it: the outputs are set from `after`, so
 * that the next job sees the colors the routes really show.
 */
class FlipError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB {
    name = "FlipError";
    after;
    target;
    previous;
    /** Whether the production routes are no longer as this run read them at its start. */
    moved;
    constructor(message, context, explanation = {}) {
        super(message, explanation);
        this.after = context.after;
        this.target = context.target;
        this.previous = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_1__/* .otherColor */ .I)(context.target);
        this.moved = context.moved;
        this.outputsSet = true;
    }
}
/** When gates are set but all-at-once has no step interval, they still watch this long. */
const DEFAULT_GATE_WINDOW_MS = 30_000;


/***/ }),

/***/ 71506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C6: () => (/* binding */ mermaidChart),
/* harmony export */   Nr: () => (/* binding */ chartSpan),
/* harmony export */   Rc: () => (/* binding */ level),
/* harmony export */   X5: () => (/* binding */ GRID_POINTS),
/* harmony export */   kj: () => (/* binding */ onGrid),
/* harmony export */   xW: () => (/* binding */ COLOUR),
/* harmony export */   yd: () => (/* binding */ roundUp)
/* harmony export */ });
/**
 * Mermaid xy-charts as GitHub draws them in a job summary. Mermaid spaces the values of a series
 * evenly along the x axis, so every series is first sampled on an even time grid: the axis is
 * then true time, and a value that jumps (a weight write) is drawn as a step, not a ramp.
 */
/** Enough points for a step to look like one, few enough for the summary. */
const GRID_POINTS = 60;
const COLOUR = {
    blue: "#0969da",
    green: "#1a7f37",
    threshold: "#bf8700",
    breach: "#cf222e",
};
/** The x axis runs to a whole number of seconds; the grid must span exactly as far. */
function chartSpan(ms) {
    return Math.max(1, Math.ceil(ms / 1000)) * 1000;
}
/** What stood at each of `GRID_POINTS` even instants from 0 to `spanMs`: the last point at or before it. */
function onGrid(points, value, spanMs) {
    const sorted = [...points].sort((a, b) => a.t - b.t);
    let at = 0;
    return Array.from({ length: GRID_POINTS }, (_, i) => {
        const t = (spanMs * i) / (GRID_POINTS - 1);
        while (at + 1 < sorted.length && sorted[at + 1].t <= t)
            at += 1;
        const point = sorted[at];
        return point && point.t <= t ? value(point) : 0;
    });
}
/** A constant line: a threshold. */
function level(value) {
    return Array.from({ length: GRID_POINTS }, () => value);
}
/** The next round number at or above `value`, so that the y axis ends on a readable tick. */
function roundUp(value) {
    if (value <= 0)
        return 1;
    const magnitude = 10 ** Math.floor(Math.log10(value));
    const step = [1, 2, 5, 10].find((m) => m * magnitude >= value);
    return step * magnitude;
}
function mermaidChart(chart) {
    const palette = chart.plots.map((p) => p.colour).join(", ");
    const init = { themeVariables: { xyChart: { plotColorPalette: palette } } };
    const round = (n) => Number(n.toFixed(2));
    return [
        "```mermaid",
        `%%{init: ${JSON.stringify(init)}}%%`,
        "xychart-beta",
        `  title "${chart.title}"`,
        `  x-axis "seconds" ${(chart.startMs ?? 0) / 1000} --> ${((chart.startMs ?? 0) + chart.spanMs) / 1000}`,
        `  y-axis "${chart.yLabel}" 0 --> ${round(chart.yMax)}`,
        ...chart.plots.map((p) => `  ${p.kind} [${p.values.map(round).join(", ")}]`),
        "```",
    ].join("\n");
}


/***/ }),

/***/ 54882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q2: () => (/* binding */ restoreDeployment),
/* harmony export */   i4: () => (/* binding */ startDeployment),
/* harmony export */   jl: () => (/* binding */ finishDeployment),
/* harmony export */   yO: () => (/* binding */ readDeploymentConfig)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);



/** `deployment-id` is read by the steps that finish a deployment the switch started. */
function readDeploymentConfig(options) {
    const token = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("github-token");
    if (!token)
        return undefined;
    _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setSecret */ .Pq(token);
    const id = options.withId ? (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("deployment-id") : "";
    return {
        token,
        environment: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readString */ .E3)("environment") || undefined,
        environmentUrl: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readUrl */ .wo)("environment-url", "https://shop.example.com")?.href,
        deploymentId: id && /^\d+$/.test(id) ? Number(id) : undefined,
    };
}
/** Runs a deployment call; a token without deployments: write (or any other refusal) is a warning. */
async function attempt(what, call) {
    try {
        return await call();
    }
    catch (error) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`GitHub deployment record: ${what} failed (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}). The release goes on; give the job permissions: deployments: write to record it.`);
        return undefined;
    }
}
/** @actions/github is loaded only by a step that has a deployment to write. */
async function github(config) {
    const { context, getOctokit } = await __webpack_require__.e(/* import() */ 413).then(__webpack_require__.bind(__webpack_require__, 92413));
    return { context, repos: getOctokit(config.token, { baseUrl: context.apiUrl }).rest.repos };
}
async function setState(config, id, state, description) {
    await attempt(`setting deployment ${id} to ${state}`, async () => {
        const { context, repos } = await github(config);
        return repos.createDeploymentStatus({
            ...context.repo,
            deployment_id: id,
            state,
            description: description.slice(0, 140),
            environment_url: config.environmentUrl,
            log_url: `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}/actions/runs/${context.runId}`,
            auto_inactive: state === "success",
        });
    });
    _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`GitHub deployment ${id}: ${state}.`);
}
/** The switch opens a deployment of the version for the environment, in progress until the soak says. */
async function startDeployment(config, version, color) {
    if (!config?.environment)
        return undefined;
    const environment = config.environment;
    const created = await attempt("creating the deployment", async () => {
        const { context, repos } = await github(config);
        return repos.createDeployment({
            ...context.repo,
            ref: context.sha || "HEAD",
            environment,
            auto_merge: false,
            required_contexts: [],
            payload: { version, color },
            description: `cutover: ${version} on ${color}`,
        });
    });
    const id = created && "id" in created.data ? created.data.id : undefined;
    if (id)
        await setState(config, id, "in_progress", `switching to ${color}`);
    return id;
}
async function finishDeployment(config, state, description) {
    const id = config?.deploymentId;
    if (config && id)
        await setState(config, id, state, description);
}
/**
 * A rollback marks the replaced deployment failed and makes the one before it active again, so
 * that the environment page shows what is live.
 */
async function restoreDeployment(config, reason) {
    if (!config?.environment)
        return;
    const environment = config.environment;
    const list = await attempt("listing deployments", async () => {
        const { context, repos } = await github(config);
        return repos.listDeployments({ ...context.repo, environment, per_page: 20 });
    });
    if (!list)
        return;
    const deployments = [...list.data].sort((a, b) => b.id - a.id);
    const replaced = config.deploymentId ?? deployments[0]?.id;
    const restored = deployments.find((d) => replaced !== undefined && d.id < replaced);
    if (replaced)
        await setState(config, replaced, "failure", `rolled back: ${reason}`);
    if (restored)
        await setState(config, restored.id, "success", `restored by a rollback: ${reason}`);
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


/***/ })

};
