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
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(90342);
/* harmony import */ var _probe_http_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(75005);
/* harmony import */ var _probe_stats_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(20962);
/* harmony import */ var _routing_health_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(37119);










/** Judged early only on this many probes at least, so one slow answer cannot fail a step. */
const MIN_EARLY_PROBES = 20;
const ALARM_POLL_MS = 5_000;
const PROGRESS_MS = 10_000;
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
    return { requireHealthy, minHealthy, probe: url ? { url, everyMs, maxErrorRate, maxP95Ms } : undefined, alarms, cloudwatch };
}
/** Gates that need a window of time to judge, as opposed to the health gate's one look. */
function hasWindowGates(config) {
    return config.probe !== undefined || config.alarms.length > 0;
}
function describeGates(config) {
    const gates = [
        config.requireHealthy ? `health (≥ ${config.minHealthy} healthy)` : "",
        config.probe
            ? `probes of ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_5__/* .shownUrl */ .zA)(config.probe.url)} (error rate ≤ ${(config.probe.maxErrorRate * 100).toFixed(1)}%, p95 ≤ ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(config.probe.maxP95Ms)})`
            : "",
        config.alarms.length ? `alarms ${config.alarms.join(", ")}` : "",
    ].filter(Boolean);
    return gates.length ? gates.join("; ") : "none";
}
/**
 * Watches every configured gate for `windowMs`: probes all along, alarms every few seconds, and
 * the target color's health at the end. Fails as soon as a gate can tell.
 */
async function watchGates(aws, config, target, windowMs, signal) {
    const deadline = Date.now() + windowMs;
    const prober = config.probe
        ? new _probe_http_js__WEBPACK_IMPORTED_MODULE_6__/* .Prober */ .JC({ timeoutMs: Math.min(5_000, Math.max(1_000, config.probe.maxP95Ms * 2)) })
        : undefined;
    const outcomes = [];
    let nextAlarmCheck = Date.now();
    const stopProgress = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_8__/* .every */ .Si)(PROGRESS_MS, () => {
        const seen = outcomes.length ? `${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFigures */ .pU)((0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .figures */ .u5)(outcomes))}; ` : "";
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Gates watching ${target}: ${seen}${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, deadline - Date.now()))} left.`);
    });
    try {
        while (Date.now() < deadline) {
            if (signal.aborted)
                return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
            if (config.alarms.length && Date.now() >= nextAlarmCheck) {
                const alarm = await checkAlarms(aws, config.alarms, signal);
                if (alarm)
                    return alarm;
                nextAlarmCheck = Date.now() + ALARM_POLL_MS;
            }
            if (prober && config.probe) {
                const tick = Date.now();
                outcomes.push(await prober.send({ url: config.probe.url }, { signal, timeoutMs: Math.max(1, deadline - Date.now()) }));
                if (signal.aborted)
                    return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
                const early = judgeProbes(config, outcomes, MIN_EARLY_PROBES, false);
                if (early)
                    return early;
                await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_8__/* .sleep */ .yy)(Math.max(0, Math.min(config.probe.everyMs - (Date.now() - tick), deadline - Date.now())), signal);
            }
            else {
                await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_8__/* .sleep */ .yy)(Math.min(ALARM_POLL_MS, Math.max(0, deadline - Date.now())), signal);
            }
        }
    }
    finally {
        stopProgress();
        prober?.close();
    }
    if (signal.aborted)
        return { ok: false, gate: "cancelled", detail: "the run was cancelled" };
    const probes = judgeProbes(config, outcomes, 1, true);
    if (probes)
        return probes;
    const alarm = config.alarms.length ? await checkAlarms(aws, config.alarms, signal) : undefined;
    if (alarm)
        return alarm;
    if (config.requireHealthy) {
        // A read that fails here throws: the flip puts the routes back, as for any failure after a write.
        const targets = await aws.router.pool.health(target, { signal });
        const health = (0,_routing_health_js__WEBPACK_IMPORTED_MODULE_7__/* .judgeHealth */ .u7)(target, targets, config.minHealthy, aws.router.pool.members);
        if (!health.ok)
            return { ok: false, gate: "health", detail: `${health.problem} Targets: ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_7__/* .describeTargets */ .Eg)(health.targets)}` };
    }
    const figuresNow = prober ? (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .figures */ .u5)(outcomes) : undefined;
    return { ok: true, detail: figuresNow ? (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFigures */ .pU)(figuresNow) : "passed", probes: figuresNow };
}
/** The probes gate: judged on `minimum` probes at least; latency only at the end of the window (`final`). */
function judgeProbes(config, outcomes, minimum, final) {
    if (!config.probe)
        return undefined;
    const f = (0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .figures */ .u5)(outcomes);
    if (final && f.count === 0)
        return { ok: false, gate: "probes", detail: "no probe was sent in the window", probes: f };
    if (f.count < minimum)
        return undefined;
    if (f.errorRate > config.probe.maxErrorRate) {
        return {
            ok: false,
            gate: "probes",
            detail: `error rate ${(f.errorRate * 100).toFixed(1)}% > max-error-rate ${(config.probe.maxErrorRate * 100).toFixed(1)}%: ${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFigures */ .pU)(f)}`,
            probes: f,
        };
    }
    if (final && f.p95Ms > config.probe.maxP95Ms) {
        return {
            ok: false,
            gate: "probes",
            detail: `p95 ${f.p95Ms} ms > max-p95-latency ${config.probe.maxP95Ms} ms: ${(0,_probe_stats_js__WEBPACK_IMPORTED_MODULE_9__/* .describeFigures */ .pU)(f)}`,
            probes: f,
        };
    }
    return undefined;
}
/**
 * Every alarm named in alarm-names must exist, metric or composite: a misspelt name would
 * otherwise never fire, and the gate would pass in silence. Checked before the first write.
 */
async function requireAlarms(aws, names, options = {}) {
    const { signal } = options;
    if (names.length === 0)
        return;
    const states = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)((await aws.metrics()).describeAlarms(names), signal);
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
async function checkAlarms(aws, names, signal) {
    try {
        const states = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)((await aws.metrics()).describeAlarms(names), signal);
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
