export const id = 829;
export const ids = [829,820];
export const modules = {

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

/***/ 68820:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  R: () => (/* binding */ soak)
});

// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/flip/gates.js
var gates = __webpack_require__(70686);
// EXTERNAL MODULE: ./build/judge/probes.js
var judge_probes = __webpack_require__(28397);
// EXTERNAL MODULE: ./build/judge/prometheus.js + 1 modules
var judge_prometheus = __webpack_require__(33993);
// EXTERNAL MODULE: ./build/judge/window.js
var judge_window = __webpack_require__(85882);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/json-path.js
var json_path = __webpack_require__(2960);
;// CONCATENATED MODULE: ./build/soak/sources.js
// Where soak-monitor's figures come from besides its own probes: alarms, the new color's
// CloudWatch minutes, a metrics URL, and the old color's baseline before the switch.





/** The alarms in ALARM, as a breach; undefined when they could not be read at all. */
async function readAlarms(metrics, names) {
    try {
        const firing = (await metrics.describeAlarms(names)).filter((a) => a.state === "ALARM");
        return { firing: firing.length ? `alarm ${firing.map((a) => `${a.name} (${a.reason})`).join(", ")} in ALARM` : undefined };
    }
    catch (error) {
        runner/* warning */.$e(`The alarms could not be read this time: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
/** A color's requests and target 5xx, as `requests` and `errors`. */
function countQueries(dims) {
    return [
        { id: "requests", metric: "RequestCount", stat: "Sum", ...dims },
        { id: "errors", metric: "HTTPCode_Target_5XX_Count", stat: "Sum", ...dims },
    ];
}
function total(series, id) {
    return (series.get(id) ?? []).reduce((n, p) => n + p.value, 0);
}
/**
 * One GetMetricData for the new color. ALB reports each minute once it is over, so the range
 * reaches back at least two periods before the newest, whatever the window.
 */
async function readPoolFigures(metrics, config, target, now) {
    const dims = target.dimensions;
    if (!dims)
        return undefined;
    const start = Math.max(target.since, now - Math.max(config.windowMs, 2 * config.metricPeriodSeconds * 1000));
    try {
        const series = await metrics.getMetrics([...countQueries(dims), { id: "p95", metric: "TargetResponseTime", stat: "p95", ...dims }], new Date(start - config.metricPeriodSeconds * 1000), new Date(now), config.metricPeriodSeconds);
        const samples = total(series, "requests");
        const errors = Math.min(samples, total(series, "errors"));
        const p95 = Math.max(0, ...(series.get("p95") ?? []).map((p) => p.value * 1000));
        return { figures: (0,judge_window/* windowFigures */.ih)(samples, errors, Math.round(p95)), periods: (series.get("requests") ?? []).length };
    }
    catch (error) {
        runner/* warning */.$e(`CloudWatch could not be read this time: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
}
async function readMetricsUrl(source) {
    const prober = new http/* Prober */.JC({ timeoutMs: 5_000 });
    try {
        const answer = await prober.send({ url: source.url }, { readBody: true });
        if (answer.status < 200 || answer.status > 299) {
            runner/* warning */.$e(`metrics-url could not be read this time: ${answer.status ? `HTTP ${answer.status}` : (0,errors/* describeError */.Uc)(answer.error)}`);
            return undefined;
        }
        const value = Number((0,json_path/* jsonAt */.o)(JSON.parse(answer.body), source.path));
        if (Number.isFinite(value))
            return value;
        runner/* warning */.$e(`metrics-url answered without a number at metrics-path ${source.path} this time.`);
        return undefined;
    }
    catch (error) {
        runner/* warning */.$e(`metrics-url could not be read this time: ${(0,errors/* describeError */.Uc)(error)}`);
        return undefined;
    }
    finally {
        prober.close();
    }
}
/** The old color's error rate in the minutes before the switch, for max-error-rate-increase. */
async function readBaseline(metrics, config, target) {
    const dims = target.previousDimensions;
    if (!dims)
        return undefined;
    const span = Math.max(config.windowMs, 5 * 60_000);
    try {
        const series = await metrics.getMetrics(countQueries(dims), new Date(target.since - span), new Date(target.since), config.metricPeriodSeconds);
        const requests = total(series, "requests");
        const errors = total(series, "errors");
        runner/* info */.pq(`Baseline of the old color before the switch: ${errors} errors in ${requests} requests.`);
        return { errorRate: requests ? errors / requests : 0, requests };
    }
    catch (error) {
        runner/* warning */.$e(`No baseline: CloudWatch could not be read (${(0,errors/* describeError */.Uc)(error)}); max-error-rate-increase is not judged.`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/soak/monitor.js









const SERIES_EVERY_MS = 1_000;
/**
 * Watches the new color for the soak's duration. Every source is judged on its own, and only on
 * enough samples: the probes by a sequential test (ProbeJudge), the polled sources over a sliding
 * window. A breach must repeat `consecutive` times before it counts, except an alarm in ALARM,
 * which is a verdict already.
 */
async function soak(ports, config, target, signal) {
    const started = Date.now();
    const sources = await openSources(ports, config, target, started, signal);
    const watch = new SoakWatch(config, target, sources, started);
    const outcome = await (async () => {
        try {
            while (Date.now() - started < config.durationMs && !signal?.aborted) {
                const breached = await watch.tick(Date.now());
                if (breached)
                    return breached;
                await (0,time/* sleep */.yy)(Math.max(5, watch.wakeAt() - Date.now()), signal);
            }
        }
        finally {
            sources.prober?.close();
        }
        return signal?.aborted ? watch.cancelled(Date.now()) : watch.end(Date.now());
    })();
    const { prometheus } = sources;
    if (!prometheus || !config.prometheus)
        return outcome;
    return { ...outcome, prometheus: await (0,judge_prometheus/* prometheusReport */.zI)(prometheus, config.prometheus, signal) };
}
/** The probes, and CloudWatch when a source needs it: the alarms checked to exist, the old color's baseline read. */
async function openSources(ports, config, target, started, signal) {
    const probes = config.probe ? new judge_probes/* ProbeJudge */.SQ({ ...config, everyMs: config.probe.everyMs }) : undefined;
    const prober = config.probe ? new http/* Prober */.JC({ ...config.probe.options, concurrency: judge_probes/* MAX_IN_FLIGHT */.uK }) : undefined;
    const metrics = config.cloudWatchMetrics || config.alarms.length || config.maxIncrease !== undefined ? await ports.metrics() : undefined;
    await (0,gates/* requireAlarms */.C9)(ports, config.alarms);
    const baseline = config.maxIncrease !== undefined && metrics ? await readBaseline(metrics, config, target) : undefined;
    const prometheus = config.prometheus ? await (0,judge_prometheus/* openPrometheusSoak */.Vx)(config.prometheus, config, target, started, signal) : undefined;
    return { probes, prober, metrics, baseline: baseline ?? prometheus?.baseline, prometheus: prometheus?.watch, signal };
}
/** One soak's running state: what was polled last, the breaches in a row, the chart's points. */
class SoakWatch {
    #config;
    #target;
    #sources;
    #started;
    #series = [];
    #nextPoll;
    #nextPoint;
    #nextProgress;
    #breaches = 0;
    #polled = {};
    #cloudwatchReported = false;
    /** The polled sources that answered at least once. */
    #answered = new Set();
    constructor(config, target, sources, started) {
        this.#config = config;
        this.#target = target;
        this.#sources = sources;
        this.#started = started;
        this.#nextPoll = started;
        this.#nextPoint = started;
        this.#nextProgress = started + config.pollMs;
    }
    /** Sends a probe and polls when due, then judges; returns the outcome once a breach counts. */
    async tick(now) {
        const { probes } = this.#sources;
        this.#probe(now);
        if (now >= this.#nextPoll)
            await this.#poll(now);
        const prometheus = this.#sources.prometheus;
        prometheus?.tick(now, this.#sources.signal);
        const silence = prometheus?.silence(Date.now());
        if (silence?.policy === "fail")
            return this.#silent(now, silence.ms);
        const verdict = withPrometheusVerdict(judge(this.#config, probeFigures(probes, now), probes?.verdict(now) ?? {}, this.#polled, this.#sources.baseline), prometheus, probes !== undefined || this.#polled.cloudwatch !== undefined);
        this.#breaches = (0,judge_probes/* countBreaches */.Tt)(this.#breaches, verdict, this.#config.consecutive);
        // Every breaching judgement is a point of the chart, so that a breach within the first second still draws one.
        if (verdict.breach)
            this.#series.push(pointAt(now - this.#started, verdict.figures));
        if (this.#breaches >= this.#config.consecutive) {
            const at = now - this.#started;
            return this.#outcome({ result: "breached", breach: verdict.breach, breachAt: at, figures: verdict.figures, ms: at });
        }
        if (now >= this.#nextPoint) {
            this.#series.push(pointAt(now - this.#started, verdict.figures));
            this.#nextPoint += SERIES_EVERY_MS;
        }
        if (now >= this.#nextProgress) {
            this.#progress(now, verdict.figures);
            this.#nextProgress += this.#config.pollMs;
        }
        return undefined;
    }
    /** When the next probe or poll is due, at the soak's end at the latest. */
    wakeAt() {
        const { probes, prometheus } = this.#sources;
        return Math.min(probes ? probes.nextProbeAt() : this.#nextPoll, this.#nextPoll, prometheus ? prometheus.nextAt() : Number.POSITIVE_INFINITY, this.#started + this.#config.durationMs);
    }
    /** prometheus-no-data: fail, and Prometheus silent for longer than prometheus-no-data-after: not judged, now. */
    #silent(now, silentMs) {
        runner/* warning */.$e(`Prometheus has given no data for ${this.#target.color} for ${(0,durations/* formatDuration */.a3)(silentMs)} (prometheus-no-data: fail); last problem: ${this.#sources.prometheus?.problem || "none"}.`);
        const figures = this.#sources.prometheus?.figures() ?? (0,judge_window/* windowFigures */.ih)(0, 0, 0);
        return this.#outcome({ result: "no-data", silent: ["prometheus-url"], figures, ms: now - this.#started });
    }
    /** A soak the run's cancel stopped: not judged, whatever it saw so far. */
    cancelled(now) {
        const { probes, baseline } = this.#sources;
        const figures = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline).figures;
        return this.#outcome({ result: "cancelled", figures, ms: now - this.#started });
    }
    /** The verdict of a soak that ran its course: passed, too little traffic to judge, or a source that never answered. */
    end(now) {
        const { probes, prober, baseline, prometheus } = this.#sources;
        const judged = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline);
        const figures = withPrometheusVerdict(judged, prometheus, probes !== undefined || this.#polled.cloudwatch !== undefined).figures;
        const ms = now - this.#started;
        const silent = [
            this.#config.alarms.length && !this.#answered.has("alarms") ? "alarm-names" : "",
            this.#config.metricsUrl && !this.#answered.has("metrics-url") ? "metrics-url" : "",
            // Under warn, a silent Prometheus may end a soak that other sources judged; alone, it never passes one.
            prometheus && (!prometheus.answered || (prometheus.silence(now) && !probes && !this.#config.cloudWatchMetrics))
                ? "prometheus-url"
                : "",
        ].filter(Boolean);
        if (silent.length)
            return this.#outcome({ result: "no-data", silent, figures, ms });
        const counted = prober || this.#config.cloudWatchMetrics || prometheus;
        const enough = figures.samples >= this.#config.minSamples || !counted;
        return this.#outcome({ result: enough ? "passed" : "no-traffic", figures, ms });
    }
    #probe(now) {
        const { probes, prober } = this.#sources;
        const probe = this.#config.probe;
        if (!prober || !probes || !probe || !probes.canSend(now))
            return;
        const ticket = probes.sent(now);
        void prober.send({ url: probe.url }).then((answer) => probes.answered(ticket, answer, Date.now()));
    }
    async #poll(now) {
        const first = this.#nextPoll === this.#started;
        this.#polled = await pollSources(this.#sources.metrics, this.#config, this.#target, now);
        this.#nextPoll = now + this.#config.pollMs;
        if (this.#polled.alarmsRead)
            this.#answered.add("alarms");
        if (this.#polled.reported !== undefined)
            this.#answered.add("metrics-url");
        if (this.#polled.periods !== undefined && !this.#cloudwatchReported) {
            this.#cloudwatchReported = this.#polled.periods > 0;
            // Said once while waiting, and once when the first period arrives.
            if (this.#cloudwatchReported || first)
                runner/* info */.pq(cloudWatchNote(this.#target.color, this.#cloudwatchReported));
        }
    }
    #progress(now, f) {
        const { durationMs } = this.#config;
        runner/* info */.pq(`soak ${(0,durations/* formatDuration */.a3)(now - this.#started)}/${(0,durations/* formatDuration */.a3)(durationMs)}: error rate ${(f.errorRate * 100).toFixed(1)}% (${f.errors}/${f.samples}), p95 ${f.p95Ms} ms, ${f.samples} samples; ${(0,durations/* formatDuration */.a3)(durationMs - (now - this.#started))} left`);
    }
    #outcome(o) {
        return {
            ...o,
            series: this.#series,
            baseline: this.#sources.baseline,
            cloudwatchReported: this.#config.cloudWatchMetrics ? this.#cloudwatchReported : undefined,
        };
    }
}
function cloudWatchNote(color, reported) {
    return reported
        ? `CloudWatch reported its first complete period for ${color}.`
        : `CloudWatch has not reported a complete period for ${color} since the switch yet: CloudWatch publishes the per-color metrics once a minute, after the minute ends.`;
}
/** Prometheus's breach when no other source called one; its figures when no other source counts requests. */
function withPrometheusVerdict(verdict, prometheus, counted) {
    if (!prometheus)
        return verdict;
    const figures = counted ? verdict.figures : (prometheus.figures() ?? verdict.figures);
    const breach = verdict.breach ?? prometheus.breach();
    return { ...verdict, breach, figures };
}
function pointAt(t, f) {
    return { t, errorRate: f.errorRate, p95Ms: f.p95Ms, samples: f.samples };
}
function probeFigures(probes, now) {
    return probes ? probes.figures(now) : (0,judge_window/* windowFigures */.ih)(0, 0, 0);
}
/** Each source on its own: any of them can call a breach, but only on enough samples. */
function judge(config, probes, probeVerdict, polled, baseline) {
    const figures = probes.samples || !polled.cloudwatch ? probes : polled.cloudwatch;
    if (polled.alarm)
        return { breach: polled.alarm, immediate: true, figures };
    if (probeVerdict.breach)
        return { breach: probeVerdict.breach, figures };
    const pct = (x) => `${(x * 100).toFixed(1)}%`;
    for (const [name, f] of [
        ["probes", probes],
        ["CloudWatch", polled.cloudwatch],
    ]) {
        if (!f || f.samples < config.minSamples)
            continue;
        // The probes' own error rate and p95 are ProbeJudge's to judge, above.
        if (name === "CloudWatch" && f.errorRateLow > config.maxErrorRate) {
            return {
                breach: `${name}: error rate ${pct(f.errorRate)} (${f.errors}/${f.samples}, at least ${pct(f.errorRateLow)} at 95% confidence) > max-error-rate ${pct(config.maxErrorRate)}`,
                figures,
            };
        }
        if (name === "CloudWatch" && f.p95Ms > config.maxP95Ms)
            return { breach: `${name}: p95 ${f.p95Ms} ms > max-p95-latency ${config.maxP95Ms} ms over ${f.samples} samples`, figures };
        if (baseline && config.maxIncrease !== undefined && f.errorRateLow - baseline.errorRate > config.maxIncrease) {
            return {
                breach: `${name}: error rate ${pct(f.errorRate)} is more than ${pct(config.maxIncrease)} above the old color's ${pct(baseline.errorRate)}`,
                figures,
            };
        }
    }
    if (polled.reported !== undefined && polled.reported > config.maxErrorRate) {
        return { breach: `metrics-url: error rate ${pct(polled.reported)} > max-error-rate ${pct(config.maxErrorRate)}`, figures };
    }
    return { figures };
}
/** Alarms, CloudWatch target-group figures and metrics-url, in parallel: one call each per poll. */
async function pollSources(metrics, config, target, now) {
    const [alarm, read, reported] = await Promise.all([
        metrics && config.alarms.length ? readAlarms(metrics, config.alarms) : undefined,
        metrics && config.cloudWatchMetrics ? readPoolFigures(metrics, config, target, now) : undefined,
        config.metricsUrl ? readMetricsUrl(config.metricsUrl) : undefined,
    ]);
    return { alarm: alarm?.firing, alarmsRead: alarm !== undefined, cloudwatch: read?.figures, periods: read?.periods, reported };
}


/***/ }),

/***/ 74829:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ migrate_step)
});

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/untrusted.js
var untrusted = __webpack_require__(31228);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(31421);
;// CONCATENATED MODULE: ./build/migrate/changed.js

/**
 * Which of `files` changed since `version`, when the workspace is a git checkout that knows that
 * version as a commit or tag; undefined when it cannot tell (then every file is linted).
 */
async function changedSince(files, version, workspace) {
    if (!version || version.startsWith("-"))
        return undefined;
    const git = (args) => new Promise((resolve) => (0,external_node_child_process_.execFile)("git", args, { cwd: workspace, timeout: 30_000 }, (error, stdout) => resolve(error ? undefined : stdout)));
    const commit = await git(["rev-parse", "--verify", "--quiet", `${version}^{commit}`]);
    if (!commit)
        return undefined;
    // Added, copied, modified or renamed since the version, plus what is not committed yet.
    const since = await git(["diff", "--relative", "--name-only", "--diff-filter=ACMR", commit.trim(), "--", ...files]);
    if (since === undefined)
        return undefined;
    const changed = new Set(since.split("\n").filter(Boolean));
    const untracked = await git(["ls-files", "--others", "--exclude-standard", "--", ...files]);
    for (const f of (untracked ?? "").split("\n").filter(Boolean))
        changed.add(f);
    return files.filter((f) => changed.has(f));
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/shell.js
var shell = __webpack_require__(88772);
// EXTERNAL MODULE: ./build/core/urls.js
var urls = __webpack_require__(90342);
// EXTERNAL MODULE: ./build/probe/inputs.js
var probe_inputs = __webpack_require__(30036);
// EXTERNAL MODULE: ./build/smoke/checks.js + 1 modules
var smoke_checks = __webpack_require__(77411);
// EXTERNAL MODULE: ./build/migrate/schema.js
var schema = __webpack_require__(30051);
;// CONCATENATED MODULE: ./build/migrate/inputs.js










const VERSION = /^[A-Za-z0-9_.-]{1,128}$/;
const PG_VERSION = /^\d{1,2}(\.\d{1,2})?$/;
/** The keys of squawk's .squawk.toml (its README, "Configuration file"), top level and under [upload_to_github]. */
const SQUAWK_KEYS = new Set([
    "excluded_rules",
    "included_rules",
    "excluded_paths",
    "pg_version",
    "assume_in_transaction",
    "fail_on_violations",
]);
/** Every input of the migrate step, checked before the linter, the lock or any command runs. */
function readMigrateConfig(workspace = process.env.GITHUB_WORKSPACE || process.cwd()) {
    const patterns = (0,inputs/* readList */.LD)("migrations");
    if (!patterns.length)
        throw (0,inputs/* inputError */.Xu)("migrations", "is required: the migration files to lint, as paths or globs", "db/migrations/*.sql");
    const files = patterns.flatMap((p) => matchPattern(p, workspace));
    const unique = [...new Set(files)].sort(schema/* compareVersions */.Zy);
    const schemaVersion = (0,inputs/* readString */.E3)("schema-version") || external_node_path_.basename(unique.at(-1)).replace(/\.sql$/, "");
    if (!VERSION.test(schemaVersion))
        throw (0,inputs/* inputError */.Xu)("schema-version", `must be letters, digits, _ . - (at most 128), got ${(0,inputs/* quoted */.TL)(schemaVersion)}`, "003_add_note");
    return {
        files: unique,
        named: patterns.every((p) => !/[*?[{]/.test(p)),
        schemaVersion,
        allowContract: (0,inputs/* readBoolean */.Vf)("allow-contract", false),
        lint: readLintConfig(workspace),
        commands: readCommands(),
    };
}
function matchPattern(pattern, workspace) {
    if (external_node_path_.isAbsolute(pattern) || pattern.split(/[\\/]/).includes(".."))
        throw (0,inputs/* inputError */.Xu)("migrations", `must be paths inside the workspace, got ${(0,inputs/* quoted */.TL)(pattern)}`, "db/migrations/*.sql");
    const found = (0,external_node_fs_.globSync)(pattern, { cwd: workspace }).filter((f) => (0,external_node_fs_.statSync)(external_node_path_.join(workspace, f)).isFile());
    if (!found.length)
        throw (0,inputs/* inputError */.Xu)("migrations", `${(0,inputs/* quoted */.TL)(pattern)} matches no file in the workspace (${workspace})`, "db/migrations/*.sql");
    const other = found.find((f) => !f.endsWith(".sql"));
    if (other)
        throw (0,inputs/* inputError */.Xu)("migrations", `must be SQL files (the linter reads PostgreSQL), got ${(0,inputs/* quoted */.TL)(other)}`, "db/migrations/*.sql");
    return found;
}
function readLintConfig(workspace) {
    const config = (0,inputs/* readString */.E3)("lint-config") || undefined;
    if (config) {
        const file = external_node_path_.resolve(workspace, config);
        if (!(0,external_node_fs_.existsSync)(file) || !(0,external_node_fs_.statSync)(file).isFile())
            throw (0,inputs/* inputError */.Xu)("lint-config", `names ${(0,inputs/* quoted */.TL)(config)}, which is not a file in the workspace`, ".squawk.toml");
        const problem = squawkConfigProblem((0,external_node_fs_.readFileSync)(file, "utf8"));
        if (problem)
            throw (0,inputs/* inputError */.Xu)("lint-config", `does not parse as squawk's .squawk.toml: ${problem}`, ".squawk.toml");
    }
    const pgVersion = (0,inputs/* readString */.E3)("pg-version") || undefined;
    if (pgVersion && !PG_VERSION.test(pgVersion))
        throw (0,inputs/* inputError */.Xu)("pg-version", `must be a PostgreSQL version such as 15 or 15.4, got ${(0,inputs/* quoted */.TL)(pgVersion)}`, "15");
    const squawk = (0,inputs/* readString */.E3)("squawk") || undefined;
    if (squawk && !(0,external_node_fs_.existsSync)(squawk))
        throw (0,inputs/* inputError */.Xu)("squawk", `names ${(0,inputs/* quoted */.TL)(squawk)}, which does not exist`, "/usr/local/bin/squawk");
    return { config: config && external_node_path_.resolve(workspace, config), pgVersion, squawk };
}
/** The subset of TOML squawk's config uses: `key = value` lines (strings, booleans, numbers, arrays of strings) and one table. */
function squawkConfigProblem(text) {
    const lines = text.split("\n");
    for (const [i, raw] of lines.entries()) {
        const line = raw.replace(/#.*$/, "").trim();
        if (!line || /^\[[\w.]+\]$/.test(line))
            continue;
        const match = /^([\w-]+)\s*=\s*(.+)$/.exec(line);
        if (!match)
            return `line ${i + 1} is not key = value: ${(0,inputs/* quoted */.TL)(raw.trim())}`;
        const [, key = "", value = ""] = match;
        if (!SQUAWK_KEYS.has(key) && !/^(github_|upload_)/.test(key))
            return `line ${i + 1}: unknown key ${key}`;
        if (!/^("[^"]*"|'[^']*'|true|false|[\d.]+|\[\s*(("[^"]*"|'[^']*')\s*,?\s*)*\])$/.test(value))
            return `line ${i + 1}: ${key} has a value TOML does not read: ${(0,inputs/* quoted */.TL)(value)}`;
    }
    return undefined;
}
/** Every command input is read (and checked) whether or not migrate-command is given, so a mistake never waits for the day it is used. */
function readCommands() {
    const migrate = (0,inputs/* readString */.E3)("migrate-command");
    const rollback = (0,inputs/* readString */.E3)("migrate-rollback-command") || undefined;
    const contract = (0,inputs/* readString */.E3)("contract-command") || undefined;
    const databaseUrl = readDatabaseUrl();
    const activeUrl = (0,inputs/* readUrl */.wo)("active-url", "https://shop.example.com");
    const lockTimeoutMs = (0,durations/* readDuration */.$7)("lock-timeout", "5m", 3_600_000);
    const timeoutMs = (0,durations/* readDuration */.$7)("migrate-timeout", "30m", 6 * 3_600_000);
    const envPassthrough = (0,shell/* readEnvPassthrough */.mp)();
    const gate = readGate();
    if (!migrate) {
        for (const [name, value] of [
            ["migrate-rollback-command", rollback],
            ["contract-command", contract],
        ])
            if (value)
                throw (0,inputs/* inputError */.Xu)("migrate-command", `is required when ${name} is given`, "npx prisma migrate deploy");
        return undefined;
    }
    const example = "postgres://deploy@db.internal:5432/shop";
    if (!databaseUrl)
        throw (0,inputs/* inputError */.Xu)("database-url", "is required with migrate-command: the migration lock is a PostgreSQL advisory lock in that database", example);
    if (!activeUrl)
        throw (0,inputs/* inputError */.Xu)("active-url", "is required with migrate-command: the N-1 gate checks the active color on the new schema", "https://shop.example.com");
    return { migrate, rollback, contract, databaseUrl, lockTimeoutMs, timeoutMs, envPassthrough, gate: { ...gate, activeUrl } };
}
function readDatabaseUrl() {
    const value = (0,inputs/* readString */.E3)("database-url");
    const example = "postgres://deploy@db.internal:5432/shop";
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw (0,inputs/* inputError */.Xu)("database-url", "is not a URL (postgres://user@host:port/database)", example);
    }
    for (const part of [url.username, url.password, decodeURIComponent(url.password)].filter(Boolean))
        runner/* setSecret */.Pq(part);
    if (url.protocol !== "postgres:" && url.protocol !== "postgresql:")
        throw (0,inputs/* inputError */.Xu)("database-url", `must be a postgres:// or postgresql:// URL, got a ${url.protocol}// one`, example);
    if (!url.hostname || url.pathname.length < 2)
        throw (0,inputs/* inputError */.Xu)("database-url", "must name a host and a database", example);
    return url;
}
function readGate() {
    const soakPath = (0,inputs/* readString */.E3)("gate-soak-path", "/");
    const problem = (0,urls/* pathProblem */.z9)(soakPath);
    if (problem)
        throw (0,inputs/* inputError */.Xu)("gate-soak-path", `${problem}, got ${(0,inputs/* quoted */.TL)(soakPath)}`, "/health");
    const soakMs = (0,durations/* readDuration */.$7)("gate-soak-duration", "30s", 3_600_000);
    if (soakMs > 0 && soakMs < 1_000)
        throw (0,inputs/* inputError */.Xu)("gate-soak-duration", "must be 0s (no soak) or at least 1s", "30s");
    const checks = (0,smoke_checks/* readChecks */.wf)();
    if (checks.some((c) => c.kind === "compare"))
        throw (0,inputs/* inputError */.Xu)("checks", "cannot hold a compare check here: the N-1 gate checks the active color alone", "- name: orders\n  path: /orders");
    return {
        checks,
        probe: (0,probe_inputs/* readProbeOptions */.vP)({ retries: 0, concurrency: 4 }),
        soakMs,
        soakPath,
        maxErrorRate: (0,inputs/* readPercent */.oO)("gate-max-error-rate", "1%"),
    };
}

;// CONCATENATED MODULE: ./build/migrate/lint.js




/** The squawk release this step was built and tested against; npx fetches it where none is installed. */
const SQUAWK_VERSION = "2.61.0";
/**
 * squawk's rules (docs: squawkhq.com/docs/rules) whose change breaks code written for the schema
 * before it: what the old color still runs. Every other finding (a missing lock_timeout, a
 * non-concurrent index) is about how the migration runs, not about old code, and stays advice.
 */
const CONTRACT_RULES = new Set([
    "renaming-column",
    "renaming-table",
    "ban-drop-column",
    "ban-drop-table",
    "ban-drop-database",
    "ban-truncate-cascade",
    "changing-column-type",
    "adding-required-field",
    "adding-not-nullable-field",
]);
function kindOf(rule) {
    return CONTRACT_RULES.has(rule) ? "contract" : "expand";
}
/** The findings of squawk's JSON reporter (`--reporter json`), classified; a file it cannot parse fails the step. */
function classify(files, json) {
    let violations;
    try {
        violations = JSON.parse(json);
        if (!Array.isArray(violations))
            throw new Error("not a list");
    }
    catch (error) {
        throw new errors/* CutoverError */.DB(`squawk's output is not its JSON report (${error.message}): ${json.slice(0, 200)}`);
    }
    const syntax = violations.find((v) => v.rule_name === "syntax-error");
    if (syntax)
        throw new errors/* CutoverError */.DB(`${syntax.file}:${syntax.line + 1} does not parse as PostgreSQL (${syntax.message}); nothing was migrated.`);
    const findings = violations.map((v) => ({
        file: v.file,
        line: v.line + 1,
        rule: v.rule_name,
        message: v.message,
        kind: kindOf(v.rule_name),
    }));
    const verdicts = {};
    for (const file of files)
        verdicts[file] = findings.some((f) => f.file === file && f.kind === "contract") ? "contract" : "expand";
    return { files, findings, verdicts };
}
/** squawk given as an input, else on PATH or in the workspace's node_modules, else the pinned release through npx. */
function squawkCommand(given, workspace) {
    if (given)
        return [given, []];
    const local = external_node_path_.join(workspace, "node_modules", ".bin", "squawk");
    const onPath = (process.env.PATH ?? "").split(external_node_path_.delimiter).find((dir) => dir && (0,external_node_fs_.existsSync)(external_node_path_.join(dir, "squawk")));
    if (onPath)
        return [external_node_path_.join(onPath, "squawk"), []];
    if ((0,external_node_fs_.existsSync)(local))
        return [local, []];
    return ["npx", ["--yes", `squawk-cli@${SQUAWK_VERSION}`]];
}
/** Runs squawk over the files (relative to the workspace) with its JSON reporter. */
async function lint(files, options, workspace) {
    if (!files.length)
        return { files, findings: [], verdicts: {} };
    const [command, prefix] = squawkCommand(options.squawk, workspace);
    const args = [
        ...prefix,
        "--reporter",
        "json",
        ...(options.config ? ["--config", options.config] : []),
        ...(options.pgVersion ? ["--pg-version", options.pgVersion] : []),
        ...files,
    ];
    const out = await new Promise((resolve, reject) => {
        // squawk exits 1 when it found anything: its report is on stdout either way.
        (0,external_node_child_process_.execFile)(command, args, { cwd: workspace, maxBuffer: 16 * 1024 * 1024, timeout: 120_000 }, (error, stdout, stderr) => {
            if (stdout.trim().startsWith("["))
                resolve(stdout);
            else
                reject(new errors/* CutoverError */.DB(`squawk did not lint the migrations (${error ? error.message.split("\n")[0] : "no report"}): ${stderr.trim().slice(0, 300)}`));
        });
    });
    return classify(files, out);
}

// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/smoke/run.js
var run = __webpack_require__(2123);
// EXTERNAL MODULE: ./build/soak/monitor.js + 1 modules
var monitor = __webpack_require__(68820);
;// CONCATENATED MODULE: ./build/migrate/gate.js






/**
 * The N-1 gate: the active color runs the previous release, so its smoke checks and a short soak
 * under its real traffic answer "does the old code work on the new schema?" before anything switches.
 */
async function n1Gate(ports, gate, active, signal) {
    const started = Date.now();
    runner/* info */.pq(`N-1 gate: the active color ${active} (old code) on the new schema, at ${(0,urls/* shownUrl */.zA)(gate.activeUrl)}.`);
    const checks = await smoke(gate, active);
    const failed = checks.filter((c) => !c.ok);
    if (failed.length) {
        const named = failed.map((c) => `check ${JSON.stringify(c.name)} on ${active} (active): ${c.reason}`);
        return { passed: false, failure: named.join("; "), checks, ms: Date.now() - started };
    }
    if (!gate.soakMs)
        return { passed: true, checks, ms: Date.now() - started };
    const url = (0,urls/* pathOn */.XA)(gate.activeUrl, gate.soakPath);
    runner/* info */.pq(`N-1 gate: soaking ${active} for ${(0,durations/* formatDuration */.a3)(gate.soakMs)} on ${(0,urls/* shownUrl */.zA)(url)}.`);
    const outcome = await (0,monitor/* soak */.R)(ports, {
        durationMs: gate.soakMs,
        windowMs: Math.min(10_000, gate.soakMs),
        minSamples: 10,
        consecutive: 2,
        maxErrorRate: gate.maxErrorRate,
        maxP95Ms: 2_000,
        probe: {
            url,
            everyMs: 100,
            options: {
                headers: gate.probe.headers,
                hostHeader: gate.probe.hostHeader,
                insecureTls: gate.probe.insecureTls,
                timeoutMs: 5_000,
            },
        },
        cloudWatchMetrics: false,
        metricPeriodSeconds: 60,
        pollMs: 5_000,
        alarms: [],
        requireTraffic: true,
    }, { color: active, since: Date.now() }, signal);
    const ms = Date.now() - started;
    if (outcome.result === "passed")
        return { passed: true, checks, soak: outcome, ms };
    const why = outcome.breach ??
        (outcome.result === "cancelled" ? "the run was cancelled" : `too little to judge (${outcome.figures.samples} samples)`);
    return { passed: false, failure: `soak of ${active} (active) on ${gate.soakPath}: ${why}`, checks, soak: outcome, ms };
}
async function smoke(gate, active) {
    const bases = { active: gate.activeUrl };
    const prober = new http/* Prober */.JC({
        ...gate.probe,
        credentialOrigins: [gate.activeUrl.origin, ...(gate.probe.credentialOrigins ?? [])],
    });
    const results = [];
    try {
        for (const check of gate.checks) {
            if (check.kind === "compare")
                continue;
            const result = await (0,run/* runCheck */.k_)(check, "active", { prober, bases, cdnOrigins: [] });
            const line = `${result.ok ? "✓" : "✗"} ${result.name} [${active}, active] ${result.status ?? ""}${result.reason ? `: ${result.reason}` : ""}`;
            if (result.ok)
                runner/* info */.pq(line);
            else
                runner/* error */.z3(line);
            results.push(result);
        }
    }
    finally {
        prober.close();
    }
    return results;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(77598);
// EXTERNAL MODULE: ./build/core/poll.js
var poll = __webpack_require__(72077);
;// CONCATENATED MODULE: ./build/migrate/lock.js





/** Two int4 keys from the lock's name: pg_advisory_lock(int, int) never collides with a one-bigint user lock. */
function lockKeys(name) {
    const digest = (0,external_node_crypto_.createHash)("sha256").update(name).digest();
    return [digest.readInt32BE(0), digest.readInt32BE(4)];
}
async function takeLock(databaseUrl, name, holder, timeoutMs) {
    const { default: pg } = await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 83849));
    const client = new pg.Client({
        connectionString: databaseUrl.href,
        application_name: holder.slice(0, 63),
        connectionTimeoutMillis: 15_000,
    });
    client.on("error", (error) => runner/* warning */.$e(`The migration lock's connection failed: ${(0,errors/* describeError */.Uc)(error)}`));
    try {
        await client.connect();
    }
    catch (error) {
        throw new errors/* CutoverError */.DB(`Could not connect to database-url to take the migration lock: ${(0,errors/* describeError */.Uc)(error)}. Nothing was migrated.`);
    }
    const [k1, k2] = lockKeys(name);
    const tryLock = async () => (await client.query("SELECT pg_try_advisory_lock($1, $2) AS ok", [k1, k2])).rows[0].ok;
    const holderOf = async () => (await client.query("SELECT a.application_name AS name, a.backend_start AS since FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid WHERE l.locktype = 'advisory' AND l.classid = $1::int::oid AND l.objid = $2::int::oid AND l.objsubid = 2 AND l.granted", [k1, k2])).rows[0];
    const polled = await (0,poll/* pollUntil */.g)(async () => {
        const ok = await tryLock();
        return { done: ok, value: ok ? undefined : await holderOf() };
    }, {
        timeoutMs,
        pollMs: 250,
        progress: (other, left) => `Waiting for the migration lock ${JSON.stringify(name)}, held by ${other?.name || "another session"}; ${left} left.`,
    });
    if (!polled.done) {
        await client.end().catch(() => undefined);
        const other = polled.value;
        throw new errors/* CutoverError */.DB(`The migration lock ${JSON.stringify(name)} is still held by ${other?.name || "another session"}${other ? ` (connected since ${other.since.toISOString()})` : ""} after ${(0,durations/* formatDuration */.a3)(timeoutMs)} (lock-timeout): another release is migrating this environment. Nothing was migrated; run again once it is done.`);
    }
    runner/* info */.pq(`Took the migration lock ${JSON.stringify(name)}${polled.ms > 1_000 ? ` after waiting ${(0,durations/* formatDuration */.a3)(polled.ms)}` : ""}.`);
    return {
        async running() {
            const rows = await client.query("SELECT pid, now() - query_start AS age, left(query, 120) AS query FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'active' AND backend_type = 'client backend'");
            return rows.rows.map((r) => `pid ${r.pid}: ${r.query.replace(/\s+/g, " ")}`);
        },
        async release() {
            await client.query("SELECT pg_advisory_unlock($1, $2)", [k1, k2]).catch(() => undefined);
            await client.end().catch(() => undefined);
        },
    };
}

;// CONCATENATED MODULE: ./build/migrate/release.js









/** One lock per database: one database is one schema, whichever environment or run migrates it. */
const LOCK_NAME = "cutover migrate";
/**
 * Under the lock: the expand migration (and the contract, when allowed), the ledger's schema marks,
 * then the N-1 gate; a gate that fails runs the down migration and puts the marks back.
 */
async function migrateUnderLock(ports, config, commands, active, contract) {
    const lock = await takeLock(commands.databaseUrl, LOCK_NAME, `cutover migrate ${(0,ledger_keys/* runMark */.n6)()}`, commands.lockTimeoutMs);
    const logs = [];
    try {
        const { ledger } = ports.router;
        const before = await ledger.read();
        const applied = (0,schema/* appliedSchema */.lo)(before);
        const env = commandEnv(commands, config, active);
        const ran = !(applied && (0,schema/* compareVersions */.Zy)(applied, config.schemaVersion) >= 0);
        if (!ran && (0,schema/* compareVersions */.Zy)(applied, config.schemaVersion) >= 0) {
            runner/* info */.pq(`The ledger says schema ${applied} is applied already (another run migrated while this one waited): migrate-command is not run again.`);
        }
        else {
            await runMigration(lock, "migrate-command", commands.migrate, env, commands, logs);
            if (contract && commands.contract)
                await runMigration(lock, "contract-command", commands.contract, env, commands, logs);
        }
        const migratedAt = Date.now();
        await recordSchema(ledger, before, config.schemaVersion, active, contract).catch((error) => {
            throw new errors/* CutoverError */.DB(`The migration to ${config.schemaVersion} ran, but recording it in the ledger failed: ${(0,errors/* describeError */.Uc)(error)} Nothing was deployed; the database is at ${config.schemaVersion}. Run migrate again: it records the schema without migrating twice only if your migrate-command is idempotent, as migration tools are.`);
        });
        // A gate that cannot run proves nothing: it fails, and the down migration runs.
        const gate = await n1Gate(ports, commands.gate, active).catch((error) => ({
            passed: false,
            failure: `the gate could not run: ${(0,errors/* describeError */.Uc)(error)}`,
            checks: [],
            ms: 0,
        }));
        const gateMs = Date.now() - migratedAt;
        runner/* info */.pq(`N-1 gate: ${gate.passed ? "passed" : "failed"} ${(0,durations/* formatDuration */.a3)(gateMs)} after the migration ended.`);
        if (gate.passed)
            return { state: ran ? "done" : "skipped", gate, gateMs, detail: "", logs };
        return { ...(await undo(ledger, before, commands, env, lock, logs)), gate, gateMs, logs };
    }
    finally {
        await lock.release();
    }
}
function commandEnv(commands, config, active) {
    return {
        CUTOVER_DATABASE_URL: commands.databaseUrl.href,
        CUTOVER_SCHEMA_VERSION: config.schemaVersion,
        CUTOVER_MIGRATIONS: config.files.join("\n"),
        CUTOVER_ACTIVE_COLOR: active,
        CUTOVER_STANDBY_COLOR: (0,color/* otherColor */.I)(active),
    };
}
/** A command that outlived its timeout is stopped, but its statements may still run in the database: then it is "running". */
async function runMigration(lock, label, command, env, commands, logs) {
    const lines = [];
    logs.push({ label, lines });
    try {
        await (0,shell/* runCommand */.d1)(label, command, env, commands.timeoutMs, commands.envPassthrough, lines);
    }
    catch (error) {
        const running = await lock.running().catch(() => []);
        if (running.length) {
            runner/* setOutput */.uH("migration", "running");
            throw new errors/* CutoverError */.DB(`${(0,errors/* describeError */.Uc)(error)} The migration is still RUNNING in the database (${running.join("; ")}): it is not done, nothing was deployed, and the ledger was not changed. Wait for it (or cancel it with pg_cancel_backend), then run migrate again.`);
        }
        runner/* setOutput */.uH("migration", "failed");
        throw new errors/* CutoverError */.DB(`${(0,errors/* describeError */.Uc)(error)} Nothing was deployed and the ledger was not changed.`);
    }
}
/** The schema is one per environment, so `applied` (and `contract`) go on both colors; `released` on the standby, which the release deploys. */
async function recordSchema(ledger, tags, version, active, contract) {
    const standby = (0,color/* otherColor */.I)(active);
    const previous = (0,schema/* appliedSchema */.lo)(tags);
    const marks = { [schema/* SCHEMA_TAG */.t0.applied]: version, ...(contract ? { [schema/* SCHEMA_TAG */.t0.contract]: version } : {}) };
    await (0,schema/* writeSchemaTags */.Kp)(ledger, tags, [
        // A color released before cutover tracked the schema was released against what was applied then.
        {
            color: active,
            set: { ...marks, ...(!tags[active][schema/* SCHEMA_TAG */.t0.released] && previous ? { [schema/* SCHEMA_TAG */.t0.released]: previous } : {}) },
        },
        { color: standby, set: { ...marks, [schema/* SCHEMA_TAG */.t0.released]: version } },
    ]);
}
/** The gate failed: the down migration, then the ledger as it was before. */
async function undo(ledger, before, commands, env, lock, logs) {
    if (!commands.rollback)
        return { state: "not-rolled-back", detail: "No migrate-rollback-command is given: the new schema stays applied." };
    try {
        await runMigration(lock, "migrate-rollback-command", commands.rollback, env, commands, logs);
    }
    catch (error) {
        return { state: "not-rolled-back", detail: `migrate-rollback-command failed: ${(0,errors/* describeError */.Uc)(error)}` };
    }
    const now = await ledger.read();
    const keys = Object.values(schema/* SCHEMA_TAG */.t0);
    await (0,schema/* writeSchemaTags */.Kp)(ledger, now, ["blue", "green"].map((color) => ({
        color,
        set: Object.fromEntries(keys.flatMap((k) => (before[color][k] ? [[k, before[color][k]]] : []))),
        remove: keys.filter((k) => !before[color][k]),
    })));
    return { state: "rolled-back", detail: "migrate-rollback-command ran: the schema is back where it was, and so is the ledger." };
}

// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
;// CONCATENATED MODULE: ./build/steps/migrate.js














/** Lints the release's migrations, runs the expand under the lock, and proves the old color on the new schema before deploy. */
const migrate_step = {
    name: "migrate",
    readInputs: () => ({ router: (0,registry/* readRouterConfig */.ab)(), migrate: readMigrateConfig() }),
    async run({ router, migrate }, ports) {
        const workspace = process.env.GITHUB_WORKSPACE || process.cwd();
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, router);
        (0,report/* setCommonOutputs */.Et)(snapshot);
        const { active } = (0,routing_snapshot/* settledColors */.w8)(snapshot, "migrate");
        const since = (0,ledger_keys/* versionOf */.E4)(snapshot.tags[active]);
        const changed = migrate.named ? undefined : await changedSince(migrate.files, since, workspace);
        const files = changed ?? migrate.files;
        runner/* info */.pq(migrate.named
            ? `Linting the ${files.length} migration files named.`
            : changed
                ? `Linting the ${files.length} of ${migrate.files.length} migration files changed since ${active}'s version ${since}.`
                : `Linting all ${files.length} migration files: ${since ? `${since} (${active}'s version) is not a commit this checkout knows` : `${active} carries no version`}.`);
        const linted = await lint(files, migrate.lint, workspace);
        for (const f of linted.findings)
            runner/* info */.pq(`${f.file}:${f.line} [${f.kind}] ${f.rule}: ${f.message}`);
        const contracts = files.filter((f) => linted.verdicts[f] === "contract");
        runner/* setOutput */.uH("verdicts", JSON.stringify(linted.verdicts));
        runner/* setOutput */.uH("contract-changes", String(contracts.length));
        runner/* setOutput */.uH("schema-version", migrate.schemaVersion);
        const lintSection = lintTable(linted);
        if (contracts.length && !migrate.allowContract) {
            runner/* setOutput */.uH("migration", "refused");
            const why = `The lint found contract changes in ${contracts.join(", ")}: code the active color (${active}) runs would break on them. Contract changes belong in a later release, once the color that predates them is torn down (teardown's contract-command); nothing was migrated. Set allow-contract: true only for a release whose old color is gone.`;
            await (0,summary/* writeSummary */.Sy)("cutover migrate: contract change refused", snapshot, [`**Refused.** ${why}`, lintSection], {
                word: "failed",
            });
            throw new errors/* CutoverError */.DB(why);
        }
        if (contracts.length) {
            const problem = (0,schema/* contractProblem */.ks)(snapshot.tags, active);
            if (problem) {
                runner/* setOutput */.uH("migration", "refused");
                const why = `allow-contract is true, but ${problem}. Tear it down first; nothing was migrated.`;
                await (0,summary/* writeSummary */.Sy)("cutover migrate: contract change refused", snapshot, [`**Refused.** ${why}`, lintSection], {
                    word: "failed",
                });
                throw new errors/* CutoverError */.DB(why);
            }
            runner/* warning */.$e(`allow-contract: true lets ${contracts.join(", ")} through the lint; the N-1 gate still checks ${active} on the result.`);
        }
        if (!migrate.commands) {
            runner/* setOutput */.uH("migration", "linted");
            await (0,summary/* writeSummary */.Sy)("cutover migrate: linted", snapshot, [`**Linted** ${files.length} files; no migrate-command is given.`, lintSection], {
                word: "checked",
                next: "run your migrations, then deploy-standby; or give migrate-command so that migrate runs them under the N-1 gate.",
            });
            return;
        }
        const migrated = await migrateUnderLock(ports, migrate, migrate.commands, active, contracts.length > 0);
        runner/* setOutput */.uH("migration", migrated.state);
        runner/* setOutput */.uH("gate-ms", String(migrated.gateMs ?? ""));
        await migrate_report(migrated, migrate, active, snapshot, lintSection);
    },
};
async function migrate_report(migrated, migrate, active, snapshot, lintSection) {
    const gate = migrated.gate;
    const checks = (0,report/* table */.tp)(["", "Check", "Color", "Status", "Why it failed"], (gate?.checks ?? []).map((c) => [
        c.ok ? "✅" : "❌",
        (0,report/* clip */.$Q)(c.name, 80),
        `${active} (active)`,
        String(c.status ?? "—"),
        (0,report/* clip */.$Q)(c.reason ?? "", 300),
    ]));
    const soak = gate?.soak
        ? `Soak of ${active}: ${gate.soak.result}, ${gate.soak.figures.samples} samples, error rate ${(gate.soak.figures.errorRate * 100).toFixed(2)}%.`
        : "";
    const timing = migrated.gateMs === undefined ? "" : `The N-1 gate's verdict came ${migrated.gateMs} ms after the migration ended.`;
    if (gate?.passed) {
        await (0,summary/* writeSummary */.Sy)(`cutover migrate: ${migrate.schemaVersion} ${migrated.state === "skipped" ? "already applied" : "applied"}, ${active} passed the N-1 gate`, snapshot, [
            `**Migrated** to schema ${migrate.schemaVersion}; the active color ${active} (old code) works on it. ${timing}`,
            lintSection,
            checks,
            soak,
            commandLogs(migrated),
        ]);
        return;
    }
    const what = `The N-1 gate failed after migration ${migrate.schemaVersion}: ${gate?.failure}.`;
    const verdict = `${what} ${migrated.detail} The standby was not deployed.`;
    await (0,summary/* writeSummary */.Sy)(`cutover migrate: N-1 gate failed on ${active}`, snapshot, [`**Failed.** ${verdict}`, timing, lintSection, checks, soak, commandLogs(migrated)], { word: "failed" });
    throw new errors/* CutoverError */.DB(verdict);
}
const LOG_LINES = 30;
/** The commands' last lines, each in a code span: their output is the user's, never Markdown. */
function commandLogs(migrated) {
    return migrated.logs
        .map(({ label, lines }) => {
        const shown = lines.filter((l) => l.trim()).slice(-LOG_LINES);
        if (shown.length === 0)
            return `**${label}** printed nothing.`;
        const which = shown.length === LOG_LINES ? `last ${LOG_LINES} lines` : shown.length === 1 ? "1 line" : `${shown.length} lines`;
        return `**${label}** (${which}):\n\n${shown.map((l) => `- ${(0,untrusted/* code */.aY)(l)}`).join("\n")}`;
    })
        .join("\n\n");
}
function lintTable(linted) {
    const files = (0,report/* table */.tp)(["File", "Verdict"], linted.files.map((f) => [f, linted.verdicts[f] ?? "expand"]));
    const findings = linted.findings.length
        ? (0,report/* table */.tp)(["Where", "Kind", "Rule", "Finding"], linted.findings.map((f) => [`${f.file}:${f.line}`, f.kind, f.rule, (0,report/* clip */.$Q)(f.message, 200)]))
        : "";
    const count = linted.files.length === 1 ? "1 file" : `${linted.files.length} files`;
    return [`**Lint** (squawk): ${count}.`, files, findings].filter(Boolean).join("\n\n");
}


/***/ })

};
