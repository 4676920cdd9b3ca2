export const id = 820;
export const ids = [820];
export const modules = {

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


/***/ })

};
