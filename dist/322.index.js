export const id = 322;
export const ids = [322];
export const modules = {

/***/ 97322:
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
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/probe/stats.js
var stats = __webpack_require__(20962);
;// CONCATENATED MODULE: ./build/soak/window.js

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
        return windowFigures(samples, errors, Math.round((0,stats/* percentile */.Ym)(latencies, 95)));
    }
}

;// CONCATENATED MODULE: ./build/soak/judge.js


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
        this.window = new SlidingWindow(config.windowMs);
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
        const low = errors.score >= THRESHOLD ? wilsonLow(errors.hits, errors.n) : 0;
        if (low > maxErrorRate) {
            return {
                breach: `probes: error rate ${pct(errors.hits / errors.n)} (${errors.hits}/${errors.n}, at least ${pct(low)} at 95% confidence) > max-error-rate ${pct(maxErrorRate)}`,
            };
        }
        const p95 = this.#slow.score >= THRESHOLD
            ? Math.round((0,stats/* percentile */.Ym)([...this.#slowRun].sort((a, b) => a - b), 95))
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
async function readTargetGroup(metrics, config, target, now) {
    const dims = target.dimensions;
    if (!dims)
        return undefined;
    const start = Math.max(target.since, now - Math.max(config.windowMs, 2 * config.metricPeriodSeconds * 1000));
    try {
        const series = await metrics.getMetrics([...countQueries(dims), { id: "p95", metric: "TargetResponseTime", stat: "p95", ...dims }], new Date(start - config.metricPeriodSeconds * 1000), new Date(now), config.metricPeriodSeconds);
        const samples = total(series, "requests");
        const errors = Math.min(samples, total(series, "errors"));
        const p95 = Math.max(0, ...(series.get("p95") ?? []).map((p) => p.value * 1000));
        return { figures: windowFigures(samples, errors, Math.round(p95)), periods: (series.get("requests") ?? []).length };
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
async function soak(aws, config, target, signal) {
    const started = Date.now();
    const sources = await openSources(aws, config, target);
    const watch = new SoakWatch(config, target, sources, started);
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
}
/** The probes, and CloudWatch when a source needs it: the alarms checked to exist, the old color's baseline read. */
async function openSources(aws, config, target) {
    const probes = config.probe ? new ProbeJudge({ ...config, everyMs: config.probe.everyMs }) : undefined;
    const prober = config.probe ? new http/* Prober */.JC({ ...config.probe.options, concurrency: MAX_IN_FLIGHT }) : undefined;
    const metrics = config.targetGroupMetrics || config.alarms.length || config.maxIncrease !== undefined ? await aws.metrics() : undefined;
    await (0,gates/* requireAlarms */.C9)(aws, config.alarms);
    const baseline = config.maxIncrease !== undefined && metrics ? await readBaseline(metrics, config, target) : undefined;
    return { probes, prober, metrics, baseline };
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
        const verdict = judge(this.#config, probeFigures(probes, now), probes?.verdict(now) ?? {}, this.#polled, this.#sources.baseline);
        this.#breaches = countBreaches(this.#breaches, verdict, this.#config.consecutive);
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
        const { probes } = this.#sources;
        return Math.min(probes ? probes.nextProbeAt() : this.#nextPoll, this.#nextPoll, this.#started + this.#config.durationMs);
    }
    /** A soak the run's cancel stopped: not judged, whatever it saw so far. */
    cancelled(now) {
        const { probes, baseline } = this.#sources;
        const figures = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline).figures;
        return this.#outcome({ result: "cancelled", figures, ms: now - this.#started });
    }
    /** The verdict of a soak that ran its course: passed, too little traffic to judge, or a source that never answered. */
    end(now) {
        const { probes, prober, baseline } = this.#sources;
        const figures = judge(this.#config, probeFigures(probes, now), {}, this.#polled, baseline).figures;
        const ms = now - this.#started;
        const silent = [
            this.#config.alarms.length && !this.#answered.has("alarms") ? "alarm-names" : "",
            this.#config.metricsUrl && !this.#answered.has("metrics-url") ? "metrics-url" : "",
        ].filter(Boolean);
        if (silent.length)
            return this.#outcome({ result: "no-data", silent, figures, ms });
        const enough = figures.samples >= this.#config.minSamples || (!prober && !this.#config.targetGroupMetrics);
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
            cloudwatchReported: this.#config.targetGroupMetrics ? this.#cloudwatchReported : undefined,
        };
    }
}
function cloudWatchNote(color, reported) {
    return reported
        ? `CloudWatch reported its first complete period for ${color}.`
        : `CloudWatch has not reported a complete period for ${color} since the switch yet: ALB publishes its metrics once a minute, after the minute ends.`;
}
function pointAt(t, f) {
    return { t, errorRate: f.errorRate, p95Ms: f.p95Ms, samples: f.samples };
}
function probeFigures(probes, now) {
    return probes ? probes.figures(now) : windowFigures(0, 0, 0);
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
        metrics && config.targetGroupMetrics ? readTargetGroup(metrics, config, target, now) : undefined,
        config.metricsUrl ? readMetricsUrl(config.metricsUrl) : undefined,
    ]);
    return { alarm: alarm?.firing, alarmsRead: alarm !== undefined, cloudwatch: read?.figures, periods: read?.periods, reported };
}


/***/ })

};
