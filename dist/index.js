import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 2613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 4434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 9896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 8611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 5692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 9278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 4589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 6698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 1421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 7540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 8474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 1455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 7067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 2467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 4708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 7030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 643:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:perf_hooks");

/***/ }),

/***/ 1708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process");

/***/ }),

/***/ 1792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 7075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 1692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 3429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 8522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 3193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 4756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 9023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 6042:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   nZ: () => (/* binding */ cancellable)
/* harmony export */ });
/* unused harmony export isCancel */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8854);

/** Why an abort happened: the runner cancelled the job. */
class Cancelled extends Error {
    name = "Cancelled";
    constructor(signal) {
        super(`${signal} received: the run was cancelled`);
    }
}
/**
 * GitHub's runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after.
 * While `work` runs, either signal aborts its AbortSignal instead of killing the process, so that
 * it can leave the router in a known state within that grace.
 */
async function cancellable(whatNext, work) {
    const controller = new AbortController();
    const handlers = ["SIGINT", "SIGTERM"].map((name) => {
        const handler = () => {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} received: ${whatNext} before exiting.`);
            if (!controller.signal.aborted)
                controller.abort(new Cancelled(name));
        };
        process.on(name, handler);
        return [name, handler];
    });
    try {
        return await work(controller.signal);
    }
    finally {
        for (const [name, handler] of handlers)
            process.off(name, handler);
    }
}
/** Settles with `promise`, or rejects as soon as `signal` aborts: a retry loop must not hold a cancel up. */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted)
        return Promise.reject(signal.reason);
    return new Promise((resolve, reject) => {
        const onAbort = () => reject(signal.reason);
        signal.addEventListener("abort", onAbort, { once: true });
        Promise.resolve(promise)
            .then(resolve, reject)
            .finally(() => signal.removeEventListener("abort", onAbort));
    });
}
function isCancel(error) {
    return error instanceof Cancelled;
}


/***/ }),

/***/ 1273:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ otherColor),
/* harmony export */   l: () => (/* binding */ COLORS)
/* harmony export */ });
const COLORS = ["blue", "green"];
function otherColor(color) {
    return color === "blue" ? "green" : "blue";
}


/***/ }),

/***/ 2027:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ CutoverError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   uF: () => (/* binding */ awsCall)
/* harmony export */ });
/* unused harmony export errorCode */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(6042);

/**
 * A failure the step foresaw and can explain: a gate that said no, a router in an unexpected
 * state, an AWS call that was refused. Reported without a stack trace; anything else is a bug.
 */
class CutoverError extends Error {
    name = "CutoverError";
    /** What became of the release: the first word of the summary's verdict. */
    outcome;
    /** The verdict without what the log line adds for grep (a timeline in one line, say). */
    verdict;
    /** What matters for this outcome, as Markdown blocks for the job summary. */
    details;
    constructor(message, options = {}) {
        super(message, { cause: options.cause });
        this.outcome = options.outcome ?? "failed";
        this.verdict = options.verdict ?? message;
        this.details = options.details ?? [];
    }
    /** Set when the outputs already say where the routes stand, so the outer catch need not read them again. */
    outputsSet = false;
}
/** An AWS call that failed, named by service and operation, with the IAM permission it needs. */
class AwsCallError extends CutoverError {
    name = "AwsCallError";
    code;
    constructor(service, operation, cause) {
        const code = errorCode(cause);
        const message = cause instanceof Error ? cause.message : String(cause);
        const hint = /AccessDenied|UnauthorizedOperation|NotAuthorized/.test(code)
            ? ` The role needs the IAM permission ${iamAction(service, operation)}.`
            : "";
        const prefix = code === "Error" || message.startsWith(code) ? "" : `${code}: `;
        super(`${service} ${operation} failed: ${prefix}${message.replace(/\.$/, "")}.${hint}`, { cause });
        this.code = code;
    }
}
function errorCode(error) {
    if (error && typeof error === "object" && "name" in error && typeof error.name === "string")
        return error.name;
    return "Error";
}
function iamAction(service, operation) {
    const prefix = { ELBv2: "elasticloadbalancing", CloudFront: "cloudfront", CloudWatch: "cloudwatch" }[service];
    return `${prefix ?? service.toLowerCase()}:${operation}`;
}
function describeError(error) {
    return error instanceof Error ? error.message : String(error);
}
/** Runs one AWS call; a failure becomes an AwsCallError that names the service and operation. */
async function awsCall(service, operation, send) {
    try {
        return await send();
    }
    catch (error) {
        if (error instanceof _cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .Cancelled */ .cJ)
            throw error;
        throw new AwsCallError(service, operation, error);
    }
}


/***/ }),

/***/ 410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   SE: () => (/* binding */ waitForHealthy),
/* harmony export */   u7: () => (/* binding */ judgeHealth)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8229);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8854);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1889);



const DRAINING = new Set(["draining", "unhealthy.draining"]);
/** The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them. */
function judgeHealth(color, targets, minHealthy) {
    const serving = targets.filter((t) => !DRAINING.has(t.state));
    const healthy = serving.filter((t) => t.state === "healthy").length;
    const verdict = { color, healthy, serving, targets };
    if (healthy < minHealthy) {
        return {
            ...verdict,
            ok: false,
            problem: `${color} has ${healthy} healthy target(s); at least ${minHealthy} required (min-healthy-targets).`,
        };
    }
    if (healthy < serving.length) {
        return {
            ...verdict,
            ok: false,
            problem: `${serving.length - healthy} of ${color}'s ${serving.length} target(s) are not healthy.`,
        };
    }
    return { ...verdict, ok: true };
}
function describeTarget(t) {
    const where = t.port ? `${t.id}:${t.port}` : t.id;
    const why = [t.reason, t.description].filter(Boolean).join(": ");
    return `${where} ${t.state}${why ? ` (${why})` : ""}`;
}
function describeTargets(targets) {
    return targets.length ? targets.map(describeTarget).join(", ") : "no targets registered";
}
/**
 * Waits until the color passes the health gate, with a progress line every few seconds; past the
 * timeout the verdict lists each target that is not healthy, with its state and reason code.
 */
async function waitForHealthy(describe, color, minHealthy, timeoutMs, pollMs = 1_000) {
    const started = Date.now();
    let nextProgress = started + 5_000;
    for (;;) {
        const verdict = judgeHealth(color, await describe(), minHealthy);
        const ms = Date.now() - started;
        if (verdict.ok || ms >= timeoutMs)
            return { ...verdict, ms };
        if (Date.now() >= nextProgress) {
            const waiting = verdict.serving.filter((t) => t.state !== "healthy");
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(waiting)}; ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs - ms)} left.`);
            nextProgress += 5_000;
        }
        await (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(Math.min(pollMs, Math.max(0, timeoutMs - ms)));
    }
}


/***/ }),

/***/ 8229:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   MD: () => (/* binding */ readArn),
/* harmony export */   Mm: () => (/* binding */ readOptionalChoice),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   XP: () => (/* binding */ readRegion),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   _m: () => (/* binding */ readArnList),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   fO: () => (/* binding */ readRequiredArn),
/* harmony export */   hf: () => (/* binding */ readingAs),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   mI: () => (/* binding */ readMetricPeriod),
/* harmony export */   nf: () => (/* binding */ readRequiredString),
/* harmony export */   oO: () => (/* binding */ readPercent),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* unused harmony exports parseArn, REGION_PATTERN */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8854);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(9018);


/**
 * A mistake in what the user gave us (inputs, router layout, tags), as opposed to a bug or an
 * outage. The runner reports it as one `::error::` line, without a stack trace.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
const ARN_EXAMPLES = {
    listener: "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2",
    "listener-rule": "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener-rule/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee",
    targetgroup: "arn:aws:elasticloadbalancing:us-east-1:123456789012:targetgroup/app-blue/6d0ecf831eec9f09",
    loadbalancer: "arn:aws:elasticloadbalancing:us-east-1:123456789012:loadbalancer/app/my-alb/50dc6c495c0c9188",
};
const ARN_RESOURCE_PATTERNS = {
    listener: /^listener\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+$/,
    "listener-rule": /^listener-rule\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+\/[0-9a-f]+\/[0-9a-f]+$/,
    targetgroup: /^targetgroup\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
    loadbalancer: /^loadbalancer\/app\/[A-Za-z0-9-]{1,32}\/[0-9a-f]+$/,
};
const ARN_PATTERN = /^arn:(aws|aws-cn|aws-us-gov|aws-iso|aws-iso-b):elasticloadbalancing:([a-z]{2}(?:-[a-z]+)+-\d):(\d{12}):(.+)$/;
let aliases = {};
/**
 * Reads a step's inputs under other names: the one-step root action gives each phase's inputs
 * their own names (`paths` of warm-caches is `warm-paths` there), and errors name what the user set.
 */
function readingAs(names, read) {
    const saved = aliases;
    aliases = names;
    try {
        return read();
    }
    finally {
        aliases = saved;
    }
}
function inputName(name) {
    return aliases[name] ?? name;
}
function inputError(name, problem, example) {
    const shown = inputName(name);
    return new ConfigurationError(`Input '${shown}' ${problem}. Example: ${shown}: ${example}`);
}
function show(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
/** The raw input, trimmed; '' when unset. Kept separate so that every reader sees the same value. */
function raw(name) {
    return _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .getInput */ .V4(inputName(name)).trim();
}
function readString(name, fallback = "") {
    return raw(name) || fallback;
}
function readRequiredString(name, example) {
    const value = raw(name);
    if (!value)
        throw inputError(name, "is required but was empty", example);
    return value;
}
/** Items separated by commas and/or newlines; blanks dropped. */
function readList(name) {
    return raw(name)
        .split(/[\n,]/)
        .map((item) => item.trim())
        .filter((item) => item.length > 0);
}
const TRUE_WORDS = new Set(["true", "True", "TRUE"]);
const FALSE_WORDS = new Set(["false", "False", "FALSE"]);
/** YAML 1.2 core-schema booleans only: `yes`/`on` are mistakes, not truths. */
function readBoolean(name, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (TRUE_WORDS.has(value))
        return true;
    if (FALSE_WORDS.has(value))
        return false;
    throw inputError(name, `must be true or false, got ${show(value)}`, String(fallback));
}
function readInteger(name, fallback, range) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (!/^-?\d+$/.test(value))
        throw inputError(name, `must be a whole number, got ${show(value)}`, String(fallback));
    const parsed = Number(value);
    if (parsed < range.min || parsed > range.max) {
        throw inputError(name, `must be between ${range.min} and ${range.max}, got ${parsed}`, String(fallback));
    }
    return parsed;
}
/** `1%`, `0.5%` or a fraction such as `0.01`; returned as a fraction. */
function readPercent(name, fallback) {
    const value = raw(name) || fallback;
    const match = /^(\d+(?:\.\d+)?)(%?)$/.exec(value);
    const fraction = match ? Number(match[1]) / (match[2] ? 100 : 1) : Number.NaN;
    if (!match || fraction > 1 || (!match[2] && Number(match[1]) > 1)) {
        throw inputError(name, `must be a percentage such as 1% or a fraction such as 0.01, got ${show(value)}`, fallback);
    }
    return fraction;
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw inputError(name, `must be one of ${choices.join(", ")}, got ${show(value)}`, fallback);
}
/** A choice that may be left empty: undefined then. */
function readOptionalChoice(name, choices) {
    if (!raw(name))
        return undefined;
    return readChoice(name, choices, choices[0]);
}
const DURATION_UNITS_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `5m`, `24h`, `1h30m`, `250ms`, `0s`. A bare number is refused: its unit would be a guess. */
function parseDuration(text) {
    if (!/^(\d+(ms|s|m|h|d))+$/.test(text))
        return undefined;
    let total = 0;
    for (const [, amount, unit] of text.matchAll(/(\d+)(ms|s|m|h|d)/g)) {
        total += Number(amount) * DURATION_UNITS_MS[unit];
    }
    return total;
}
function formatDuration(ms) {
    if (ms < 1_000)
        return `${Math.round(ms)}ms`;
    if (ms < 60_000)
        return `${(ms / 1_000).toFixed(ms < 10_000 ? 1 : 0)}s`;
    const minutes = Math.floor(ms / 60_000);
    const seconds = Math.round((ms % 60_000) / 1_000);
    if (minutes < 60)
        return seconds ? `${minutes}m${seconds}s` : `${minutes}m`;
    const hours = Math.floor(minutes / 60);
    return minutes % 60 ? `${hours}h${minutes % 60}m` : `${hours}h`;
}
/** A duration in milliseconds. */
function readDuration(name, fallback, max = DURATION_UNITS_MS.d * 365) {
    const value = raw(name) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw inputError(name, `must be a duration such as 90s, 5m or 24h, got ${show(value)}`, fallback);
    }
    if (ms > max)
        throw inputError(name, `must be at most ${formatDuration(max)}, got ${value}`, fallback);
    return ms;
}
/**
 * metric-period in seconds. ALB publishes its CloudWatch metrics once a minute, so a shorter
 * period gives no finer data (and shows empty periods between the minutes): whole minutes only.
 */
function readMetricPeriod() {
    const ms = readDuration("metric-period", "60s", 3_600_000);
    if (ms < 60_000 || ms % 60_000 !== 0) {
        throw inputError("metric-period", `must be whole minutes, got ${raw("metric-period")}: ALB publishes its CloudWatch metrics once a minute, so a shorter period gives no finer data`, "60s");
    }
    return ms / 1000;
}
function parseArn(value) {
    const match = ARN_PATTERN.exec(value);
    if (!match)
        return undefined;
    const [, partition, region, account, resource] = match;
    return { value, partition, region, account, resource };
}
function checkArn(name, value, type) {
    const arn = parseArn(value);
    if (!arn || !ARN_RESOURCE_PATTERNS[type].test(arn.resource)) {
        const what = type === "listener-rule" ? "listener rule" : type === "targetgroup" ? "target group" : type;
        throw inputError(name, `is not an Application Load Balancer ${what} ARN: got ${show(value)}`, ARN_EXAMPLES[type]);
    }
    return arn;
}
function readArn(name, type) {
    const value = raw(name);
    return value ? checkArn(name, value, type) : undefined;
}
function readRequiredArn(name, type) {
    const value = raw(name);
    if (!value)
        throw inputError(name, "is required but was empty", ARN_EXAMPLES[type]);
    return checkArn(name, value, type);
}
function readArnList(name, type) {
    const arns = readList(name).map((value) => checkArn(name, value, type));
    const seen = new Set();
    for (const arn of arns) {
        if (seen.has(arn.value))
            throw inputError(name, `lists ${show(arn.value)} twice`, ARN_EXAMPLES[type]);
        seen.add(arn.value);
    }
    return arns;
}
function readUrl(name, example = "https://test.example.com/health") {
    const value = raw(name);
    if (!value)
        return undefined;
    let url;
    try {
        url = new URL(value);
    }
    catch {
        throw inputError(name, `is not a URL, got ${show((0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .hideUserinfo */ .kc)(value))} (a scheme such as https:// is required)`, example);
    }
    (0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .maskUserinfo */ .g6)(url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw inputError(name, `must be an http:// or https:// URL, got ${show((0,_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .shownUrl */ .zA)(url))}`, example);
    }
    return url;
}
const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
function readRegion(name) {
    const value = raw(name);
    if (!value)
        return undefined;
    if (!REGION_PATTERN.test(value))
        throw inputError(name, `is not an AWS region, got ${show(value)}`, "eu-west-1");
    return value;
}


/***/ }),

/***/ 978:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $Q: () => (/* binding */ clip),
/* harmony export */   Et: () => (/* binding */ setCommonOutputs),
/* harmony export */   Jc: () => (/* binding */ colorNotes),
/* harmony export */   Jt: () => (/* binding */ SUMMARY_LIMIT),
/* harmony export */   PX: () => (/* binding */ tornDownAt),
/* harmony export */   XJ: () => (/* binding */ logSnapshot),
/* harmony export */   az: () => (/* binding */ routeTable),
/* harmony export */   mW: () => (/* binding */ fitSummary),
/* harmony export */   sR: () => (/* binding */ colorTable),
/* harmony export */   tk: () => (/* binding */ routesLine),
/* harmony export */   tp: () => (/* binding */ table),
/* harmony export */   uG: () => (/* binding */ leadingColor)
/* harmony export */ });
/* unused harmony exports percent, colorRows */
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1273);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8229);
/* harmony import */ var _router_routes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1054);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8854);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(6437);





/** The color that holds the traffic; while shifting, the one with the larger share. */
function leadingColor(state) {
    if (state.active)
        return state.active;
    const weights = state.production ?? state.routes[0].weights;
    return weights.green > weights.blue ? "green" : "blue";
}
function percent(weights, color) {
    const total = weights.blue + weights.green;
    return total === 0 ? 0 : Math.round((weights[color] / total) * 100);
}
/** The outputs DESIGN.md promises from every step: how jobs hand the colors to each other. */
function setCommonOutputs(snapshot) {
    const active = leadingColor(snapshot.state);
    const standby = (0,_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(active);
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("active-color", active);
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("standby-color", standby);
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("active-target-group-arn", snapshot.config.targetGroups[active]);
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("standby-target-group-arn", snapshot.config.targetGroups[standby]);
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("active-version", (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOf */ .E4)(snapshot.tags[active]));
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("standby-version", (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOf */ .E4)(snapshot.tags[standby]));
    _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .setOutput */ .uH("shifting", snapshot.state.active ? "false" : "true");
}
function role(state, tags, color) {
    if (!state.production)
        return "routes disagree";
    if (!state.active)
        return "shifting";
    if (state.active === color)
        return "active";
    return tornDownAt(tags) ? "torn down" : "standby";
}
/** When the color was torn down, unless a release was deployed onto it since. */
function tornDownAt(tags) {
    const at = tags[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.tornDownAt];
    const deployed = tags[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.deployedAt];
    return at && !(deployed && deployed > at) ? at : undefined;
}
function healthCell(verdict) {
    if (!verdict)
        return "not read";
    if (verdict.serving.length === 0)
        return "none registered";
    return `${verdict.healthy}/${verdict.serving.length} healthy`;
}
/** What the table cannot say: a torn-down color, and why the standby was last taken out of service. */
function colorNotes(snapshot) {
    return _color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.flatMap((color) => {
        const tags = snapshot.tags[color];
        const gone = tornDownAt(tags);
        const reason = tags[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.rollbackReason];
        const retired = tags[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.retiredAt];
        const notes = [];
        if (reason && retired)
            notes.push(`**${color}** was rolled back at ${retired}, because: ${reason}.`);
        if (gone)
            notes.push(`**${color}** was torn down at ${gone}${retired ? `, ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.parse(gone) - Date.parse(retired))} after it was retired` : ""}: it has no targets to roll back to until deploy-standby runs again.`);
        return notes;
    });
}
function colorRows(snapshot) {
    const { state, tags } = snapshot;
    const weights = state.production ?? state.routes[0].weights;
    return _color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((color) => [
        color,
        role(state, tags[color], color),
        `${percent(weights, color)}%`,
        (0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .versionOf */ .E4)(tags[color]) || "—",
        tags[color][_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.liveSince] ?? "—",
        tags[color][_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.retiredAt] ?? "—",
        healthCell(snapshot.health?.[color]),
    ]);
}
function logSnapshot(snapshot) {
    for (const route of snapshot.state.routes) {
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`  ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routeName */ .xG)(route.ref).padEnd(40)} ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(route.weights)}`);
    }
    for (const [color, ...rest] of colorRows(snapshot)) {
        const [roleText, share, version, liveSince, retiredAt, health] = rest;
        _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`  ${color?.padEnd(6)} ${roleText?.padEnd(8)} ${share?.padStart(4)}  version ${version}  live-since ${liveSince}  retired-at ${retiredAt}  ${health}`);
    }
}
const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Targets"];
function table(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
function colorTable(snapshot) {
    return table(COLOR_HEADER, colorRows(snapshot));
}
function routeTable(rows) {
    return table(["Route", "Before", "After"], rows.map((r) => [r.route, r.before, r.after]));
}
/** The routes in one line, by short names: the colors table says the rest. */
function routesLine(snapshot) {
    return `Routes: ${snapshot.state.routes.map((r) => `\`${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .shortRouteName */ .h)(r.ref)}\` ${(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(r.weights)}`).join(" · ")}`;
}
/** GitHub refuses a step's summary over 1 MiB ("Job summaries": each step is limited to 1 MiB). */
const SUMMARY_LIMIT = 1024 * 1024;
const CUT_NOTE_ROOM = 300;
/** The block as it fits in `room` bytes: whole lines up to a point, then a note that it was cut. */
function fitSummary(block, room) {
    const size = Buffer.byteLength(block);
    if (size <= room)
        return block;
    const kept = Buffer.from(block)
        .subarray(0, Math.max(0, room - CUT_NOTE_ROOM))
        .toString("utf8");
    const cut = kept.slice(0, Math.max(0, kept.lastIndexOf("\n")));
    return `${cut}\n\n> **Cut here**: this summary would be ${Math.round(size / 1024)} KiB, over GitHub's 1 MiB limit for a step's summary. The step's log has every line.\n`;
}
/** A value shown in a line or a cell, cut to `max` characters. */
function clip(text, max = 200) {
    return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}


/***/ }),

/***/ 4797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ Router),
/* harmony export */   Ms: () => (/* binding */ RouterChangedError),
/* harmony export */   PP: () => (/* binding */ testRouteProblem),
/* harmony export */   oK: () => (/* binding */ describeRoutes),
/* harmony export */   t2: () => (/* binding */ RouteWriteError),
/* harmony export */   y: () => (/* binding */ productionRoutes)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8229);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8854);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(1889);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(1054);






/**
 * Some route writes failed, never showed, or were cancelled. `written` are the ones ELBv2 accepted;
 * `attempted` all that were sent: a write that failed or was cut off may still have landed.
 */
class RouteWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB {
    name = "RouteWriteError";
    written;
    attempted;
    cancelled;
    constructor(message, written, attempted, cancelled = false) {
        super(message);
        this.written = written;
        this.attempted = attempted;
        this.cancelled = cancelled;
    }
}
/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
class RouterChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB {
    name = "RouterChangedError";
}
const POLL_MS = 1_000;
const PROGRESS_MS = 5_000;
/** Urgent writes run in parallel and all end within this: well inside the runner's 7.5 s cancel grace. */
const URGENT_MS = 5_000;
function productionRoutes(state) {
    return state.routes.filter((r) => r.ref.role === "production");
}
/**
 * A test route must send to the standby: one left on the live color (a switch or rollback ran
 * without it) would have smoke-test check production while calling it the standby.
 */
function testRouteProblem(state) {
    if (!state.active)
        return undefined;
    const standby = (0,_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(state.active);
    const wrong = state.routes.filter((r) => r.ref.role === "test" && (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .soleColor */ .Nl)(r.weights) !== standby);
    if (wrong.length === 0)
        return undefined;
    const names = wrong.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)} (${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)})`).join(", ");
    return `The test route ${names} does not send to the standby, ${standby}: it reaches the live color, ${state.active}. A switch or rollback ran without test-listener-arn (or test-rule-arns). Add them to every switch and rollback; to fix the test route now, run switch with to: ${state.active} and test-listener-arn set, which writes only the test route.`;
}
function describeRoutes(routes) {
    return routes.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
}
/** Whether the production routes agree, and on which color, from each route's weights. */
function stateOf(routes) {
    const production = routes.filter((r) => r.ref.role === "production");
    const first = production[0].weights;
    const agreed = production.every((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSplit */ .xY)(r.weights, first));
    return { routes, production: agreed ? first : undefined, active: agreed ? (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .soleColor */ .Nl)(first) : undefined };
}
/** Reads and writes the weights of every configured route as one unit. */
class Router {
    #lb;
    #config;
    /** The client with its own short retry budget, for writes that must land inside a cancel's grace. */
    #urgent;
    constructor(lb, config, urgent = lb) {
        this.#lb = lb;
        this.#config = config;
        this.#urgent = urgent;
    }
    async read(lb = this.#lb) {
        const actions = await this.#readActions(this.#config.routes, lb);
        const routes = this.#config.routes.map((ref) => {
            const list = actions.get(ref.arn) ?? [];
            return { ref, actions: list, weights: (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(ref, list, this.#config.targetGroups) };
        });
        return stateOf(routes);
    }
    /** The changes that put production routes on `production` and test routes on `test`. */
    plan(state, production, test) {
        return state.routes
            .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
            .filter((change) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(change.before.weights, change.after));
    }
    /**
     * When no route names `color`, the changes that add it at weight 0 to the production forwards:
     * ALB health-checks a target group only while a rule forwards to it (Target.NotInUse otherwise).
     */
    planReference(state, color) {
        const groups = this.#config.targetGroups;
        if (state.routes.some((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(r.actions, groups).includes(color)))
            return [];
        // A forward that does not name `color` sends everything to the other one; weights go explicit.
        return productionRoutes(state).map((before) => ({ ref: before.ref, before, after: (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .allOn */ .PT)((0,_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(color)) }));
    }
    /**
     * A forward to several target groups with group stickiness off is refused by ALB when any of the
     * groups has stickiness enabled ("Listeners for your Application Load Balancers"). That can only
     * arise where a write adds a group to a forward that named one; it is checked before any write.
     */
    async checkForwards(changes, options = {}) {
        const groups = this.#config.targetGroups;
        const widened = changes.filter((c) => {
            const written = (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .withWeights */ .cY)(c.before.actions, groups, c.after, options);
            const forward = written.find((a) => a.Type === "forward");
            const more = (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(written, groups).length > (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(c.before.actions, groups).length;
            return more && !forward?.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        });
        if (widened.length === 0)
            return;
        const settings = await Promise.all(_color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((c) => this.#lb.describeTargetGroupSettings(groups[c])));
        const sticky = _color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.filter((_, i) => settings[i]?.attributes["stickiness.enabled"] === "true");
        if (sticky.length === 0)
            return;
        const routes = widened.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ");
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${routes} must name both target groups, and ${sticky.join(" and ")}'s target group has stickiness enabled (stickiness.enabled), so ALB requires group stickiness on that forward and would refuse the write. Enable group stickiness on the route (ForwardConfig.TargetGroupStickinessConfig, with a DurationSeconds), or turn stickiness.enabled off on the target groups. Nothing was written.`);
    }
    /**
     * Writes every change in parallel, then reads back until ELBv2 shows them all. On any failure it
     * throws a RouteWriteError naming the routes it did write, so the caller can put them back.
     */
    async apply(changes, options = {}, signal) {
        if (changes.length === 0)
            return;
        await this.checkForwards(changes, options);
        const groups = this.#config.targetGroups;
        const writes = changes.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .withWeights */ .cY)(c.before.actions, groups, c.after, options));
        for (const [i, change] of changes.entries()) {
            const before = (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatForward */ .ld)(change.before.weights, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(change.before.actions, groups));
            const after = (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatForward */ .ld)(change.after, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(writes[i], groups));
            _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`${writeName(change.ref)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(change.ref)}: ${before} → ${after}`);
        }
        const results = await Promise.allSettled(changes.map((c, i) => this.#write(this.#lb, c.ref, writes[i], signal)));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            const cancelled = Boolean(signal?.aborted);
            const what = cancelled ? "The run was cancelled while writing" : "Writing the new weights failed on";
            throw new RouteWriteError(`${what} ${failures.join("; ")}`, written, changes, cancelled);
        }
        const lagging = await this.#waitUntilShown(changes, writes, signal);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ");
            if (signal?.aborted) {
                throw new RouteWriteError(`The run was cancelled while reading back ${names}`, changes, changes, true);
            }
            const timeout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
            throw new RouteWriteError(`ELBv2 still did not show the new weights on ${names} after ${timeout} (verify-timeout)`, changes, changes);
        }
    }
    /**
     * Writes the given routes with the urgent client, in parallel and bounded in time, then reads
     * the router back: a put-back, or the end of a rollback that must not be left halfway. Routes
     * whose writes were accepted (these, and `accepted` from before) count with their new weights,
     * whatever a stale read shows.
     */
    async writeUrgently(routes, verb, accepted = []) {
        const deadline = AbortSignal.timeout(URGENT_MS);
        const results = await Promise.allSettled(routes.map((r) => this.#write(this.#urgent, r.ref, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .writable */ .T5)(r.actions), deadline)));
        const read = await this.read(this.#urgent).catch(() => undefined);
        // ELBv2 is eventually consistent: a route whose write was accepted counts with its new weights.
        const written = new Map([
            ...accepted.map((c) => [c.ref.arn, c.after]),
            ...routes.filter((_, i) => results[i]?.status === "fulfilled").map((r) => [r.ref.arn, r.weights]),
        ]);
        const now = read && stateOf(read.routes.map((r) => ({ ...r, weights: written.get(r.ref.arn) ?? r.weights })));
        const done = [];
        const stuck = [];
        for (const [i, route] of routes.entries()) {
            const result = results[i];
            // A failed write to a route that shows those weights already (and had no write accepted) did no harm.
            const shown = now?.routes.find((r) => r.ref.arn === route.ref.arn);
            if (result?.status === "fulfilled" || (shown && (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.weights, route.weights))) {
                done.push(route);
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`${verb} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(route.weights)}`);
            }
            else {
                const error = deadline.aborted ? `no answer within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(URGENT_MS)}` : (0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(result?.reason);
                stuck.push({ route, error });
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(`Could not ${verb[0]?.toLowerCase()}${verb.slice(1)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${error}`);
            }
        }
        const nowText = now
            ? `Routes now: ${describeRoutes(now.routes)}.`
            : "The routes could not be read back; check them in the console.";
        return { done, stuck, now, nowText };
    }
    /** Writes each route back as it was read, urgently, and says exactly where every route stands. */
    async putBack(baseline, what) {
        const result = await this.writeUrgently(baseline, "Put back");
        if (result.stuck.length === 0) {
            const verdict = `${what}. Every route was put back as it was before this run.`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${verdict} ${result.nowText}`, { outcome: "reverted", verdict });
        }
        const fix = result.stuck.map((s) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(s.route.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(s.route.weights)}`).join("; ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${result.nowText} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
    }
    /** A route as it should read once `weights` are written: for writeUrgently. */
    withWeights(route, weights, options = {}) {
        return { ...route, weights, actions: (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .withWeights */ .cY)(route.actions, this.#config.targetGroups, weights, options) };
    }
    async #readActions(refs, lb = this.#lb) {
        const listeners = refs.filter((r) => r.kind === "listener").map((r) => r.arn);
        const rules = refs.filter((r) => r.kind === "rule").map((r) => r.arn);
        const [a, b] = await Promise.all([
            listeners.length ? lb.describeListenerActions(listeners) : new Map(),
            rules.length ? lb.describeRuleActions(rules) : new Map(),
        ]);
        return new Map([...a, ...b]);
    }
    #write(lb, ref, actions, signal) {
        return ref.kind === "listener"
            ? lb.modifyListenerActions(ref.arn, actions, signal)
            : lb.modifyRuleActions(ref.arn, actions, signal);
    }
    /** ELBv2 is eventually consistent: a write it accepted may not show in the next describe. */
    async #waitUntilShown(changes, writes, signal) {
        const deadline = Date.now() + this.#config.verifyTimeoutMs;
        let nextProgress = Date.now() + PROGRESS_MS;
        let lagging = changes;
        const groups = this.#config.targetGroups;
        // The colors each written forward names: a write may change only which groups a forward names.
        const named = new Map(changes.map((c, i) => [c, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(writes[i], groups).join()]));
        for (;;) {
            if (signal?.aborted)
                return lagging;
            const actions = await this.#readActions(lagging.map((c) => c.ref));
            const shown = new Map(lagging.map((c) => [c, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(c.ref, actions.get(c.ref.arn) ?? [], this.#config.targetGroups)]));
            // Eventual consistency shows the old weights or the new ones; anything else is another writer.
            const foreign = lagging.find((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after) && !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.before.weights));
            if (foreign) {
                throw new RouterChangedError(`The router changed under this run: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(foreign.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(shown.get(foreign))}, neither ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.before.weights)} nor the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.after)} just written. Another run or a person is moving it; this run stops without writing more.`);
            }
            lagging = lagging.filter((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after) ||
                (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(actions.get(c.ref.arn) ?? [], groups).join() !== named.get(c));
            if (lagging.length === 0) {
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Read back: all ${changes.length} route(s) show the new weights.`);
                return [];
            }
            if (Date.now() >= deadline)
                return lagging;
            if (Date.now() >= nextProgress) {
                const left = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(deadline - Date.now());
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Waiting for ELBv2 to show the new weights on ${lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ")}; ${left} left.`);
                nextProgress += PROGRESS_MS;
            }
            await (0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(Math.min(POLL_MS, Math.max(0, deadline - Date.now())), signal);
        }
    }
}
function writeName(ref) {
    return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
}


/***/ }),

/***/ 1054:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ sameWeights),
/* harmony export */   Nl: () => (/* binding */ soleColor),
/* harmony export */   PT: () => (/* binding */ allOn),
/* harmony export */   T5: () => (/* binding */ writable),
/* harmony export */   V7: () => (/* binding */ formatWeights),
/* harmony export */   W$: () => (/* binding */ namedColors),
/* harmony export */   cY: () => (/* binding */ withWeights),
/* harmony export */   h: () => (/* binding */ shortRouteName),
/* harmony export */   ld: () => (/* binding */ formatForward),
/* harmony export */   oQ: () => (/* binding */ readWeights),
/* harmony export */   xG: () => (/* binding */ routeName),
/* harmony export */   xY: () => (/* binding */ sameSplit)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(1273);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8229);


/** The colors a route's forward names, at any weight: ALB health-checks only groups some route names. */
function namedColors(actions, targetGroups) {
    const forward = actions.find((a) => a.Type === "forward");
    const arns = forward?.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => g.TargetGroupArn)
        : [forward?.TargetGroupArn];
    return _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l.filter((c) => arns.includes(targetGroups[c]));
}
/** Weights as a forward names them: `blue 100 / green 0`, or `blue 100 only` when green is not in it. */
function formatForward(weights, named) {
    return named.length === 1 ? `${named[0]} ${weights[named[0]]} only` : formatWeights(weights);
}
/** `listener/app/my-alb/…/…`: the part of the ARN an operator recognises. */
function routeName(ref) {
    const resource = ref.arn.split(":").slice(5).join(":");
    return `${ref.role === "test" ? "test " : ""}${resource || ref.arn}`;
}
/**
 * `my-alb listener f2f7dc8e`, `my-alb rule 9683b2d0`: the load balancer's name and the start of
 * the route's own id, short enough for a table cell, still unique enough to find in the console.
 */
function shortRouteName(ref) {
    const parts = ref.arn.split(":").slice(5).join(":").split("/");
    const [type, , lb] = parts;
    const id = parts.at(-1) ?? "";
    if (!lb || (type !== "listener" && type !== "listener-rule"))
        return routeName(ref);
    return `${ref.role === "test" ? "test " : ""}${lb} ${type === "listener" ? "listener" : "rule"} ${id.slice(0, 8)}`;
}
function formatWeights(weights) {
    return `blue ${weights.blue} / green ${weights.green}`;
}
function sameWeights(a, b) {
    return a.blue === b.blue && a.green === b.green;
}
/** Two routes agree when they split traffic in the same proportion, whatever their scale. */
function sameSplit(a, b) {
    return a.blue * b.green === a.green * b.blue;
}
/** The color holding all the weight, or undefined while both hold some. */
function soleColor(weights) {
    if (weights.blue > 0 && weights.green === 0)
        return "blue";
    if (weights.green > 0 && weights.blue === 0)
        return "green";
    return undefined;
}
function allOn(color) {
    return color === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
}
/**
 * Reads how a route's forward action splits traffic between the two colors. A forward that names
 * only one of them (the `TargetGroupArn` shorthand, say) gives the other weight 0. Anything else in
 * the forward is a layout cutover does not own, and is refused rather than overwritten.
 */
function readWeights(ref, actions, targetGroups) {
    const forwards = actions.filter((a) => a.Type === "forward");
    const where = `${routeName(ref)} (from ${ref.input})`;
    if (forwards.length !== 1) {
        const types = actions.map((a) => a.Type).join(", ") || "none";
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} must have exactly one forward action to the blue and green target groups; its actions are: ${types}.`);
    }
    const forward = forwards[0];
    const groups = forward.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => ({ arn: g.TargetGroupArn ?? "", weight: g.Weight ?? 1 }))
        : [{ arn: forward.TargetGroupArn ?? "", weight: 1 }];
    const weights = { blue: 0, green: 0 };
    for (const group of groups) {
        const color = _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l.find((c) => targetGroups[c] === group.arn);
        if (!color) {
            throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} forwards to ${group.arn || "no target group"}, which is neither blue-target-group-arn nor green-target-group-arn. cutover only moves routes that forward to exactly these two target groups.`);
        }
        weights[color] = group.weight;
    }
    if (weights.blue + weights.green === 0) {
        throw new _inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} gives weight 0 to both colors, so it sends no traffic to either.`);
    }
    return weights;
}
/**
 * The route's whole action list with new weights. ModifyListener and ModifyRule replace the list,
 * so every other action (authentication, its Order) goes back as it was read.
 */
function withWeights(actions, targetGroups, weights, options = {}) {
    return writable(actions.map((action) => {
        if (action.Type !== "forward")
            return action;
        // The shorthand ARN must go: next to a two-group ForwardConfig, ELBv2 refuses it.
        const { TargetGroupArn: _shorthand, ...rest } = action;
        // A sticky cookie keeps naming its group while that group is in the forward, even at weight
        // 0; only leaving the group out releases those clients.
        const release = options.releaseSticky && action.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        const colors = release ? _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l.filter((c) => weights[c] > 0) : _color_js__WEBPACK_IMPORTED_MODULE_1__/* .COLORS */ .l;
        return {
            ...rest,
            ForwardConfig: {
                ...action.ForwardConfig,
                // Explicit weights always: a missing weight would count as 1, not 0.
                TargetGroups: colors.map((color) => ({ TargetGroupArn: targetGroups[color], Weight: weights[color] })),
            },
        };
    }));
}
/**
 * Describe calls never return an OIDC client secret; writing the action back without one fails
 * unless ELBv2 is told to keep the secret it has.
 */
function writable(actions) {
    return actions.map((action) => {
        if (action.Type !== "authenticate-oidc" || !action.AuthenticateOidcConfig)
            return action;
        const { ClientSecret: _secret, ...config } = action.AuthenticateOidcConfig;
        return { ...action, AuthenticateOidcConfig: { ...config, UseExistingClientSecret: true } };
    });
}


/***/ }),

/***/ 8854:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $e: () => (/* binding */ warning),
/* harmony export */   C1: () => (/* binding */ setFailed),
/* harmony export */   N4: () => (/* binding */ endGroup),
/* harmony export */   Oh: () => (/* binding */ startGroup),
/* harmony export */   Pq: () => (/* binding */ setSecret),
/* harmony export */   V4: () => (/* binding */ getInput),
/* harmony export */   fe: () => (/* binding */ appendSummary),
/* harmony export */   pq: () => (/* binding */ info),
/* harmony export */   uH: () => (/* binding */ setOutput),
/* harmony export */   z3: () => (/* binding */ error)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(7598);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(3024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8161);



// The runner's side of a JavaScript action, from GitHub's "Workflow commands for GitHub Actions":
// inputs arrive as INPUT_<NAME> variables; log commands are `::command::message` lines on stdout;
// outputs and the job summary are appended to the files named by GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY. These few functions stand in for @actions/core, whose OIDC client loads
// undici (about a hundred modules) into every step at start-up although no step uses it.
/** The input as the runner passes it: spaces in the name become `_`, and the name is upper-cased. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
/** `%`, CR and LF are escaped in a command's message; `:` and `,` too in its properties. */
function escapeData(text) {
    return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}
function command(name, message, properties = {}) {
    const props = Object.entries(properties)
        .map(([key, value]) => `${key}=${escapeData(value).replaceAll(":", "%3A").replaceAll(",", "%2C")}`)
        .join(",");
    process.stdout.write(`::${name}${props ? ` ${props}` : ""}::${escapeData(message)}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function info(message) {
    process.stdout.write(`${message}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
function warning(message) {
    command("warning", message);
}
function error(message) {
    command("error", message);
}
/** One `::error::` line, and the step fails once it exits. */
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
/** The runner masks the value in every later log line. */
function setSecret(value) {
    command("add-mask", value);
}
function startGroup(name) {
    command("group", name);
}
function endGroup() {
    command("endgroup", "");
}
/** `name<<delimiter`, the value, the delimiter: a delimiter no value can contain, so any value is safe. */
function setOutput(name, value) {
    const file = process.env.GITHUB_OUTPUT;
    if (!file) {
        command("set-output", value, { name });
        return;
    }
    const delimiter = `ghadelimiter_${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`;
    (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}
/** Appends Markdown to the job summary; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (file)
        (0,node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(file, `${markdown}${node_os__WEBPACK_IMPORTED_MODULE_2__.EOL}`);
}


/***/ }),

/***/ 4380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   RK: () => (/* binding */ readColorTags),
/* harmony export */   f2: () => (/* binding */ readSnapshotWithHealth),
/* harmony export */   w8: () => (/* binding */ settledColors)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(410);
/* harmony import */ var _router_router_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4797);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(5346);





async function readColorTags(lb, config) {
    const tags = await lb.describeTags(_color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((c) => config.targetGroups[c]));
    return { blue: tags.get(config.targetGroups.blue) ?? {}, green: tags.get(config.targetGroups.green) ?? {} };
}
/** The routes and both colors' tags, read in parallel: what every step starts from. */
async function readSnapshot(lb, config) {
    const [state, tags] = await Promise.all([new _router_router_js__WEBPACK_IMPORTED_MODULE_2__/* .Router */ .Ix(lb, config).read(), readColorTags(lb, config)]);
    const snapshot = { config, state, tags };
    (0,_summary_js__WEBPACK_IMPORTED_MODULE_3__/* .noteSnapshot */ .Ne)(snapshot, () => readSnapshotWithHealth(lb, config));
    return snapshot;
}
/** Routes, tags and both colors' target health: what status shows, and a failed step's summary. */
async function readSnapshotWithHealth(lb, config) {
    const [state, tags, blue, green] = await Promise.all([
        new _router_router_js__WEBPACK_IMPORTED_MODULE_2__/* .Router */ .Ix(lb, config).read(),
        readColorTags(lb, config),
        ..._color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((color) => lb.describeTargetHealth(config.targetGroups[color])),
    ]);
    const health = { blue: (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeHealth */ .u7)("blue", blue ?? [], 1), green: (0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .judgeHealth */ .u7)("green", green ?? [], 1) };
    return { config, state, tags, health };
}
/** The colors of a settled router; deploying next to a shift in progress is refused. */
function settledColors(snapshot, step) {
    const { state } = snapshot;
    if (!state.active) {
        const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${step} needs a settled router, but ${why} (${(0,_router_router_js__WEBPACK_IMPORTED_MODULE_2__/* .describeRoutes */ .oK)((0,_router_router_js__WEBPACK_IMPORTED_MODULE_2__/* .productionRoutes */ .y)(state))}). Finish or roll back that switch first.`);
    }
    return { active: state.active, standby: (0,_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(state.active) };
}


/***/ }),

/***/ 5346:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ startPhase),
/* harmony export */   Ne: () => (/* binding */ noteSnapshot),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   gw: () => (/* binding */ finishSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(8229);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(978);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(8854);





/**
 * The job summary of this process, collected as the step goes and written once at its end by the
 * outer catch, whatever the outcome: a step cannot forget its summary by failing.
 */
const story = {
    blocks: [],
    phase: { name: "", started: 0 },
    snapshot: undefined,
    reread: undefined,
};
const REREAD_MS = 10_000;
/** The root action runs several steps: each one's block is timed from its own start. */
function startPhase(name) {
    story.phase = { name, started: performance.now() };
}
/** The latest state read, and how to read it again when the step fails after it. */
function noteSnapshot(snapshot, reread) {
    story.snapshot = snapshot;
    if (reread)
        story.reread = reread;
}
/** Records what the step did; the summary itself is written when the step ends. */
async function writeSummary(title, snapshot, sections) {
    story.snapshot = snapshot;
    story.blocks.push({
        phase: story.phase.name,
        title,
        sections: sections.filter(Boolean),
        ms: performance.now() - story.phase.started,
    });
}
/**
 * Writes the job summary: the verdict first, then what matters for it, then the colors once. A
 * summary that cannot be written is a warning: it never changes the step's outcome.
 */
async function finishSummary(step, error) {
    if (!process.env.GITHUB_STEP_SUMMARY)
        return;
    try {
        await writeStory(step, error);
    }
    catch (failure) {
        _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`The job summary could not be written: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(failure)}`);
    }
}
async function writeStory(step, error) {
    const phase = story.phase.name || step;
    let stateNote = "";
    if (error !== undefined && !story.blocks.some((b) => b.phase === story.phase.name)) {
        story.blocks.push(failureBlock(phase, error, performance.now() - story.phase.started));
        stateNote = await rereadState();
    }
    const markdown = story.blocks.length > 1 || step === "cutover" ? renderPhases(error) : renderStep(stateNote);
    const file = process.env.GITHUB_STEP_SUMMARY;
    const used = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size : 0;
    _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .appendSummary */ .fe((0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .fitSummary */ .mW)(markdown, _report_js__WEBPACK_IMPORTED_MODULE_3__/* .SUMMARY_LIMIT */ .Jt - used));
}
function failureBlock(phase, error, ms) {
    const known = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB ? error : undefined;
    const outcome = outcomeOf(error);
    return {
        phase,
        title: `cutover ${phase}: ${outcome}`,
        sections: [verdictLine(error), ...(known?.details ?? [])],
        ms,
        failure: true,
    };
}
/** After a failure, the colors as they are now, not as they were before the step wrote. */
async function rereadState() {
    const reread = story.reread;
    if (!reread)
        return "";
    let timer;
    const timeout = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(REREAD_MS)}`)), REREAD_MS);
    });
    try {
        story.snapshot = await Promise.race([reread(), timeout]);
        return "State read again after the failure:";
    }
    catch (error) {
        return story.snapshot ? `State as read before the failure (reading it again failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}):` : "";
    }
    finally {
        clearTimeout(timer);
    }
}
function renderStep(stateNote) {
    const block = story.blocks[0];
    return document(`### ${block.title}`, [...block.sections, stateNote, ...colors(), `Step time: ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(block.ms)}`]);
}
/** The root action: its verdict, each phase with its own time, and the colors once at the end. */
function renderPhases(error) {
    const last = story.blocks.at(-1);
    const total = story.blocks.reduce((sum, b) => sum + b.ms, 0);
    const names = story.blocks.map((b) => b.phase).join(" → ");
    const headline = error === undefined ? released(names, total) : `### cutover: ${outcomeOf(error)} in ${last.phase}\n\n${verdictLine(error)}`;
    const phases = story.blocks.map((b, i) => {
        // A failure block's verdict is the headline already.
        const body = b.failure ? b.sections.slice(1) : b.sections;
        const what = b.title.replace(/^cutover( [\w-]+)?: /, "");
        return [`#### ${i + 1}. ${b.phase}: ${what} · ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(b.ms)}`, ...body].join("\n\n");
    });
    return document(headline, [...phases, "#### Colors now", ...colors()]);
}
function released(phases, ms) {
    const snapshot = story.snapshot;
    const active = snapshot?.state.active;
    const version = active ? snapshot?.tags[active]["cutover:version"] : undefined;
    const what = active ? `${active} serves ${version ?? "an unversioned release"}` : "the router is split";
    return `### cutover: released${version ? ` ${version}` : ""}${active ? ` on ${active}` : ""}\n\n**Released:** ${what} after ${phases}, in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(ms)}.`;
}
/** `**Reverted:** why`: the outcome, then the reason in the error's own words. */
function verdictLine(error) {
    const why = error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB
        ? error.verdict
        : error instanceof _inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1
            ? `${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)} Nothing was written.`
            : `unexpected error: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}. This is a bug in cutover; the log has the stack trace.`;
    return `**${capitalized(outcomeOf(error))}:** ${why}`;
}
function outcomeOf(error) {
    return error instanceof _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB ? error.outcome : "failed";
}
function colors() {
    const snapshot = story.snapshot;
    return snapshot ? [(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .colorTable */ .sR)(snapshot), ...(0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .colorNotes */ .Jc)(snapshot), (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .routesLine */ .tk)(snapshot)] : [];
}
function document(headline, sections) {
    return `${[headline, ...sections.filter(Boolean)].join("\n\n")}\n`;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 6437:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   GC: () => (/* binding */ stampColors),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8854);



const TAG = {
    color: "cutover:color",
    version: "cutover:version",
    deployedAt: "cutover:deployed-at",
    liveSince: "cutover:live-since",
    retiredAt: "cutover:retired-at",
    tornDownAt: "cutover:torn-down-at",
    run: "cutover:run",
    rollbackReason: "cutover:rollback-reason",
    /** Which run last wrote the routes, what and when: written with a flip's first write. */
    lastWrite: "cutover:last-write",
    /** Set by teardown before it deregisters; switch and rollback refuse a color that carries it. */
    teardownStarted: "cutover:teardown-started",
};
const MAX_VALUE = 256;
/** Words for the characters a reason often holds and a tag value may not. */
const SPELLED = { "%": " pct", ">": " over ", "<": " under ", "&": " and ", "#": " no. " };
/**
 * AWS tag values allow letters, digits, spaces and `_ . : / = + - @`. Anything else is spelled
 * out or becomes a space, so that `45.5% (5/11) > 1%` reads `45.5 pct 5/11 over 1 pct`, not `45.5_ _5/11_`.
 */
function tagValue(text) {
    return text
        .replace(/[%<>&#]/g, (c) => SPELLED[c] ?? " ")
        .replace(/[^\p{L}\p{Z}\p{N}_.:/=+\-@]/gu, " ")
        .replace(/\s+/g, " ")
        .trim()
        .slice(0, MAX_VALUE);
}
/** The run that made a change, as `owner/repo/actions/runs/ID/attempts/N`, or `local` off Actions. */
function runTag(env = process.env) {
    const { GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: id, GITHUB_RUN_ATTEMPT: attempt } = env;
    if (!repo || !id)
        return "local";
    return tagValue(`${repo}/actions/runs/${id}/attempts/${attempt ?? "1"}`);
}
function versionOf(tags) {
    return tags?.[TAG.version] ?? "";
}
/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function stampColors(lb, config, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now) {
    const run = runTag();
    const previous = (0,_color_js__WEBPACK_IMPORTED_MODULE_2__/* .otherColor */ .I)(target);
    const why = reason ? { [TAG.rollbackReason]: tagValue(reason) } : {};
    const edits = [
        {
            color: target,
            add: { [TAG.liveSince]: now, [TAG.run]: run },
            remove: [TAG.retiredAt, TAG.tornDownAt, TAG.rollbackReason].filter((k) => k in tags[target]),
        },
        // The reason tells why the color was last taken out of service; an older one no longer does.
        {
            color: previous,
            add: { [TAG.retiredAt]: now, [TAG.run]: run, ...why },
            remove: reason ? [] : [TAG.rollbackReason].filter((k) => k in tags[previous]),
        },
    ];
    const result = { blue: { ...tags.blue }, green: { ...tags.green } };
    await Promise.all(edits.map(async ({ color, add, remove }) => {
        const arn = config.targetGroups[color];
        try {
            await lb.addTags(arn, add);
            if (remove.length)
                await lb.removeTags(arn, remove);
        }
        catch (error) {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Traffic moved, but tagging ${color} failed: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add)) {
            if (result[color][key] !== value)
                _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        }
        for (const key of remove)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
}


/***/ }),

/***/ 1889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Si: () => (/* binding */ every),
/* harmony export */   nE: () => (/* binding */ isoSeconds),
/* harmony export */   yy: () => (/* binding */ sleep)
/* harmony export */ });
/** Waits `ms`, or less when `signal` aborts first. */
function sleep(ms, signal) {
    return new Promise((resolve) => {
        if (signal?.aborted)
            return resolve();
        const timer = setTimeout(done, ms);
        function done() {
            clearTimeout(timer);
            signal?.removeEventListener("abort", done);
            resolve();
        }
        signal?.addEventListener("abort", done, { once: true });
    });
}
/** ISO-8601 UTC to the second: within the AWS tag charset, and what humans read in the console. */
function isoSeconds(date) {
    return date.toISOString().replace(/\.\d{3}Z$/, "Z");
}
/**
 * Calls `tick` every `ms` until the returned stop is called: a progress line that keeps its pace
 * whatever the loop it reports on is waiting for.
 */
function every(ms, tick) {
    const timer = setInterval(tick, ms);
    return () => clearInterval(timer);
}


/***/ }),

/***/ 9018:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RJ: () => (/* binding */ standbyUrl),
/* harmony export */   XA: () => (/* binding */ pathOn),
/* harmony export */   dp: () => (/* binding */ httpOrigin),
/* harmony export */   g6: () => (/* binding */ maskUserinfo),
/* harmony export */   kc: () => (/* binding */ hideUserinfo),
/* harmony export */   z9: () => (/* binding */ pathProblem),
/* harmony export */   zA: () => (/* binding */ shownUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(2027);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(8854);


/** The standby's URL through the test listener: always pointed at the standby, off the user's path. */
async function standbyUrl(lb, config) {
    const test = config.routes.find((r) => r.role === "test" && r.kind === "listener");
    if (!test)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB("No URL for the standby: give url, or test-listener-arn so that its URL can be looked up.");
    const url = await lb.listenerUrl(test.arn);
    _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`The standby is reached through the test listener at ${shownUrl(url)}`);
    return url;
}
/** `https://cdn.example.com/x` → `https://cdn.example.com`; undefined for anything but http(s). */
function httpOrigin(value) {
    try {
        const url = new URL(value);
        return url.protocol === "http:" || url.protocol === "https:" ? url.origin : undefined;
    }
    catch {
        return undefined;
    }
}
/** A URL as it may be logged: any user:password in it shown as ***. */
function shownUrl(url) {
    if (typeof url === "string")
        return hideUserinfo(url);
    if (!url.username && !url.password)
        return url.href;
    const shown = new URL(url.href);
    shown.username = "***";
    shown.password = "";
    return shown.href;
}
/** The same for text that may not even parse as a URL, such as a bad input. */
function hideUserinfo(text) {
    return text.replace(/(\/\/)[^/@\s]*@/g, "$1***@");
}
/** The runner masks a URL's user and password in every later line, as it does header values. */
function maskUserinfo(url) {
    for (const part of [url.username, url.password].filter(Boolean)) {
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(part);
        const decoded = safeDecode(part);
        if (decoded !== part)
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(decoded);
    }
}
function safeDecode(text) {
    try {
        return decodeURIComponent(text);
    }
    catch {
        return text;
    }
}
const NOWHERE = "http://cutover.invalid";
/**
 * Why `path` is not a path on the checked host, or undefined when it is. `//host/x` and `/\host`
 * name another host once resolved, and a URL parser drops tabs and newlines silently, so the
 * only safe test is to resolve the path and see that the origin stayed.
 */
function pathProblem(path) {
    if (!path.startsWith("/"))
        return "does not start with /";
    // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is refused
    if (/[\u0000-\u001f\u007f]/.test(path))
        return "holds a control character";
    try {
        if (new URL(path, NOWHERE).origin === NOWHERE)
            return undefined;
    }
    catch {
        return "is not a valid path";
    }
    return "names another host (a path must not start with // or /\\)";
}
/** `path` on `base`'s host; a path that would leave that host is refused, so headers never travel. */
function pathOn(base, path) {
    const problem = pathProblem(path);
    const url = new URL(path, base);
    if (problem || url.origin !== base.origin)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`The path ${JSON.stringify(path)} ${problem ?? "leaves the checked host"}; it was not requested.`);
    return url;
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId].call(module.exports, module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  e: () => (/* binding */ run)
});

// EXTERNAL MODULE: ./build/js/errors.js
var errors = __nccwpck_require__(2027);
// EXTERNAL MODULE: ./build/js/inputs.js
var inputs = __nccwpck_require__(8229);
// EXTERNAL MODULE: ./build/js/report.js
var report = __nccwpck_require__(978);
// EXTERNAL MODULE: ./build/js/runner.js
var runner = __nccwpck_require__(8854);
// EXTERNAL MODULE: ./build/js/snapshot.js
var js_snapshot = __nccwpck_require__(4380);
// EXTERNAL MODULE: ./build/js/summary.js
var summary = __nccwpck_require__(5346);
;// CONCATENATED MODULE: ./build/js/step.js






/**
 * Stands in for a port until its first call, which loads it: the SDK client behind it is loaded
 * only when a step first talks to AWS, never while inputs are read.
 */
function loadedOnFirstCall(load) {
    let port;
    return new Proxy({}, {
        // Not a promise itself: `then` stays undefined, so that awaiting the port is harmless.
        get: (_, method) => method === "then"
            ? undefined
            : async (...args) => {
                port ??= load();
                const loaded = (await port);
                return loaded[method]?.(...args);
            },
    });
}
function createAwsPorts(router) {
    const options = { region: router.region, maxAttempts: router.maxAttempts };
    let metrics;
    let cdn;
    return {
        lb: loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4233)).then((m) => m.createLoadBalancerPort(options))),
        urgent: loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(233)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4233)).then((m) => m.createUrgentLoadBalancerPort(options))),
        metrics: () => {
            metrics ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(85), __nccwpck_require__.e(106)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8106)).then((m) => m.createMetricsPort(options));
            return metrics;
        },
        cdn: () => {
            cdn ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(169), __nccwpck_require__.e(54)]).then(__nccwpck_require__.bind(__nccwpck_require__, 7054)).then((m) => m.createCdnPort(options));
            return cdn;
        },
    };
}
/** The one outer catch: a user's mistake or a foreseen failure is one clear line; anything else is a bug. */
async function runStep(step, ports = createAwsPorts) {
    let started;
    try {
        const inputs = step.readInputs();
        started = { router: inputs.router, aws: ports(inputs.router) };
        await step.run(inputs, started.aws);
        await (0,summary/* finishSummary */.gw)(step.name);
    }
    catch (error) {
        const reported = error instanceof errors/* CutoverError */.DB && error.outputsSet;
        if (started && !reported)
            await outputsAfterFailure(started.aws, started.router);
        await (0,summary/* finishSummary */.gw)(step.name, error);
        if (error instanceof inputs/* ConfigurationError */.j1 || error instanceof errors/* CutoverError */.DB) {
            runner/* setFailed */.C1(error.message);
        }
        else {
            runner/* setFailed */.C1(`${step.name}: unexpected error: ${error instanceof Error ? error.message : String(error)}. This is a bug in cutover; please report it with this log.`);
            if (error instanceof Error && error.stack)
                runner/* info */.pq(error.stack);
        }
    }
}
const OUTPUTS_READ_MS = 3_000;
/** A failed step still tells the next job which colors the routes show: read again, briefly. */
async function outputsAfterFailure(aws, router) {
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), OUTPUTS_READ_MS).unref());
    const snapshot = await Promise.race([(0,js_snapshot/* readSnapshot */.RA)(aws.urgent ?? aws.lb, router).catch(() => undefined), timeout]);
    if (snapshot)
        (0,report/* setCommonOutputs */.Et)(snapshot);
}

;// CONCATENATED MODULE: ./build/js/main.js

/** Each step is its own chunk of the bundle, loaded only when that step runs. */
const STEPS = {
    status: () => __nccwpck_require__.e(/* import() */ 642).then(__nccwpck_require__.bind(__nccwpck_require__, 4642)),
    "deploy-standby": () => __nccwpck_require__.e(/* import() */ 473).then(__nccwpck_require__.bind(__nccwpck_require__, 1473)),
    "smoke-test": () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(300), __nccwpck_require__.e(719)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8300)),
    "warm-caches": () => __nccwpck_require__.e(/* import() */ 537).then(__nccwpck_require__.bind(__nccwpck_require__, 9537)),
    switch: () => Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(456)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9456)),
    "purge-cdn": () => __nccwpck_require__.e(/* import() */ 355).then(__nccwpck_require__.bind(__nccwpck_require__, 7355)),
    "soak-monitor": () => Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(850)]).then(__nccwpck_require__.bind(__nccwpck_require__, 4850)),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(352), __nccwpck_require__.e(376)]).then(__nccwpck_require__.bind(__nccwpck_require__, 9376)),
    teardown: () => __nccwpck_require__.e(/* import() */ 878).then(__nccwpck_require__.bind(__nccwpck_require__, 9878)),
    cutover: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(352), __nccwpck_require__.e(850), __nccwpck_require__.e(300), __nccwpck_require__.e(140)]).then(__nccwpck_require__.bind(__nccwpck_require__, 1140)),
};
async function run(name) {
    const { step } = await STEPS[name]();
    await runStep(step);
}

var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__run as run };
