export const id = 667;
export const ids = [667];
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

/***/ 70686:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C9: () => (/* binding */ requireAlarms),
/* harmony export */   Gg: () => (/* binding */ readGateConfig),
/* harmony export */   Gw: () => (/* binding */ requirePrometheus),
/* harmony export */   XH: () => (/* binding */ hasWindowGates),
/* harmony export */   c3: () => (/* binding */ watchGates),
/* harmony export */   yg: () => (/* binding */ describeGates)
/* harmony export */ });
/* unused harmony export judgeProbes */
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16590);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90342);
/* harmony import */ var _judge_prometheus_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(33993);
/* harmony import */ var _metrics_prometheus_config_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(64571);
/* harmony import */ var _probe_http_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(75005);
/* harmony import */ var _probe_stats_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(20962);
/* harmony import */ var _routers_health_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(5843);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(18493);













/** Judged early only on this many probes at least, so one slow answer cannot fail a step. */
const MIN_EARLY_PROBES = 20;
const ALARM_POLL_MS = 5_000;
const PROGRESS_MS = 10_000;
const UNTIL_OPEN_MS = 50;
function readGateConfig(requireHealthy, minHealthy) {
    const url = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readUrl */ .wo)("probe-url", "https://shop.example.com/health");
    const everyMs = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)("probe-interval", "250ms", 60_000);
    const maxErrorRate = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readPercent */ .oO)("max-error-rate", "1%");
    const maxP95Ms = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .readDuration */ .$7)("max-p95-latency", "2s", 600_000);
    const alarms = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)("alarm-names");
    const cloudwatch = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)("cloudwatch", true);
    if (alarms.length && !cloudwatch) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("alarm-names", "needs CloudWatch, but cloudwatch is false: remove the alarms or allow CloudWatch", "shop-5xx-rate");
    }
    if (everyMs < 10)
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("probe-interval", "must be at least 10ms", "250ms");
    const prometheus = (0,_metrics_prometheus_config_js__WEBPACK_IMPORTED_MODULE_7__/* .readPrometheusConfig */ .Z1)();
    return {
        requireHealthy,
        minHealthy,
        probe: url ? { url, everyMs, maxErrorRate, maxP95Ms } : undefined,
        alarms,
        cloudwatch,
        prometheus: prometheus ? { config: prometheus, maxErrorRate, maxP95Ms } : undefined,
    };
}
/** Gates that need a window of time to judge, as opposed to the health gate's one look. */
function hasWindowGates(config) {
    return config.probe !== undefined || config.alarms.length > 0 || config.prometheus !== undefined;
}
function describeGates(config) {
    const gates = [
        config.requireHealthy ? `health (≥ ${config.minHealthy} healthy)` : "",
        config.probe
            ? `probes of ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(config.probe.url)} (error rate ≤ ${(config.probe.maxErrorRate * 100).toFixed(1)}%, p95 ≤ ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(config.probe.maxP95Ms)})`
            : "",
        config.alarms.length ? `alarms ${config.alarms.join(", ")}` : "",
        config.prometheus
            ? `Prometheus at ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(config.prometheus.config.endpoint.url)} (error rate ≤ ${(config.prometheus.maxErrorRate * 100).toFixed(1)}%, p95 ≤ ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(config.prometheus.maxP95Ms)}; no data: ${config.prometheus.config.noData})`
            : "",
    ].filter(Boolean);
    return gates.length ? gates.join("; ") : "none";
}
/**
 * Watches every configured gate for `windowMs`: probes all along, alarms every few seconds, and
 * the target color's health at the end. Fails as soon as a gate can tell. With `opens`, the
 * window's time counts from when it resolves (traffic shows the step's split): what is seen
 * before can fail the gates, and only what is seen after can pass them.
 */
async function watchGates(ports, config, target, windowMs, signal, opens) {
    let deadline = opens ? Number.POSITIVE_INFINITY : Date.now() + windowMs;
    const prober = config.probe
        ? new _probe_http_js__WEBPACK_IMPORTED_MODULE_8__/* .Prober */ .JC({ timeoutMs: Math.min(5_000, Math.max(1_000, config.probe.maxP95Ms * 2)) })
        : undefined;
    const outcomes = [];
    let from = 0;
    const open = () => {
        deadline = Date.now() + windowMs;
        from = outcomes.length;
    };
    opens?.then(open, open);
    const prometheus = config.prometheus ? await openPrometheusGate(ports, config.prometheus, target, signal) : undefined;
    let nextAlarmCheck = Date.now();
    const stopProgress = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_11__/* .every */ .Si)(PROGRESS_MS, () => {
        const seen = outcomes.length ? `${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .describeFigures */ .pU)((0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .figures */ .u5)(outcomes))}; ` : "";
        const left = Number.isFinite(deadline)
            ? `${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, deadline - Date.now()))} left`
            : "the window has not opened";
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Gates watching ${target}: ${seen}${left}.`);
    });
    try {
        while (Date.now() < deadline) {
            if (signal.aborted)
                return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
            if (config.alarms.length && Date.now() >= nextAlarmCheck) {
                const alarm = await checkAlarms(ports, config.alarms, signal);
                if (alarm)
                    return alarm;
                nextAlarmCheck = Date.now() + ALARM_POLL_MS;
            }
            const told = prometheus && judgePrometheus(prometheus, false);
            if (told)
                return told;
            prometheus?.tick(Date.now(), signal);
            if (prober && config.probe) {
                const tick = Date.now();
                // A probe still within its own timeout when the window ends is let finish and judged: cut
                // at the window's end, a slow but good answer counted as an error (one such probe in ten
                // failed a 1% gate on a loaded runner).
                outcomes.push(await prober.send({ url: config.probe.url }, { signal }));
                if (signal.aborted)
                    return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
                const early = judgeProbes(config, outcomes, MIN_EARLY_PROBES, false);
                if (early)
                    return early;
                await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_11__/* .sleep */ .yy)(Math.max(0, Math.min(config.probe.everyMs - (Date.now() - tick), deadline - Date.now())), signal);
            }
            else {
                const next = Math.min(ALARM_POLL_MS, prometheus ? prometheus.nextAt() - Date.now() : ALARM_POLL_MS);
                // Until the window opens its end is unknown: look again soon, not after a whole poll.
                const left = Number.isFinite(deadline) ? deadline - Date.now() : UNTIL_OPEN_MS;
                await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_11__/* .sleep */ .yy)(Math.max(5, Math.min(next, left)), signal);
            }
        }
    }
    finally {
        stopProgress();
        prober?.close();
    }
    if (signal.aborted)
        return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
    const windowed = outcomes.slice(from);
    const probes = judgeProbes(config, windowed, 1, true);
    if (probes)
        return probes;
    await prometheus?.settled();
    const queried = prometheus && judgePrometheus(prometheus, true);
    if (queried)
        return queried;
    const alarm = config.alarms.length ? await checkAlarms(ports, config.alarms, signal) : undefined;
    if (alarm)
        return alarm;
    if (config.requireHealthy) {
        // A read that fails here throws: the flip puts the routes back, as for any failure after a write.
        const targets = await ports.router.pool.health(target, { signal });
        const member = config.member ?? "member";
        const health = (0,_routers_health_js__WEBPACK_IMPORTED_MODULE_9__/* .judgeHealth */ .u7)(target, targets, config.minHealthy, ports.router.pool.members, member);
        if (!health.ok)
            return { ok: false, gate: "health", detail: `${health.problem} Now: ${(0,_routers_health_js__WEBPACK_IMPORTED_MODULE_9__/* .describeMembers */ .lb)(health.targets, member)}` };
    }
    const figuresNow = prober ? (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .figures */ .u5)(windowed) : undefined;
    return { ok: true, detail: figuresNow ? (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .describeFigures */ .pU)(figuresNow) : "passed", probes: figuresNow };
}
/** The Prometheus gate's watch over the target color, once its version is read from the ledger. */
async function openPrometheusGate(ports, gate, target, signal) {
    const version = (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_10__/* .versionOf */ .E4)((await ports.router.ledger.read({ signal }))[target]);
    const limits = { maxErrorRate: gate.maxErrorRate, maxP95Ms: gate.maxP95Ms, minSamples: MIN_EARLY_PROBES };
    return new _judge_prometheus_js__WEBPACK_IMPORTED_MODULE_6__/* .PrometheusWatch */ .kt(gate.config, limits, { color: target, version }, Date.now());
}
/**
 * Prometheus's breach, or its silence: longer than prometheus-no-data-after during the window, or
 * the whole window at its end (`final`), fails the gate under prometheus-no-data: fail; under warn
 * it is a warning, and the gate stands on its other checks.
 */
function judgePrometheus(watch, final) {
    const breach = watch.breach();
    if (breach)
        return { ok: false, gate: "prometheus", detail: breach };
    if (!watch.silence(Date.now()) && !(final && !watch.answered))
        return undefined;
    const why = `Prometheus gave no data${watch.problem ? ` (${watch.problem})` : ""}: no data is not a pass`;
    if (watch.policy === "fail")
        return { ok: false, gate: "prometheus", detail: `${why} (prometheus-no-data: fail)` };
    if (final)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`${why}; prometheus-no-data is warn, so the gate stands on its other checks.`);
    return undefined;
}
/** Before the first write: the target's version for {{version}}, and the queries parsed by Prometheus. */
async function requirePrometheus(gates, target, version, signal) {
    if (!gates?.prometheus)
        return;
    await (0,_metrics_prometheus_config_js__WEBPACK_IMPORTED_MODULE_7__/* .checkQueries */ .j3)(gates.prometheus.config, signal);
    (0,_metrics_prometheus_config_js__WEBPACK_IMPORTED_MODULE_7__/* .requireVersions */ .xA)(gates.prometheus.config, target, version);
}
/** The probes gate: judged on `minimum` probes at least; latency only at the end of the window (`final`). */
function judgeProbes(config, outcomes, minimum, final) {
    if (!config.probe)
        return undefined;
    const f = (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .figures */ .u5)(outcomes);
    if (final && f.count === 0)
        return { ok: false, gate: "probes", detail: "no probe was sent in the window", probes: f };
    if (f.count < minimum)
        return undefined;
    if (f.errorRate > config.probe.maxErrorRate) {
        return {
            ok: false,
            gate: "probes",
            detail: `error rate ${(f.errorRate * 100).toFixed(1)}% > max-error-rate ${(config.probe.maxErrorRate * 100).toFixed(1)}%: ${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .describeFigures */ .pU)(f)}`,
            probes: f,
        };
    }
    if (final && f.p95Ms > config.probe.maxP95Ms) {
        return {
            ok: false,
            gate: "probes",
            detail: `p95 ${f.p95Ms} ms > max-p95-latency ${config.probe.maxP95Ms} ms: ${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_12__/* .describeFigures */ .pU)(f)}`,
            probes: f,
        };
    }
    return undefined;
}
/**
 * Every alarm named in alarm-names must exist, metric or composite: a misspelt name would
 * otherwise never fire, and the gate would pass in silence. Checked before the first write.
 */
async function requireAlarms(ports, names, options = {}) {
    const { signal } = options;
    if (names.length === 0)
        return;
    const states = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)((await ports.metrics()).describeAlarms(names), signal);
    const missing = names.filter((n) => !states.some((s) => s.name === n));
    if (missing.length) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`alarm-names: CloudWatch has no alarm (metric or composite) named ${missing.join(", ")} in this account and region, so it could never fire. Fix the names; nothing was written.`);
    }
    _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Alarms found: ${states.map((s) => `${s.name} ${s.state}`).join(", ")}.`);
    // An alarm already firing would fail the first gate check after the write: traffic would move, then come back.
    const firing = states.filter((s) => s.state === "ALARM");
    if (firing.length && options.firing === "refuse") {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`alarm-names: ${firing.map((a) => `${a.name} is in ALARM already (${a.reason})`).join("; ")}. The alarms gate would fail as soon as traffic moved, so nothing was written. Fix what the alarm reports, or wait until it is OK, and run again.`);
    }
}
async function checkAlarms(ports, names, signal) {
    try {
        const states = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)((await ports.metrics()).describeAlarms(names), signal);
        const firing = states.filter((s) => s.state === "ALARM");
        if (firing.length)
            return { ok: false, gate: "alarms", detail: firing.map((a) => `${a.name} is in ALARM (${a.reason})`).join("; ") };
        return undefined;
    }
    catch (error) {
        if (signal?.aborted)
            return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
        return { ok: false, gate: "alarms", detail: `the alarms could not be read: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}` };
    }
}


/***/ }),

/***/ 28397:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SQ: () => (/* binding */ ProbeJudge),
/* harmony export */   Tt: () => (/* binding */ countBreaches),
/* harmony export */   sH: () => (/* binding */ Cusum),
/* harmony export */   uK: () => (/* binding */ MAX_IN_FLIGHT),
/* harmony export */   yW: () => (/* binding */ THRESHOLD)
/* harmony export */ });
/* harmony import */ var _probe_stats_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(20962);
/* harmony import */ var _window_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(85882);
// Judges: figures in, a verdict out. The soak and the stepped gates both judge with these.


/** A fault is judged as this many times the allowed rate, against the allowed rate itself. */
const SHIFT = 4;
/** Evidence (a log-likelihood ratio, in nats) that calls a breach: e^12 to one. */
const THRESHOLD = 12;
/** While the evidence leans towards a fault, probes go out this many times as often. */
const BURST = 10;
const MAX_IN_FLIGHT = 32;
/** p95 latency: at most 5% of answers may be slower than the limit. */
const SLOW_SHARE = 0.05;
/**
 * Page's CUSUM over a stream of yes/no observations: the log-likelihood ratio of "SHIFT times the
 * allowed rate" to "the allowed rate", summed and never below zero. A healthy stream keeps it near
 * zero; a faulty one climbs at a steady pace. `n` and `hits` are the run of evidence since it was
 * last at zero, which is what a breach reports.
 */
class Cusum {
    score = 0;
    n = 0;
    hits = 0;
    #up;
    #down;
    constructor(allowed) {
        const p0 = Math.max(allowed, 1e-4);
        const p1 = Math.min(SHIFT * p0, 1 - (1 - p0) / SHIFT);
        this.#up = Math.log(p1 / p0);
        this.#down = Math.log((1 - p1) / (1 - p0));
    }
    /** Adds one observation; true when it starts a new run of evidence. */
    add(hit) {
        const next = this.score + (hit ? this.#up : this.#down);
        if (next <= 0) {
            this.score = this.n = this.hits = 0;
            return false;
        }
        const fresh = this.score === 0;
        if (fresh)
            this.n = this.hits = 0;
        this.score = next;
        this.n += 1;
        if (hit)
            this.hits += 1;
        return fresh;
    }
    /** Adds `n` observations of which `hits` were hits, at once: a metric source's counts over one window. */
    addCounts(hits, n) {
        const next = this.score + hits * this.#up + (n - hits) * this.#down;
        if (next <= 0) {
            this.score = this.n = this.hits = 0;
            return;
        }
        if (this.score === 0)
            this.n = this.hits = 0;
        this.score = next;
        this.n += n;
        this.hits += hits;
    }
}
/**
 * Judges the HTTP probes of a soak as a sequential test instead of a repeated window check. A
 * window judged again at every tick multiplies its false alarms by the number of ticks, and on its
 * first few samples one error is already "at least 1%"; a CUSUM weighs each answer once, so a
 * healthy stream with a background of errors under the limit never piles up evidence, while a
 * fault does within a few hundred answers. Two tests run side by side: errors against
 * max-error-rate, and answers slower than max-p95-latency against the 5% a p95 allows, where a
 * probe still out after max-p95-latency already counts as slow. While either leans towards a
 * fault, probes go out ten times as often, so a fault is confirmed or ruled out within a second
 * or two. It is driven by its caller's clock: the soak passes Date.now(), a simulation its own.
 */
class ProbeJudge {
    window;
    #config;
    #errors;
    #slow = new Cusum(SLOW_SHARE);
    /** The latencies of the slow test's current run of evidence, for the p95 a breach reports. */
    #slowRun = [];
    #inFlight = [];
    #answered = 0;
    #lastSentAt = Number.NEGATIVE_INFINITY;
    constructor(config) {
        this.#config = config;
        this.window = new _window_js__WEBPACK_IMPORTED_MODULE_0__/* .SlidingWindow */ .b7(config.windowMs);
        this.#errors = new Cusum(config.maxErrorRate);
    }
    /** When the next probe is due; in the past while the in-flight limit holds it back. */
    nextProbeAt() {
        const suspicious = this.#errors.score > 0 || this.#slow.score > 0;
        return this.#lastSentAt + (suspicious ? Math.max(1, this.#config.everyMs / BURST) : this.#config.everyMs);
    }
    canSend(now) {
        return now >= this.nextProbeAt() && this.#inFlight.length < MAX_IN_FLIGHT;
    }
    sent(now) {
        const ticket = { at: now, overdue: false };
        this.#lastSentAt = now;
        this.#inFlight.push(ticket);
        return ticket;
    }
    answered(ticket, answer, now) {
        const at = this.#inFlight.indexOf(ticket);
        if (at < 0)
            return;
        this.#inFlight.splice(at, 1);
        this.#answered += 1;
        this.window.add({ at: now, source: "probes", count: 1, errors: answer.failed ? 1 : 0, latencyMs: answer.latencyMs });
        this.#errors.add(answer.failed);
        if (!ticket.overdue)
            this.#addLatency(answer.latencyMs);
    }
    /** Both tests as they stand at `now`; a breach only on min-samples answers and a test past its threshold. */
    verdict(now) {
        for (const ticket of this.#inFlight) {
            if (ticket.overdue || now - ticket.at <= this.#config.maxP95Ms)
                continue;
            ticket.overdue = true;
            this.#addLatency(now - ticket.at);
        }
        if (this.#answered < this.#config.minSamples)
            return {};
        const pct = (x) => `${(x * 100).toFixed(1)}%`;
        const { maxErrorRate, maxP95Ms } = this.#config;
        const errors = this.#errors;
        const low = errors.score >= THRESHOLD ? (0,_window_js__WEBPACK_IMPORTED_MODULE_0__/* .wilsonLow */ .Z6)(errors.hits, errors.n) : 0;
        if (low > maxErrorRate) {
            return {
                breach: `probes: error rate ${pct(errors.hits / errors.n)} (${errors.hits}/${errors.n}, at least ${pct(low)} at 95% confidence) > max-error-rate ${pct(maxErrorRate)}`,
            };
        }
        const p95 = this.#slow.score >= THRESHOLD
            ? Math.round((0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_1__/* .percentile */ .Ym)([...this.#slowRun].sort((a, b) => a - b), 95))
            : 0;
        if (p95 > maxP95Ms) {
            return { breach: `probes: p95 ${p95} ms > max-p95-latency ${maxP95Ms} ms over ${this.#slowRun.length} samples` };
        }
        return {};
    }
    figures(now) {
        return this.window.figures(now);
    }
    #addLatency(ms) {
        const fresh = this.#slow.add(ms > this.#config.maxP95Ms);
        if (this.#slow.score === 0 || fresh)
            this.#slowRun = [];
        if (this.#slow.score > 0)
            this.#slowRun.push(ms);
    }
}
/** Breaches in a row so far: `consecutive` of them act; an immediate one (an alarm) acts at once. */
function countBreaches(sofar, verdict, consecutive) {
    return verdict.breach ? (verdict.immediate ? consecutive : sofar + 1) : 0;
}


/***/ }),

/***/ 33993:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  kt: () => (/* binding */ PrometheusWatch),
  Vx: () => (/* binding */ openPrometheusSoak),
  zI: () => (/* binding */ prometheusReport)
});

// UNUSED EXPORTS: prometheusBaseline

// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/metrics/prometheus-config.js
var prometheus_config = __webpack_require__(64571);
// EXTERNAL MODULE: ./build/metrics/prometheus.js
var prometheus = __webpack_require__(43352);
;// CONCATENATED MODULE: ./build/metrics/prometheus-source.js


function query(config, key, subject, windowMs) {
    return (0,prometheus_config/* renderQuery */.no)(config.queries[key], { ...subject, windowMs });
}
/**
 * The window [atMs - windowMs, atMs], read with `time` = atMs: a window judged once, whenever the
 * call is made. No data when the requests or the error rate have none; a missing p95 only leaves
 * latency unjudged for that window.
 */
async function evaluate(config, subject, atMs, windowMs, signal) {
    const [requests, errorRate, p95] = await Promise.all(["requests", "errors", "latency"].map((key) => (0,prometheus/* queryAt */.qd)(config.endpoint, query(config, key, subject, windowMs), atMs, signal)));
    if (!requests || "noData" in requests)
        return { noData: `prometheus-requests-query gave ${requests?.noData}` };
    if (!errorRate || "noData" in errorRate)
        return { noData: `prometheus-error-query gave ${errorRate?.noData}` };
    if (errorRate.value < 0 || errorRate.value > 1) {
        return { noData: `prometheus-error-query gave ${errorRate.value}, not a fraction between 0 and 1` };
    }
    const n = Math.round(requests.value);
    return {
        requests: n,
        errors: Math.round(errorRate.value * n),
        errorRate: errorRate.value,
        p95Ms: p95 && "value" in p95 ? Math.round(p95.value * 1000) : undefined,
    };
}
/** The soak's figures from query_range, one point per window; undefined when Prometheus had none. */
async function series(config, subject, range, signal) {
    if (range.endMs - range.startMs < range.stepMs)
        return undefined;
    const [requests, errors, latency] = await Promise.all(["requests", "errors", "latency"].map((key) => (0,prometheus/* queryRange */.O4)(config.endpoint, query(config, key, subject, range.stepMs), range, signal)));
    if (!requests || !errors || "noData" in requests || "noData" in errors)
        return undefined;
    const at = (points) => new Map(points.map(([t, v]) => [Math.round(t * 1000), v]));
    const rates = at(errors.points);
    const p95s = latency && "points" in latency ? at(latency.points) : new Map();
    return requests.points.flatMap(([t, n]) => {
        const ms = Math.round(t * 1000);
        const rate = rates.get(ms);
        if (rate === undefined)
            return [];
        return [{ t: ms - range.startMs, errorRate: rate, p95Ms: Math.round((p95s.get(ms) ?? 0) * 1000), samples: Math.round(n) }];
    });
}

// EXTERNAL MODULE: ./build/judge/probes.js
var probes = __webpack_require__(28397);
// EXTERNAL MODULE: ./build/judge/window.js
var judge_window = __webpack_require__(85882);
;// CONCATENATED MODULE: ./build/judge/prometheus.js
// Prometheus as a source of the soak and the switch gates: its windows fed to the same CUSUM that
// judges the probes, and a silence that is never taken for health.






const pct = (x) => `${(x * 100).toFixed(1)}%`;
/**
 * Reads the new color's windows back to back, each once, at explicit times `startedAt + k * step`
 * where a step is two scrapes: a window shorter than that holds too few samples for `increase()`
 * to mean anything. Each window's errors and requests go into a CUSUM against max-error-rate (and,
 * with a baseline, another against the old color's rate plus max-error-rate-increase), as the
 * probes' answers do one by one. p95 above max-p95-latency in two windows in a row is a breach.
 */
class PrometheusWatch {
    stepMs;
    #config;
    #limits;
    subject;
    #startedAt;
    #errors;
    #increase;
    #next;
    #last;
    #slowWindows = 0;
    #lastDataAt;
    #answered = false;
    #warnedSilence = false;
    #breach;
    #reading;
    problem = "";
    constructor(config, limits, subject, startedAt, options = {}) {
        const { baseline } = options;
        this.#config = config;
        this.#limits = limits;
        this.subject = subject;
        this.#startedAt = startedAt;
        this.stepMs = Math.max(2 * config.scrapeMs, options.windowMs ?? 0);
        this.#next = startedAt + this.stepMs;
        this.#lastDataAt = startedAt;
        this.#errors = new probes/* Cusum */.sH(limits.maxErrorRate);
        if (baseline && limits.maxIncrease !== undefined) {
            const allowed = Math.min(1, baseline.errorRate + limits.maxIncrease);
            this.#increase = { cusum: new probes/* Cusum */.sH(allowed), allowed, baseline: baseline.errorRate };
        }
    }
    /**
     * When the next window can be read: one scrape after it ends, so that the scrape that closes it
     * has been taken and stored. While a read is out, soon: its verdict is judged as it arrives.
     */
    nextAt() {
        // A breach called is acted on at the caller's next judgements (consecutive-breaches), not a window later.
        if (this.#breach)
            return Date.now() + 5;
        return this.#reading ? Date.now() + 50 : this.#next + this.#config.scrapeMs;
    }
    get policy() {
        return this.#config.noData;
    }
    get answered() {
        return this.#answered;
    }
    /**
     * Starts reading the window that ended at nextAt(), when it has and no read is out: one window per
     * read, so a late tick catches up. It runs beside the caller's loop, which keeps probing meanwhile;
     * each call is bounded by the endpoint's time limit.
     */
    tick(now, signal) {
        if (now < this.#next + this.#config.scrapeMs || this.#reading || signal?.aborted)
            return;
        const at = this.#next;
        this.#next += this.stepMs;
        this.#reading = this.#read(at, signal).finally(() => {
            this.#reading = undefined;
        });
    }
    /** The read under way, if any: a gate's last judgement waits for it. */
    settled() {
        return this.#reading ?? Promise.resolve();
    }
    async #read(at, signal) {
        const read = await evaluate(this.#config, this.subject, at, this.stepMs, signal);
        if (signal?.aborted)
            return;
        if ("noData" in read) {
            this.problem = read.noData;
            runner/* warning */.$e(`Prometheus gave no data for ${this.subject.color} this time: ${read.noData}.`);
            return;
        }
        this.#answered = true;
        this.#lastDataAt = Date.now();
        this.#warnedSilence = false;
        this.#last = read;
        this.#judge(read);
    }
    #judge(read) {
        this.#errors.addCounts(read.errors, read.requests);
        this.#increase?.cusum.addCounts(read.errors, read.requests);
        this.#slowWindows =
            read.p95Ms !== undefined && read.p95Ms > this.#limits.maxP95Ms && read.requests >= this.#limits.minSamples
                ? this.#slowWindows + 1
                : 0;
        this.#breach ??= this.#errorBreach() ?? this.#increaseBreach() ?? this.#latencyBreach(read);
    }
    #errorBreach() {
        const run = this.#errors;
        if (run.score < probes/* THRESHOLD */.yW || run.n < this.#limits.minSamples)
            return undefined;
        const low = (0,judge_window/* wilsonLow */.Z6)(run.hits, run.n);
        if (low <= this.#limits.maxErrorRate)
            return undefined;
        return `Prometheus: error rate ${pct(run.hits / run.n)} (${run.hits}/${run.n}, at least ${pct(low)} at 95% confidence) > max-error-rate ${pct(this.#limits.maxErrorRate)}`;
    }
    #increaseBreach() {
        const inc = this.#increase;
        if (!inc || inc.cusum.score < probes/* THRESHOLD */.yW || inc.cusum.n < this.#limits.minSamples)
            return undefined;
        const low = (0,judge_window/* wilsonLow */.Z6)(inc.cusum.hits, inc.cusum.n);
        if (low <= inc.allowed)
            return undefined;
        return `Prometheus: error rate ${pct(inc.cusum.hits / inc.cusum.n)} is more than ${pct(this.#limits.maxIncrease ?? 0)} above the old color's ${pct(inc.baseline)}`;
    }
    #latencyBreach(read) {
        if (this.#slowWindows < 2)
            return undefined;
        return `Prometheus: p95 ${read.p95Ms} ms > max-p95-latency ${this.#limits.maxP95Ms} ms in ${this.#slowWindows} windows of ${(0,durations/* formatDuration */.a3)(this.stepMs)} in a row (${read.requests} requests in the last)`;
    }
    /** A breach once the evidence is in; it stays called. */
    breach() {
        return this.#breach;
    }
    /** The last window read: what the progress line and the soak's figures show. */
    figures() {
        const last = this.#last;
        return last ? (0,judge_window/* windowFigures */.ih)(last.requests, last.errors, last.p95Ms ?? 0) : undefined;
    }
    /**
     * How long Prometheus has given no data, once that is longer than prometheus-no-data-after; warns
     * once per silence under `warn`. The soak or gate decides what `fail` does.
     */
    silence(now) {
        const ms = now - this.#lastDataAt;
        if (ms <= this.#config.noDataAfterMs)
            return undefined;
        if (this.#config.noData === "warn" && !this.#warnedSilence) {
            this.#warnedSilence = true;
            runner/* warning */.$e(`Prometheus has given no data for ${this.subject.color} for ${(0,durations/* formatDuration */.a3)(ms)} (prometheus-no-data: warn): nothing it could have seen is judged meanwhile. Last problem: ${this.problem || "none"}.`);
        }
        return { ms, policy: this.#config.noData };
    }
    /** The window's span since the start, for the chart's range query. */
    span(now) {
        return { startMs: this.#startedAt, endMs: Math.min(now, this.#next - this.stepMs), stepMs: this.stepMs };
    }
}
/** The old color's error rate in the minutes before the switch, where the queries can give it. */
async function prometheusBaseline(config, previous, since, windowMs, signal) {
    const read = await evaluate(config, previous, since, Math.max(windowMs, 5 * 60_000), signal);
    if ("noData" in read) {
        runner/* warning */.$e(`No baseline of ${previous.color} from Prometheus (${read.noData}); max-error-rate-increase is judged against max-error-rate alone.`);
        return undefined;
    }
    runner/* info */.pq(`Baseline of ${previous.color} before the switch, from Prometheus: ${read.errors} errors in ${read.requests} requests.`);
    return { errorRate: read.errorRate, requests: read.requests };
}
/**
 * The soak's Prometheus, before it starts: its queries parsed by Prometheus itself, the color's
 * version known when a query names it, and the old color's baseline read for max-error-rate-increase.
 */
async function openPrometheusSoak(prometheus, limits, target, started, signal) {
    const versions = target.versions ?? { active: "", previous: "" };
    await (0,prometheus_config/* checkQueries */.j3)(prometheus, signal);
    (0,prometheus_config/* requireVersions */.xA)(prometheus, target.color, versions.active);
    const previous = { color: target.color === "blue" ? "green" : "blue", version: versions.previous };
    const baseline = limits.maxIncrease !== undefined && (versions.previous || !(0,prometheus_config/* usesVersion */.zI)(prometheus))
        ? await prometheusBaseline(prometheus, previous, target.since, limits.windowMs, signal)
        : undefined;
    const subject = { color: target.color, version: versions.active };
    const watch = new PrometheusWatch(prometheus, limits, subject, started, { windowMs: limits.windowMs, baseline });
    runner/* info */.pq(`Prometheus: windows of ${(0,durations/* formatDuration */.a3)(watch.stepMs)} for ${target.color}, each read once.`);
    return { watch, baseline };
}
/** What the soak's summary shows of Prometheus: its figures over the soak (query_range), and its silence. */
async function prometheusReport(watch, prometheus, signal) {
    const points = signal?.aborted ? undefined : await series(prometheus, watch.subject, watch.span(Date.now()), signal);
    return { series: points, noData: prometheus.noData, silentMs: watch.silence(Date.now())?.ms, answered: watch.answered };
}


/***/ }),

/***/ 85882:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z6: () => (/* binding */ wilsonLow),
/* harmony export */   b7: () => (/* binding */ SlidingWindow),
/* harmony export */   ih: () => (/* binding */ windowFigures)
/* harmony export */ });
/* harmony import */ var _probe_stats_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20962);

const Z = 1.96;
/**
 * The lowest error rate consistent with `errors` of `n` at 95% confidence. One error in forty
 * samples is 2.5% raw but only 0.4% here: too little evidence to roll back a healthy release,
 * while ten errors in ten samples is at least 72%.
 */
function wilsonLow(errors, n) {
    if (n === 0)
        return 0;
    const p = errors / n;
    const centre = p + (Z * Z) / (2 * n);
    const spread = Z * Math.sqrt((p * (1 - p)) / n + (Z * Z) / (4 * n * n));
    return Math.max(0, (centre - spread) / (1 + (Z * Z) / n));
}
function windowFigures(samples, errors, p95Ms) {
    return { samples, errors, errorRate: samples ? errors / samples : 0, errorRateLow: wilsonLow(errors, samples), p95Ms };
}
/** The observations of the last `spanMs`; older ones fall out as new ones come in. */
class SlidingWindow {
    #spanMs;
    #items = [];
    constructor(spanMs) {
        this.#spanMs = spanMs;
    }
    add(observation) {
        this.#items.push(observation);
    }
    figures(now, source) {
        this.#items = this.#items.filter((o) => o.at > now - this.#spanMs);
        const items = source ? this.#items.filter((o) => o.source === source) : this.#items;
        const samples = items.reduce((n, o) => n + o.count, 0);
        const errors = items.reduce((n, o) => n + o.errors, 0);
        const latencies = items.flatMap((o) => (o.latencyMs === undefined ? [] : [o.latencyMs])).sort((a, b) => a - b);
        return windowFigures(samples, errors, Math.round((0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_0__/* .percentile */ .Ym)(latencies, 95)));
    }
}


/***/ }),

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

/***/ 20962:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ym: () => (/* binding */ percentile),
/* harmony export */   pU: () => (/* binding */ describeFigures),
/* harmony export */   u5: () => (/* binding */ figures)
/* harmony export */ });
/* unused harmony export statusClass */
function percentile(sorted, p) {
    if (sorted.length === 0)
        return 0;
    const rank = Math.ceil((p / 100) * sorted.length) - 1;
    return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}
function statusClass(status) {
    return status === 0 ? "error" : `${Math.floor(status / 100)}xx`;
}
function figures(outcomes) {
    const latencies = outcomes.map((o) => o.latencyMs).sort((a, b) => a - b);
    const byClass = {};
    for (const o of outcomes)
        byClass[statusClass(o.status)] = (byClass[statusClass(o.status)] ?? 0) + 1;
    const errors = outcomes.filter((o) => o.failed).length;
    return {
        count: outcomes.length,
        errors,
        errorRate: outcomes.length ? errors / outcomes.length : 0,
        p50Ms: Math.round(percentile(latencies, 50)),
        p95Ms: Math.round(percentile(latencies, 95)),
        p99Ms: Math.round(percentile(latencies, 99)),
        byClass,
    };
}
function describeFigures(f) {
    const classes = Object.entries(f.byClass)
        .map(([k, v]) => `${k} ${v}`)
        .join(", ");
    return `${f.count} probes (${classes || "none"}), error rate ${(f.errorRate * 100).toFixed(1)}%, p50 ${f.p50Ms} ms, p95 ${f.p95Ms} ms, p99 ${f.p99Ms} ms`;
}


/***/ })

};
