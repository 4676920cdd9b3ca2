import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 42613:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("assert");

/***/ }),

/***/ 20181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 76982:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("crypto");

/***/ }),

/***/ 72250:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("dns");

/***/ }),

/***/ 24434:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("events");

/***/ }),

/***/ 79896:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs");

/***/ }),

/***/ 58611:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("http");

/***/ }),

/***/ 65692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("https");

/***/ }),

/***/ 69278:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("net");

/***/ }),

/***/ 34589:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:assert");

/***/ }),

/***/ 16698:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 31421:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");

/***/ }),

/***/ 37540:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:console");

/***/ }),

/***/ 77598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 53053:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:diagnostics_channel");

/***/ }),

/***/ 40610:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:dns");

/***/ }),

/***/ 78474:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:events");

/***/ }),

/***/ 73024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 51455:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises");

/***/ }),

/***/ 37067:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http");

/***/ }),

/***/ 32467:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2");

/***/ }),

/***/ 44708:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https");

/***/ }),

/***/ 77030:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net");

/***/ }),

/***/ 48161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 76760:
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

/***/ 41792:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:querystring");

/***/ }),

/***/ 80481:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:readline");

/***/ }),

/***/ 80099:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:sqlite");

/***/ }),

/***/ 57075:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream");

/***/ }),

/***/ 37830:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream/web");

/***/ }),

/***/ 87997:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers");

/***/ }),

/***/ 58500:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:timers/promises");

/***/ }),

/***/ 41692:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls");

/***/ }),

/***/ 73136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 57975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 73429:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util/types");

/***/ }),

/***/ 75919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 38522:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib");

/***/ }),

/***/ 70857:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("os");

/***/ }),

/***/ 16928:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("path");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 83480:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("querystring");

/***/ }),

/***/ 2203:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("stream");

/***/ }),

/***/ 13193:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("string_decoder");

/***/ }),

/***/ 64756:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tls");

/***/ }),

/***/ 52018:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("tty");

/***/ }),

/***/ 87016:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("url");

/***/ }),

/***/ 39023:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("util");

/***/ }),

/***/ 69154:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");

/***/ }),

/***/ 43106:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("zlib");

/***/ }),

/***/ 65004:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ readRegion),
/* harmony export */   a: () => (/* binding */ REGION_PATTERN)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
// An AWS region as an input names it: every router that talks to CloudWatch or CloudFront reads one.

const REGION_PATTERN = /^[a-z]{2}(-[a-z]+)+-\d$/;
function readRegion(name) {
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name);
    if (!value)
        return undefined;
    if (!REGION_PATTERN.test(value))
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `is not an AWS region, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)}`, "eu-west-1");
    return value;
}


/***/ }),

/***/ 16590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ urgentDeadline),
/* harmony export */   Eu: () => (/* binding */ untilAborted),
/* harmony export */   Nt: () => (/* binding */ URGENT_ATTEMPT_MS),
/* harmony export */   cJ: () => (/* binding */ Cancelled),
/* harmony export */   nZ: () => (/* binding */ cancellable)
/* harmony export */ });
/* unused harmony exports GraceExpired, RUNNER_KILL_AFTER_MS, EXIT_MARGIN_MS, graceEnds, isCancel */
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(36506);

/** Why an abort happened: the runner cancelled the job. */
class Cancelled extends Error {
    name = "Cancelled";
    constructor(signal) {
        super(`${signal} received: the run was cancelled`);
    }
}
/** Why an urgent call stopped: the time the runner leaves before SIGKILL ran out. */
class GraceExpired extends Error {
    name = "GraceExpired";
}
/**
 * GitHub's runner cancels a job with SIGINT, then SIGTERM 7.5 s later, then SIGKILL 2.5 s after
 * that ("Cancelling a workflow run", GitHub Actions docs): 10 s from the first signal to the kill.
 */
const RUNNER_KILL_AFTER_MS = 10_000;
/** Kept back from that grace for the summary, the outputs and the process's own exit. */
const EXIT_MARGIN_MS = 1_000;
/** How long one urgent attempt may wait for its answer before it is retried. */
const URGENT_ATTEMPT_MS = 2_000;
let cancelledAt;
/**
 * When urgent work (a put-back, finishing a rollback, and their read-back) must be over: 10 s
 * after the runner's first signal, less the margin. Urgent work that starts without a cancel gets
 * the same budget from its start; a cancel that comes later can only leave it more time.
 */
function graceEnds(now = Date.now()) {
    return (cancelledAt ?? now) + RUNNER_KILL_AFTER_MS - EXIT_MARGIN_MS;
}
/**
 * The signal every urgent call takes: aborted `reserveMs` before the grace ends, so that what
 * follows it (a read-back, the report) still fits. One engine-owned value that every router's
 * client honours through CallOptions.signal.
 */
function urgentDeadline(reserveMs = 0, now = Date.now()) {
    const ms = Math.max(0, graceEnds(now) - reserveMs - now);
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(new GraceExpired(`the runner's cancel grace ran out`)), ms);
    timer.unref();
    return controller.signal;
}
/**
 * While `work` runs, SIGINT and SIGTERM abort its AbortSignal instead of killing the process, so
 * that it can leave the router in a known state within the runner's grace. Once a signal came,
 * later ones never kill the process (SIGTERM during a put-back does not stop it), and a process
 * still alive just before SIGKILL is due exits by itself, its summary and outputs written.
 */
async function cancellable(whatNext, work) {
    const controller = new AbortController();
    const handlers = ["SIGINT", "SIGTERM"].map((name) => {
        const handler = () => {
            _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e(`${name} received: ${whatNext} before exiting.`);
            if (controller.signal.aborted)
                return;
            noteCancel();
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
function noteCancel() {
    cancelledAt ??= Date.now();
    // The rest of the step (its summary, its outputs) runs after `work`: later signals must not kill it.
    for (const name of ["SIGINT", "SIGTERM"])
        process.on(name, () => undefined);
    // Something still waiting on a call with no answer must not hold the process until SIGKILL.
    const exit = setTimeout(() => {
        _runner_js__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3("The runner's cancel grace is about to end: exiting before SIGKILL.");
        process.exit(process.exitCode || 1);
    }, RUNNER_KILL_AFTER_MS - EXIT_MARGIN_MS / 2);
    exit.unref();
}
/** Settles with `promise`, or rejects as soon as `signal` aborts: a retry loop must not hold a cancel up. */
function untilAborted(promise, signal) {
    if (!signal)
        return promise;
    if (signal.aborted) {
        // The call was sent already: its own rejection, once it comes, is not news.
        Promise.resolve(promise).catch(() => undefined);
        return Promise.reject(signal.reason);
    }
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

/***/ 66101:
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

/***/ 15427:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   $7: () => (/* binding */ readDuration),
/* harmony export */   Cq: () => (/* binding */ DURATION_PATTERN),
/* harmony export */   E9: () => (/* binding */ parseDuration),
/* harmony export */   a3: () => (/* binding */ formatDuration),
/* harmony export */   mI: () => (/* binding */ readMetricPeriod)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(97529);
// Durations as inputs give them (`90s`, `5m`, `1h30m`) and as logs show them.

const DURATION_UNITS_MS = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 };
/** `90s`, `5m`, `24h`, `1h30m`, `250ms`, `0s`. A bare number is refused: its unit would be a guess. */
const DURATION_PATTERN = /^(\d+(ms|s|m|h|d))+$/;
function parseDuration(text) {
    if (!DURATION_PATTERN.test(text))
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
    const value = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name) || fallback;
    const ms = parseDuration(value);
    if (ms === undefined) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `must be a duration such as 90s, 5m or 24h, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .quoted */ .TL)(value)}`, fallback);
    }
    if (ms > max)
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `must be at most ${formatDuration(max)}, got ${value}`, fallback);
    return ms;
}
/**
 * metric-period in seconds. ALB publishes its CloudWatch metrics once a minute, so a shorter
 * period gives no finer data (and shows empty periods between the minutes): whole minutes only.
 */
function readMetricPeriod() {
    const ms = readDuration("metric-period", "60s", 3_600_000);
    if (ms < 60_000 || ms % 60_000 !== 0) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("metric-period", `must be whole minutes, got ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)("metric-period")}: ALB publishes its CloudWatch metrics once a minute, so a shorter period gives no finer data`, "60s");
    }
    return ms / 1000;
}


/***/ }),

/***/ 62807:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   DB: () => (/* binding */ CutoverError),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iQ: () => (/* binding */ AwsCallError),
/* harmony export */   j1: () => (/* binding */ ConfigurationError),
/* harmony export */   uF: () => (/* binding */ awsCall)
/* harmony export */ });
/* unused harmony export errorCode */
/* harmony import */ var _cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16590);

/**
 * A mistake in what the user gave us (inputs, router layout, tags), as opposed to a bug or an
 * outage. The runner reports it as one `::error::` line, without a stack trace.
 */
class ConfigurationError extends Error {
    name = "ConfigurationError";
}
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

/***/ 97529:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   E3: () => (/* binding */ readString),
/* harmony export */   JI: () => (/* binding */ readInteger),
/* harmony export */   Kf: () => (/* binding */ readChoice),
/* harmony export */   L: () => (/* binding */ readingFrom),
/* harmony export */   LD: () => (/* binding */ readList),
/* harmony export */   Mm: () => (/* binding */ readOptionalChoice),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   UN: () => (/* binding */ currentFallback),
/* harmony export */   Vf: () => (/* binding */ readBoolean),
/* harmony export */   Xu: () => (/* binding */ inputError),
/* harmony export */   hf: () => (/* binding */ readingAs),
/* harmony export */   nf: () => (/* binding */ readRequiredString),
/* harmony export */   oO: () => (/* binding */ readPercent),
/* harmony export */   qr: () => (/* binding */ useFallback),
/* harmony export */   wo: () => (/* binding */ readUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36506);
/* harmony import */ var _urls_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(90342);



let aliases = {};
/**
 * Reads a step's inputs under other names: the one-step root action gives each phase's inputs
 * their own names (`paths` of warm-caches is `warm-paths` there), and errors name what the user set.
 * `read` is synchronous (readInputs does no I/O), so the names hold for exactly that call: no other
 * read can interleave, which is why they are not threaded through the 175 reader calls.
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
let fallback;
/** While set, the only source of every input: one entry of an environment's `routers:` list. */
let scope;
function useFallback(next) {
    fallback = next;
}
/** The fallback in use, when an environment file is. */
function currentFallback() {
    return fallback;
}
/**
 * Reads inputs from `source` alone (nothing given directly, no other setting), for exactly the
 * synchronous `read`: one router's settings among several in an environment's `routers:` list.
 */
function readingFrom(source, read) {
    const saved = scope;
    scope = source;
    try {
        return read();
    }
    finally {
        scope = saved;
    }
}
function inputError(name, problem, example) {
    const shown = inputName(name);
    if (scope)
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${scope.where(shown)} ${problem}. Example: ${scope.setting(shown)}: ${example}`);
    if (fallback && !given(name)) {
        const where = fallback.where(shown);
        const setting = fallback.setting(shown);
        if (fallback.value(shown) !== undefined)
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`${where} ${problem}. Example: ${setting}: ${example}`);
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${shown}' (or ${where}) ${problem}. Example: ${shown}: ${example}`);
    }
    return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .ConfigurationError */ .j1(`Input '${shown}' ${problem}. Example: ${shown}: ${example}`);
}
/** A value as an error message quotes it: shortened, in quotes. */
function quoted(value) {
    return JSON.stringify(value.length > 80 ? `${value.slice(0, 77)}...` : value);
}
function given(name) {
    return _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .getInput */ .V4(inputName(name)).trim();
}
/**
 * The raw input, trimmed; when not given (unset or empty), the environment file's setting; '' when
 * neither. Kept separate so that every reader sees the same value.
 */
function raw(name) {
    if (scope)
        return scope.value(name)?.trim() || "";
    return given(name) || fallback?.value(inputName(name))?.trim() || "";
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
    throw inputError(name, `must be true or false, got ${quoted(value)}`, String(fallback));
}
function readInteger(name, fallback, range) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (!/^-?\d+$/.test(value))
        throw inputError(name, `must be a whole number, got ${quoted(value)}`, String(fallback));
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
        throw inputError(name, `must be a percentage such as 1% or a fraction such as 0.01, got ${quoted(value)}`, fallback);
    }
    return fraction;
}
function readChoice(name, choices, fallback) {
    const value = raw(name);
    if (!value)
        return fallback;
    if (choices.includes(value))
        return value;
    throw inputError(name, `must be one of ${choices.join(", ")}, got ${quoted(value)}`, fallback);
}
/** A choice that may be left empty: undefined then. */
function readOptionalChoice(name, choices) {
    if (!raw(name))
        return undefined;
    return readChoice(name, choices, choices[0]);
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
        throw inputError(name, `is not a URL, got ${quoted((0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .hideUserinfo */ .kc)(value))} (a scheme such as https:// is required)`, example);
    }
    (0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .maskUserinfo */ .g6)(url);
    if (url.protocol !== "http:" && url.protocol !== "https:") {
        throw inputError(name, `must be an http:// or https:// URL, got ${quoted((0,_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(url))}`, example);
    }
    return url;
}


/***/ }),

/***/ 72077:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   g: () => (/* binding */ pollUntil)
/* harmony export */ });
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36506);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3669);



/**
 * Checks until `check` says done, the time is up or the run is cancelled, logging a progress line
 * every few seconds: every wait in cutover (read-back, health, drain) goes through here.
 */
async function pollUntil(check, options) {
    const { timeoutMs, pollMs = 1_000, progressMs = 5_000, signal } = options;
    const started = Date.now();
    let nextProgress = started + progressMs;
    for (;;) {
        const { done, value } = await check();
        const ms = Date.now() - started;
        if (done || ms >= timeoutMs || signal?.aborted)
            return { done, value, ms };
        if (Date.now() >= nextProgress) {
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(options.progress(value, (0,_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs - ms)));
            nextProgress += progressMs;
        }
        await (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(Math.min(pollMs, Math.max(0, timeoutMs - ms)), signal);
    }
}


/***/ }),

/***/ 36506:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  fe: () => (/* binding */ appendSummary),
  N4: () => (/* binding */ endGroup),
  z3: () => (/* binding */ error),
  V4: () => (/* binding */ getInput),
  Ou: () => (/* binding */ hideSecretPart),
  pq: () => (/* binding */ info),
  UH: () => (/* binding */ reportText),
  C1: () => (/* binding */ setFailed),
  uH: () => (/* binding */ setOutput),
  Pq: () => (/* binding */ setSecret),
  Oh: () => (/* binding */ startGroup),
  g5: () => (/* binding */ summaryText),
  $e: () => (/* binding */ warning)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __nccwpck_require__(51455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(48161);
// EXTERNAL MODULE: external "os"
var external_os_ = __nccwpck_require__(70857);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/utils.js
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Sanitizes an input into a string so it can be passed into issueCommand safely
 * @param input input to sanitize into a string
 */
function toCommandValue(input) {
    if (input === null || input === undefined) {
        return '';
    }
    else if (typeof input === 'string' || input instanceof String) {
        return input;
    }
    return JSON.stringify(input);
}
/**
 *
 * @param annotationProperties
 * @returns The command properties to send with the actual annotation command
 * See IssueCommandProperties: https://github.com/actions/runner/blob/main/src/Runner.Worker/ActionCommandManager.cs#L646
 */
function toCommandProperties(annotationProperties) {
    if (!Object.keys(annotationProperties).length) {
        return {};
    }
    return {
        title: annotationProperties.title,
        file: annotationProperties.file,
        line: annotationProperties.startLine,
        endLine: annotationProperties.endLine,
        col: annotationProperties.startColumn,
        endColumn: annotationProperties.endColumn
    };
}
//# sourceMappingURL=utils.js.map
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/command.js


/**
 * Issues a command to the GitHub Actions runner
 *
 * @param command - The command name to issue
 * @param properties - Additional properties for the command (key-value pairs)
 * @param message - The message to include with the command
 * @remarks
 * This function outputs a specially formatted string to stdout that the Actions
 * runner interprets as a command. These commands can control workflow behavior,
 * set outputs, create annotations, mask values, and more.
 *
 * Command Format:
 *   ::name key=value,key=value::message
 *
 * @example
 * ```typescript
 * // Issue a warning annotation
 * issueCommand('warning', {}, 'This is a warning message');
 * // Output: ::warning::This is a warning message
 *
 * // Set an environment variable
 * issueCommand('set-env', { name: 'MY_VAR' }, 'some value');
 * // Output: ::set-env name=MY_VAR::some value
 *
 * // Add a secret mask
 * issueCommand('add-mask', {}, 'secretValue123');
 * // Output: ::add-mask::secretValue123
 * ```
 *
 * @internal
 * This is an internal utility function that powers the public API functions
 * such as setSecret, warning, error, and exportVariable.
 */
function issueCommand(command, properties, message) {
    const cmd = new Command(command, properties, message);
    process.stdout.write(cmd.toString() + external_os_.EOL);
}
function issue(name, message = '') {
    issueCommand(name, {}, message);
}
const CMD_STRING = '::';
class Command {
    constructor(command, properties, message) {
        if (!command) {
            command = 'missing.command';
        }
        this.command = command;
        this.properties = properties;
        this.message = message;
    }
    toString() {
        let cmdStr = CMD_STRING + this.command;
        if (this.properties && Object.keys(this.properties).length > 0) {
            cmdStr += ' ';
            let first = true;
            for (const key in this.properties) {
                if (this.properties.hasOwnProperty(key)) {
                    const val = this.properties[key];
                    if (val) {
                        if (first) {
                            first = false;
                        }
                        else {
                            cmdStr += ',';
                        }
                        cmdStr += `${key}=${escapeProperty(val)}`;
                    }
                }
            }
        }
        cmdStr += `${CMD_STRING}${escapeData(this.message)}`;
        return cmdStr;
    }
}
function escapeData(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A');
}
function escapeProperty(s) {
    return toCommandValue(s)
        .replace(/%/g, '%25')
        .replace(/\r/g, '%0D')
        .replace(/\n/g, '%0A')
        .replace(/:/g, '%3A')
        .replace(/,/g, '%2C');
}
//# sourceMappingURL=command.js.map
// EXTERNAL MODULE: external "crypto"
var external_crypto_ = __nccwpck_require__(76982);
// EXTERNAL MODULE: external "fs"
var external_fs_ = __nccwpck_require__(79896);
;// CONCATENATED MODULE: ./node_modules/@actions/core/lib/file-command.js
// For internal use, subject to change.
// We use any as a valid input type
/* eslint-disable @typescript-eslint/no-explicit-any */




function issueFileCommand(command, message) {
    const filePath = process.env[`GITHUB_${command}`];
    if (!filePath) {
        throw new Error(`Unable to find environment variable for file command ${command}`);
    }
    if (!external_fs_.existsSync(filePath)) {
        throw new Error(`Missing file at path: ${filePath}`);
    }
    external_fs_.appendFileSync(filePath, `${toCommandValue(message)}${external_os_.EOL}`, {
        encoding: 'utf8'
    });
}
function prepareKeyValueMessage(key, value) {
    const delimiter = `ghadelimiter_${external_crypto_.randomUUID()}`;
    const convertedValue = toCommandValue(value);
    // These should realistically never happen, but just in case someone finds a
    // way to exploit uuid generation let's not allow keys or values that contain
    // the delimiter.
    if (key.includes(delimiter)) {
        throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`);
    }
    if (convertedValue.includes(delimiter)) {
        throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);
    }
    return `${key}<<${delimiter}${external_os_.EOL}${convertedValue}${external_os_.EOL}${delimiter}`;
}
//# sourceMappingURL=file-command.js.map
;// CONCATENATED MODULE: ./build/core/secrets.js
// Every value registered as a secret, in every form cutover could print it: as given, URL-encoded,
// base64 (standard and URL-safe), JSON-escaped, and line by line for a multi-line one (a PEM key).
// runner.ts hides them in every log line, summary, output and report it writes; the runner's own
// mask (`::add-mask::`) only matches what it was told, and cutover prints normalised URLs, JSON and
// cut values that it was never told.
/** Below this, a form is only hidden whole: a shorter prefix could be any text. */
const PREFIX = 8;
/** Shorter values are not hidden at all ("1", "on"): the log would lose every such word. */
const SHORTEST = 4;
const registered = new Set();
/** The forms of `secret` worth hiding, the longest first. */
function secretForms(secret) {
    const lines = secret.split(/\r?\n/).map((l) => l.trim());
    const forms = [
        secret,
        encodeURIComponent(secret),
        Buffer.from(secret).toString("base64"),
        Buffer.from(secret).toString("base64url"),
        JSON.stringify(secret).slice(1, -1),
        ...(lines.length > 1 ? lines : []),
    ];
    return [...new Set(forms)].filter((f) => f.length >= SHORTEST).sort((a, b) => b.length - a.length);
}
/** Registers a secret; returns the forms that were new, for the runner's mask. */
function registerSecret(secret) {
    const fresh = secretForms(secret).filter((f) => !registered.has(f));
    for (const form of fresh)
        registered.add(form);
    return fresh;
}
/**
 * `text` with every registered form shown as ***: whole, cut short (a prefix of PREFIX characters
 * or more, as a clipped cell shows it), or broken across lines. `minimum` skips shorter forms.
 */
function redact(text, minimum = SHORTEST) {
    let shown = text;
    for (const form of registered)
        if (form.length >= minimum)
            shown = redactForm(shown, form);
    return shown;
}
function redactForm(text, form) {
    const first = form[0];
    if (!text.includes(first))
        return text;
    let out = "";
    let i = 0;
    while (i < text.length) {
        const end = text[i] === first ? matchEnd(text, i, form) : -1;
        if (end > i) {
            out += "***";
            i = end;
        }
        else {
            out += text[i];
            i += 1;
        }
    }
    return out;
}
/** Where the longest run of `form`'s start that begins at `at` ends, line breaks within it skipped. */
function matchEnd(text, at, form) {
    let j = 0;
    let k = at;
    let matched = at;
    while (k < text.length && j < form.length) {
        if (text[k] === form[j]) {
            j += 1;
            k += 1;
            matched = k;
        }
        else if (j > 0 && (text[k] === "\n" || text[k] === "\r"))
            k += 1;
        else
            break;
    }
    return j >= Math.min(form.length, PREFIX) ? matched : -1;
}

// EXTERNAL MODULE: ./build/core/untrusted.js
var untrusted = __nccwpck_require__(31228);
;// CONCATENATED MODULE: ./build/core/runner.js
// The runner's side of a step, done by @actions/core's own command modules: workflow commands
// (::error::, ::add-mask::, groups) on stdout, and file commands (GITHUB_OUTPUT) with its
// delimiter check. They are imported by path, not through the package's index, because the index
// also loads its OIDC client and with it undici (0.9 MB): measured on the sandbox, about 50 ms of
// CPU in a status step run later in a job (3.85x a bare node, 3.29x without it), for a token
// cutover never asks for (configure-aws-credentials does). Build and tests resolve the path from
// src/core and from the compiled tree alike (scripts/build.ts keeps it at src's depth). These are
// the package's internals, so package.json pins its version: a bump that moves them fails the
// typecheck and the build, not a run.






// Every line this file writes passes through untrusted.ts (no line starts a workflow command, no
// summary holds HTML or a link) and secrets.ts (no registered secret in any printed form), so a
// caller never has to remember either.
/** An input as @actions/core's getInput reads it: INPUT_ and the name upper-cased, spaces as _. */
function getInput(name) {
    return process.env[`INPUT_${name.replace(/ /g, "_").toUpperCase()}`] ?? "";
}
/** Masks `secret` in the runner's log, and hides it and its encoded forms in everything cutover writes. */
function setSecret(secret) {
    registerSecret(secret);
    // The runner masks the base64, URL and JSON forms of what it is told itself (its value encoders).
    const lines = secret.split(/\r?\n/).map((l) => l.trim());
    for (const value of [secret, ...(lines.length > 1 ? lines.filter(Boolean) : [])]) {
        if (told.has(value))
            continue;
        told.add(value);
        issueCommand("add-mask", {}, value);
    }
}
const told = new Set();
/** Hides a part of a secret already masked whole (a bearer's token) in everything cutover writes. */
function hideSecretPart(part) {
    registerSecret(part);
}
/** Outputs are read by later jobs: only a secret long enough to be no ordinary word is hidden there. */
const OUTPUT_SECRET_MIN = 8;
function setFailed(message) {
    process.exitCode = 1;
    error(message);
}
function info(message) {
    process.stdout.write(`${(0,untrusted/* neutralLog */.Ei)(redact(message)).replaceAll("\n", external_node_os_.EOL)}${external_node_os_.EOL}`);
}
const warning = (message) => issueCommand("warning", {}, (0,untrusted/* neutralData */.Ks)(redact(message)));
const error = (message) => issueCommand("error", {}, (0,untrusted/* neutralData */.Ks)(redact(message)));
const startGroup = (name) => issue("group", (0,untrusted/* neutralLog */.Ei)(redact(name)).replaceAll("\n", " "));
const endGroup = () => issue("endgroup");
/** A step output in GITHUB_OUTPUT; off Actions it falls back to the old command, as core.setOutput does. */
function setOutput(name, raw) {
    const value = redact(raw, OUTPUT_SECRET_MIN);
    if (process.env.GITHUB_OUTPUT) {
        issueFileCommand("OUTPUT", prepareKeyValueMessage(name, value));
        return;
    }
    process.stdout.write(external_node_os_.EOL);
    issueCommand("set-output", { name }, value);
}
/** The job summary as it is written: secrets hidden, HTML and links inert. Idempotent. */
function summaryText(markdown) {
    return (0,untrusted/* safeMarkdown */.fH)(redact(markdown));
}
/** Appends Markdown to the job summary, as core.summary does; off Actions (no GITHUB_STEP_SUMMARY) nothing is written. */
async function appendSummary(markdown) {
    const file = process.env.GITHUB_STEP_SUMMARY;
    if (!file)
        return;
    await (0,promises_.appendFile)(file, `${summaryText(markdown)}${external_node_os_.EOL}`, { encoding: "utf8" });
}
/** A report file (the smoke report): secrets hidden, like every other thing cutover writes. */
function reportText(text) {
    return redact(text);
}


/***/ }),

/***/ 88772:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Qc: () => (/* binding */ childEnvironment),
/* harmony export */   d1: () => (/* binding */ runCommand),
/* harmony export */   mp: () => (/* binding */ readEnvPassthrough)
/* harmony export */ });
/* unused harmony exports describeEnvironment, CANCEL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(31421);
/* harmony import */ var _durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15427);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(62807);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(97529);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(36506);





/**
 * What a command cutover runs always gets from the step's environment: PATH and HOME, and the
 * runner's standard variables ("Variables" in GitHub's docs: CI, GITHUB_*, RUNNER_*). Never the
 * step's INPUT_* (its headers, its GitHub token), nor anything else unless env-passthrough names it.
 */
const STANDARD = /^(PATH|HOME|CI|GITHUB_\w+|RUNNER_\w+)$/;
const NEVER = /^INPUT_/;
/** A name in env-passthrough: a variable, or a prefix ending in * (`AWS_*`). */
const PASSTHROUGH = /^[A-Za-z_][A-Za-z0-9_]*\*?$/;
/** env-passthrough: the extra variables the user's commands (and nginx-exec) are given. */
function readEnvPassthrough() {
    const names = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readList */ .LD)("env-passthrough");
    for (const name of names) {
        if (!PASSTHROUGH.test(name))
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("env-passthrough", `${JSON.stringify(name)} is not a variable name or a NAME_* prefix`, "AWS_*, KUBECONFIG");
        if (NEVER.test(name))
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .inputError */ .Xu)("env-passthrough", `${name} is a step input: inputs are never passed to commands`, "AWS_*, KUBECONFIG");
    }
    return names;
}
/** A command's whole environment: the standard variables, what env-passthrough names, then `values`. */
function childEnvironment(values, passthrough) {
    const wanted = (name) => STANDARD.test(name) || passthrough.some((p) => (p.endsWith("*") ? name.startsWith(p.slice(0, -1)) : name === p));
    const env = {};
    for (const [name, value] of Object.entries(process.env))
        if (value !== undefined && !NEVER.test(name) && wanted(name))
            env[name] = value;
    return { ...env, ...values };
}
/** The names a command is given, for the log: exactly what was passed. */
function describeEnvironment(env) {
    return Object.keys(env).sort().join(", ");
}
const KILL_GRACE_MS = 10_000;
/**
 * After a cancel, how long the command has to exit on its own before it is killed: the runner
 * sends SIGTERM 7.5 s after SIGINT and SIGKILL 2.5 s later, and a command still running when
 * this step is killed would live on as an orphan.
 */
const CANCEL_GRACE_MS = 5_000;
const SIGNALS = ["SIGINT", "SIGTERM"];
/**
 * Runs a user's command through bash, as a workflow `run:` would (errexit, pipefail), with its
 * output streamed to the log and only childEnvironment's variables. Past `timeoutMs`, or when the run is cancelled, its whole process
 * group gets the signal and is killed after a grace period.
 */
async function runCommand(label, command, values, timeoutMs, passthrough = []) {
    const env = childEnvironment(values, passthrough);
    _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Running ${label} (timeout ${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}), with ${describeEnvironment(env)}`);
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("bash", ["-eo", "pipefail", "-c", command], {
        env,
        stdio: ["ignore", "inherit", "inherit"],
        detached: true,
    });
    let timedOut = false;
    let cancelledBy;
    let killAt = 0;
    const timers = [];
    const stop = (signal) => {
        try {
            if (child.pid)
                process.kill(-child.pid, signal);
        }
        catch {
            // Already gone.
        }
    };
    const stopThenKill = (signal, graceMs) => {
        stop(signal);
        killAt = Date.now() + graceMs;
        timers.push(setTimeout(() => stop("SIGKILL"), graceMs));
    };
    timers.push(setTimeout(() => {
        timedOut = true;
        _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3(`${label} is still running after ${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)}; stopping it.`);
        stopThenKill("SIGTERM", KILL_GRACE_MS);
    }, timeoutMs));
    const onSignal = (signal) => {
        if (cancelledBy)
            return stop(signal);
        cancelledBy = signal;
        _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(`${signal} received: passing it to ${label}, which is killed in ${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(CANCEL_GRACE_MS)} unless it exits.`);
        stopThenKill(signal, CANCEL_GRACE_MS);
    };
    for (const signal of SIGNALS)
        process.on(signal, onSignal);
    const code = await new Promise((resolve, reject) => {
        child.on("error", reject);
        child.on("close", (exit) => resolve(exit));
    }).finally(() => {
        for (const signal of SIGNALS)
            process.off(signal, onSignal);
    });
    // bash may be gone while what it started still runs: wait out the grace, then kill the rest.
    if (cancelledBy || timedOut)
        await untilGone(child.pid, killAt, () => stop("SIGKILL"));
    for (const timer of timers)
        clearTimeout(timer);
    const took = (0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Date.now() - started);
    if (cancelledBy)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`The run was cancelled (${cancelledBy}) while ${label} ran; it was stopped after ${took}.`);
    if (timedOut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${label} did not finish within ${(0,_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs)} and was stopped.`);
    if (code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${label} exited with ${code ?? "a signal"} after ${took}; see its output above.`);
    _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${label} finished after ${took}.`);
}
function groupAlive(pid) {
    try {
        return pid !== undefined && process.kill(-pid, 0);
    }
    catch {
        return false;
    }
}
async function untilGone(pid, killAt, kill) {
    while (groupAlive(pid) && Date.now() < killAt)
        await new Promise((resolve) => setTimeout(resolve, 100));
    if (groupAlive(pid))
        kill();
}


/***/ }),

/***/ 3669:
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

/***/ 31228:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ei: () => (/* binding */ neutralLog),
/* harmony export */   Ks: () => (/* binding */ neutralData),
/* harmony export */   aY: () => (/* binding */ code),
/* harmony export */   fH: () => (/* binding */ safeMarkdown)
/* harmony export */ });
// Text cutover did not write (an app's answer, a cluster's annotation, a tag, an alarm's reason, a
// parser's message) reaches the log and the job summary through runner.ts, which passes every
// line through here. The runner reads a line as a workflow command when, after leading
// whitespace, it starts with `::`, or when it holds `##[` anywhere (actions/runner,
// src/Runner.Common/ActionCommand.cs: TryParseV2 trims the start, TryParse looks for the prefix
// with IndexOf); it splits its input on CR and LF. The summary is GitHub-flavoured Markdown,
// where raw HTML and links are live.
/** C0/C1 controls (tab aside), line and paragraph separators, bidi overrides and the BOM. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is neutralised
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const CONTROL_BUT_BREAKS = 
// biome-ignore lint/suspicious/noControlCharactersInRegex: as above, with LF and CR left alone
/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;
const visible = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;
/** One log line that the runner shows as it is: no command, no control character. */
function neutralLine(line) {
    const shown = line.replace(CONTROL, visible).replaceAll("##[", "## [");
    return shown.replace(/^(\s*):(?=:)/, "$1: ");
}
/** A plain log message, line by line: whatever it holds, no line of it starts a workflow command. */
function neutralLog(message) {
    return message
        .split(/\r\n|\r|\n/)
        .map(neutralLine)
        .join("\n");
}
/**
 * The data of a command cutover issues (`::error::`, `::warning::`): @actions/core escapes CR, LF
 * and % in it, so only the other control characters need showing, and `##[` breaking.
 */
function neutralData(message) {
    return message.replace(CONTROL_BUT_BREAKS, visible).replaceAll("##[", "## [");
}
/**
 * Free text in a summary line or cell: one line, in a code span whose fence is longer than any
 * run of backticks inside it (CommonMark 6.1), so nothing in it is Markdown or HTML. `|` stays
 * escaped for tables (GFM 4.10 reads `\|` as a pipe inside code spans too).
 */
function code(text) {
    const flat = neutralData(text)
        .replace(/[\r\n]+/g, " ")
        .replaceAll("|", "\\|");
    if (flat === "")
        return "";
    const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((run) => run.length));
    const fence = "`".repeat(longest + 1);
    const pad = flat.startsWith("`") || flat.endsWith("`") || /^ .* $/.test(flat) ? " " : "";
    return `${fence}${pad}${flat}${pad}${fence}`;
}
/** What GitHub turns into a link on its own (GFM 6.9 extended autolinks): URLs, www. and e-mail addresses. */
const AUTOLINK = /(?:https?:\/\/|ftp:\/\/|www\.)[^\s`<]*[^\s`<.,;:!?)'"*_~]|(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/gi;
/**
 * The job summary, made inert outside code spans and cutover's own charts: `<` never opens HTML,
 * `[` and `]` never make a link or image, a bare URL or address is put in a code span, and no
 * other fenced block can open (a fence from untrusted text would hide the rest from this pass).
 * Idempotent, so a block can be measured after it and written through it again.
 */
function safeMarkdown(markdown) {
    let inChart = false;
    return markdown
        .split("\n")
        .map((line) => {
        if (inChart) {
            if (/^ {0,3}`{3,}\s*$/.test(line))
                inChart = false;
            return line.replaceAll("<", "&lt;");
        }
        if (line === CHART_FENCE) {
            inChart = true;
            return line;
        }
        return safeInline(line.replace(/^( {0,3})~(?=~~)/, "$1\\~").replace(DEFINITION, "$1\\["));
    })
        .join("\n");
}
/** A link reference definition's start (CommonMark 4.7), within block quotes or list items: its `[` is escaped. */
const DEFINITION = /^((?:\s*(?:>|[*+-]|\d{1,9}[.)]))*\s*)\[(?=[^\]]*\]:)/;
/** The one fenced block cutover writes: a Mermaid chart (github/chart.ts), whose lines hold no `<`. */
const CHART_FENCE = "```mermaid";
/** One line outside fences: code spans kept whole, the text between them made inert. */
function safeInline(line) {
    let out = "";
    let text = "";
    let i = 0;
    const flush = () => {
        out += inertText(text);
        text = "";
    };
    while (i < line.length) {
        const c = line[i];
        if (c === "\\" && i + 1 < line.length) {
            text += line.slice(i, i + 2);
            i += 2;
            continue;
        }
        if (c === "`") {
            const run = /^`+/.exec(line.slice(i))?.[0];
            const close = closingRun(line, i + run.length, run.length);
            if (close >= 0) {
                flush();
                out += line.slice(i, close + run.length);
                i = close + run.length;
                continue;
            }
            text += run.replaceAll("`", "\\`");
            i += run.length;
            continue;
        }
        text += c;
        i += 1;
    }
    flush();
    return out;
}
/** Where a run of exactly `length` backticks starts at or after `from`, or -1. */
function closingRun(line, from, length) {
    const runs = /`+/g;
    runs.lastIndex = from;
    for (let m = runs.exec(line); m; m = runs.exec(line))
        if (m[0].length === length)
            return m.index;
    return -1;
}
/** Text outside code spans: escapes kept, `<` escaped, a `]` that would end a link's text escaped, autolinks fenced. */
function inertText(text) {
    const parts = text.split(/(\\[\s\S])/);
    return parts
        .map((part, i) => {
        if (i % 2 === 1)
            return part;
        return part
            .replaceAll("<", "&lt;")
            .replace(/\](?=[([])/g, "\\]")
            .replace(AUTOLINK, (link) => code(link));
    })
        .join("");
}


/***/ }),

/***/ 90342:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   XA: () => (/* binding */ pathOn),
/* harmony export */   dp: () => (/* binding */ httpOrigin),
/* harmony export */   g6: () => (/* binding */ maskUserinfo),
/* harmony export */   kc: () => (/* binding */ hideUserinfo),
/* harmony export */   z9: () => (/* binding */ pathProblem),
/* harmony export */   zA: () => (/* binding */ shownUrl)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36506);


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
/** A query parameter whose name says it carries a credential (`?token=`, `X-Amz-Signature=`, `api_key=`). */
const CREDENTIAL_NAME = /token|key|sig|pass|pwd|secret|auth|credential|session|jwt/i;
const QUERY_PARAM = /([?&;])([^=&#\s]*)=([^&#\s]*)/g;
/** A URL as it may be logged: any user:password in it, and any credential in its query, shown as ***. */
function shownUrl(url) {
    if (typeof url === "string")
        return hideUserinfo(url);
    if (!url.username && !url.password)
        return hideQueryCredentials(url.href);
    const shown = new URL(url.href);
    shown.username = "***";
    shown.password = "";
    return hideQueryCredentials(shown.href);
}
/** The same for text that may not even parse as a URL, such as a bad input. */
function hideUserinfo(text) {
    return hideQueryCredentials(text.replace(/(\/\/)[^/@\s]*@/g, "$1***@"));
}
function hideQueryCredentials(text) {
    return text.replace(QUERY_PARAM, (whole, sep, name, value) => CREDENTIAL_NAME.test(safeDecode(name)) && value ? `${sep}${name}=***` : whole);
}
/**
 * The runner masks a URL's user and password in every later line, as it does header values, and
 * so every query value whose name says it is a credential: cutover logs URLs normalised (a slash
 * added, the host lower-cased), which a mask of the whole URL as given no longer matches.
 */
function maskUserinfo(url) {
    const fromQuery = [...url.searchParams].filter(([name]) => CREDENTIAL_NAME.test(name)).map(([, value]) => value);
    for (const value of fromQuery.filter(Boolean))
        _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setSecret */ .Pq(value);
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


/***/ }),

/***/ 55853:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   FT: () => (/* binding */ PERCENT_PATTERN),
/* harmony export */   OI: () => (/* binding */ SETTING_NAMES),
/* harmony export */   U5: () => (/* binding */ ROUTER_SETTINGS),
/* harmony export */   cy: () => (/* binding */ PER_RUN_INPUTS),
/* harmony export */   yy: () => (/* binding */ SETTINGS)
/* harmony export */ });
/* harmony import */ var _core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(65004);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(14098);
// What an environment file may hold: every setting, by the name the one-step root action gives the
// input, with the shape its value must have. The routers' settings are the inputs the registry
// lists, so a new router's inputs are settings as soon as it is registered. The validator, the
// published JSON Schema and the tests all read this table, so that they cannot disagree.


const string = (example, pattern) => ({ type: "string", example, pattern });
const url = (example) => string(example, URL_PATTERN);
const integer = (example) => ({ type: "integer", example });
const boolean = (example) => ({ type: "boolean", example });
const duration = (example) => ({ type: "duration", example });
const percent = (example) => ({ type: "percent", example });
const list = (example, pattern) => ({ type: "list", item: "string", example, pattern });
const choice = (...choices) => ({ type: "choice", choices });
const PERCENT_PATTERN = /^\d+(\.\d+)?%$/;
const URL_PATTERN = /^https?:\/\/\S+$/;
const ELB_ARN = /^arn:aws[a-z-]*:elasticloadbalancing:/;
const ACCOUNT_ARN = "arn:aws:elasticloadbalancing:eu-west-1:123456789012";
/** The IAM role the workflows assume: no step's input but the environment step's. */
const ROLE = string("arn:aws:iam::123456789012:role/cutover-production", /^arn:aws[a-z-]*:iam::\d{12}:role\/\S+$/);
/** The shapes of the routers' inputs (src/routers/registry.ts); one a router adds without a shape here is a string. */
const ROUTER_SHAPES = {
    router: choice(...(0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .routerKindNames */ .Sx)()),
    "listener-arn": string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2`, ELB_ARN),
    "rule-arns": list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2/9683b2d02a6cabee`], ELB_ARN),
    "test-listener-arn": string(`${ACCOUNT_ARN}:listener/app/shop/50dc6c495c0c9188/0467ef3c8400ae65`, ELB_ARN),
    "test-rule-arns": list([`${ACCOUNT_ARN}:listener-rule/app/shop/50dc6c495c0c9188/0467ef3c8400ae65/1a2b3c4d5e6f7a8b`], ELB_ARN),
    "blue-target-group-arn": string(`${ACCOUNT_ARN}:targetgroup/shop-blue/6d0ecf831eec9f09`, ELB_ARN),
    "green-target-group-arn": string(`${ACCOUNT_ARN}:targetgroup/shop-green/7a2232595e5f1002`, ELB_ARN),
    "aws-region": string("eu-west-1", _core_aws_region_js__WEBPACK_IMPORTED_MODULE_0__/* .REGION_PATTERN */ .a),
    "verify-timeout": duration("60s"),
    "max-attempts": integer(5),
    "nginx-exec-timeout": duration("30s"),
    "nginx-allow-symlink": boolean(false),
};
/** The steps' other settings, under the root action's names (unique across the steps). */
const STEPS = {
    "deploy-command": string("./deploy/ecs-update.sh"),
    "deploy-timeout": duration("30m"),
    "register-targets": list(["10.0.1.12:8080", "10.0.2.12:8080"]),
    "replace-targets": boolean(false),
    "min-healthy-targets": integer(1),
    "health-timeout": duration("10m"),
    drift: choice("warn", "fail", "off"),
    "smoke-target": choice("standby", "active", "both"),
    "standby-url": url("https://test.shop.example.com:8443"),
    "active-url": url("https://shop.example.com"),
    checks: { type: "checks" },
    "cdn-origins": list(["https://cdn.shop.example.com"]),
    "credential-origins": list(["https://cdn.shop.example.com"]),
    "smoke-report-path": string("reports/smoke.json"),
    "host-header": string("shop.example.com"),
    "insecure-tls": boolean(true),
    "request-timeout": duration("10s"),
    "smoke-retries": integer(0),
    "smoke-concurrency": integer(4),
    "warm-paths": list(["/", "/products"]),
    "warm-paths-file": string(".github/warm-paths.txt"),
    sitemap: url("https://shop.example.com/sitemap.xml"),
    "requests-per-path": integer(1),
    "warm-concurrency": integer(8),
    "warm-duration": duration("1m"),
    "warm-max-error-rate": percent("5%"),
    "warm-retries": integer(0),
    "require-healthy": boolean(true),
    strategy: choice("all-at-once", "linear", "steps"),
    "linear-percent": integer(10),
    steps: { type: "list", item: "integer", example: [10, 50, 100] },
    "step-interval": duration("2m"),
    "probe-url": url("https://shop.example.com/health"),
    "probe-interval": duration("250ms"),
    "max-p95-latency": duration("2s"),
    "max-error-rate": percent("1%"),
    "alarm-names": list(["shop-5xx-rate"]),
    cloudwatch: boolean(true),
    "sticky-sessions": choice("keep", "release"),
    "verify-url": url("https://shop.example.com/version"),
    "version-header": string("x-app-version"),
    "version-field": string("version"),
    "drain-timeout": duration("0s"),
    "metric-period": duration("60s"),
    "environment-url": url("https://shop.example.com"),
    "distribution-id": list(["E2QWRUHAPOMQZL"]),
    "purge-paths": list(["/", "/index.html"]),
    "purge-wait": boolean(true),
    "purge-timeout": duration("10m"),
    "cdn-verify-url": url("https://shop.example.com/version"),
    "soak-duration": duration("10m"),
    "soak-window": duration("30s"),
    "soak-probe-interval": duration("100ms"),
    "probe-timeout": duration("5s"),
    "cloudwatch-metrics": boolean(true),
    "poll-interval": duration("10s"),
    "metrics-url": url("https://shop.example.com/metrics.json"),
    "metrics-path": string("errorRate"),
    "min-samples": integer(10),
    "consecutive-breaches": integer(2),
    "max-error-rate-increase": percent("0.5%"),
    "require-traffic": boolean(true),
    "on-breach": choice("rollback", "fail"),
    ttl: duration("24h"),
    "deregister-targets": boolean(true),
    "teardown-command": string("./deploy/scale-to-zero.sh"),
    "teardown-timeout": duration("30m"),
    "teardown-drain-timeout": duration("15m"),
};
/** The routers' settings, which an entry of `routers:` holds. */
const ROUTER_SETTINGS = Object.fromEntries((0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_1__/* .routerInputs */ .PN)().map((input) => [input.name, ROUTER_SHAPES[input.name] ?? string(input.default ?? "value")]));
const SETTINGS = {
    router: ROUTER_SETTINGS.router,
    role: ROLE,
    "read-role": ROLE,
    ...ROUTER_SETTINGS,
    ...STEPS,
};
/**
 * Inputs that belong to one run, never to an environment: what is released, where to, why, and
 * secrets (a token or a header belongs in the repository's secrets, not in a committed file).
 */
const PER_RUN_INPUTS = [
    "environment",
    "environment-file",
    "version",
    "to",
    "expected-active-color",
    "expected-version",
    "reason",
    "force",
    "dry-run",
    "deployment-id",
    "github-token",
    "headers",
];
const REQUEST = { timeout: "request-timeout" };
const PURGE = { paths: "purge-paths", wait: "purge-wait", timeout: "purge-timeout", "verify-url": "cdn-verify-url" };
/**
 * Step input → setting, where a step's input means something else in another step (`paths` of
 * warm-caches is `warm-paths`). The one-step root action reads its phases under these names too.
 */
const SETTING_NAMES = {
    "smoke-test": {
        ...REQUEST,
        target: "smoke-target",
        url: "standby-url",
        "report-path": "smoke-report-path",
        retries: "smoke-retries",
        concurrency: "smoke-concurrency",
    },
    "warm-caches": {
        ...REQUEST,
        url: "standby-url",
        paths: "warm-paths",
        "paths-file": "warm-paths-file",
        concurrency: "warm-concurrency",
        duration: "warm-duration",
        "max-error-rate": "warm-max-error-rate",
        retries: "warm-retries",
    },
    "purge-cdn": PURGE,
    "soak-monitor": { ...PURGE, duration: "soak-duration", window: "soak-window", "probe-interval": "soak-probe-interval" },
    rollback: PURGE,
    teardown: { "drain-timeout": "teardown-drain-timeout" },
};


/***/ }),

/***/ 62546:
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
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36506);
/* harmony import */ var _core_untrusted_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(31228);
/* harmony import */ var _routing_routes_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(96591);
/* harmony import */ var _routing_tags_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(54544);






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
    const standby = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .otherColor */ .I)(active);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-color", active);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-color", standby);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-target-group-arn", snapshot.config.pools[active]);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-target-group-arn", snapshot.config.pools[standby]);
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("active-version", (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(snapshot.tags[active]));
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("standby-version", (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(snapshot.tags[standby]));
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("shifting", snapshot.state.active ? "false" : "true");
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
    const at = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.tornDownAt];
    const deployed = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.deployedAt];
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
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.flatMap((color) => {
        const tags = snapshot.tags[color];
        const gone = tornDownAt(tags);
        const reason = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.rollbackReason];
        const retired = tags[_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.retiredAt];
        const notes = [];
        if (reason && retired)
            notes.push(`**${color}** was rolled back at ${(0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(retired)}, because: ${(0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(reason)}.`);
        if (gone)
            notes.push(`**${color}** was torn down at ${gone}${retired ? `, ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.parse(gone) - Date.parse(retired))} after it was retired` : ""}: it has no targets to roll back to until deploy-standby runs again.`);
        return notes;
    });
}
function colorRows(snapshot) {
    const { state, tags } = snapshot;
    const weights = state.production ?? state.routes[0].weights;
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((color) => [
        color,
        role(state, tags[color], color),
        `${percent(weights, color)}%`,
        (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .versionOf */ .E4)(tags[color]) || "—",
        tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.liveSince] ?? "—",
        tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_2__/* .TAG */ .Dk.retiredAt] ?? "—",
        healthCell(snapshot.health?.[color]),
    ]);
}
function logSnapshot(snapshot) {
    for (const route of snapshot.state.routes) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .routeName */ .xG)(route.ref).padEnd(40)} ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(route.weights)}`);
    }
    for (const [color, ...rest] of colorRows(snapshot)) {
        const [roleText, share, version, liveSince, retiredAt, health] = rest;
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`  ${color?.padEnd(6)} ${roleText?.padEnd(8)} ${share?.padStart(4)}  version ${version}  live-since ${liveSince}  retired-at ${retiredAt}  ${health}`);
    }
}
const COLOR_HEADER = ["Color", "Role", "Traffic", "Version", "Live since", "Retired at", "Targets"];
function table(header, rows) {
    const line = (cells) => `| ${cells.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
    return [line(header), line(header.map(() => "---")), ...rows.map(line)].join("\n");
}
/** The version and the times come from the ledger, which anyone who can tag or annotate may write. */
function colorTable(snapshot) {
    const fromLedger = [3, 4, 5];
    const rows = colorRows(snapshot).map((row) => row.map((cell, i) => (fromLedger.includes(i) && cell !== "—" ? (0,_core_untrusted_js__WEBPACK_IMPORTED_MODULE_4__/* .code */ .aY)(cell) : cell)));
    return table(COLOR_HEADER, rows);
}
function routeTable(rows) {
    return table(["Route", "Before", "After"], rows.map((r) => [r.route, r.before, r.after]));
}
/** The routes in one line, by short names: the colors table says the rest. */
function routesLine(snapshot) {
    return `Routes: ${snapshot.state.routes.map((r) => `\`${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .shortRouteName */ .h)(r.ref)}\` ${(0,_routing_routes_js__WEBPACK_IMPORTED_MODULE_5__/* .formatWeights */ .V7)(r.weights)}`).join(" · ")}`;
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

/***/ 13794:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   CJ: () => (/* binding */ startPhase),
/* harmony export */   Ne: () => (/* binding */ noteSnapshot),
/* harmony export */   Sy: () => (/* binding */ writeSummary),
/* harmony export */   gw: () => (/* binding */ finishSummary)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(73024);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(36506);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(62546);





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
        _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`The job summary could not be written: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(failure)}`);
    }
}
async function writeStory(step, error) {
    const phase = story.phase.name || step;
    let stateNote = "";
    if (error !== undefined && !story.blocks.some((b) => b.phase === story.phase.name)) {
        story.blocks.push(failureBlock(phase, error, performance.now() - story.phase.started));
        stateNote = await rereadState();
    }
    // A step that reads no router (environment) has nothing to say in the summary.
    if (story.blocks.length === 0)
        return;
    const markdown = story.blocks.length > 1 || step === "cutover" ? renderPhases(error) : renderStep(stateNote);
    const file = process.env.GITHUB_STEP_SUMMARY;
    const used = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.statSync)(file).size : 0;
    await _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .appendSummary */ .fe((0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .fitSummary */ .mW)(_core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .summaryText */ .g5(markdown), _report_js__WEBPACK_IMPORTED_MODULE_4__/* .SUMMARY_LIMIT */ .Jt - used));
}
function failureBlock(phase, error, ms) {
    const known = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB ? error : undefined;
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
        timer = setTimeout(() => reject(new Error(`no answer in ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(REREAD_MS)}`)), REREAD_MS);
    });
    try {
        story.snapshot = await Promise.race([reread(), timeout]);
        return "State read again after the failure:";
    }
    catch (error) {
        return story.snapshot ? `State as read before the failure (reading it again failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}):` : "";
    }
    finally {
        clearTimeout(timer);
    }
}
function renderStep(stateNote) {
    const block = story.blocks[0];
    return document(`### ${block.title}`, [...block.sections, stateNote, ...colors(), `Step time: ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(block.ms)}`]);
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
        return [`#### ${i + 1}. ${b.phase}: ${what} · ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(b.ms)}`, ...body].join("\n\n");
    });
    return document(headline, [...phases, "#### Colors now", ...colors()]);
}
function released(phases, ms) {
    const snapshot = story.snapshot;
    const active = snapshot?.state.active;
    const version = active ? snapshot?.tags[active]["cutover:version"] : undefined;
    const what = active ? `${active} serves ${version ?? "an unversioned release"}` : "the router is split";
    return `### cutover: released${version ? ` ${version}` : ""}${active ? ` on ${active}` : ""}\n\n**Released:** ${what} after ${phases}, in ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(ms)}.`;
}
/** `**Reverted:** why`: the outcome, then the reason in the error's own words. */
function verdictLine(error) {
    const why = error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB
        ? error.verdict
        : error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1
            ? `${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)} Nothing was written.`
            : `unexpected error: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error)}. This is a bug in cutover; the log has the stack trace.`;
    // One paragraph: a reason from an alarm, an app or a parser must not start a heading or a list.
    return `**${capitalized(outcomeOf(error))}:** ${why.replace(/\s*[\r\n]+\s*/g, " ")}`;
}
function outcomeOf(error) {
    return error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB ? error.outcome : "failed";
}
function colors() {
    const snapshot = story.snapshot;
    return snapshot ? [(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .colorTable */ .sR)(snapshot), ...(0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .colorNotes */ .Jc)(snapshot), ...(snapshot.config.notes ?? []), (0,_report_js__WEBPACK_IMPORTED_MODULE_4__/* .routesLine */ .tk)(snapshot)] : [];
}
function document(headline, sections) {
    return `${[headline, ...sections.filter(Boolean)].join("\n\n")}\n`;
}
function capitalized(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}


/***/ }),

/***/ 75005:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   JC: () => (/* binding */ Prober)
/* harmony export */ });
/* unused harmony exports DEFAULT_PROBE_OPTIONS, MAX_BODY */
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(15427);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(90342);



const DEFAULT_PROBE_OPTIONS = {
    timeoutMs: 5_000,
    retries: 0,
    retryBackoffMs: 200,
    insecureTls: false,
    concurrency: 8,
    headers: {},
};
/** Of a body, what is kept for judging. */
const KEPT_BODY = 1024 * 1024;
/** Past this a body is not read on: a probe must not spend minutes or gigabytes on one answer. */
const MAX_BODY = 16 * 1024 * 1024;
function failure(error) {
    return { status: 0, failed: true, headers: {}, body: "", error };
}
/** node:http and node:https cost a step a tenth of a second to load: only a step that probes loads them. */
const load = { http: () => process.getBuiltinModule("node:http"), https: () => process.getBuiltinModule("node:https") };
/**
 * The one HTTP engine behind every probe: pooled keep-alive connections, a deadline and a size
 * cap for each whole exchange, retries with backoff where asked for, and bounded concurrency
 * through the pool size. A slow or endless answer is a failed sample, never a hang.
 */
class Prober {
    options;
    #http;
    #https;
    /** The headers every request sends; the Host header, when set, wins over a request's own. */
    #headers;
    #host;
    constructor(options = {}) {
        this.options = { ...DEFAULT_PROBE_OPTIONS, ...options };
        this.#host = this.options.hostHeader ? { host: this.options.hostHeader } : {};
        this.#headers = { ...this.options.headers, ...this.#host };
        const pool = { keepAlive: true, maxSockets: this.options.concurrency };
        this.#http = new (load.http().Agent)(pool);
        this.#https = new (load.https().Agent)({ ...pool, rejectUnauthorized: !this.options.insecureTls });
    }
    async send(request, options = {}) {
        let attempt = 0;
        for (;;) {
            attempt += 1;
            const response = await this.#once(request, options);
            if (!response.failed || attempt > this.options.retries || options.signal?.aborted)
                return { ...response, attempts: attempt };
            await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(this.options.retryBackoffMs * 2 ** (attempt - 1), options.signal);
        }
    }
    close() {
        this.#http.destroy();
        this.#https.destroy();
    }
    #once(request, options) {
        const { url } = request;
        const started = performance.now();
        const secure = url.protocol === "https:";
        const timeoutMs = Math.min(options.timeoutMs ?? this.options.timeoutMs, this.options.timeoutMs);
        const own = this.options.credentialOrigins?.includes(url.origin) ?? true;
        const base = own ? this.#headers : {};
        const headers = request.headers ? { ...base, ...request.headers, ...(own ? this.#host : {}) } : base;
        return new Promise((resolve) => {
            let req;
            let settled = false;
            const done = (answer) => {
                if (settled)
                    return;
                settled = true;
                clearTimeout(timer);
                options.signal?.removeEventListener("abort", cancel);
                resolve({ ...answer, url: (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_1__/* .shownUrl */ .zA)(url), latencyMs: performance.now() - started, attempts: 1 });
            };
            const stop = (error, timedOut = false) => {
                done({ ...failure(error), ...(timedOut ? { timedOut } : {}) });
                req?.destroy();
            };
            const timer = setTimeout(() => stop(`no whole answer within ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)}`, true), timeoutMs);
            const cancel = () => stop("cancelled");
            if (options.signal?.aborted)
                return cancel();
            options.signal?.addEventListener("abort", cancel, { once: true });
            try {
                req = (secure ? load.https() : load.http()).request(url, {
                    method: request.method ?? "GET",
                    headers,
                    agent: secure ? this.#https : this.#http,
                    ...(secure && this.options.hostHeader ? { servername: this.options.hostHeader.split(":")[0] } : {}),
                }, (res) => this.#read(res, Boolean(options.readBody), done, stop));
            }
            catch (error) {
                // Node refuses a header it could not send; inputs are checked before, so this is a last guard.
                return stop(`the request could not be sent: ${error.message}`);
            }
            req.on("error", (error) => stop(error.message));
            req.end(request.body);
        });
    }
    #read(res, readBody, done, stop) {
        const chunks = [];
        let size = 0;
        res.on("data", (chunk) => {
            if (readBody && size < KEPT_BODY)
                chunks.push(chunk);
            size += chunk.length;
            if (size > MAX_BODY)
                stop(`the body is larger than ${MAX_BODY / 1024 / 1024} MiB; reading stopped there`);
        });
        res.on("end", () => {
            const status = res.statusCode ?? 0;
            done({ status, failed: status >= 500, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") });
        });
        res.on("error", (error) => stop(error.message));
    }
}


/***/ }),

/***/ 14098:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  S6: () => (/* binding */ connectRouter),
  ab: () => (/* binding */ readRouterConfig),
  PN: () => (/* binding */ routerInputs),
  i$: () => (/* binding */ routerKind),
  Sx: () => (/* binding */ routerKindNames)
});

// UNUSED EXPORTS: registerRouter

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var core_inputs = __nccwpck_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __nccwpck_require__(36506);
;// CONCATENATED MODULE: ./build/core/lazy.js
/**
 * Stands in for a port until its first call, which loads it: the client behind it is loaded only
 * when a step first talks to the outside, never while inputs are read.
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

// EXTERNAL MODULE: ./build/core/aws-region.js
var aws_region = __nccwpck_require__(65004);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __nccwpck_require__(15427);
;// CONCATENATED MODULE: ./build/routers/alb/arn.js
// ARNs of an Application Load Balancer's parts, as inputs name them.

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
        throw (0,core_inputs/* inputError */.Xu)(name, `is not an Application Load Balancer ${what} ARN: got ${(0,core_inputs/* quoted */.TL)(value)}`, ARN_EXAMPLES[type]);
    }
    return arn;
}
function readArn(name, type) {
    const value = (0,core_inputs/* readString */.E3)(name);
    return value ? checkArn(name, value, type) : undefined;
}
function readRequiredArn(name, type) {
    const value = (0,core_inputs/* readString */.E3)(name);
    if (!value)
        throw (0,core_inputs/* inputError */.Xu)(name, "is required but was empty", ARN_EXAMPLES[type]);
    return checkArn(name, value, type);
}
function readArnList(name, type) {
    const arns = (0,core_inputs/* readList */.LD)(name).map((value) => checkArn(name, value, type));
    const seen = new Set();
    for (const arn of arns) {
        if (seen.has(arn.value))
            throw (0,core_inputs/* inputError */.Xu)(name, `lists ${(0,core_inputs/* quoted */.TL)(arn.value)} twice`, ARN_EXAMPLES[type]);
        seen.add(arn.value);
    }
    return arns;
}

;// CONCATENATED MODULE: ./build/routers/alb/config.js
// The ALB router's inputs: the production and test routes and the two target groups, by ARN.




/** The ARN's resource part, after `…:123456789012:`. */
function resourceOf(arn) {
    return arn.split(":").slice(5).join(":") || arn;
}
/** `listener` or `rule`: which ELBv2 call reads and writes the route. */
function routeKind(ref) {
    return resourceOf(ref.id).startsWith("listener-rule/") ? "rule" : "listener";
}
/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readAlbConfig() {
    const listener = readArn("listener-arn", "listener");
    const rules = readArnList("rule-arns", "listener-rule");
    const testListener = readArn("test-listener-arn", "listener");
    const testRules = readArnList("test-rule-arns", "listener-rule");
    const blue = readRequiredArn("blue-target-group-arn", "targetgroup");
    const green = readRequiredArn("green-target-group-arn", "targetgroup");
    const regionInput = (0,aws_region/* readRegion */.X)("aws-region");
    const verifyTimeoutMs = (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,core_inputs/* inputError */.Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,core_inputs/* inputError */.Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    const production = routes.filter((r) => r.role === "production").length;
    const test = routes.length - production;
    const lb = resourceOf((listener ?? rules[0]).value).split("/")[2];
    return {
        kind: "alb",
        description: `ALB ${lb}: ${production} production route(s), ${test} test route(s)`,
        routes,
        pools: { blue: blue.value, green: green.value },
        verifyTimeoutMs,
        testUrlKnown: Boolean(testListener),
        testRouteInputs: ["test-listener-arn", "test-rule-arns"],
        // ALB applies any integer weight from 0 to 999 to each target group.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: true },
        aws: { region, partition: blue.partition, maxAttempts },
    };
}
function route(kind, role, arn, input) {
    return albRoute(kind, role, arn.value, input);
}
/** A route by its ARN, named as an operator recognises it. */
function albRoute(kind, role, arn, input) {
    const resource = resourceOf(arn);
    const parts = resource.split("/");
    const [type, , lb] = parts;
    const short = lb && (type === "listener" || type === "listener-rule") ? `${lb} ${kind} ${(parts.at(-1) ?? "").slice(0, 8)}` : resource;
    return { id: arn, role, name: resource, short, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.id);
        if (earlier) {
            throw (0,core_inputs/* inputError */.Xu)(r.input, `names ${r.id}, which ${earlier.input} names already`, "a route listed once only");
        }
        seen.set(r.id, r);
    }
}
/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input, arns) {
    const known = arns.filter((arn) => arn !== undefined);
    const [first] = known;
    for (const arn of known) {
        if (arn.region !== first.region || arn.account !== first.account) {
            throw (0,core_inputs/* inputError */.Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,core_inputs/* inputError */.Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
}

;// CONCATENATED MODULE: ./build/routers/alb/inputs.js
/** The ALB router's inputs, as every step's action.yml declares them. */
const ALB_INPUTS = [
    {
        name: "listener-arn",
        description: "router alb: ARN of the production listener whose default action forwards to the blue and green target groups. Give this, rule-arns, or both.",
    },
    {
        name: "rule-arns",
        description: "router alb: ARNs of production listener rules (comma- or newline-separated) that forward to the two target groups. They move together with the listener.",
    },
    {
        name: "test-listener-arn",
        description: "router alb: ARN of a test listener whose default action always forwards to the standby color. It moves the inverse way of production.",
    },
    {
        name: "test-rule-arns",
        description: "router alb: ARNs of test listener rules (comma- or newline-separated) that always forward to the standby color.",
    },
    { name: "blue-target-group-arn", description: "router alb (required): ARN of the blue target group." },
    { name: "green-target-group-arn", description: "router alb (required): ARN of the green target group." },
    {
        name: "aws-region",
        description: "AWS region of the load balancer. Defaults to the region in the ARNs; when given, it must match them.",
    },
    {
        name: "verify-timeout",
        description: "How long to read back after a write until every route shows the new weights (ELBv2 is eventually consistent), such as 30s or 2m.",
        default: "60s",
    },
    { name: "max-attempts", description: "Attempts per AWS call, with the SDK's adaptive retry for throttling.", default: "5" },
];

// EXTERNAL MODULE: ./build/core/color.js
var core_color = __nccwpck_require__(66101);
;// CONCATENATED MODULE: ./build/routers/alb/client.js
/** What each of the ALB's ports holds: the ELBv2 client, its urgent twin, and the router's config. */
class AlbClient {
    lb;
    config;
    #urgent;
    constructor(lb, urgent, config) {
        this.lb = lb;
        this.#urgent = urgent;
        this.config = config;
    }
    /** The urgent client (a short retry budget, for calls inside a cancel's grace) when the call asks for it. */
    client(options = {}) {
        return options.urgent ? this.#urgent : this.lb;
    }
}

;// CONCATENATED MODULE: ./build/routers/alb/ledger.js


/** ALB keeps the ledger in each target group's tags. */
class AlbLedger extends AlbClient {
    async read(options = {}) {
        const { pools } = this.config;
        const tags = await this.client(options).describeTags(core_color/* COLORS */.l.map((c) => pools[c]), options.signal);
        return { blue: tags.get(pools.blue) ?? {}, green: tags.get(pools.green) ?? {} };
    }
    async write(color, set, remove = [], options = {}) {
        const arn = this.config.pools[color];
        const lb = this.client(options);
        if (Object.keys(set).length)
            await lb.addTags(arn, set, options.signal);
        if (remove.length)
            await lb.removeTags(arn, remove, options.signal);
    }
}

// EXTERNAL MODULE: ./build/routing/health.js
var health = __nccwpck_require__(37119);
;// CONCATENATED MODULE: ./build/routers/alb/targets.js

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const INSTANCE = /^i-[0-9a-f]{8,17}$/;
/** `10.0.1.12:8080`, `10.0.1.12`, `i-0abc12345def67890` or `i-0abc12345def67890:8080`; undefined for anything else. */
function parseTarget(item) {
    const [id = "", port, extra] = item.split(":");
    const portNumber = port === undefined ? undefined : Number(port);
    const badPort = portNumber !== undefined && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535);
    if (extra !== undefined || badPort || !(IPV4.test(id) || INSTANCE.test(id)))
        return undefined;
    return { id, port: portNumber };
}
/** The targets an input lists, each checked. */
function readTargets(name) {
    const items = (0,core_inputs/* readList */.LD)(name);
    const bad = items.find((item) => !parseTarget(item));
    if (bad !== undefined) {
        throw (0,core_inputs/* inputError */.Xu)(name, `has ${JSON.stringify(bad)}, which is neither ip:port nor an instance id`, "10.0.1.12:8080, i-0abc12345def67890");
    }
    return items;
}

;// CONCATENATED MODULE: ./build/routers/alb/pool.js





/** Attributes that two colors' target groups should share, beside the health check. */
const ATTRIBUTES = [
    "deregistration_delay.timeout_seconds",
    "stickiness.enabled",
    "stickiness.type",
    "stickiness.lb_cookie.duration_seconds",
    "slow_start.duration_seconds",
    "load_balancing.algorithm.type",
];
/** Each color is a target group: its targets' health, its settings, and registering targets. */
class AlbPool extends AlbClient {
    verbs = { retire: "DeregisterTargets", restore: "RegisterTargets" };
    health(color, options = {}) {
        return this.client(options).describeTargetHealth(this.config.pools[color], options.signal);
    }
    async settings(color, options = {}) {
        return settingsOf(await this.client(options).describeTargetGroupSettings(this.config.pools[color], options.signal));
    }
    retire(color, targets) {
        return this.lb.deregisterTargets(this.config.pools[color], targets.map(refOf));
    }
    restore(color, targets) {
        return this.lb.registerTargets(this.config.pools[color], targets.map(refOf));
    }
    async register(color, items, replace) {
        const arn = this.config.pools[color];
        const targets = items.map((item) => parseTarget(item));
        const before = await this.lb.describeTargetHealth(arn);
        const standby = `The standby keeps ${(0,health/* describeTargets */.Eg)(before)}; the active color was not touched.`;
        runner/* info */.pq(`RegisterTargets on the standby: ${targets.map(health/* targetKey */.hD).join(", ")}`);
        await this.lb.registerTargets(arn, targets).catch((error) => {
            throw new errors/* CutoverError */.DB(`RegisterTargets on the standby failed: ${(0,errors/* describeError */.Uc)(error)} ${standby} Nothing was tagged.`);
        });
        if (!replace)
            return;
        const wanted = new Set(targets.map(health/* targetKey */.hD));
        const stale = before.filter((t) => t.state !== "draining" && !wanted.has((0,health/* targetKey */.hD)(t)) && !wanted.has(t.id));
        if (stale.length === 0)
            return;
        runner/* info */.pq(`DeregisterTargets on the standby (replace-targets): ${stale.map(health/* targetKey */.hD).join(", ")}`);
        await this.lb.deregisterTargets(arn, stale.map(refOf)).catch((error) => {
            throw new errors/* CutoverError */.DB(`DeregisterTargets on the standby (replace-targets) failed: ${(0,errors/* describeError */.Uc)(error)} The new targets ${targets.map(health/* targetKey */.hD).join(", ")} are registered next to the old ones (${stale.map(health/* targetKey */.hD).join(", ")}), which may be partly deregistered; the active color was not touched. Nothing was tagged; re-run deploy-standby.`);
        });
    }
}
function refOf(t) {
    return { id: t.id, port: t.port };
}
function settingsOf(g) {
    const pairs = [
        ["protocol", g.protocol],
        ["port", g.port],
        ["health check protocol", g.healthCheckProtocol],
        ["health check path", g.healthCheckPath],
        ["health check matcher", g.matcher],
        ["health check interval (s)", g.intervalSeconds],
        ["health check timeout (s)", g.timeoutSeconds],
        ["healthy threshold", g.healthyThreshold],
        ["unhealthy threshold", g.unhealthyThreshold],
        ...ATTRIBUTES.map((key) => [key, g.attributes[key]]),
    ];
    return pairs.map(([name, value]) => ({ name, value: value === undefined ? "" : String(value) }));
}

// EXTERNAL MODULE: ./build/routing/routes.js
var routing_routes = __nccwpck_require__(96591);
;// CONCATENATED MODULE: ./build/routers/alb/actions.js
// ALB's route actions: how a forward names the two target groups, and the list written back.



/** The colors a route's forward names, at any weight: ALB health-checks only groups some route names. */
function namedColors(actions, targetGroups) {
    const forward = actions.find((a) => a.Type === "forward");
    const arns = forward?.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => g.TargetGroupArn)
        : [forward?.TargetGroupArn];
    return core_color/* COLORS */.l.filter((c) => arns.includes(targetGroups[c]));
}
/**
 * Reads how a route's forward action splits traffic between the two colors. A forward that names
 * only one of them (the `TargetGroupArn` shorthand, say) gives the other weight 0. Anything else in
 * the forward is a layout cutover does not own, and is refused rather than overwritten.
 */
function readWeights(ref, actions, targetGroups) {
    const forwards = actions.filter((a) => a.Type === "forward");
    const where = `${(0,routing_routes/* routeName */.xG)(ref)} (from ${ref.input})`;
    if (forwards.length !== 1) {
        const types = actions.map((a) => a.Type).join(", ") || "none";
        throw new errors/* ConfigurationError */.j1(`${where} must have exactly one forward action to the blue and green target groups; its actions are: ${types}.`);
    }
    const forward = forwards[0];
    const groups = forward.ForwardConfig?.TargetGroups?.length
        ? forward.ForwardConfig.TargetGroups.map((g) => ({ arn: g.TargetGroupArn ?? "", weight: g.Weight ?? 1 }))
        : [{ arn: forward.TargetGroupArn ?? "", weight: 1 }];
    const weights = { blue: 0, green: 0 };
    for (const group of groups) {
        const color = core_color/* COLORS */.l.find((c) => targetGroups[c] === group.arn);
        if (!color) {
            throw new errors/* ConfigurationError */.j1(`${where} forwards to ${group.arn || "no target group"}, which is neither blue-target-group-arn nor green-target-group-arn. cutover only moves routes that forward to exactly these two target groups.`);
        }
        weights[color] = group.weight;
    }
    if (weights.blue + weights.green === 0) {
        throw new errors/* ConfigurationError */.j1(`${where} gives weight 0 to both colors, so it sends no traffic to either.`);
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
        const colors = release ? core_color/* COLORS */.l.filter((c) => weights[c] > 0) : core_color/* COLORS */.l;
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

;// CONCATENATED MODULE: ./build/routers/alb/traffic.js






/** An ALB's listeners and rules: each route is a forward action's weights over the two target groups. */
class AlbTraffic extends AlbClient {
    async read(options = {}) {
        const lb = this.client(options);
        const refs = this.config.routes;
        const ids = (kind) => refs.filter((r) => routeKind(r) === kind).map((r) => r.id);
        const [listeners, rules] = await Promise.all([
            ids("listener").length ? lb.describeListenerActions(ids("listener"), options.signal) : new Map(),
            ids("rule").length ? lb.describeRuleActions(ids("rule"), options.signal) : new Map(),
        ]);
        return refs.map((ref) => {
            const actions = listeners.get(ref.id) ?? rules.get(ref.id) ?? [];
            return { ref, weights: readWeights(ref, actions, this.config.pools), raw: actions };
        });
    }
    withWeights(route, weights, options = {}) {
        return { ...route, weights, raw: withWeights(actionsOf(route), this.config.pools, weights, options) };
    }
    write(route, options = {}) {
        const lb = this.client(options);
        const actions = writable(actionsOf(route));
        return routeKind(route.ref) === "listener"
            ? lb.modifyListenerActions(route.ref.id, actions, options.signal)
            : lb.modifyRuleActions(route.ref.id, actions, options.signal);
    }
    named(route) {
        return namedColors(actionsOf(route), this.config.pools);
    }
    writeVerb(ref) {
        return routeKind(ref) === "listener" ? "ModifyListener" : "ModifyRule";
    }
    /**
     * A forward to several target groups with group stickiness off is refused by ALB when any of the
     * groups has stickiness enabled ("Listeners for your Application Load Balancers"). That can only
     * arise where a write adds a group to a forward that named one; it is checked before any write.
     */
    async checkChanges(changes, options = {}, call = {}) {
        const widened = changes.filter((c) => {
            const written = actionsOf(this.withWeights(c.before, c.after, options));
            const forward = written.find((a) => a.Type === "forward");
            const more = namedColors(written, this.config.pools).length > this.named(c.before).length;
            return more && !forward?.ForwardConfig?.TargetGroupStickinessConfig?.Enabled;
        });
        if (widened.length === 0)
            return;
        const settings = await Promise.all(core_color/* COLORS */.l.map((c) => this.lb.describeTargetGroupSettings(this.config.pools[c], call.signal)));
        const sticky = core_color/* COLORS */.l.filter((_, i) => settings[i]?.attributes["stickiness.enabled"] === "true");
        if (sticky.length === 0)
            return;
        const routes = widened.map((c) => (0,routing_routes/* routeName */.xG)(c.ref)).join(", ");
        throw new errors/* CutoverError */.DB(`${routes} must name both target groups, and ${sticky.join(" and ")}'s target group has stickiness enabled (stickiness.enabled), so ALB requires group stickiness on that forward and would refuse the write. Enable group stickiness on the route (ForwardConfig.TargetGroupStickinessConfig, with a DurationSeconds), or turn stickiness.enabled off on the target groups. Nothing was written.`);
    }
    /**
     * ALB health-checks a target group only while a rule forwards to it (Target.NotInUse otherwise):
     * when no route names `color`, it joins the production forwards at weight 0.
     */
    planReference(routes, color) {
        if (routes.some((r) => this.named(r).includes(color)))
            return [];
        const other = color === "blue" ? "green" : "blue";
        // A forward that does not name `color` sends everything to the other one; weights go explicit.
        const after = { blue: 0, green: 0, [other]: 100 };
        return routes.filter((r) => r.ref.role === "production").map((before) => ({ ref: before.ref, before, after }));
    }
    async testUrl() {
        const test = this.config.routes.find((r) => r.role === "test" && routeKind(r) === "listener");
        return test ? this.lb.listenerUrl(test.id) : undefined;
    }
}
function actionsOf(route) {
    return route.raw;
}

;// CONCATENATED MODULE: ./build/routers/alb/index.js
// The ALB router: weighted forwards on listeners and rules, target groups as pools, tags as the ledger.







const alb = {
    kind: "alb",
    inputs: ALB_INPUTS,
    readConfig: readAlbConfig,
    readTargets: readTargets,
    connect(config) {
        const options = { region: config.aws.region, maxAttempts: config.aws.maxAttempts };
        const lb = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47802)).then((m) => m.createLoadBalancerPort(options)));
        // Its own short retry budget, for writes that must land inside a cancel's grace.
        const urgent = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(586), __nccwpck_require__.e(802)]).then(__nccwpck_require__.bind(__nccwpck_require__, 47802)).then((m) => m.createUrgentLoadBalancerPort(options)));
        return connectAlb(config, lb, urgent);
    },
};
/** The ALB's ports over any ELBv2 client: the SDK's, or a test's. */
function connectAlb(config, lb, urgent = lb) {
    const route = config.routes[0]?.id ?? "";
    return {
        traffic: new AlbTraffic(lb, urgent, config),
        pool: new AlbPool(lb, urgent, config),
        ledger: new AlbLedger(lb, urgent, config),
        metrics: {
            // CloudWatch's dimensions for ALB: `targetgroup/name/id`, and `app/name/id` from any route's ARN.
            pool: (color) => {
                const [, type, name, id] = resourceOf(route).split("/");
                return { targetGroup: resourceOf(config.pools[color]), loadBalancer: `${type}/${name}/${id}` };
            },
        },
    };
}

;// CONCATENATED MODULE: ./build/routers/composite.js
// Several routers that move as one: one ALB per region behind latency routing, say. Their routes
// join one list, so the Router engine writes them as one unit and puts every one back if any
// write fails, exactly as it does the routes of one ALB.

/** The members' routes as one router's: each route id is prefixed with its member's number. */
function composeConfig(configs) {
    const [first] = configs;
    if (configs.length === 1)
        return first;
    return {
        kind: configs.map((c) => c.kind).join("+"),
        description: configs.map((c, i) => `#${i + 1} ${c.description}`).join("; "),
        routes: configs.flatMap((c, i) => c.routes.map((r) => memberRef(r, i))),
        pools: Object.fromEntries(core_color/* COLORS */.l.map((color) => [color, configs.map((c) => c.pools[color]).join(", ")])),
        verifyTimeoutMs: Math.max(...configs.map((c) => c.verifyTimeoutMs)),
        // The slowest member's data plane: gates start once every member carries the weights.
        settleMs: Math.max(0, ...configs.map((c) => c.settleMs ?? 0)),
        testUrlKnown: configs.some((c) => c.testUrlKnown),
        testRouteInputs: [...new Set(configs.flatMap((c) => c.testRouteInputs))],
        capabilities: {
            weighted: configs.every((c) => c.capabilities.weighted),
            finestStepPercent: Math.max(...configs.map((c) => c.capabilities.finestStepPercent)),
            // CloudWatch figures (drain, soak) come from the first member.
            cloudWatch: first.capabilities.cloudWatch,
        },
        aws: first.aws,
        // The first member that names its pools to commands does, as CloudWatch comes from the first.
        commandEnv: configs.find((c) => c.commandEnv)?.commandEnv,
        notes: memberNotes(configs),
        members: configs,
    };
}
/** Each member's notes once, named by member: nginx's long tail still shows beside an ALB. */
function memberNotes(configs) {
    const notes = configs.flatMap((c, i) => (c.notes ?? []).map((note) => `#${i + 1} ${c.kind}: ${note}`));
    return notes.length ? notes : undefined;
}
/** One set of ports over the members', in member order. */
function composePorts(members) {
    const [first] = members;
    if (members.length === 1)
        return first.ports;
    return {
        traffic: new CompositeTraffic(members),
        pool: new CompositePool(members),
        ledger: new CompositeLedger(members),
        metrics: first.ports.metrics,
    };
}
const SEPARATOR = "|";
function memberRef(ref, member) {
    return {
        ...ref,
        id: `${member}${SEPARATOR}${ref.id}`,
        name: `#${member + 1} ${ref.name}`,
        short: `#${member + 1} ${ref.short}`,
    };
}
/** Which member a composite route belongs to, and the route as that member knows it. */
function split(members, ref) {
    const index = Number(ref.id.slice(0, ref.id.indexOf(SEPARATOR)));
    const member = members[index];
    const own = member.config.routes.find((r) => memberRef(r, index).id === ref.id);
    return { member, index, ref: own };
}
class CompositeTraffic {
    #members;
    constructor(members) {
        this.#members = members;
    }
    async read(options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.traffic.read(options)));
        return all.flatMap((routes, i) => routes.map((r) => ({ ...r, ref: memberRef(r.ref, i) })));
    }
    withWeights(route, weights, options) {
        const { member, ref } = split(this.#members, route.ref);
        return { ...member.ports.traffic.withWeights({ ...route, ref }, weights, options), ref: route.ref };
    }
    write(route, options) {
        const { member, ref } = split(this.#members, route.ref);
        return member.ports.traffic.write({ ...route, ref }, options);
    }
    named(route) {
        const { member, ref } = split(this.#members, route.ref);
        return member.ports.traffic.named({ ...route, ref });
    }
    writeVerb(ref) {
        const own = split(this.#members, ref);
        return own.member.ports.traffic.writeVerb(own.ref);
    }
    async checkChanges(changes, options, call) {
        await Promise.all(this.#members.map((member, i) => member.ports.traffic.checkChanges(changes.filter((c) => split(this.#members, c.ref).index === i).map((c) => this.#own(c)), options, call)));
    }
    planReference(routes, color) {
        return this.#members.flatMap((member, i) => {
            const own = routes.filter((r) => split(this.#members, r.ref).index === i).map((r) => this.#ownRoute(r));
            return member.ports.traffic.planReference(own, color).map((c) => ({
                ...c,
                ref: memberRef(c.ref, i),
                before: { ...c.before, ref: memberRef(c.before.ref, i) },
            }));
        });
    }
    async testUrl() {
        for (const member of this.#members) {
            const url = await member.ports.traffic.testUrl();
            if (url)
                return url;
        }
        return undefined;
    }
    #ownRoute(route) {
        return { ...route, ref: split(this.#members, route.ref).ref };
    }
    #own(change) {
        const ref = split(this.#members, change.ref).ref;
        return { ...change, ref, before: { ...change.before, ref } };
    }
}
/** Each color is its pools in every member: healthy only when healthy in all of them. */
class CompositePool {
    #members;
    verbs;
    members;
    constructor(members) {
        this.#members = members;
        this.members = members.length;
        this.verbs = members[0].ports.pool.verbs;
    }
    async health(color, options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.pool.health(color, options)));
        return all.flatMap((targets, i) => targets.map((t) => ({ ...t, member: i })));
    }
    async settings(color) {
        const all = await Promise.all(this.#members.map((m) => m.ports.pool.settings(color)));
        return all.flatMap((settings, i) => settings.map((s) => ({ ...s, name: `#${i + 1} ${s.name}` })));
    }
    async retire(color, targets) {
        await this.#each(targets, (pool, own) => pool.retire(color, own));
    }
    async restore(color, targets) {
        await this.#each(targets, (pool, own) => pool.restore(color, own));
    }
    /** Each member that deploys (kubernetes: an image) rolls its own standby. */
    async deploy(color) {
        await Promise.all(this.#members.map((m) => m.ports.pool.deploy?.(color)));
    }
    async #each(targets, act) {
        await Promise.all(this.#members.map((m, i) => {
            const own = targets.filter((t) => t.member === i).map(({ member: _, ...t }) => t);
            return own.length ? act(m.ports.pool, own) : undefined;
        }));
    }
}
/** Written to every member; read from all, the first member's entry winning where they differ. */
class CompositeLedger {
    #members;
    constructor(members) {
        this.#members = members;
    }
    async read(options) {
        const all = await Promise.all(this.#members.map((m) => m.ports.ledger.read(options)));
        const merged = (color) => Object.assign({}, ...all.map((l) => l[color]).reverse());
        return { blue: merged("blue"), green: merged("green") };
    }
    async write(color, set, remove, options) {
        await Promise.all(this.#members.map((m) => m.ports.ledger.write(color, set, remove, options)));
    }
}

// EXTERNAL MODULE: ./build/core/poll.js
var poll = __nccwpck_require__(72077);
;// CONCATENATED MODULE: ./build/routers/kubernetes/ledger.js

/** `cutover:version` is kept as the annotation `cutover/version`: an annotation key takes one `/`, no `:`. */
const annotationOf = (key) => key.replace(/^cutover:/, "cutover/");
const keyOf = (annotation) => annotation.replace(/^cutover\//, "cutover:");
/** The ledger lives in annotations on each color's Deployment. */
class KubernetesLedger {
    #client;
    #config;
    constructor(client, config) {
        this.#client = client;
        this.#config = config;
    }
    async read() {
        const [blue, green] = await Promise.all(core_color/* COLORS */.l.map((c) => this.#client.readDeployment(this.#config.deployments[c])));
        const ledger = (annotations) => Object.fromEntries(Object.entries(annotations)
            .filter(([k]) => k.startsWith("cutover/"))
            .map(([k, v]) => [keyOf(k), v]));
        return { blue: ledger(blue?.annotations ?? {}), green: ledger(green?.annotations ?? {}) };
    }
    async write(color, set, remove = []) {
        const annotations = Object.fromEntries(Object.entries(set).map(([k, v]) => [annotationOf(k), v]));
        await this.#client.annotate(this.#config.deployments[color], annotations, remove.map(annotationOf));
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/permissions.js

/** The KubeClient methods that write: the first of them checks every permission first. */
const KUBE_WRITES = ["patchSelector", "annotate", "scale", "setImage"];
/** The Deployments behind the colors: read, annotated (the ledger), image set, and scaled by teardown. */
function poolPermissions(deployments) {
    const names = [deployments.blue, deployments.green];
    return [
        { verb: "get", group: "apps", resource: "deployments", names },
        { verb: "patch", group: "apps", resource: "deployments", names },
        { verb: "patch", group: "apps", resource: "deployments", subresource: "scale", names },
        { verb: "list", group: "", resource: "pods" },
        { verb: "list", group: "discovery.k8s.io", resource: "endpointslices" },
    ];
}
/** The kubernetes router: the Services whose selector it patches, and the pools. */
function servicePermissions(services, deployments) {
    return [
        { verb: "get", group: "", resource: "services", names: services },
        { verb: "patch", group: "", resource: "services", names: services },
        ...poolPermissions(deployments),
    ];
}
/** The weighted routers: the route objects whose weights they patch, and the pools. */
function routePermissions(type, routes, deployments, reads = []) {
    return [
        { verb: "get", group: type.group, resource: type.plural, names: routes },
        { verb: "patch", group: type.group, resource: type.plural, names: routes },
        ...reads,
        ...poolPermissions(deployments),
    ];
}
/** `patch deployments.apps/scale "shop-blue"`: the verb, the resource as kubectl names it, the object. */
function describePermission(p, name) {
    const resource = `${p.resource}${p.group ? `.${p.group}` : ""}${p.subresource ? `/${p.subresource}` : ""}`;
    return `${p.verb} ${resource}${name ? ` "${name}"` : ""}`;
}
/** Every need, asked at once; the ones refused, named in one line. */
async function checkPermissions(review, namespace, needs) {
    const asks = needs.flatMap((p) => p.names?.length ? p.names.map((name) => ({ p, name })) : [{ p }]);
    const answers = await Promise.all(asks.map(async ({ p, name }) => ({
        what: describePermission(p, name),
        allowed: await review({ verb: p.verb, group: p.group, resource: p.resource, subresource: p.subresource, name }),
    })));
    const refused = answers.filter((a) => !a.allowed).map((a) => a.what);
    if (refused.length === 0)
        return;
    throw new errors/* CutoverError */.DB(`The Kubernetes credentials may not ${refused.join("; ")} in namespace ${namespace} (SelfSubjectAccessReview), so nothing was written: grant ${refused.length > 1 ? "these" : "it"} in the Role bound to them (the router's docs list the Role, under RBAC).`);
}
/**
 * `target` whose `writes` first run `check` (once, memoized by the caller): reads go straight
 * through, so a step that writes nothing (status) asks nothing.
 */
function beforeFirstWrite(target, writes, check) {
    return new Proxy(target, {
        get(object, property, receiver) {
            const value = Reflect.get(object, property, receiver);
            if (typeof value !== "function")
                return value;
            if (typeof property === "string" && writes.includes(property)) {
                return async (...args) => {
                    await check();
                    return value.apply(object, args);
                };
            }
            return value.bind(object);
        },
    });
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/traffic.js






/** `app=shop,version=blue`, as kubectl prints a selector. */
function formatSelector(selector) {
    return (Object.entries(selector)
        .map(([k, v]) => `${k}=${v}`)
        .join(",") || "(empty)");
}
/** The route's Service name: the last part of `service/<namespace>/<name>`. */
function serviceName(ref) {
    return ref.id.split("/").pop() ?? ref.id;
}
/**
 * Each route is a Service whose selector names one color by the color label: all of the traffic
 * on that color. The switch patches that one key, guarded by the resourceVersion it was read at.
 */
class KubernetesTraffic {
    #client;
    #config;
    /** Per route, the versions this run read or wrote, and the one its last write produced. */
    #versions = new Map();
    constructor(client, config) {
        this.#client = client;
        this.#config = config;
    }
    async read() {
        return Promise.all(this.#config.routes.map(async (ref) => {
            const service = await this.#client.readService(serviceName(ref));
            this.#seen(ref.id).known.add(service.resourceVersion);
            return { ref, weights: this.#weightsOf(ref, service), raw: service };
        }));
    }
    #seen(id) {
        const seen = this.#versions.get(id) ?? { known: new Set() };
        this.#versions.set(id, seen);
        return seen;
    }
    #weightsOf(ref, service) {
        const { colorLabel: label } = this.#config;
        const value = service.selector[label];
        if (value === undefined) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} selects no color: its selector ${formatSelector(service.selector)} has no ${label} key, so it sends traffic to the pods of both Deployments. Add ${label}: blue (or green) to its selector first, or set color-label to the key that tells the colors apart.`);
        }
        if (!core_color/* COLORS */.l.includes(value)) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} selects ${label}=${value}, which is neither blue nor green. The Deployments' pods must carry ${label}: blue and ${label}: green.`);
        }
        return value === "blue" ? { blue: 100, green: 0 } : { blue: 0, green: 100 };
    }
    withWeights(route, weights) {
        if (weights.blue > 0 && weights.green > 0) {
            throw new errors/* CutoverError */.DB(`A Service selector names one color, so ${route.ref.name} cannot carry ${weights.blue}/${weights.green}: use strategy all-at-once, or the gateway-api or istio router for weights.`);
        }
        const color = weights.green > 0 ? "green" : weights.blue > 0 ? "blue" : (this.named(route)[0] ?? "blue");
        const service = route.raw;
        return { ...route, weights, raw: { ...service, selector: { ...service.selector, [this.#config.colorLabel]: color } } };
    }
    /**
     * Patches the color key only. The guard is the version this run read, or, for a route this run
     * wrote since (a put-back), the version its own write produced: a write by anyone else in
     * between is a 409, and the run stops without writing over it.
     */
    async write(route, options = {}) {
        const service = route.raw;
        const seen = this.#seen(route.ref.id);
        const guard = seen.known.has(service.resourceVersion) ? (seen.latest ?? service.resourceVersion) : service.resourceVersion;
        const label = this.#config.colorLabel;
        const written = await this.#client.patchSelector(service.name, guard, { [label]: service.selector[label] });
        seen.known.add(written.resourceVersion);
        seen.latest = written.resourceVersion;
        // A put-back must land inside the cancel's grace: it does not wait for the endpoints.
        if (!options.urgent)
            await this.#endpointsFollow(route.ref, written, options.signal);
    }
    /**
     * Read-back beyond the selector: the EndpointSlice controller lists the newly selected pods a
     * moment after the write, and kube-proxy routes by the slices. Waits until they list only pods
     * the new selector picks; the write has landed either way, so a slow controller is a warning.
     */
    async #endpointsFollow(ref, service, signal) {
        const selected = new Set((await this.#client.listPods(service.selector)).map((p) => p.name));
        const polled = await (0,poll/* pollUntil */.g)(async () => {
            const endpoints = await this.#client.endpoints(service.name);
            const stray = endpoints.filter((e) => !selected.has(e.pod)).map((e) => e.pod);
            const ready = endpoints.filter((e) => e.ready && selected.has(e.pod)).length;
            return { done: stray.length === 0 && ready > 0, value: { stray, ready } };
        }, {
            timeoutMs: Math.min(this.#config.verifyTimeoutMs, 30_000),
            pollMs: 250,
            signal,
            progress: (v, left) => `Waiting for the EndpointSlices of ${ref.name} to follow its selector: ${v.stray.length} other pod(s) still listed; ${left} left.`,
        });
        const color = service.selector[this.#config.colorLabel];
        if (polled.done)
            runner/* info */.pq(`Read back: the EndpointSlices of ${ref.name} list only ${color}'s pods (${polled.value.ready} ready).`);
        else if (!signal?.aborted) {
            runner/* warning */.$e(`The EndpointSlices of ${ref.name} still list ${polled.value.stray.join(", ") || "no ready pod"} ${(0,durations/* formatDuration */.a3)(polled.ms)} after its selector moved to ${color}; the requests that follow are the proof.`);
        }
    }
    named(route) {
        const value = route.raw.selector[this.#config.colorLabel];
        return value === "blue" || value === "green" ? [value] : [];
    }
    writeVerb() {
        return "Patch selector of";
    }
    /**
     * Capacity parity: the color production moves to must have at least min-capacity-percent of the
     * other color's ready pods, so that it can carry the load at once (seed 004 scales it up first).
     */
    async checkChanges(changes) {
        const production = changes.find((c) => c.ref.role === "production");
        if (!production)
            return;
        const to = production.after.green > 0 ? "green" : "blue";
        const from = to === "blue" ? "green" : "blue";
        if (production.before.weights[to] > 0)
            return;
        const [target, current] = await Promise.all([to, from].map((c) => readyPods(this.#client, this.#config, c)));
        const needed = Math.ceil((current ?? 0) * this.#config.minCapacity);
        if ((target ?? 0) >= needed)
            return;
        const share = Math.round(this.#config.minCapacity * 100);
        throw new errors/* CutoverError */.DB(`Capacity parity: ${to} (Deployment ${this.#config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${share}% of ${from}'s ${current}, min-capacity-percent). Scale ${this.#config.deployments[to]} up first. Nothing was written.`);
    }
    planReference() {
        return [];
    }
    async testUrl() {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/pool.js





/** Where teardown keeps the replicas it scaled away, for a restore. */
const REPLICAS_KEY = annotationOf("cutover:retired-replicas");
/** Reasons kubelet gives that no wait will cure on its own. */
const FAILING = new Set([
    "ImagePullBackOff",
    "ErrImagePull",
    "CrashLoopBackOff",
    "CreateContainerConfigError",
    "CreateContainerError",
    "InvalidImageName",
]);
/**
 * Rolled out as `kubectl rollout status` judges it (DeploymentStatusViewer in kubectl's
 * polymorphichelpers/rollout_status.go): the controller has observed the generation, every
 * wanted replica is updated, no old one is left, and every updated one is available.
 */
function rolledOut(d) {
    return observed(d) && d.updated >= d.desired && d.replicas <= d.updated && d.available >= d.updated;
}
const observed = (d) => d.observedGeneration >= d.generation;
/**
 * How long health waits for the controller to observe a generation. An annotation write (the
 * ledger's own) bumps a Deployment's generation (the apps registry's PrepareForUpdate), and the
 * controller observes it on its next sync, normally within milliseconds: judging in between
 * would read a finished rollout as an unfinished one.
 */
const OBSERVE_WAIT_MS = 3_000;
async function readyPods(client, config, color) {
    const deployment = await client.readDeployment(config.deployments[color]);
    return (await client.listPods(deployment.selector)).filter((p) => p.ready && !p.terminating).length;
}
function podHealth(pod, listed) {
    const base = {
        id: pod.name,
        ...(pod.reason ? { reason: pod.reason } : {}),
        ...(pod.message ? { description: pod.message } : {}),
    };
    if (pod.terminating)
        return { ...base, state: "draining", reason: "Terminating" };
    if (!pod.ready)
        return { ...base, state: pod.reason && FAILING.has(pod.reason) ? "unhealthy" : "initial" };
    // A ready pod counts once the Service routing to its color lists it as a ready endpoint.
    if (listed && listed.get(pod.name) !== true)
        return {
            id: pod.name,
            state: "initial",
            reason: "NotInEndpointSlices",
            description: "ready, not yet a ready endpoint of the Service",
        };
    return { id: pod.name, state: "healthy" };
}
/** A rollout still going (or stalled) is one more target that is not healthy yet, with the counts. */
function rolloutHealth(d) {
    if (rolledOut(d))
        return [];
    const counts = `${d.updated} of ${d.desired} replicas updated, ${d.available} available${observed(d) ? "" : ", spec not yet observed"}`;
    // A paused Deployment starts no rollout, so no wait ends this one ("Deployments": Pausing and Resuming).
    if (d.paused) {
        return [
            {
                id: `deployment/${d.name}`,
                state: "unhealthy",
                reason: "DeploymentPaused",
                description: `spec.paused is true: nothing rolls out until it is resumed; ${counts}`,
            },
        ];
    }
    const stalled = d.progressing?.status === "False";
    return [
        {
            id: `deployment/${d.name}`,
            state: stalled ? "unhealthy" : "initial",
            reason: stalled ? d.progressing?.reason : "RolloutInProgress",
            description: stalled ? `${d.progressing?.message} ${counts}` : counts,
        },
    ];
}
/** Each color is a Deployment: its pods' readiness, its rollout, and its replicas. */
class KubernetesPool {
    verbs = { retire: "Scale to 0", restore: "Scale back" };
    #client;
    #config;
    #routing;
    constructor(client, config, routing) {
        this.#client = client;
        this.#config = config;
        this.#routing = routing;
    }
    async health(color) {
        const deployment = await this.#observedDeployment(this.#config.deployments[color]);
        const [pods, listed] = await Promise.all([this.#client.listPods(deployment.selector), this.#endpointsFor(color)]);
        return [...rolloutHealth(deployment), ...pods.map((p) => podHealth(p, listed))];
    }
    /** The Deployment once its controller has observed its generation, or as it is after OBSERVE_WAIT_MS. */
    async #observedDeployment(name) {
        const polled = await (0,poll/* pollUntil */.g)(async () => {
            const d = await this.#client.readDeployment(name);
            return { done: observed(d), value: d };
        }, {
            timeoutMs: OBSERVE_WAIT_MS,
            pollMs: 100,
            progress: (d) => `Waiting for the controller to observe generation ${d.generation} of Deployment ${d.name}.`,
        });
        return polled.value;
    }
    /** Ready endpoints of the Services that select `color` now; undefined when none does. */
    async #endpointsFor(color) {
        if (this.#routing)
            return this.#listed(await this.#routing.services(color));
        const names = [this.#config.service, ...(this.#config.testService ? [this.#config.testService] : [])];
        const services = await Promise.all(names.map((n) => this.#client.readService(n)));
        const selecting = services.filter((s) => s.selector[this.#config.colorLabel] === color);
        if (selecting.length === 0)
            return undefined;
        return this.#listed(selecting.map((s) => s.name));
    }
    async #listed(services) {
        if (!services?.length)
            return undefined;
        const endpoints = (await Promise.all(services.map((s) => this.#client.endpoints(s)))).flat();
        return new Map(endpoints.map((e) => [e.pod, e.ready]));
    }
    async settings(color) {
        const d = await this.#client.readDeployment(this.#config.deployments[color]);
        const { colorLabel } = this.#config;
        const others = (labels) => formatSelector(Object.fromEntries(Object.entries(labels).filter(([k]) => k !== colorLabel)));
        return [
            { name: "selector (besides the color)", value: others(d.selector) },
            { name: "containers", value: d.containers.map((c) => c.name).join(",") },
            { name: "container ports", value: d.containers.map((c) => c.ports).join(";") },
            { name: "readiness probe", value: d.containers.map((c) => c.probe).join(";") },
            { name: "strategy", value: d.strategy },
        ];
    }
    /** Teardown: scale to 0, never a Deployment the production Service selects; the replicas are kept for a restore. */
    async retire(color) {
        const busy = this.#routing && (await this.#routing.busy(color));
        if (busy)
            throw new errors/* CutoverError */.DB(`${busy}: its Deployment is not scaled down.`);
        if (!this.#routing)
            await this.#refuseSelected(color);
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        await this.#client.annotate(name, { [REPLICAS_KEY]: String(d.desired) }, []);
        await this.#client.scale(name, 0);
    }
    async #refuseSelected(color) {
        const service = await this.#client.readService(this.#config.service);
        if (service.selector[this.#config.colorLabel] === color) {
            throw new errors/* CutoverError */.DB(`Service ${this.#config.namespace}/${this.#config.service} selects ${color} (${formatSelector(service.selector)}): its Deployment is not scaled down.`);
        }
    }
    async restore(color, targets) {
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        const replicas = Number(d.annotations[REPLICAS_KEY] ?? targets.length) || 1;
        await this.#client.scale(name, replicas);
    }
    /**
     * deploy-standby's `image`: sets it on the standby's container; the health wait follows the
     * rollout. A paused Deployment is refused first, image or not (after deploy-command too): it
     * would never roll out, and the wait would only run out.
     */
    async deploy(color) {
        const wanted = this.#config.image;
        const name = this.#config.deployments[color];
        const d = await this.#client.readDeployment(name);
        if (d.paused) {
            throw new errors/* CutoverError */.DB(`Deployment ${this.#config.namespace}/${name} is paused (spec.paused: true), so nothing rolls out: resume it with \`kubectl rollout resume deployment/${name} -n ${this.#config.namespace}\` and run deploy-standby again.`);
        }
        if (!wanted)
            return;
        const container = wanted.container ?? d.containers[0]?.name ?? "";
        const current = d.containers.find((c) => c.name === container);
        if (!current) {
            throw new errors/* CutoverError */.DB(`Deployment ${this.#config.namespace}/${name} has no container ${container} (it has ${d.containers.map((c) => c.name).join(", ")}); set image as container=image.`);
        }
        const generation = await this.#client.setImage(name, d.resourceVersion, container, wanted.image);
        runner/* info */.pq(`Patched Deployment ${name}: container ${container} ${current.image} → ${wanted.image} (generation ${generation}); waiting for the rollout.`);
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/weighted-rules.js
// The rules of a weighted route object as cutover sees them: which it moves, which others still
// send traffic to a color (a route cutover cannot fully manage), and how a rule's weights read as
// a split and are written back in the form the route already uses. Both kinds' weights are
// relative: HTTPBackendRef.weight is "proportional" (Gateway API apis/v1/httproute_types.go) and
// Istio's validation refuses only a total of 0 (pkg/config/validation: "total destination weight = 0").



function ruleName(dialect, rule, index) {
    const matches = dialect.matches(rule);
    return `${index}${rule?.name ? ` (${rule.name})` : ""}${matches ? ` [${matches}]` : ""}`;
}
class RuleReader {
    #dialect;
    #namespace;
    /** The rules input, by name or index; empty: every rule naming both colors. */
    #picked;
    constructor(dialect, namespace, picked) {
        this.#dialect = dialect;
        this.#namespace = namespace;
        this.#picked = picked;
    }
    get picked() {
        return this.#picked.length > 0;
    }
    rules(object) {
        return (object.spec?.[this.#dialect.field] ?? []);
    }
    colored(rule, color) {
        return this.#dialect.backends(rule).filter((b) => this.#dialect.colorOf(b, this.#namespace) === color);
    }
    label(rules, index) {
        return ruleName(this.#dialect, rules[index], index);
    }
    /** The indexes of the rules cutover moves: those named by the rules input, or every rule naming both colors. */
    moved(ref, object) {
        const rules = this.rules(object);
        const listed = rules.map((_, i) => this.label(rules, i)).join(", ") || "none";
        if (this.picked) {
            return this.#picked.map((wanted) => {
                const at = rules.findIndex((r, i) => r?.name === wanted || String(i) === wanted);
                if (at < 0)
                    throw new errors/* ConfigurationError */.j1(`${ref.name} has no rule ${wanted} (${this.#dialect.rulesInput}); its rules are ${listed}.`);
                if (core_color/* COLORS */.l.every((c) => this.colored(rules[at], c).length === 0))
                    throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${this.label(rules, at)} names neither color's backend.`);
                return at;
            });
        }
        const both = rules.flatMap((r, i) => (core_color/* COLORS */.l.every((c) => this.colored(r, c).length > 0) ? [i] : []));
        if (both.length === 0) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} has no rule that names both colors' backends (its rules: ${listed}). Add the other color with weight 0 to the rules to move, or name them in ${this.#dialect.rulesInput}.`);
        }
        return both;
    }
    /** The rules not moved that still send a share of their traffic to a color. */
    unmoved(ref, object) {
        const rules = this.rules(object);
        const moved = new Set(this.moved(ref, object));
        return rules.flatMap((rule, index) => {
            if (moved.has(index))
                return [];
            const all = this.#dialect.backends(rule);
            const total = all.reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
            const raw = this.#raw(rule);
            const shares = { blue: total > 0 ? raw.blue / total : 0, green: total > 0 ? raw.green / total : 0 };
            return shares.blue > 0 || shares.green > 0 ? [{ index, label: this.label(rules, index), shares }] : [];
        });
    }
    /** The colors' summed weights in a rule, as stored. */
    #raw(rule) {
        const all = this.#dialect.backends(rule);
        const sum = (c) => this.colored(rule, c).reduce((n, b) => n + this.#dialect.weightOf(b, all), 0);
        return { blue: sum("blue"), green: sum("green") };
    }
    /**
     * The split of the moved rules, in percent of what the two colors get (weights are relative:
     * 3 and 1 is 75 / 25). Every moved rule must split alike: cutover moves them as one.
     */
    weights(ref, object) {
        const rules = this.rules(object);
        const moved = this.moved(ref, object);
        const raws = moved.map((i) => {
            const colors = core_color/* COLORS */.l.flatMap((c) => this.colored(rules[i], c));
            const refused = this.#dialect.refuse(rules[i], colors, this.#dialect.backends(rules[i]));
            if (refused)
                throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${this.label(rules, i)}: ${refused}`);
            return this.#raw(rules[i]);
        });
        const first = raws[0];
        const odd = raws.findIndex((w) => !(0,routing_routes/* sameSplit */.xY)(w, first) || w.blue + w.green === 0);
        if (odd >= 0) {
            throw new errors/* ConfigurationError */.j1(`${ref.name} rule ${this.label(rules, moved[odd])} splits ${(0,routing_routes/* formatWeights */.V7)(raws[odd])}, unlike rule ${this.label(rules, moved[0])} (${(0,routing_routes/* formatWeights */.V7)(first)}): cutover moves its rules as one. Set them alike, or pick rules with ${this.#dialect.rulesInput}.`);
        }
        const blue = Math.round((first.blue * 100) / (first.blue + first.green));
        return { blue, green: 100 - blue };
    }
    /**
     * What a percent is written as in this rule: the form the route uses. Colors' weights summing to
     * 100, 1000 or any multiple of 100 keep that total; any other total is rewritten in percent.
     */
    scale(rule) {
        const raw = this.#raw(rule);
        const total = raw.blue + raw.green;
        return total > 0 && total % 100 === 0 ? total / 100 : 1;
    }
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/weighted.js
// The traffic port of the weighted Kubernetes routers: a route object (HTTPRoute, VirtualService)
// whose chosen rules split requests between a blue and a green backend by weight. Each dialect
// says how its kind names backends and weights, and how its controller reports a generation.











/** 409s in a row (the controller writing status meanwhile) before a write gives up. */
const CONFLICT_ATTEMPTS = 5;
/** The route object's name: the last part of `<kind>/<namespace>/<name>`. */
const objectName = (ref) => ref.id.split("/").pop() ?? ref.id;
/** `blue 100%` or `blue 50%, green 50%` of a rule's traffic. */
function describeShares(rule) {
    const parts = core_color/* COLORS */.l.filter((c) => rule.shares[c] > 0).map((c) => `${c} ${Math.round(rule.shares[c] * 100)}%`);
    return `${parts.join(", ")} of its traffic`;
}
class WeightedTraffic {
    #objects;
    #client;
    #config;
    #dialect;
    #reader;
    /** Per route, its rules as this run's last write stored them. */
    #written = new Map();
    #warned = new Set();
    constructor(objects, client, config, dialect) {
        this.#objects = objects;
        this.#client = client;
        this.#config = config;
        this.#dialect = dialect;
        this.#reader = new RuleReader(dialect, config.namespace, config.rules);
    }
    /** The rules of a route as read that cutover does not move but that send a color traffic. */
    unmoved(route) {
        return this.#reader.unmoved(route.ref, route.raw);
    }
    async read() {
        return Promise.all(this.#config.routes.map(async (ref) => {
            const object = await this.#objects.read(this.#dialect.type, objectName(ref));
            // What the rules were when read: a write goes ahead only while they still are (or are this run's).
            const raw = { ...object, base: JSON.stringify(this.#rules(object)) };
            const weights = this.#weightsOf(ref, object);
            this.#warnUnmoved(ref, object);
            return { ref, weights, raw };
        }));
    }
    #rules(object) {
        return this.#reader.rules(object);
    }
    #colored(rule, color) {
        return this.#reader.colored(rule, color);
    }
    #moved(ref, object) {
        return this.#reader.moved(ref, object);
    }
    #weightsOf(ref, object) {
        return this.#reader.weights(ref, object);
    }
    /** Says once per route, in every step's log (status included), which rules cutover leaves as they are. */
    #warnUnmoved(ref, object) {
        if (this.#warned.has(ref.id))
            return;
        const unmoved = this.#reader.unmoved(ref, object);
        if (unmoved.length === 0 || ref.role !== "production")
            return;
        this.#warned.add(ref.id);
        runner/* warning */.$e(`${ref.name}: ${unmoved.map((u) => `rule ${u.label} sends ${describeShares(u)}`).join("; ")}, and cutover does not move ${unmoved.length > 1 ? "these rules" : "this rule"}. A color it sends to is never torn down.`);
    }
    /** The moved rules with the new weights; every other rule, backend and field stays as read. */
    withWeights(route, weights) {
        const object = route.raw;
        const rules = structuredClone(this.#rules(object));
        for (const i of this.#moved(route.ref, object)) {
            const rule = rules[i];
            const backends = this.#dialect.backends(rule);
            const scale = this.#reader.scale(rule);
            for (const color of core_color/* COLORS */.l) {
                const own = this.#colored(rule, color);
                const other = this.#colored(rule, color === "blue" ? "green" : "blue")[0];
                if (own.length === 0 && weights[color] > 0 && other)
                    backends.push(this.#dialect.backendFor(color, other));
                this.#colored(rule, color).forEach((b, n) => {
                    backends[backends.indexOf(b)] = this.#dialect.setWeight(b, n === 0 ? weights[color] * scale : 0);
                });
            }
        }
        return { ...route, weights, raw: { ...object, spec: { ...object.spec, [this.#dialect.field]: rules } } };
    }
    /**
     * Patches the rules field when they still read as this run read them, or as its own last write
     * left them (a put-back): anything else is another writer's, never written over. The patch carries
     * the resourceVersion of that check, so nothing can slip in between; a 409 from the controller's
     * status write in between is checked again. Then waits, within verify-timeout, for the route's
     * controller to report the generation (read-back).
     */
    async write(route, options = {}) {
        const object = route.raw;
        const rules = this.#rules(object);
        let written = "conflict";
        for (let attempt = 1; written === "conflict"; attempt++) {
            const now = await this.#objects.read(this.#dialect.type, object.name);
            const current = JSON.stringify(this.#rules(now));
            if (current !== object.base && current !== this.#written.get(route.ref.id)) {
                throw new errors/* CutoverError */.DB(`Another writer changed the ${this.#dialect.field} of ${route.ref.name} after this run read them (now resourceVersion ${now.resourceVersion}). This run stops without writing over them; read the route before running again.`);
            }
            written = await this.#objects.patchSpec(this.#dialect.type, object.name, now.resourceVersion, {
                [this.#dialect.field]: rules,
            });
            if (written === "conflict" && attempt >= CONFLICT_ATTEMPTS) {
                throw new errors/* CutoverError */.DB(`${route.ref.name} kept changing while this run wrote it: ${attempt} conflicts in a row.`);
            }
        }
        this.#written.set(route.ref.id, JSON.stringify(this.#rules(written)));
        // An urgent write (a put-back) must land inside a cancel's grace: it does not wait for the controller.
        if (!options.urgent)
            await this.#reported(route.ref, written, options.signal);
    }
    async #reported(ref, written, signal) {
        const generation = written.generation;
        const namespace = this.#config.namespace;
        let verdict = this.#dialect.verdict(written, generation, namespace);
        const polled = await (0,poll/* pollUntil */.g)(async () => {
            verdict = this.#dialect.verdict(await this.#objects.read(this.#dialect.type, written.name), generation, namespace);
            return { done: verdict.state !== "pending", value: verdict };
        }, {
            timeoutMs: this.#config.verifyTimeoutMs,
            pollMs: 100,
            signal,
            progress: (_, left) => `Waiting for ${ref.name} generation ${generation} to be reported by its controller; ${left} left.`,
        });
        if (verdict.state === "refused") {
            throw new errors/* CutoverError */.DB(`${ref.name} generation ${generation} was stored but not accepted: ${verdict.detail}`);
        }
        if (!polled.done && !signal?.aborted) {
            throw new errors/* CutoverError */.DB(`${ref.name}'s controller did not report generation ${generation} within ${(0,durations/* formatDuration */.a3)(this.#config.verifyTimeoutMs)} (verify-timeout)${this.#dialect.silence ? `: ${this.#dialect.silence}` : ""}`);
        }
    }
    named(route) {
        const object = route.raw;
        const first = this.#rules(object)[this.#moved(route.ref, object)[0]];
        return core_color/* COLORS */.l.filter((c) => this.#colored(first, c).length > 0);
    }
    writeVerb() {
        return "Patch weights of";
    }
    /**
     * Before any write: every rule of a production route that sends a color traffic is one cutover
     * moves (else the switch would leave it behind, and a teardown would cut it off); the dialect's
     * own checks (parent Gateways ready, subsets defined); then capacity parity.
     */
    async checkChanges(changes) {
        for (const change of changes)
            await this.#checkRoute(change);
        await this.#checkCapacity(changes);
    }
    async #checkRoute(change) {
        const object = change.before.raw;
        const unmoved = change.ref.role === "production" && !this.#reader.picked ? this.#reader.unmoved(change.ref, object) : [];
        if (unmoved.length > 0) {
            const rules = unmoved.map((u) => `rule ${u.label} sends ${describeShares(u)}`).join("; ");
            throw new errors/* CutoverError */.DB(`${change.ref.name}: ${rules}. cutover moves only the rules that name both colors, so that traffic would stay where it is, and a teardown would cut it off. Add the other color's backend with weight 0 to that rule (cutover then moves it with the others), send it to a backend that is neither color, or list the rules to move in ${this.#dialect.rulesInput} to keep it as it is. This write was not made.`);
        }
        const colors = core_color/* COLORS */.l.filter((c) => change.after[c] > 0);
        const problems = (await this.#dialect.preflight?.(object, this.#objects, colors, this.#config.namespace)) ?? [];
        if (problems.length > 0) {
            throw new errors/* CutoverError */.DB(`${change.ref.name} cannot take this write: ${problems.join("; ")}. This write was not made.`);
        }
    }
    /**
     * Capacity parity: the color production starts sending to must have at least min-capacity-percent
     * of the other color's ready pods before it takes any share (seed 004 scales it up first).
     */
    async #checkCapacity(changes) {
        const production = changes.find((c) => c.ref.role === "production");
        const to = core_color/* COLORS */.l.find((c) => production && production.before.weights[c] === 0 && production.after[c] > 0);
        if (!to)
            return;
        const from = to === "blue" ? "green" : "blue";
        const [target, current] = await Promise.all([to, from].map((c) => readyPods(this.#client, this.#config, c)));
        const needed = Math.ceil((current ?? 0) * this.#config.minCapacity);
        if ((target ?? 0) >= needed)
            return;
        throw new errors/* CutoverError */.DB(`Capacity parity: ${to} (Deployment ${this.#config.deployments[to]}) has ${target} ready pod(s), fewer than ${needed} (${Math.round(this.#config.minCapacity * 100)}% of ${from}'s ${current}, min-capacity-percent). Scale ${this.#config.deployments[to]} up first. Nothing was written.`);
    }
    planReference() {
        return [];
    }
    async testUrl() {
        return undefined;
    }
}
/** The pool's view of the routes: each color's Services, and whether production sends it any share. */
function weightedRouting(traffic, config) {
    return {
        services: async (color) => config.colorServices[color],
        busy: async (color) => {
            const routes = await traffic.read();
            const production = routes.filter((r) => r.ref.role === "production");
            const live = production.find((r) => r.weights[color] > 0);
            if (live)
                return `${live.ref.name} sends ${color} ${(0,routing_routes/* formatWeights */.V7)(live.weights)}`;
            // A rule cutover does not move still reaches the color: it is not retired.
            for (const route of production) {
                const rule = traffic.unmoved(route).find((u) => u.shares[color] > 0);
                if (rule)
                    return `${route.ref.name} rule ${rule.label} sends ${color} ${Math.round(rule.shares[color] * 100)}% of its traffic`;
            }
            return undefined;
        },
    };
}
/** A route object's name: the last part of its ref's id, `<kind>/<namespace>/<name>`. */
const routeName = (ref) => ref.id.split("/").pop() ?? "";
/** The ports of a weighted router; the official client loads on the first call to the cluster. */
function connectWeighted(config, dialect) {
    let loading;
    const load = () => (loading ??= Promise.all([Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77957)), Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(706)]).then(__nccwpck_require__.bind(__nccwpck_require__, 2706))]).then(([c, o]) => {
        const kube = new c.KubeClient({ kubeconfig: config.kubeconfig, context: config.context, namespace: config.namespace });
        const needs = routePermissions(dialect.type, config.routes.map(routeName), config.deployments, dialect.reads);
        let checked;
        const check = () => (checked ??= checkPermissions((a) => kube.canI(a), config.namespace, needs));
        return {
            kube: beforeFirstWrite(kube, KUBE_WRITES, check),
            objects: beforeFirstWrite(new o.RouteObjects(kube), ["patchSpec"], check),
        };
    }));
    const client = loadedOnFirstCall(() => load().then((l) => l.kube));
    const objects = loadedOnFirstCall(() => load().then((l) => l.objects));
    return weightedPorts(config, dialect, client, objects);
}
/** Over any clients: the official ones, or a test's. */
function weightedPorts(config, dialect, client, objects) {
    const traffic = new WeightedTraffic(objects, client, config, dialect);
    return {
        traffic,
        pool: new KubernetesPool(client, config, weightedRouting(traffic, config)),
        ledger: new KubernetesLedger(client, config),
    };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
;// CONCATENATED MODULE: ./build/routers/kubernetes/config.js
// The kubernetes router's inputs, read and checked without touching the cluster.



// "Object Names and IDs": Services and namespaces are DNS-1035 labels, Deployments DNS-1123 subdomains.
const DNS_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
// "Labels and Selectors": an optional DNS prefix and a name of 63 characters at most.
const LABEL_KEY = /^([a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;
// An image reference: [registry/]repository[:tag][@digest], without spaces.
const IMAGE = /^[a-z0-9][a-z0-9._\-/:]*[a-z0-9](?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;
function readName(input, fallback, pattern, max, example) {
    const value = (0,core_inputs/* readString */.E3)(input, fallback);
    if (!pattern.test(value) || value.length > max) {
        throw (0,core_inputs/* inputError */.Xu)(input, `must be a Kubernetes name (lower-case letters, digits and '-', starting with a letter, ${max} characters at most), got ${(0,core_inputs/* quoted */.TL)(value)}`, example);
    }
    return value;
}
function readImage() {
    const value = (0,core_inputs/* readString */.E3)("image");
    if (!value)
        return undefined;
    const at = value.indexOf("=");
    const container = at >= 0 ? value.slice(0, at).trim() : undefined;
    const image = (at >= 0 ? value.slice(at + 1) : value).trim();
    if ((container !== undefined && !DNS_LABEL.test(container)) || !IMAGE.test(image)) {
        throw (0,core_inputs/* inputError */.Xu)("image", `must be an image or container=image, got ${(0,core_inputs/* quoted */.TL)(value)}`, "ghcr.io/acme/shop:1.4.2 or app=ghcr.io/acme/shop:1.4.2");
    }
    return { container, image };
}
function config_route(role, namespace, name, input) {
    return { id: `service/${namespace}/${name}`, role, name: `Service ${namespace}/${name}`, short: `svc/${name}`, input };
}
function readKubernetesConfig() {
    const namespace = readName("namespace", "default", DNS_LABEL, 63, "shop");
    if (!(0,core_inputs/* readString */.E3)("service"))
        throw (0,core_inputs/* inputError */.Xu)("service", "is required but was empty", "shop");
    const service = readName("service", "", DNS_LABEL, 63, "shop");
    const testService = (0,core_inputs/* readString */.E3)("test-service") ? readName("test-service", "", DNS_LABEL, 63, "shop-preview") : undefined;
    if (testService === service)
        throw (0,core_inputs/* inputError */.Xu)("test-service", `must differ from service (both are ${(0,core_inputs/* quoted */.TL)(service)})`, `${service}-preview`);
    const colorLabel = (0,core_inputs/* readString */.E3)("color-label", "version");
    if (!LABEL_KEY.test(colorLabel) || colorLabel.length > 317) {
        throw (0,core_inputs/* inputError */.Xu)("color-label", `must be a label key such as version or example.com/color, got ${(0,core_inputs/* quoted */.TL)(colorLabel)}`, "version");
    }
    const deployments = {
        blue: readName("blue-deployment", `${service}-blue`, DNS_SUBDOMAIN, 253, `${service}-blue`),
        green: readName("green-deployment", `${service}-green`, DNS_SUBDOMAIN, 253, `${service}-green`),
    };
    if (deployments.blue === deployments.green) {
        throw (0,core_inputs/* inputError */.Xu)("green-deployment", `must differ from blue-deployment (both are ${(0,core_inputs/* quoted */.TL)(deployments.blue)})`, `${service}-green`);
    }
    const { kubeconfig, context, verifyTimeoutMs, aws } = readClusterAccess();
    const minCapacity = (0,core_inputs/* readPercent */.oO)("min-capacity-percent", "100%");
    const routes = [
        config_route("production", namespace, service, "service"),
        ...(testService ? [config_route("test", namespace, testService, "test-service")] : []),
    ];
    return {
        kind: "kubernetes",
        description: `Kubernetes Service ${namespace}/${service}${testService ? ` and preview ${testService}` : ""}, selector ${colorLabel}`,
        routes,
        pools: deployments,
        namespace,
        service,
        testService,
        colorLabel,
        deployments,
        kubeconfig,
        context,
        image: readImage(),
        minCapacity,
        commandEnv: (standby) => ({
            CUTOVER_NAMESPACE: namespace,
            CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
            CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
            CUTOVER_SERVICE: service,
        }),
        verifyTimeoutMs,
        testUrlKnown: false,
        testRouteInputs: ["test-service"],
        // A selector names one color: traffic moves all at once.
        capabilities: { weighted: false, finestStepPercent: 100, cloudWatch: false },
        aws,
    };
}
/** How to reach the cluster, and the settings every router shares: read alike by the Kubernetes routers. */
function readClusterAccess() {
    const kubeconfig = (0,core_inputs/* readString */.E3)("kubeconfig");
    if (kubeconfig && !(0,external_node_fs_.existsSync)(kubeconfig))
        throw (0,core_inputs/* inputError */.Xu)("kubeconfig", `names no file: ${(0,core_inputs/* quoted */.TL)(kubeconfig)}`, "/home/runner/.kube/config");
    const context = (0,core_inputs/* readString */.E3)("kube-context");
    if (context && /\s/.test(context))
        throw (0,core_inputs/* inputError */.Xu)("kube-context", `must be a context name without spaces, got ${(0,core_inputs/* quoted */.TL)(context)}`, "prod-eu");
    return {
        kubeconfig,
        context,
        verifyTimeoutMs: (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000),
        aws: {
            region: (0,core_inputs/* readString */.E3)("aws-region") || process.env.AWS_REGION || "us-east-1",
            partition: "aws",
            maxAttempts: (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 }),
        },
    };
}

;// CONCATENATED MODULE: ./build/routers/kubernetes/weighted-config.js



/** A route object named by `input`: its ref, id `<plural>/<namespace>/<name>`. */
function routeObject(kind, role, namespace, name, input) {
    const lower = kind.toLowerCase();
    return { id: `${lower}/${namespace}/${name}`, role, name: `${kind} ${namespace}/${name}`, short: `${lower}/${name}`, input };
}
/** The production and optional test route objects' names, checked as Kubernetes names. */
function readRouteNames(input, testInput, example) {
    if (!(0,core_inputs/* readString */.E3)(input))
        throw (0,core_inputs/* inputError */.Xu)(input, "is required but was empty", example);
    const name = readName(input, "", DNS_SUBDOMAIN, 253, example);
    const test = (0,core_inputs/* readString */.E3)(testInput) ? readName(testInput, "", DNS_SUBDOMAIN, 253, `${example}-preview`) : undefined;
    if (test === name)
        throw (0,core_inputs/* inputError */.Xu)(testInput, `must differ from ${input} (both are ${(0,core_inputs/* quoted */.TL)(name)})`, `${name}-preview`);
    return { name, test };
}
/** Rule names (as the route names them) or 0-based indexes, comma-separated; empty means every rule naming both colors. */
/** The settle-time input that the gateway-api and istio routers share. */
const SETTLE_INPUT = {
    name: "settle-time",
    description: "router gateway-api, istio: how long the data plane may take to carry weights the API server stored (the gateway re-reading its routes; istiod's debounce and push). The gates of each step start watching only after it. Default 5s for gateway-api, 10s for istio.",
};
/** settle-time, with the router's own default: what its data plane needs, as its docs state it. */
function readSettle(fallback) {
    return (0,durations/* readDuration */.$7)("settle-time", fallback, 10 * 60_000);
}
function readRules(input, example) {
    const rules = (0,core_inputs/* readList */.LD)(input);
    for (const rule of rules) {
        if (!/^(\d{1,3}|[a-z0-9]([-a-z0-9]*[a-z0-9])?)$/.test(rule) || rule.length > 253) {
            throw (0,core_inputs/* inputError */.Xu)(input, `must list rule names or 0-based indexes, got ${(0,core_inputs/* quoted */.TL)(rule)}`, example);
        }
    }
    if (new Set(rules).size !== rules.length)
        throw (0,core_inputs/* inputError */.Xu)(input, `names a rule twice: ${rules.join(", ")}`, example);
    return rules;
}
/** Two different Service names, one per color. */
function readColorNames(inputs, example) {
    for (const color of ["blue", "green"])
        if (!(0,core_inputs/* readString */.E3)(inputs[color]))
            throw (0,core_inputs/* inputError */.Xu)(inputs[color], "is required but was empty", example[color]);
    const names = {
        blue: readName(inputs.blue, "", DNS_LABEL, 63, example.blue),
        green: readName(inputs.green, "", DNS_LABEL, 63, example.green),
    };
    if (names.blue === names.green) {
        throw (0,core_inputs/* inputError */.Xu)(inputs.green, `must differ from ${inputs.blue} (both are ${(0,core_inputs/* quoted */.TL)(names.blue)})`, example.green);
    }
    return names;
}
/** The inputs gateway-api and istio share with the kubernetes router, each read the same way. */
function readWorkloads(namespace, deploymentDefaults) {
    const deployments = {
        blue: readName("blue-deployment", deploymentDefaults.blue, DNS_SUBDOMAIN, 253, deploymentDefaults.blue),
        green: readName("green-deployment", deploymentDefaults.green, DNS_SUBDOMAIN, 253, deploymentDefaults.green),
    };
    if (deployments.blue === deployments.green) {
        throw (0,core_inputs/* inputError */.Xu)("green-deployment", `must differ from blue-deployment (both are ${(0,core_inputs/* quoted */.TL)(deployments.blue)})`, deploymentDefaults.green);
    }
    const colorLabel = (0,core_inputs/* readString */.E3)("color-label", "version");
    if (!LABEL_KEY.test(colorLabel) || colorLabel.length > 317)
        throw (0,core_inputs/* inputError */.Xu)("color-label", `must be a label key such as version, got ${(0,core_inputs/* quoted */.TL)(colorLabel)}`, "version");
    const access = readClusterAccess();
    return {
        pools: deployments,
        namespace,
        deployments,
        colorLabel,
        image: readImage(),
        minCapacity: (0,core_inputs/* readPercent */.oO)("min-capacity-percent", "100%"),
        commandEnv: (standby) => ({
            CUTOVER_NAMESPACE: namespace,
            CUTOVER_STANDBY_DEPLOYMENT: deployments[standby],
            CUTOVER_ACTIVE_DEPLOYMENT: deployments[standby === "blue" ? "green" : "blue"],
        }),
        testUrlKnown: false,
        // Weights in whole percent: the finest step is 1%.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
        ...access,
    };
}
function readNamespace() {
    return readName("namespace", "default", DNS_LABEL, 63, "shop");
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/config.js

/** sessionPersistence is experimental in Gateway API (GEP-1619): cutover neither sets nor relies on it. */
const SESSIONS = "Session persistence: none. The HTTPRoute splits each request by weight (Gateway API's sessionPersistence is experimental and not used), so a client may reach both colors while the weights are split.";
function readGatewayApiConfig() {
    const namespace = readNamespace();
    const route = readRouteNames("httproute", "test-httproute", "shop");
    const services = readColorNames({ blue: "blue-service", green: "green-service" }, { blue: "shop-blue", green: "shop-green" });
    const rules = readRules("httproute-rules", "0,2 or canary");
    return {
        kind: "gateway-api",
        testRouteInputs: ["test-httproute"],
        description: `Gateway API HTTPRoute ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, backendRefs ${services.blue} / ${services.green}`,
        notes: [SESSIONS],
        routes: [
            routeObject("HTTPRoute", "production", namespace, route.name, "httproute"),
            ...(route.test ? [routeObject("HTTPRoute", "test", namespace, route.test, "test-httproute")] : []),
        ],
        objectKind: "HTTPRoute",
        // A gateway re-reads its routes within seconds; the conformance suite allows up to 30 s.
        settleMs: readSettle("5s"),
        rules,
        services,
        colorServices: { blue: [services.blue], green: [services.green] },
        // The kubernetes router's fields: the pool reads the Services above instead.
        service: route.name,
        testService: route.test,
        ...readWorkloads(namespace, services),
    };
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/dialect.js

const GROUP = "gateway.networking.k8s.io";
const GATEWAY = { group: GROUP, version: "v1", plural: "gateways", kind: "Gateway" };
const GATEWAY_CLASS = { group: GROUP, version: "v1", plural: "gatewayclasses", kind: "GatewayClass" };
const describe = (c) => `${c.type} ${c.status} (${c.reason}${c.message ? `: ${c.message}` : ""})`;
/** The parentRefs that name Gateways: a Service parent (the mesh profile) has no Gateway to check. */
function gatewayParents(object) {
    return (object.spec?.parentRefs ?? []).filter((p) => (p.group ?? GROUP) === GROUP && (p.kind ?? "Gateway") === "Gateway");
}
/** The status entry a controller wrote for this parentRef: same Gateway, section and port. */
function entryFor(object, parent, namespace) {
    return (object.status?.parents ?? []).find((p) => {
        const r = p.parentRef ?? {};
        return (r.name === parent.name &&
            (r.namespace ?? namespace) === (parent.namespace ?? namespace) &&
            (r.sectionName ?? "") === (parent.sectionName ?? "") &&
            (r.port ?? 0) === (parent.port ?? 0));
    });
}
const where = (parent) => `Gateway ${parent.name}${parent.sectionName ? ` section ${parent.sectionName}` : ""}${parent.port ? ` port ${parent.port}` : ""}`;
/**
 * Every parent Gateway must report Accepted (and ResolvedRefs) at the generation written. The spec
 * adds no entry for a parent no controller resolves (a deleted Gateway, a class with no
 * controller), so a missing entry stays pending: silence runs out verify-timeout and fails.
 */
function routeVerdict(object, generation, namespace = "") {
    const parents = gatewayParents(object);
    if (parents.length === 0)
        return { state: "unreported" };
    for (const parent of parents) {
        const conditions = (entryFor(object, parent, namespace)?.conditions ?? []);
        const accepted = conditions.find((c) => c.type === "Accepted");
        if (!accepted || (accepted.observedGeneration ?? 0) < generation)
            return { state: "pending" };
        for (const c of conditions.filter((x) => x.type === "Accepted" || x.type === "ResolvedRefs")) {
            if (c.status !== "True" && (c.observedGeneration ?? generation) >= generation) {
                return { state: "refused", detail: `${where(parent)} reports ${describe(c)}` };
            }
        }
    }
    return { state: "accepted" };
}
/** Why a Gateway routes nothing yet: its Accepted and Programmed, and its class's controller. */
async function gatewayProblem(objects, parent, namespace) {
    const ns = parent.namespace ?? namespace;
    const gateway = await objects.find(GATEWAY, parent.name, ns);
    if (!gateway)
        return `its parent Gateway ${ns}/${parent.name} does not exist, so no controller routes it or reports on it`;
    const generation = gateway.metadata?.generation ?? 0;
    const conditions = (gateway.status?.conditions ?? []);
    const unready = ["Accepted", "Programmed"].flatMap((type) => {
        const c = conditions.find((x) => x.type === type);
        return c?.status === "True" && (c.observedGeneration ?? generation) >= generation ? [] : [c ? describe(c) : `no ${type}`];
    });
    if (unready.length === 0)
        return undefined;
    const className = gateway.spec?.gatewayClassName;
    const cls = await objects.find(GATEWAY_CLASS, className, null).catch(() => undefined);
    const classAccepted = (cls?.status?.conditions ?? []).find((c) => c.type === "Accepted");
    const why = !cls
        ? `; its GatewayClass ${className} does not exist (or cannot be read)`
        : classAccepted?.status !== "True"
            ? `; no controller runs its GatewayClass ${className} (controllerName ${cls.spec?.controllerName}): ${classAccepted ? describe(classAccepted) : "no status"}`
            : "";
    return `its parent Gateway ${ns}/${parent.name} is not ready: ${unready.join(", ")}${why}`;
}
/**
 * Before a write: each parent Gateway exists and is Accepted and Programmed, and the route is
 * attached to it (its entry says Accepted True). GatewayClass "Accepted" is set by the controller
 * whose controllerName it names; until then it reads Unknown/Pending "Waiting for controller".
 */
async function preflight(object, objects, _, namespace) {
    const problems = [];
    for (const parent of gatewayParents(object)) {
        const gateway = await gatewayProblem(objects, parent, namespace);
        if (gateway) {
            problems.push(gateway);
            continue;
        }
        const accepted = (entryFor(object, parent, namespace)?.conditions ?? []).find((c) => c.type === "Accepted");
        if (accepted?.status !== "True")
            problems.push(`${where(parent)} has ${accepted ? `not attached it: ${describe(accepted)}` : "not reported on it (no status entry for that parent)"}`);
    }
    if (gatewayParents(object).length === 0)
        problems.push("it names no parent Gateway in parentRefs, so no Gateway routes it");
    return problems;
}
/** A rule's matches, short: `/api`, `/ + header x-canary`. */
function matches(rule) {
    return (rule?.matches ?? [])
        .map((m) => [m.path?.value, ...(m.headers ?? []).map((h) => `header ${h.name}`)].filter(Boolean).join(" + "))
        .join(", ");
}
function gatewayDialect(services) {
    return {
        type: { group: GROUP, version: "v1", plural: "httproutes", kind: "HTTPRoute" },
        field: "rules",
        rulesInput: "httproute-rules",
        backends: (rule) => (rule?.backendRefs ?? []),
        colorOf: (b, namespace) => (b.kind ?? "Service") === "Service" && (b.group ?? "") === "" && (b.namespace ?? namespace) === namespace
            ? core_color/* COLORS */.l.find((c) => services[c] === b.name)
            : undefined,
        // "weight ... Defaults to 1."
        weightOf: (b) => (b.weight ?? 1),
        setWeight: (b, weight) => ({ ...b, weight }),
        backendFor: (color, like) => ({ ...like, name: services[color], weight: 0 }),
        // Other backendRefs keep their relative weights.
        refuse: () => undefined,
        matches,
        verdict: routeVerdict,
        silence: "a parent no controller resolves (a deleted Gateway, a class nobody runs) gets no status entry at all, so silence is never taken for success",
        reads: [{ verb: "get", group: GROUP, resource: "gateways" }],
        preflight,
    };
}

;// CONCATENATED MODULE: ./build/routers/gateway-api/inputs.js

/** The gateway-api router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
const GATEWAY_API_INPUTS = [
    {
        name: "httproute",
        description: "router gateway-api (required): the production HTTPRoute (gateway.networking.k8s.io/v1). The switch moves the backendRef weights of its rules that name both colors' Services.",
    },
    {
        name: "test-httproute",
        description: "router gateway-api: an HTTPRoute that always sends to the standby, moved the other way with the last step.",
    },
    { name: "blue-service", description: "router gateway-api (required): the blue color's Service, as the backendRefs name it." },
    { name: "green-service", description: "router gateway-api (required): the green color's Service, as the backendRefs name it." },
    {
        name: "httproute-rules",
        description: "router gateway-api: the rules to move, by name or 0-based index, comma-separated. Empty: every rule whose backendRefs name both Services.",
    },
    SETTLE_INPUT,
];

;// CONCATENATED MODULE: ./build/routers/gateway-api/index.js
// The gateway-api router: an HTTPRoute's backendRef weights split traffic between the colors'
// Services; Deployments and their ready endpoints are the pools, their annotations the ledger.




const gatewayApi = {
    kind: "gateway-api",
    inputs: GATEWAY_API_INPUTS,
    readConfig: readGatewayApiConfig,
    connect(config) {
        const c = config;
        return connectWeighted(c, gatewayDialect(c.services));
    },
};

;// CONCATENATED MODULE: ./build/routers/istio/config.js
// The istio router's inputs, read and checked without touching the cluster: the colors are
// either subsets of one host (blue-subset, green-subset with host) or a host each.



const SUBSETS = { blue: "blue-subset", green: "green-subset" };
const HOSTS = { blue: "blue-host", green: "green-host" };
function readColors() {
    const given = (names) => Object.values(names).filter((n) => (0,core_inputs/* readString */.E3)(n));
    const subsets = given(SUBSETS);
    const hosts = given(HOSTS);
    if (subsets.length > 0 && hosts.length > 0) {
        throw (0,core_inputs/* inputError */.Xu)(hosts[0], `cannot be set with ${subsets[0]}: name the colors either as subsets of host or as a host each`, "blue-host: shop-blue and green-host: shop-green, with no subsets");
    }
    if (hosts.length > 0)
        return { hosts: readColorNames(HOSTS, { blue: "shop-blue", green: "shop-green" }) };
    if (subsets.length === 0) {
        throw (0,core_inputs/* inputError */.Xu)("blue-subset", "is required: name the colors as blue-subset and green-subset with host, or as blue-host and green-host", "blue");
    }
    if (!(0,core_inputs/* readString */.E3)("host"))
        throw (0,core_inputs/* inputError */.Xu)("host", "is required with blue-subset and green-subset", "shop");
    const host = readName("host", "", DNS_SUBDOMAIN, 253, "shop");
    return { host, subsets: readColorNames(SUBSETS, { blue: "blue", green: "green" }) };
}
function readIstioConfig() {
    const namespace = readNamespace();
    const route = readRouteNames("virtualservice", "test-virtualservice", "shop");
    const colors = readColors();
    const rules = readRules("virtualservice-routes", "0 or primary");
    const short = (host) => host.split(".")[0];
    const shown = "hosts" in colors
        ? `hosts ${colors.hosts.blue} / ${colors.hosts.green}`
        : `${colors.host} subsets ${colors.subsets.blue} / ${colors.subsets.green}`;
    const deployments = "hosts" in colors
        ? { blue: short(colors.hosts.blue), green: short(colors.hosts.green) }
        : { blue: `${route.name}-blue`, green: `${route.name}-green` };
    return {
        kind: "istio",
        testRouteInputs: ["test-virtualservice"],
        description: `Istio VirtualService ${namespace}/${route.name}${route.test ? ` and test ${route.test}` : ""}, ${shown}`,
        routes: [
            routeObject("VirtualService", "production", namespace, route.name, "virtualservice"),
            ...(route.test ? [routeObject("VirtualService", "test", namespace, route.test, "test-virtualservice")] : []),
        ],
        notes: [
            "Istio writes no status on a default mesh (analysis is off unless PILOT_ENABLE_ANALYSIS is set, and 1.23 removed the Reconciled condition): what proves a step is traffic. Set verify-url to have the switch's last step wait for the new version; each step's gates start after settle-time.",
            "Session persistence: none. The VirtualService splits each request by weight (consistent-hash load balancing applies within a destination, not across the colors), so a client may reach both colors while the weights are split.",
        ],
        objectKind: "VirtualService",
        // istiod pushes at most 10 s after a change (PILOT_DEBOUNCE_MAX), then the proxies apply it.
        settleMs: readSettle("10s"),
        rules,
        colors,
        colorServices: "hosts" in colors
            ? { blue: [short(colors.hosts.blue)], green: [short(colors.hosts.green)] }
            : { blue: [short(colors.host)], green: [short(colors.host)] },
        // The kubernetes router's fields: the pool reads the Services above instead.
        service: route.name,
        testService: route.test,
        ...readWorkloads(namespace, deployments),
    };
}

;// CONCATENATED MODULE: ./build/routers/istio/dialect.js
// How a VirtualService names the colors and their weights ("VirtualService" reference:
// HTTPRouteDestination, Destination host and subset), and what can be checked on a mesh:
// - istiod writes no status by default. Since 1.23 (config distribution tracking removed) there is
//   no Reconciled condition at all; observedGeneration and validationMessages come only from the
//   analysis controller, off unless PILOT_ENABLE_ANALYSIS is set ("Configuration Status Field").
// - So cutover checks before writing what analysis would flag (IST0101: a subset no DestinationRule
//   for the host defines), and proves a step by traffic (verify-url), never by a status.

/** `shop-all` or `shop-all.shop.svc.cluster.local` names the Service shop-all of namespace shop. */
function sameHost(host, wanted, namespace) {
    const [name, ns] = String(host ?? "").split(".");
    const [wantedName, wantedNs] = wanted.split(".");
    return name === wantedName && (ns ?? namespace) === (wantedNs ?? namespace);
}
const DESTINATION_RULE = {
    group: "networking.istio.io",
    version: "v1",
    plural: "destinationrules",
    kind: "DestinationRule",
};
/**
 * With analysis on, a current generation's Error messages refuse it; anything else is no answer to
 * wait for: analysis runs every 10 s at best, and a default mesh writes no status at all.
 */
function istioVerdict(object, generation) {
    const status = object.status ?? {};
    if (Number(status.observedGeneration ?? 0) < generation)
        return { state: "unreported" };
    const errors = (status.validationMessages ?? []).filter((m) => m.level === "Error");
    if (errors.length === 0)
        return { state: "unreported" };
    return { state: "refused", detail: errors.map((m) => `${m.type?.code ?? "error"} ${m.message}`).join("; ") };
}
/** Each subset a color is sent to must be defined by the DestinationRule for its host (IST0101). */
async function subsetProblems(colors, objects, sent, namespace) {
    if (!("subsets" in colors) || sent.length === 0)
        return [];
    const rules = (await objects.list(DESTINATION_RULE)).filter((r) => sameHost(r.spec?.host, colors.host, namespace));
    if (rules.length === 0)
        return [
            `no DestinationRule in ${namespace} has host ${colors.host}, so subset ${sent.map((c) => colors.subsets[c]).join(", ")} is undefined and its share would answer 503`,
        ];
    const defined = new Set(rules.flatMap((r) => (r.spec?.subsets ?? []).map((s) => s.name)));
    return sent
        .filter((c) => !defined.has(colors.subsets[c]))
        .map((c) => `subset ${colors.subsets[c]} (${c}) is not defined by DestinationRule ${rules.map((r) => r.metadata?.name).join(", ")} for host ${colors.host} (it defines ${[...defined].join(", ") || "none"}), so its share would answer 503`);
}
/** A route's matches, short: `/api`, `/ + header x-canary`. */
function dialect_matches(route) {
    return (route?.match ?? [])
        .map((m) => {
        const uri = m.uri?.prefix ?? m.uri?.exact ?? m.uri?.regex;
        return [uri, ...Object.keys(m.headers ?? {}).map((h) => `header ${h}`)].filter(Boolean).join(" + ");
    })
        .join(", ");
}
function istioDialect(colors) {
    const colorOf = (d, namespace) => "hosts" in colors
        ? core_color/* COLORS */.l.find((c) => sameHost(d.destination?.host, colors.hosts[c], namespace))
        : sameHost(d.destination?.host, colors.host, namespace)
            ? core_color/* COLORS */.l.find((c) => d.destination?.subset === colors.subsets[c])
            : undefined;
    return {
        type: { group: "networking.istio.io", version: "v1", plural: "virtualservices", kind: "VirtualService" },
        field: "http",
        rulesInput: "virtualservice-routes",
        backends: (rule) => (rule?.route ?? []),
        colorOf,
        // "If there is only one destination in a rule, it will receive all traffic."
        weightOf: (d, all) => (all.length === 1 ? 100 : (d.weight ?? 0)),
        setWeight: (d, weight) => ({ ...d, weight }),
        backendFor: (color, like) => {
            const destination = "hosts" in colors
                ? { ...like.destination, host: colors.hosts[color] }
                : { ...like.destination, subset: colors.subsets[color] };
            return { ...like, destination, weight: 0 };
        },
        // Weights are relative; cutover moves a route only when the two colors hold all of its weight.
        refuse: (_, own, all) => {
            const other = all.find((d) => !own.includes(d) && (d.weight ?? 0) > 0);
            return other
                ? `destination ${other.destination?.host}${other.destination?.subset ? ` subset ${other.destination.subset}` : ""} holds weight ${other.weight}. cutover moves a route only when the two colors hold all of its weight: set that weight to 0, or move that destination to a route of its own.`
                : undefined;
        },
        matches: dialect_matches,
        verdict: istioVerdict,
        reads: [{ verb: "list", group: DESTINATION_RULE.group, resource: DESTINATION_RULE.plural }],
        preflight: (_, objects, sent, namespace) => subsetProblems(colors, objects, sent, namespace),
    };
}

;// CONCATENATED MODULE: ./build/routers/istio/inputs.js

/** The istio router's own inputs; namespace, the Deployments, kubeconfig, image and capacity are the kubernetes router's. */
const ISTIO_INPUTS = [
    {
        name: "virtualservice",
        description: "router istio (required): the production VirtualService (networking.istio.io/v1). The switch moves the destination weights (relative; written in the form the route uses) of its http routes that name both colors.",
    },
    {
        name: "test-virtualservice",
        description: "router istio: a VirtualService that always sends to the standby, moved the other way with the last step.",
    },
    {
        name: "host",
        description: "router istio: the destination host whose DestinationRule subsets are the colors (with blue-subset and green-subset).",
    },
    { name: "blue-subset", description: "router istio: the blue color's subset of host." },
    { name: "green-subset", description: "router istio: the green color's subset of host." },
    {
        name: "blue-host",
        description: "router istio: the blue color's destination host, when each color is its own Service (instead of subsets).",
    },
    { name: "green-host", description: "router istio: the green color's destination host, when each color is its own Service." },
    {
        name: "virtualservice-routes",
        description: "router istio: the http routes to move, by name or 0-based index, comma-separated. Empty: every http route whose destinations name both colors.",
    },
    SETTLE_INPUT,
];

;// CONCATENATED MODULE: ./build/routers/istio/index.js
// The istio router: a VirtualService's relative destination weights split traffic between the
// colors, as subsets of one host or a host each; Deployments and their ready endpoints are the
// pools, their annotations the ledger.




const istio = {
    kind: "istio",
    inputs: ISTIO_INPUTS,
    readConfig: readIstioConfig,
    connect(config) {
        const c = config;
        return connectWeighted(c, istioDialect(c.colors));
    },
};

;// CONCATENATED MODULE: ./build/routers/kubernetes/inputs.js
/** The kubernetes router's inputs, as every step's action.yml declares them. */
const KUBERNETES_INPUTS = [
    { name: "namespace", description: "router kubernetes: namespace of the Services and Deployments.", default: "default" },
    {
        name: "service",
        description: "router kubernetes (required): the production Service. Its selector names the live color (version: blue); the switch changes that one key.",
    },
    {
        name: "test-service",
        description: "router kubernetes: a preview Service that always selects the standby, flipped the other way (like Argo Rollouts' previewService).",
    },
    {
        name: "color-label",
        description: "router kubernetes: the label key whose value is the color, on the pods and in the selectors.",
        default: "version",
    },
    { name: "blue-deployment", description: "router kubernetes: the blue Deployment. Defaults to <service>-blue." },
    { name: "green-deployment", description: "router kubernetes: the green Deployment. Defaults to <service>-green." },
    {
        name: "kubeconfig",
        description: "router kubernetes: a kubeconfig file. Empty: KUBECONFIG, ~/.kube/config, or the in-cluster ServiceAccount, as kubectl.",
    },
    { name: "kube-context", description: "router kubernetes: the kubeconfig context to use. Empty: its current context." },
    {
        name: "image",
        description: "router kubernetes, deploy-standby: the image to roll the standby Deployment onto, as image or container=image; deploy-standby waits for the rollout.",
    },
    {
        name: "min-capacity-percent",
        description: "router kubernetes: before a switch, the standby needs at least this share of the active color's ready pods (100% means as many).",
        default: "100%",
    },
];

;// CONCATENATED MODULE: ./build/routers/kubernetes/index.js
// The kubernetes router: a Service's selector names the live color's Deployment; pods and
// EndpointSlices are the pools; annotations on the Deployments are the ledger.







const kubernetes = {
    kind: "kubernetes",
    inputs: KUBERNETES_INPUTS,
    readConfig: readKubernetesConfig,
    connect(config) {
        const k = config;
        // The official client is large: it loads on the first call to the cluster, never for other routers.
        const client = loadedOnFirstCall(() => Promise.all(/* import() */[__nccwpck_require__.e(10), __nccwpck_require__.e(957)]).then(__nccwpck_require__.bind(__nccwpck_require__, 77957)).then((m) => {
            const kube = new m.KubeClient({ kubeconfig: k.kubeconfig, context: k.context, namespace: k.namespace });
            const needs = servicePermissions([k.service, ...(k.testService ? [k.testService] : [])], k.deployments);
            let checked;
            const check = () => (checked ??= checkPermissions((a) => kube.canI(a), k.namespace, needs));
            return beforeFirstWrite(kube, KUBE_WRITES, check);
        }));
        return connectKubernetes(k, client);
    },
};
function connectKubernetes(config, client) {
    return {
        traffic: new KubernetesTraffic(client, config),
        pool: new KubernetesPool(client, config),
        ledger: new KubernetesLedger(client, config),
    };
}

// EXTERNAL MODULE: ./build/core/shell.js
var shell = __nccwpck_require__(88772);
;// CONCATENATED MODULE: ./build/routers/nginx/upstream-file.js
// The managed upstream file: the upstream blocks cutover owns, and the ledger in its comments.
// It is the source of truth for the nginx router, so parsing is strict: a line cutover cannot
// place is an error that names it, and nothing is written over a file it cannot read. A file read
// here keeps its lines (the layout), so that a write changes the weights and the ledger and
// leaves every other byte as it was (src/routers/nginx/rewrite.ts).


const HEADER = [
    "# Managed by cutover (router: nginx). Your nginx.conf includes this file; cutover rewrites it",
    "# on every switch, and keeps each color's version and times on the '# ledger' lines.",
    "# Edit it only in this format: a file cutover cannot read stops every step, and nothing is written.",
];
/** Parameters that cutover sets itself; a server given with them would fight the weights. */
const OWNED_PARAMS = ["weight=", "down", "backup"];
/**
 * The directives of an upstream block that leave its servers and their weights to the server lines
 * (ngx_http_upstream_module, ngx_http_upstream_{hash,ip_hash,least_conn,random,keepalive,zone}_module).
 * Anything else (`include`, NGINX Plus' `state` and `sticky`, ...) could bring servers or shares
 * cutover does not see, so it is refused.
 */
const BLOCK_DIRECTIVES = [
    "zone",
    "keepalive",
    "keepalive_requests",
    "keepalive_time",
    "keepalive_timeout",
    "least_conn",
    "ip_hash",
    "hash",
    "random",
];
const NAME = /^[A-Za-z0-9_.-]+$/;
const LEDGER_KEY = /^[a-z0-9][a-z0-9:._-]*$/;
function emptyLedger() {
    return { blue: {}, green: {} };
}
class FileError extends errors/* CutoverError */.DB {
    name = "ManagedFileError";
}
function unreadable(file, line, problem) {
    return new FileError(`The managed upstream file ${file} cannot be read at line ${line}: ${problem}. cutover reads a fixed format (upstream blocks whose server lines end in '# blue' or '# green', ledger lines '# ledger <color> <key>=<value>'); put that format back, or restore the file cutover last wrote. Nothing was written.`);
}
/** `weight=N` (N ≥ 1) or `down` out of a server's parameters; the rest are kept. */
function splitParams(file, line, tokens) {
    let weight;
    let down = false;
    const params = [];
    for (const token of tokens) {
        if (token === "down")
            down = true;
        else if (token.startsWith("weight=")) {
            const value = token.slice("weight=".length);
            if (!/^[1-9]\d{0,5}$/.test(value))
                throw unreadable(file, line, `'${token}' is not a weight of 1 or more`);
            if (weight !== undefined)
                throw unreadable(file, line, "a server has one weight");
            weight = Number(value);
        }
        else if (token === "backup")
            throw unreadable(file, line, "'backup' servers are not supported: cutover sets each color's share");
        else
            params.push(token);
    }
    if (down && weight !== undefined)
        throw unreadable(file, line, "a server is either 'down' or has a weight, not both");
    return { weight: down ? 0 : (weight ?? 1), params };
}
function parseServer(file, line, code, comment) {
    const color = comment.trim();
    if (color !== "blue" && color !== "green") {
        throw unreadable(file, line, `a server line must end in '# blue' or '# green', found '${comment ? `#${comment}` : "no comment"}'`);
    }
    const match = /^server\s+([^\s;{}]+)((?:\s+[^\s;{}]+)*)\s*;$/.exec(code);
    if (!match)
        throw unreadable(file, line, `'${code}' is not 'server ADDRESS [PARAMETERS];'`);
    const tokens = (match[2] ?? "").trim().split(/\s+/).filter(Boolean);
    return { address: match[1], color, ...splitParams(file, line, tokens) };
}
function parseLedger(file, line, text, ledger) {
    const match = /^#\s*ledger\s+(\S+)\s+([^=\s]+)=(.*)$/.exec(text);
    const color = match?.[1];
    if (!match || (color !== "blue" && color !== "green") || !LEDGER_KEY.test(match[2])) {
        throw unreadable(file, line, `'${text}' is not '# ledger blue|green KEY=VALUE'`);
    }
    ledger[color][match[2]] = match[3].trim();
}
/**
 * Where `text`'s comment starts, or -1. nginx starts a comment with a '#' only where a word would
 * start (ngx_conf_file.c, ngx_conf_read_token), so a '#' inside a word is part of it: refused, as
 * are quotes and escapes, which cutover does not read.
 */
function commentAt(file, n, text) {
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (ch === '"' || ch === "'" || ch === "\\") {
            throw unreadable(file, n, `quotes and escapes are not read by cutover, found ${JSON.stringify(text.trim())}`);
        }
        if (ch !== "#")
            continue;
        if (i === 0 || /[\s;{}]/.test(text[i - 1]))
            return i;
        throw unreadable(file, n, `a '#' inside a word is part of the word for nginx, not a comment: ${JSON.stringify(text.trim())}`);
    }
    return -1;
}
function splitComment(file, n, text) {
    const at = commentAt(file, n, text);
    return at < 0 ? { code: text.trim(), comment: "" } : { code: text.slice(0, at).trim(), comment: text.slice(at + 1) };
}
/** A line outside any block: a ledger line, a comment, or the opening of an upstream block. */
function outsideLine(file, n, line, managed) {
    if (/^#\s*ledger\b/.test(line))
        parseLedger(file, n, line, managed.ledger);
    if (line.startsWith("#"))
        return undefined;
    const { code } = splitComment(file, n, line);
    const open = /^upstream\s+([^\s{]+)\s*\{$/.exec(code);
    if (!open || !NAME.test(open[1])) {
        throw unreadable(file, n, `expected 'upstream NAME {', a comment or a blank line, found '${line}'`);
    }
    if (managed.upstreams.some((u) => u.name === open[1]))
        throw unreadable(file, n, `upstream '${open[1]}' is defined twice`);
    return { name: open[1], directives: [], servers: [] };
}
/** A line inside a block; false once it closes the block. */
function insideLine(file, n, line, block, at) {
    const { code, comment } = splitComment(file, n, line);
    if (code === "}")
        return false;
    if (code === "")
        return true; // a comment alone carries nothing cutover reads, and stays where it is
    if (/^server\s/.test(code)) {
        const server = parseServer(file, n, code, comment);
        block.servers.push(server);
        at.servers.push({ line: n - 1, server });
        return true;
    }
    const directive = /^([a-z_]+)(\s+[^{};]+)?;$/.exec(code);
    if (!directive)
        throw unreadable(file, n, `expected a server line, a one-line directive or '}', found '${line}'`);
    if (!BLOCK_DIRECTIVES.includes(directive[1])) {
        throw unreadable(file, n, `'${directive[1]}' in upstream ${block.name} is not a directive cutover understands (${BLOCK_DIRECTIVES.join(", ")}): servers or shares it brings would take traffic that cutover neither sees nor moves. List every server on its own line with '# blue' or '# green'`);
    }
    block.directives.push(code);
    return true;
}
function parseManagedFile(text, file) {
    const lines = text.split("\n");
    const layout = { lines, blocks: new Map(), ledgerLines: [], ledger: emptyLedger() };
    const managed = { upstreams: [], ledger: emptyLedger() };
    let block;
    let at;
    for (const [index, raw] of lines.entries()) {
        const line = raw.trim();
        if (line === "")
            continue;
        if (!block || !at) {
            if (/^#\s*ledger\b/.test(line))
                layout.ledgerLines.push(index);
            block = outsideLine(file, index + 1, line, managed);
            at = block && { open: index, close: index, servers: [] };
        }
        else if (!insideLine(file, index + 1, line, block, at)) {
            managed.upstreams.push(block);
            layout.blocks.set(block.name, { ...at, close: index });
            block = undefined;
            at = undefined;
        }
    }
    if (block)
        throw unreadable(file, lines.length, `upstream '${block.name}' is not closed with '}'`);
    layout.ledger = { blue: { ...managed.ledger.blue }, green: { ...managed.ledger.green } };
    return { ...managed, layout };
}
function ledgerValue(value) {
    return value.replace(/[\r\n]+/g, " ").trim();
}
function serverLine(server, indent = "    ") {
    const share = server.weight > 0 ? `weight=${server.weight}` : "down";
    return `${indent}server ${[server.address, share, ...server.params].join(" ")}; # ${server.color}`;
}
function renderBlock(block) {
    return [
        `upstream ${block.name} {`,
        ...block.directives.map((d) => `    ${d}`),
        ...block.servers.map((s) => serverLine(s)),
        "}",
    ].join("\n");
}
function ledgerLines(ledger) {
    return core_color/* COLORS */.l.flatMap((color) => Object.entries(ledger[color]).map(([key, value]) => `# ledger ${color} ${key}=${ledgerValue(value)}`));
}
/** The file as cutover writes it from nothing: a header, the ledger, the blocks. */
function renderFreshFile(managed) {
    const ledger = ledgerLines(managed.ledger);
    const blocks = managed.upstreams.map(renderBlock);
    return `${[...HEADER, ...(ledger.length ? ["#", ...ledger] : []), "", blocks.join("\n\n")].join("\n")}\n`;
}
/** The block of an upstream the inputs name; its absence is the user's layout, not ours, to fix. */
function upstreamNamed(managed, name, file, input) {
    const block = managed.upstreams.find((u) => u.name === name);
    if (block)
        return block;
    const found = managed.upstreams.map((u) => u.name).join(", ") || "none";
    throw new FileError(`The managed upstream file ${file} has no 'upstream ${name}' block, which ${input} names (upstreams found: ${found}). Nothing was written.`);
}
/** A ledger with `set` written over and `remove` taken out of one color; values become one line. */
function editLedger(ledger, color, set, remove) {
    const bad = Object.keys(set).find((key) => !LEDGER_KEY.test(key));
    if (bad)
        throw new errors/* CutoverError */.DB(`'${bad}' cannot be a ledger key in the managed upstream file (letters, digits, ':', '.', '_', '-').`);
    const edited = { blue: { ...ledger.blue }, green: { ...ledger.green } };
    for (const key of remove)
        delete edited[color][key];
    for (const [key, value] of Object.entries(set))
        edited[color][key] = ledgerValue(value);
    return edited;
}

;// CONCATENATED MODULE: ./build/routers/nginx/config.js
// The nginx router's inputs, read and checked before anything reaches the proxy.





const config_NAME = /^[A-Za-z0-9_.-]{1,64}$/;
/** Seed 000's common mistake: taking a reload for the end of the old color's traffic. */
const LONG_TAIL = "**Long-lived connections:** nginx reloads gracefully, so the old workers keep their WebSocket and SSE connections, and the requests on them, on the previous color until those close or `worker_shutdown_timeout` ends them. Keep the previous color up until then, and set `worker_shutdown_timeout` in nginx.conf to bound that tail.";
const SERVERS_EXAMPLE = "10.0.1.10:3000 max_fails=3 fail_timeout=10s (one server per line)";
function readOneLine(name, fallback, example) {
    const value = (0,core_inputs/* readString */.E3)(name, fallback);
    if (/[\r\n]/.test(value))
        throw (0,core_inputs/* inputError */.Xu)(name, "must be one line", example);
    return value;
}
function readUpstreamName(name, fallback) {
    const value = (0,core_inputs/* readString */.E3)(name, fallback);
    if (value && !config_NAME.test(value)) {
        throw (0,core_inputs/* inputError */.Xu)(name, `must be an nginx upstream name (letters, digits, '_', '.', '-'), got ${JSON.stringify(value)}`, "backend");
    }
    return value;
}
function readFile() {
    const example = "/etc/nginx/conf.d/cutover-upstreams.conf";
    const file = readOneLine("nginx-upstream-file", "", example);
    if (!file)
        throw (0,core_inputs/* inputError */.Xu)("nginx-upstream-file", "is required: the file cutover owns and your nginx.conf includes", example);
    if (!file.startsWith("/") || file.endsWith("/")) {
        throw (0,core_inputs/* inputError */.Xu)("nginx-upstream-file", `must be an absolute path to a file on the proxy, got ${JSON.stringify(file)}`, example);
    }
    return file;
}
/** `host:port`, `[v6]:port` or `unix:/path`, as nginx's `server` directive takes it. */
function checkAddress(name, address) {
    if (/^unix:\/\S+$/.test(address))
        return;
    const match = /^(\[[0-9A-Fa-f:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/.exec(address);
    const port = Number(match?.[2]);
    if (!match || port < 1 || port > 65535) {
        throw (0,core_inputs/* inputError */.Xu)(name, `lists ${JSON.stringify(address)}, which is not host:port (a port from 1 to 65535)`, SERVERS_EXAMPLE);
    }
}
function checkParam(name, address, param) {
    const owned = OWNED_PARAMS.find((p) => param === p || (p.endsWith("=") && param.startsWith(p)));
    if (owned) {
        throw (0,core_inputs/* inputError */.Xu)(name, `gives ${address} '${param}': cutover sets weight and down itself to move traffic, and a backup server would take no share`, SERVERS_EXAMPLE);
    }
    if (!/^[a-z_]+(=[^\s;{}#]+)?$/.test(param)) {
        throw (0,core_inputs/* inputError */.Xu)(name, `gives ${address} the parameter ${JSON.stringify(param)}, which is not name or name=value`, SERVERS_EXAMPLE);
    }
}
function readServers(name) {
    const lines = (0,core_inputs/* readList */.LD)(name);
    if (lines.length === 0)
        throw (0,core_inputs/* inputError */.Xu)(name, "is required: the color's servers as host:port, one per line", SERVERS_EXAMPLE);
    return lines.map((line) => {
        const [address = "", ...params] = line.split(/\s+/);
        checkAddress(name, address);
        for (const param of params)
            checkParam(name, address, param);
        return { address, params };
    });
}
function checkNoServerTwice(servers) {
    const seen = new Map();
    for (const color of ["blue", "green"]) {
        for (const { address } of servers[color]) {
            const before = seen.get(address);
            if (before) {
                const where = before === color ? `twice in ${color}-servers` : "in both blue-servers and green-servers";
                throw (0,core_inputs/* inputError */.Xu)(`${color}-servers`, `lists ${address} ${where}; each server belongs to one color, once`, SERVERS_EXAMPLE);
            }
            seen.set(address, color);
        }
    }
}
function upstreamRoute(name, role, input) {
    return {
        id: name,
        role,
        name: `${role === "test" ? "test " : ""}upstream ${name}`,
        short: `${role === "test" ? "test " : ""}${name}`,
        input,
    };
}
/** The router's config: the upstreams as routes, the servers as pools, and the region CloudFront and alarms use. */
function readNginxRouterConfig() {
    const nginx = readNginxConfig();
    const verifyTimeoutMs = (0,durations/* readDuration */.$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,core_inputs/* readInteger */.JI)("max-attempts", 5, { min: 1, max: 20 });
    const region = (0,aws_region/* readRegion */.X)("aws-region") ?? process.env.AWS_REGION ?? process.env.AWS_DEFAULT_REGION ?? "us-east-1";
    const routes = [
        upstreamRoute(nginx.upstream, "production", "nginx-upstream"),
        ...(nginx.testUpstream ? [upstreamRoute(nginx.testUpstream, "test", "nginx-test-upstream")] : []),
    ];
    const pool = (color) => nginx.servers[color].map((s) => s.address).join(",");
    return {
        kind: "nginx",
        description: `nginx upstream ${nginx.upstream}${nginx.testUpstream ? ` and test upstream ${nginx.testUpstream}` : ""} in ${nginx.file}${nginx.exec ? ` (through ${nginx.exec})` : ""}`,
        routes,
        pools: { blue: pool("blue"), green: pool("green") },
        verifyTimeoutMs,
        testUrlKnown: false,
        testRouteInputs: ["nginx-test-upstream"],
        // Any integer weight of 1 or more per server, and `down`: a split to the percent.
        capabilities: { weighted: true, finestStepPercent: 1, cloudWatch: false },
        aws: { region, partition: "aws", maxAttempts },
        notes: [LONG_TAIL],
        nginx,
    };
}
function readNginxConfig() {
    const file = readFile();
    const upstream = readUpstreamName("nginx-upstream", "backend");
    const testUpstream = readUpstreamName("nginx-test-upstream", "");
    if (testUpstream === upstream) {
        throw (0,core_inputs/* inputError */.Xu)("nginx-test-upstream", `must differ from nginx-upstream (${upstream}): it always points at the standby`, "backend-test");
    }
    const servers = { blue: readServers("blue-servers"), green: readServers("green-servers") };
    checkNoServerTwice(servers);
    const exec = readOneLine("nginx-exec", "", "docker exec -i proxy");
    const testCommand = readOneLine("nginx-test-command", "nginx -t", "nginx -t");
    const reloadCommand = readOneLine("nginx-reload-command", "nginx -s reload", "nginx -s reload");
    const healthPath = (0,core_inputs/* readString */.E3)("health-path", "/health");
    if (!/^\/[^\s#]*$/.test(healthPath)) {
        throw (0,core_inputs/* inputError */.Xu)("health-path", `must be a path that starts with /, got ${JSON.stringify(healthPath)}`, "/health");
    }
    const execTimeoutMs = (0,durations/* readDuration */.$7)("nginx-exec-timeout", "30s", 10 * 60_000);
    if (execTimeoutMs < 1_000)
        throw (0,core_inputs/* inputError */.Xu)("nginx-exec-timeout", "must be 1s or more", "30s");
    const allowSymlink = (0,core_inputs/* readBoolean */.Vf)("nginx-allow-symlink", false);
    return {
        file,
        upstream,
        ...(testUpstream ? { testUpstream } : {}),
        servers,
        exec,
        ...passthrough(),
        testCommand,
        reloadCommand,
        healthPath,
        execTimeoutMs,
        allowSymlink,
    };
}
function passthrough() {
    const names = (0,shell/* readEnvPassthrough */.mp)();
    return names.length ? { envPassthrough: names } : {};
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __nccwpck_require__(31421);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(77598);
;// CONCATENATED MODULE: ./build/routers/nginx/exec.js
// Reaching the proxy: every read, write, test and reload is a POSIX sh script fed on stdin to
// `<nginx-exec> sh`. `docker exec -i proxy`, `kubectl exec -i ...` and `ssh deploy@proxy` all pass
// stdin through, and a script on stdin needs no second layer of quoting (ssh joins its arguments
// into one remote command line, docker exec does not). An empty prefix runs sh here. Each command
// has a deadline and stops when the step's signal aborts; a dropped connection is tried again.




const DEFAULT_TIMEOUT_MS = 30_000;
/** Tries of a command that is not urgent: the first and three more. */
const ATTEMPTS = 4;
const FIRST_BACKOFF_MS = 200;
const MAX_BACKOFF_MS = 1_500;
/** Exit codes the scripts use for their own ends (10 to 29): never a connection's failure. */
const SCRIPT_CODES = { from: 10, to: 29 };
/**
 * A connection that failed, not a command: ssh exits 255 on its own errors (ssh(1), EXIT STATUS),
 * and ssh, docker and kubectl say so on stderr when a connection is refused, reset or closed.
 */
const DROPPED = /connection (refused|reset|closed|timed out|lost)|broken pipe|kex_exchange_identification|connection to .* closed/i;
function droppedConnection(result) {
    const { code } = result;
    if (code === 0 || (code !== null && code >= SCRIPT_CODES.from && code <= SCRIPT_CODES.to))
        return false;
    return code === 255 || code === null || DROPPED.test(result.stderr);
}
/** Quotes a word for sh: single quotes, with each ' as '\''. */
function shellQuote(word) {
    return `'${word.replaceAll("'", "'\\''")}'`;
}
/** A here-document that carries `content` exactly; its delimiter is random, so no line can end it. */
function hereDocument(command, content) {
    const body = content.endsWith("\n") ? content : `${content}\n`;
    let tag;
    do
        tag = `CUTOVER_${randomBytes(8).toString("hex")}`;
    while (body.split("\n").includes(tag));
    return `${command} <<'${tag}'\n${body}${tag}\n`;
}
class TimedOut extends Error {
}
function cancelled(signal, via) {
    return signal.reason instanceof Error ? signal.reason : new errors/* CutoverError */.DB(`'${via}' was cancelled.`);
}
/** One run of the script; its whole process group is killed at the deadline or when the signal aborts. */
function runOnce(prefix, via, script, timeoutMs, env, signal) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(cancelled(signal, via));
        // The prefix is the user's command line, read by bash as a workflow `run:` line would be.
        const child = prefix
            ? (0,external_node_child_process_.spawn)("bash", ["-c", `${prefix} sh`], { detached: true, env })
            : (0,external_node_child_process_.spawn)("sh", [], { detached: true, env });
        const out = [];
        const err = [];
        child.stdout.on("data", (chunk) => out.push(chunk));
        child.stderr.on("data", (chunk) => err.push(chunk));
        const kill = () => {
            try {
                if (child.pid)
                    process.kill(-child.pid, "SIGKILL");
            }
            catch {
                // Already gone.
            }
        };
        const settle = () => {
            clearTimeout(timer);
            signal?.removeEventListener("abort", onAbort);
        };
        const onAbort = () => {
            settle();
            kill();
            reject(cancelled(signal, via));
        };
        const timer = setTimeout(() => {
            settle();
            kill();
            reject(new TimedOut());
        }, timeoutMs);
        signal?.addEventListener("abort", onAbort, { once: true });
        child.on("error", (error) => {
            settle();
            reject(new errors/* CutoverError */.DB(`Could not start '${via}': ${error.message}.`));
        });
        child.on("close", (code) => {
            settle();
            resolve({ code, stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8") });
        });
        // A prefix that exits without reading stdin closes the pipe: its exit code tells the story.
        child.stdin.on("error", () => { });
        child.stdin.end(script);
    });
}
function pause(ms, signal, via) {
    return new Promise((resolve, reject) => {
        if (signal?.aborted)
            return reject(cancelled(signal, via));
        const onAbort = () => {
            clearTimeout(timer);
            reject(cancelled(signal, via));
        };
        const timer = setTimeout(() => {
            signal?.removeEventListener("abort", onAbort);
            resolve();
        }, ms);
        signal?.addEventListener("abort", onAbort, { once: true });
    });
}
/**
 * Runs each script through the prefix, `timeoutMs` at most per try. A dropped connection or a try
 * past its deadline is tried again after a short pause: up to four tries, or, when urgent, until
 * the signal aborts. The scripts are written so that running one twice does no harm.
 */
/** Scripts through `prefix`, with childEnvironment's variables only (never the step's inputs). */
function execShell(prefix, timeoutMs = DEFAULT_TIMEOUT_MS, passthrough = []) {
    const trimmed = prefix.trim();
    const via = trimmed ? `${trimmed} sh` : "sh";
    return {
        via,
        run: async (script, options = {}) => {
            for (let attempt = 1;; attempt++) {
                const last = !options.urgent && attempt >= ATTEMPTS;
                try {
                    const result = await runOnce(trimmed, via, script, timeoutMs, (0,shell/* childEnvironment */.Qc)({}, passthrough), options.signal);
                    if (last || !droppedConnection(result))
                        return result;
                }
                catch (error) {
                    if (!(error instanceof TimedOut))
                        throw error;
                    if (last) {
                        throw new errors/* CutoverError */.DB(`'${via}' did not finish within ${timeoutMs / 1000} s, ${attempt} times.`);
                    }
                }
                await pause(Math.min(FIRST_BACKOFF_MS * 2 ** (attempt - 1), MAX_BACKOFF_MS), options.signal, via);
            }
        },
    };
}
/** What a failed command said, in one line for an `::error::`: nginx's `[emerg]` line first when there is one. */
function commandMessage(result) {
    const lines = `${result.stderr}\n${result.stdout}`
        .split("\n")
        .map((l) => l.trim())
        .filter(Boolean);
    const emerg = lines.filter((l) => /\[(emerg|alert|crit|error)\]/.test(l));
    const shown = (emerg.length ? emerg : lines).join(" | ");
    return shown || `exit code ${result.code ?? "(killed)"}, no output`;
}

;// CONCATENATED MODULE: ./build/routers/nginx/inputs.js
/** The nginx router's inputs, as every step's action.yml declares them. */
const NGINX_INPUTS = [
    {
        name: "nginx-upstream-file",
        description: "router nginx (required): the file cutover owns and your nginx.conf includes, as a path where nginx-exec runs. It holds the upstream blocks and, in comments, each color's version and times.",
    },
    { name: "nginx-upstream", description: "router nginx: the production upstream's name.", default: "backend" },
    {
        name: "nginx-test-upstream",
        description: "router nginx: a second upstream in the same file that always points at the standby, flipped the other way, like the ALB test listener.",
    },
    {
        name: "blue-servers",
        description: "router nginx (required): blue's servers as host:port, one per line (or comma-separated); parameters such as max_fails=3 are kept. cutover sets weight and down itself.",
    },
    { name: "green-servers", description: "router nginx (required): green's servers, as blue-servers." },
    {
        name: "nginx-exec",
        description: "router nginx: a command prefix that reaches the proxy, such as `docker exec -i proxy` or `ssh deploy@proxy`; every read, write, test and reload goes through it as a script on stdin. Empty: here.",
    },
    {
        name: "nginx-exec-timeout",
        description: "router nginx: how long one read, write, test or reload through nginx-exec may take; past it, the command is stopped and tried again (a dropped connection is tried again too).",
        default: "30s",
    },
    {
        name: "nginx-allow-symlink",
        description: "router nginx: `true` writes the file that a symlinked nginx-upstream-file points to; by default a managed path that is a symlink is refused, so that a planted link cannot redirect the write.",
        default: "false",
    },
    {
        name: "env-passthrough",
        description: "The environment variables, besides PATH, HOME, CI, GITHUB_* and RUNNER_*, that the commands cutover runs are given: nginx-exec (router nginx), deploy-command and teardown-command. Names or NAME_* prefixes, comma- or newline-separated, such as `AWS_*, KUBECONFIG, SSH_AUTH_SOCK`. A step's inputs (INPUT_*) are never passed.",
    },
    { name: "nginx-test-command", description: "router nginx: checks the configuration before a reload.", default: "nginx -t" },
    { name: "nginx-reload-command", description: "router nginx: the graceful reload.", default: "nginx -s reload" },
    { name: "health-path", description: "router nginx: the path each server answers 2xx on when healthy.", default: "/health" },
];

;// CONCATENATED MODULE: ./build/routers/nginx/ledger.js
/** nginx keeps the ledger in the managed file's comments, one `# ledger <color> <key>=<value>` line each. */
class NginxLedger {
    #proxy;
    constructor(proxy) {
        this.#proxy = proxy;
    }
    read(options = {}) {
        return this.#proxy.ledger(options);
    }
    write(color, set, remove = [], options = {}) {
        return this.#proxy.editLedger(color, set, remove, options);
    }
}

// EXTERNAL MODULE: ./build/routing/tags.js
var tags = __nccwpck_require__(54544);
;// CONCATENATED MODULE: ./build/routers/nginx/pool.js


class NginxPool {
    verbs = { retire: "Mark down", restore: "Mark up again" };
    #proxy;
    #config;
    /** The color's server lines before this run marked them down, per block, for a restore. */
    #retired = new Map();
    constructor(proxy, config) {
        this.#proxy = proxy;
        this.#config = config;
    }
    /**
     * Probes each server on health-path. A color marked down in every block while a teardown is under
     * way takes no traffic from nginx at all: its servers are `unused`, as ALB says of a target group
     * that no rule forwards to.
     */
    async health(color, options = {}) {
        const { managed } = await this.#proxy.read(options);
        const down = managed.upstreams.every((u) => u.servers.every((s) => s.color !== color || s.weight === 0));
        if (down && managed.ledger[color][tags/* TAG */.Dk.teardownStarted]) {
            return this.#proxy.config.servers[color].map((s) => ({
                ...pool_split(s.address),
                state: "unused",
                reason: "MarkedDown",
                description: "marked down in every upstream",
            }));
        }
        return this.#proxy.probe(color);
    }
    /** What the two colors should share: the parameters their servers carry. */
    async settings(color) {
        const params = [...new Set(this.#proxy.config.servers[color].flatMap((s) => s.params))].sort();
        return [{ name: "server parameters", value: params.join(" ") }];
    }
    /**
     * Marks the color down in every block, only while no upstream but the test one (which points at
     * the standby by design) gives it weight: the file holds no other block (file-check.ts).
     */
    retire(color, _targets, options = {}) {
        return this.#proxy.exclusive(async () => {
            const seen = await this.#proxy.read(options);
            const test = this.#config.routes.find((r) => r.role === "test")?.id;
            const serving = seen.managed.upstreams.find((u) => u.name !== test && u.servers.some((s) => s.color === color && s.weight > 0));
            if (serving)
                throw new errors/* CutoverError */.DB(`${color} has weight in upstream ${serving.name}: it is not marked down.`);
            const upstreams = seen.managed.upstreams.map((u) => this.#markDown(u, color));
            await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
        });
    }
    restore(color, _targets, options = {}) {
        return this.#proxy.exclusive(async () => {
            const seen = await this.#proxy.read(options);
            const upstreams = seen.managed.upstreams.map((u) => {
                const before = this.#retired.get(u.name);
                if (!before)
                    return u;
                return { ...u, servers: [...u.servers.filter((s) => s.color !== color), ...before] };
            });
            await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
            this.#retired.clear();
        });
    }
    #markDown(block, color) {
        const up = block.servers.filter((s) => s.color === color && s.weight > 0);
        if (up.length === 0)
            return block;
        this.#retired.set(block.name, block.servers.filter((s) => s.color === color));
        return { ...block, servers: block.servers.map((s) => (s.color === color ? { ...s, weight: 0 } : s)) };
    }
}
function pool_split(address) {
    const match = /^(.*):(\d+)$/.exec(address);
    return match ? { id: match[1], port: Number(match[2]) } : { id: address };
}

;// CONCATENATED MODULE: ./build/routers/nginx/file-check.js
// What cutover must fully manage before it writes: every upstream in the file is one that a switch
// moves, and every server in it is one the inputs list, in its color. A block no switch moves could
// keep sending traffic to a color that teardown then marks down; a server the inputs do not list
// would be dropped by the first write. Either is refused, named with its line, before any write.


function refuse(file, line, problem) {
    return new FileError(`The managed upstream file ${file} at line ${line}: ${problem}. Nothing was written.`);
}
function checkManaged(managed, config) {
    const names = [config.upstream, ...(config.testUpstream ? [config.testUpstream] : [])];
    for (const block of managed.upstreams) {
        const at = managed.layout?.blocks.get(block.name);
        const line = (at?.open ?? 0) + 1;
        if (!names.includes(block.name)) {
            throw refuse(config.file, line, `upstream ${block.name} is neither nginx-upstream (${config.upstream}) nor nginx-test-upstream${config.testUpstream ? ` (${config.testUpstream})` : ""}, so no switch moves it, and a color it sends traffic to could be torn down under it. Move it out of the managed file, or name it in nginx-test-upstream`);
        }
        const seen = new Set();
        for (const { line: index, server } of at?.servers ?? []) {
            const input = `${server.color}-servers`;
            const listed = config.servers[server.color].some((s) => s.address === server.address);
            const other = core_color/* COLORS */.l.find((c) => c !== server.color);
            if (!listed) {
                const elsewhere = config.servers[other].some((s) => s.address === server.address);
                throw refuse(config.file, index + 1, `server ${server.address} in upstream ${block.name} is marked '# ${server.color}' but ${elsewhere ? `${other}-servers lists it` : `${input} does not list it`}; cutover would drop or move it on its first write. List it in ${input}, or take it out of the file`);
            }
            if (seen.has(server.address)) {
                throw refuse(config.file, index + 1, `server ${server.address} is in upstream ${block.name} twice`);
            }
            seen.add(server.address);
        }
    }
}

// EXTERNAL MODULE: ./build/probe/http.js
var http = __nccwpck_require__(75005);
;// CONCATENATED MODULE: ./build/routers/nginx/health.js
// Health of a color's servers. nginx OSS has no active health checks and no API to ask (the
// `health_check` directive is NGINX Plus only), so each server is probed on health-path directly.

const PROBE_TIMEOUT_MS = 5_000;
/** `host:port` as a URL authority; a unix: socket cannot be probed from here. */
function health_split(address) {
    if (address.startsWith("unix:"))
        return undefined;
    const match = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(address);
    if (!match)
        return undefined;
    return { host: match[1], ...(match[2] ? { port: Number(match[2]) } : {}) };
}
async function probeServer(server, healthPath, prober) {
    const where = health_split(server.address);
    if (!where) {
        return {
            id: server.address,
            state: "unavailable",
            reason: "NotProbeable",
            description: "a unix socket is not reachable from the runner",
        };
    }
    const base = { id: where.host, ...(where.port ? { port: where.port } : {}) };
    const url = new URL(`http://${where.host}${where.port ? `:${where.port}` : ""}${healthPath}`);
    const answer = await prober.send({ url, headers: { "user-agent": "cutover-health" } });
    if (answer.status >= 200 && answer.status < 300)
        return { ...base, state: "healthy" };
    if (answer.status > 0) {
        return {
            ...base,
            state: "unhealthy",
            reason: `HTTP ${answer.status}`,
            description: `${answer.url} answered ${answer.status}`,
        };
    }
    return { ...base, state: "unhealthy", reason: "NoAnswer", description: `${answer.url}: ${answer.error ?? "no answer"}` };
}
/** Probes every server at once, each with its own deadline. */
async function probeServers(servers, healthPath) {
    const prober = new http/* Prober */.JC({ timeoutMs: PROBE_TIMEOUT_MS, concurrency: Math.max(1, servers.length) });
    try {
        return await Promise.all(servers.map((server) => probeServer(server, healthPath, prober)));
    }
    finally {
        prober.close();
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/install.js
// Reading the managed file and putting a new one in place: temporary copies beside it, an atomic
// rename over it, nginx's own test, then a graceful reload. A failed test puts the previous file
// back; a failed reload puts it back and reloads onto it, or says that nginx's state is unknown.


/**
 * Where the copies made during a write go: `mktemp` names in the file's own folder (so the rename
 * is atomic), created afresh (O_EXCL, so a planted symlink is never followed), and hidden (a
 * leading '.'), so that a glob `include` of the folder does not load them: glob(3) matches a
 * leading period only when the pattern spells it (POSIX.1 "Pattern Matching Notation", 2.13.3).
 */
const NEW_PATTERN = ".cutover-new.XXXXXX";
const PREVIOUS_PATTERN = ".cutover-previous.XXXXXX";
class MissingFileError extends errors/* CutoverError */.DB {
    name = "MissingFileError";
}
/** A write that ended with the file as it was and nginx not reloaded: what nginx serves is known. */
class UntouchedError extends errors/* CutoverError */.DB {
    name = "UntouchedError";
}
/** Someone else changed the managed file since cutover read it: stop, and do not fight them. */
class FileChangedError extends UntouchedError {
    name = "FileChangedError";
}
/** A reload failed and nginx may or may not serve the file: only a new read of nginx can tell. */
class StateUnknownError extends errors/* CutoverError */.DB {
    name = "StateUnknownError";
}
/** How the scripts end: each way out has its own exit code (see SCRIPT_CODES in exec.ts). */
const EXIT = {
    written: 10,
    refused: 11,
    reloadRestored: 12,
    stuck: 13,
    symlink: 14,
    unknown: 15,
    missing: 16,
    changed: 20,
};
/** The managed path in `$f`: refused when it is a symlink, unless the user allows it. */
function managedPath(file, allowSymlink = false) {
    const given = shellQuote(file);
    if (allowSymlink)
        return `f=$(readlink -f -- ${given}) || exit ${EXIT.written}`;
    return `f=${given}; if [ -L "$f" ]; then echo "-> $(readlink -- "$f")" >&2; exit ${EXIT.symlink}; fi`;
}
function symlinkError(file, said) {
    return new UntouchedError(`The managed upstream file ${file} is a symlink (${said}): cutover does not write through a link unless told to. Point nginx-upstream-file at the file itself, or set nginx-allow-symlink: true to write the file it points to. Nothing was written.`);
}
async function readManagedText(shell, file, options = {}) {
    const script = `${managedPath(file, options.allowSymlink)}\n[ -e "$f" ] || exit ${EXIT.missing}\ncat -- "$f"\n`;
    const result = await shell.run(script, {
        ...(options.signal ? { signal: options.signal } : {}),
        urgent: Boolean(options.urgent),
    });
    if (result.code === 0)
        return result.stdout;
    if (result.code === EXIT.missing) {
        throw new MissingFileError(`The managed upstream file ${file} does not exist (read through '${shell.via}').`);
    }
    if (result.code === EXIT.symlink)
        throw symlinkError(file, commandMessage(result));
    throw new errors/* CutoverError */.DB(`Could not read the managed upstream file ${file} through '${shell.via}': ${commandMessage(result)}.`);
}
/**
 * The whole write as one script, so that it costs one round trip through nginx-exec (an ssh
 * connection, say). Running it twice does no harm (a dropped connection is tried again): a file
 * that already holds `content` goes on to the test and the reload. The copies are made with
 * mktemp, then filled: the new file and the previous one keep the file's owner and mode. Bytes
 * are compared exactly: sh keeps single-quoted text as it is, and `; echo .` keeps a command
 * substitution's trailing newlines.
 */
function installScript(nginx, expected, content, reload) {
    const restore = 'mv -f -- "$p" "$f"';
    // The user's commands run in a subshell: an `exit` or a `;` in them cannot cut the script short.
    const test = `( ${nginx.testCommand}
) 2>&1`;
    const reloadCommand = `( ${nginx.reloadCommand}
) 2>&1`;
    const reloadLines = [
        `${reloadCommand} || { echo "reload failed; putting the previous file back and reloading onto it"`,
        `  ${restore} || exit ${EXIT.unknown}`,
        `  ${reloadCommand} && exit ${EXIT.reloadRestored}`,
        `  exit ${EXIT.unknown}; }`,
    ];
    return [
        managedPath(nginx.file, nginx.allowSymlink),
        'd=$(dirname -- "$f"); b=$(basename -- "$f")',
        `old=${shellQuote(expected)}`,
        `new=${shellQuote(content)}`,
        `current=$(cat -- "$f" && echo .) || exit ${EXIT.written}`,
        `if [ "$current" != "$new." ] && [ "$current" != "$old." ]; then exit ${EXIT.changed}; fi`,
        `n=$(mktemp "$d/.$b${NEW_PATTERN}") || exit ${EXIT.written}`,
        `p=$(mktemp "$d/.$b${PREVIOUS_PATTERN}") || { rm -f -- "$n"; exit ${EXIT.written}; }`,
        `{ cp -p -- "$f" "$n" && printf %s "$new" > "$n" && cp -p -- "$f" "$p" && printf %s "$old" > "$p"; } || { rm -f -- "$n" "$p"; exit ${EXIT.written}; }`,
        `mv -f -- "$n" "$f" || { rm -f -- "$n" "$p"; exit ${EXIT.written}; }`,
        `${test} || { ${restore} || exit ${EXIT.stuck}; exit ${EXIT.refused}; }`,
        ...(reload ? reloadLines : []),
        'rm -f -- "$p"',
        "",
    ].join("\n");
}
/**
 * Replaces the managed file, which must still hold `expected` (byte for byte), with `content`;
 * tests it, and reloads nginx. The reload is graceful: old workers finish their requests (and
 * hold their long-lived connections until those close or worker_shutdown_timeout ends them), new
 * ones take new requests. A change to the ledger's comments alone needs no reload.
 */
async function installFile(shell, nginx, expected, content, reload = true, options = {}) {
    const result = await shell.run(installScript(nginx, expected, content, reload), options);
    const said = commandMessage(result);
    const file = nginx.file;
    switch (result.code) {
        case 0:
            return;
        case EXIT.changed:
            throw new FileChangedError(`The managed upstream file ${file} changed since cutover read it: someone else is writing it. Nothing was written; run again once they are done.`);
        case EXIT.symlink:
            throw symlinkError(file, said);
        case EXIT.refused:
            throw new UntouchedError(`nginx-test-command (${nginx.testCommand}) refused the new upstream file: ${said}. The previous file is back in place and nginx was not reloaded, so traffic is as it was.`);
        case EXIT.reloadRestored:
            throw new errors/* CutoverError */.DB(`nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. The previous file is back in place and nginx was reloaded onto it, so traffic is as it was.`);
        case EXIT.unknown:
            throw new StateUnknownError(`nginx-reload-command (${nginx.reloadCommand}) failed: ${said}. Putting the previous file back and reloading onto it failed too, so nginx's state is unknown: it may serve the new file or the previous one. Make nginx-reload-command work, then run status, and switch or rollback to the color you want.`);
        case EXIT.stuck:
            throw new errors/* CutoverError */.DB(`The new upstream file was refused, and putting the previous one back failed too: ${said}. ${file} holds the refused version, and a copy of the previous one is beside it (.${file.split("/").pop()}${PREVIOUS_PATTERN.replace(".XXXXXX", ".*")}): move it back by hand. nginx was not reloaded.`);
        default:
            throw new errors/* CutoverError */.DB(`Could not write the managed upstream file ${file} through '${shell.via}': ${said}. The file was not replaced.`);
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/rewrite.js
// Writing the managed file back byte for byte: a file that was read keeps its comments, spacing,
// directives and missing final newline; only the weights of its server lines and the ledger lines
// change. A block whose servers changed (new inputs) gets fresh server lines where the old ones were.

function renderManagedFile(managed) {
    const layout = managed.layout;
    if (!layout || managed.upstreams.some((u) => !layout.blocks.has(u.name)))
        return renderFreshFile(managed);
    const out = layout.lines.map((line) => [line]);
    for (const block of managed.upstreams)
        rewriteServers(out, layout, layout.blocks.get(block.name), block);
    if (!sameLedger(managed.ledger, layout.ledger)) {
        const lines = ledgerLines(managed.ledger);
        const [first, ...rest] = layout.ledgerLines;
        if (first === undefined)
            out[0] = [...lines, ...(out[0] ?? [])];
        else {
            out[first] = lines;
            for (const index of rest)
                out[index] = [];
        }
    }
    return out.flat().join("\n");
}
function key(server) {
    return [server.color, server.address, ...server.params].join(" ");
}
function rewriteServers(out, layout, at, block) {
    const wanted = new Map(block.servers.map((s) => [key(s), s]));
    const same = at.servers.length === block.servers.length && at.servers.every(({ server }) => wanted.has(key(server)));
    if (same) {
        for (const { line, server } of at.servers) {
            const weight = wanted.get(key(server)).weight;
            if (weight !== server.weight)
                out[line] = [reweighed(layout.lines[line], weight)];
        }
        return;
    }
    const [first, ...rest] = at.servers;
    const indent = first ? (/^\s*/.exec(layout.lines[first.line])?.[0] ?? "    ") : "    ";
    const fresh = block.servers.map((s) => serverLine(s, indent));
    if (!first) {
        out[at.close] = [...fresh, ...(out[at.close] ?? [])];
        return;
    }
    out[first.line] = fresh;
    for (const { line } of rest)
        out[line] = [];
}
/** The same server line with its share as `weight`: the weight or `down` replaced, or added after the address. */
function reweighed(text, weight) {
    const share = weight > 0 ? `weight=${weight}` : "down";
    const at = commentAt("", 0, text);
    const code = at < 0 ? text : text.slice(0, at);
    const rest = at < 0 ? "" : text.slice(at);
    const token = /(\s)(weight=\d+|down)(?=[\s;])/;
    const next = token.test(code) ? code.replace(token, `$1${share}`) : code.replace(/^(\s*server\s+[^\s;{}]+)/, `$1 ${share}`);
    return next + rest;
}
function sameLedger(a, b) {
    return JSON.stringify(a) === JSON.stringify(b);
}

;// CONCATENATED MODULE: ./build/routers/nginx/weights.js
// Color shares as nginx server weights. nginx's round robin weighs each server, and a weight must
// be 1 or more ("weight=number", ngx_http_upstream_module), so a color at 0 % is marked `down`
// and stays in the block. Each color's servers share its part equally.


function gcd(a, b) {
    return b === 0 ? a : gcd(b, a % b);
}
/** The same split in its smallest integers: 90:10 is 9:1, and 0:100 is 0:1. */
function reduced(weights) {
    const divisor = gcd(weights.blue, weights.green) || 1;
    return { blue: weights.blue / divisor, green: weights.green / divisor };
}
/**
 * The weight of one server of each color, so that each color's servers together carry its share:
 * 10 % green over 2 blue and 2 green servers is 9 per blue server and 1 per green one.
 */
function serverWeights(weights, counts) {
    for (const color of core_color/* COLORS */.l) {
        if (!Number.isInteger(weights[color]) || weights[color] < 0) {
            throw new errors/* CutoverError */.DB(`A weight must be a whole number of 0 or more; ${color} was given ${weights[color]}.`);
        }
        if (weights[color] > 0 && counts[color] === 0) {
            throw new errors/* CutoverError */.DB(`${color} has no servers, so it cannot take ${weights[color]} of the weight.`);
        }
    }
    if (weights.blue + weights.green === 0)
        throw new errors/* CutoverError */.DB("At least one color must keep some weight.");
    return reduced({
        blue: weights.blue * counts.green || (weights.blue && 1),
        green: weights.green * counts.blue || (weights.green && 1),
    });
}
/**
 * The split as cutover's weights: percentages when the split is a whole percent (9:1 reads 90:10,
 * as the engine wrote it), else its smallest integers.
 */
function asPercent(weights) {
    const total = weights.blue + weights.green;
    if (total > 0 && (weights.blue * 100) % total === 0) {
        const blue = (weights.blue * 100) / total;
        return { blue, green: 100 - blue };
    }
    return reduced(weights);
}
/** Each color's part of the block: the sum of its servers' weights, `down` counting 0. */
function blockWeights(block) {
    const sum = (color) => block.servers.filter((s) => s.color === color).reduce((total, s) => total + s.weight, 0);
    return { blue: sum("blue"), green: sum("green") };
}
/** The block with the servers given per color, weighted for the split; its other directives stay. */
function weighBlock(block, weights, servers) {
    const each = serverWeights(weights, { blue: servers.blue.length, green: servers.green.length });
    const lines = core_color/* COLORS */.l.flatMap((color) => servers[color].map((server) => ({ address: server.address, params: [...server.params], color, weight: each[color] })));
    return { ...block, directives: [...block.directives], servers: lines };
}
/** The colors a block names: those with a server in it, even one marked `down`. */
function weights_namedColors(block) {
    return core_color/* COLORS */.l.filter((color) => block.servers.some((s) => s.color === color));
}
/** A block's split for a message: `blue 90 / green 10`, in percent where it is a whole percent. */
function formatShare(block) {
    const share = asPercent(blockWeights(block));
    return `blue ${share.blue} / green ${share.green}`;
}

;// CONCATENATED MODULE: ./build/routers/nginx/proxy.js
// The proxy as the nginx router sees it: the managed file read fresh each time, written as one unit
// (every upstream block and the ledger together), and never over a change someone else made.








/** The file a user starts from: blue live, the test upstream on green; one line, for an ::error::. */
function starter(config) {
    const all = { blue: 100, green: 0 };
    const block = (name, weights) => weighBlock({ name, directives: [], servers: [] }, weights, config.servers);
    const upstreams = [
        block(config.upstream, all),
        ...(config.testUpstream ? [block(config.testUpstream, { blue: 0, green: 100 })] : []),
    ];
    return renderFreshFile({ upstreams, ledger: { blue: {}, green: {} } })
        .split("\n")
        .filter((line) => line && !line.startsWith("#"))
        .map((line) => line.trim())
        .join(" ");
}
class NginxProxy {
    config;
    #shell;
    /** Writes one at a time: each reads the file, changes its part, and puts the file in place. */
    #queue = Promise.resolve();
    #reading;
    /** Set by a reload that failed, and failed again onto the previous file: what nginx serves is unknown. */
    #unknown;
    /** Set by a write cut off or failed past its start: nginx may serve other than the file, so the next write reloads. */
    #unsure = false;
    constructor(config, shell = execShell(config.exec, config.execTimeoutMs, config.envPassthrough)) {
        this.config = config;
        this.#shell = shell;
    }
    /** Runs `change` after every change queued before it, whatever became of them. */
    exclusive(change) {
        const run = this.#queue.then(change, change);
        this.#queue = run.catch(() => undefined);
        return run;
    }
    /**
     * The file as read now; reads asked for with the same signal while one is on its way share it.
     * While nginx's state is unknown (a reload failed twice), no read can say what it serves.
     */
    read(options = {}) {
        if (this.#unknown)
            return Promise.reject(this.#unknown);
        const shared = this.#reading;
        if (shared && shared.signal === options.signal && shared.urgent === Boolean(options.urgent))
            return shared.state;
        const state = this.#read(options).finally(() => {
            if (this.#reading?.state === state)
                this.#reading = undefined;
        });
        if (!shared)
            this.#reading = { signal: options.signal, urgent: Boolean(options.urgent), state };
        return state;
    }
    /** The file as read, even while nginx's state is unknown: a put-back starts from it. */
    async #read(options) {
        const { file } = this.config;
        let text;
        try {
            text = await readManagedText(this.#shell, file, { ...options, allowSymlink: this.config.allowSymlink });
        }
        catch (error) {
            if (!(error instanceof MissingFileError))
                throw error;
            throw new errors/* CutoverError */.DB(`${error.message} Create it, include it from your nginx.conf in place of the upstream block, and reload nginx; with blue live it reads: ${starter(this.config)}`);
        }
        const managed = parseManagedFile(text, file);
        upstreamNamed(managed, this.config.upstream, file, "nginx-upstream");
        if (this.config.testUpstream)
            upstreamNamed(managed, this.config.testUpstream, file, "nginx-test-upstream");
        checkManaged(managed, this.config);
        return { text, managed };
    }
    /** The block of `name` with the configured servers at `weights`; other blocks and the ledger stay. */
    weighed(managed, name, weights) {
        return {
            ...managed,
            upstreams: managed.upstreams.map((u) => (u.name === name ? weighBlock(u, weights, this.config.servers) : u)),
        };
    }
    withLedger(managed, color, set, remove) {
        return { ...managed, ledger: editLedger(managed.ledger, color, set, remove) };
    }
    /**
     * Writes `next` over the file, if it still holds what was read (`seen`): test, reload, or put
     * the previous file back. Returns the state written, for the next write to start from.
     */
    async write(seen, next, reload = true, options = {}) {
        const text = renderManagedFile(next);
        // A file that already holds it is left alone, unless nginx may not be serving it.
        const unsure = this.#unsure || Boolean(this.#unknown);
        if (text === seen.text && !unsure)
            return seen;
        try {
            await installFile(this.#shell, this.config, seen.text, text, reload || unsure, options);
        }
        catch (error) {
            if (error instanceof StateUnknownError)
                this.#unknown = error;
            if (!(error instanceof UntouchedError))
                this.#unsure = true;
            throw error;
        }
        this.#unknown = undefined;
        this.#unsure = false;
        return { text, managed: { ...parseManagedFile(text, this.config.file) } };
    }
    /** For a put-back after a failed reload: the file as read, whatever nginx serves. */
    readForWrite(options = {}) {
        return this.#unknown ? this.#read(options) : this.read(options);
    }
    async ledger(options = {}) {
        return (await this.read(options)).managed.ledger;
    }
    /** Edits one color's ledger: comments only, so the file is tested but nginx is not reloaded. */
    editLedger(color, set, remove, options = {}) {
        return this.exclusive(async () => {
            const seen = await this.read(options);
            await this.write(seen, this.withLedger(seen.managed, color, set, remove), false, options);
        });
    }
    probe(color) {
        return probeServers(this.config.servers[color], this.config.healthPath);
    }
}

;// CONCATENATED MODULE: ./build/routers/nginx/traffic.js



class NginxTraffic {
    #proxy;
    #config;
    /**
     * Each block as this run last read or wrote it, and as a write that failed may have left it: a
     * block that reads otherwise was changed by someone else.
     */
    #seen = new Map();
    #batch;
    constructor(proxy, config) {
        this.#proxy = proxy;
        this.#config = config;
    }
    async read(options = {}) {
        const { managed } = await this.#proxy.read(options);
        return this.#config.routes.map((ref) => {
            const block = upstreamNamed(managed, ref.id, this.#proxy.config.file, ref.input);
            this.#seen.set(ref.id, new Set([renderBlock(block)]));
            return { ref, weights: asPercent(blockWeights(block)), raw: block };
        });
    }
    withWeights(route, weights) {
        const file = this.#proxy.weighed({ upstreams: [blockOf(route)], ledger: { blue: {}, green: {} } }, route.ref.id, weights);
        return { ...route, weights, raw: file.upstreams[0] };
    }
    write(route, options = {}) {
        if (!this.#batch)
            this.#batch = this.#startBatch();
        const batch = this.#batch;
        batch.blocks.set(route.ref.id, blockOf(route));
        batch.urgent ||= Boolean(options.urgent);
        if (options.signal)
            batch.signals.push(options.signal);
        return batch.done;
    }
    /** A batch collects the writes made in the same turn of the event loop, then writes them at once. */
    #startBatch() {
        const batch = { blocks: new Map(), urgent: false, signals: [], done: Promise.resolve() };
        batch.done = new Promise((resolve) => setImmediate(resolve)).then(() => {
            this.#batch = undefined;
            return this.#proxy.exclusive(() => this.#commit(batch));
        });
        return batch;
    }
    async #commit(batch) {
        const aborted = batch.signals.find((s) => s.aborted);
        if (!batch.urgent && aborted)
            throw aborted.reason;
        const signal = batch.signals.length > 1 ? AbortSignal.any(batch.signals) : batch.signals[0];
        const options = { ...(signal ? { signal } : {}), urgent: batch.urgent };
        const seen = batch.urgent ? await this.#proxy.readForWrite(options) : await this.#proxy.read(options);
        const file = this.#proxy.config.file;
        for (const name of batch.blocks.keys()) {
            const block = upstreamNamed(seen.managed, name, file, "nginx-upstream");
            // Every write, a put-back too, stops at someone else's change: docs/nginx.md promises it.
            if (this.#seen.has(name) && !this.#seen.get(name)?.has(renderBlock(block))) {
                throw new FileChangedError(`upstream ${name} in ${file} changed since this run read it: it now reads ${formatShare(block)}. Another run or a person is moving it; nothing was written.`);
            }
        }
        const upstreams = seen.managed.upstreams.map((u) => batch.blocks.get(u.name) ?? u);
        try {
            await this.#proxy.write(seen, { ...seen.managed, upstreams }, true, options);
        }
        catch (error) {
            // A write cut off or failed late may have landed: a put-back may find it there.
            for (const [name, block] of batch.blocks)
                this.#seen.get(name)?.add(renderBlock(block));
            throw error;
        }
        for (const [name, block] of batch.blocks)
            this.#seen.set(name, new Set([renderBlock(block)]));
    }
    named(route) {
        return weights_namedColors(blockOf(route));
    }
    writeVerb(_ref) {
        return "nginx reload";
    }
    async checkChanges(_changes) { }
    /** nginx needs no route to a color for its servers to be probed: they are probed directly. */
    planReference(_routes, _color) {
        return [];
    }
    /** The test upstream's server block and port are in the user's nginx.conf, which cutover does not read. */
    async testUrl() {
        return undefined;
    }
}
function blockOf(route) {
    return route.raw;
}

;// CONCATENATED MODULE: ./build/routers/nginx/index.js







const nginx = {
    kind: "nginx",
    inputs: NGINX_INPUTS,
    readConfig: readNginxRouterConfig,
    // The registry hands back the config this kind's readConfig made.
    connect: (config) => connectNginx(config),
};
/** The ports over one proxy, reached through nginx-exec, or a test's shell. */
function connectNginx(config, shell = execShell(config.nginx.exec, config.nginx.execTimeoutMs, config.nginx.envPassthrough)) {
    const proxy = new NginxProxy(config.nginx, shell);
    return { traffic: new NginxTraffic(proxy, config), pool: new NginxPool(proxy, config), ledger: new NginxLedger(proxy) };
}

;// CONCATENATED MODULE: ./build/routers/registry.js
// Every router cutover drives, by the name the `router` input gives it. A new router is one line here.









const ROUTERS = new Map([
    [alb.kind, alb],
    [nginx.kind, nginx],
    [kubernetes.kind, kubernetes],
    [gatewayApi.kind, gatewayApi],
    [istio.kind, istio],
]);
/** The router block of every step's action.yml: the `router` input, then each router's inputs once. */
function routerInputs() {
    const router = {
        name: "router",
        description: `What moves the traffic: ${[...ROUTERS.keys()].join(", ")}. Each router reads the inputs named after it below.`,
        default: "alb",
    };
    const seen = new Map([[router.name, router]]);
    for (const kind of ROUTERS.values())
        for (const input of kind.inputs)
            if (!seen.has(input.name))
                seen.set(input.name, input);
    return [...seen.values()];
}
/** The names the `router` input takes. */
function routerKindNames() {
    return [...ROUTERS.keys()];
}
/** The router's ports; several routers that move as one get one set over all of theirs. */
function connectRouter(config) {
    if (!config.members)
        return routerKind(config.kind).connect(config);
    return composePorts(config.members.map((member) => ({ config: member, ports: routerKind(member.kind).connect(member) })));
}
/** For tests: a router kind that only they know. */
function registerRouter(kind) {
    ROUTERS.set(kind.kind, kind);
}
function routerKind(name) {
    const kind = ROUTERS.get(name);
    if (!kind)
        throw new Error(`No router named ${name}`);
    return kind;
}
/**
 * The `router` input and that router's own inputs, all checked before anything connects; with an
 * environment's `routers:` list, each entry's, joined into one router that moves them as one.
 */
function readRouterConfig() {
    const routers = (0,core_inputs/* currentFallback */.UN)()?.routers;
    if (!routers)
        return readOneRouter();
    const given = routerInputs().find((input) => runner/* getInput */.V4(input.name).trim());
    if (given) {
        const where = routers[0]?.where("router") ?? "";
        throw new errors/* ConfigurationError */.j1(`Input '${given.name}' is given, but ${where.slice(0, where.lastIndexOf(".routers["))} has several routers: give each one's ${given.name} in its entry of routers: instead. Example: routers: [{ router: alb, ${given.name}: ... }]`);
    }
    return composeConfig(routers.map((entry) => (0,core_inputs/* readingFrom */.L)(entry, readOneRouter)));
}
function readOneRouter() {
    const name = (0,core_inputs/* readString */.E3)("router", "alb");
    const kind = ROUTERS.get(name);
    if (!kind) {
        throw (0,core_inputs/* inputError */.Xu)("router", `names no router cutover drives: ${JSON.stringify(name)} (it drives ${[...ROUTERS.keys()].join(", ")})`, "alb");
    }
    return kind.readConfig();
}


/***/ }),

/***/ 37119:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   SE: () => (/* binding */ waitForHealthy),
/* harmony export */   hD: () => (/* binding */ targetKey),
/* harmony export */   u7: () => (/* binding */ judgeHealth)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(72077);

const DRAINING = new Set(["draining", "unhealthy.draining"]);
/**
 * The gate before traffic moves: every serving target healthy, and at least `minHealthy` of them;
 * with several routers (`members`), at least `minHealthy` behind each, or one region would be left
 * with nothing to serve it.
 */
function judgeHealth(color, targets, minHealthy, members = 1) {
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
    const short = members > 1 ? shortMember(serving, minHealthy, members) : undefined;
    if (short) {
        return {
            ...verdict,
            ok: false,
            problem: `${color} has ${short.healthy} healthy target(s) behind router #${short.member + 1}; at least ${minHealthy} required behind each (min-healthy-targets).`,
        };
    }
    return { ...verdict, ok: true };
}
/** The first router (member) with fewer than `minHealthy` healthy targets. */
function shortMember(serving, minHealthy, members) {
    for (let member = 0; member < members; member++) {
        const healthy = serving.filter((t) => (t.member ?? 0) === member && t.state === "healthy").length;
        if (healthy < minHealthy)
            return { member, healthy };
    }
    return undefined;
}
/** `10.0.1.12:8080`, or the id alone when there is no port. */
function targetKey(t) {
    return t.port ? `${t.id}:${t.port}` : t.id;
}
function describeTarget(t) {
    const where = targetKey(t);
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
async function waitForHealthy(describe, color, minHealthy, timeoutMs, pollMs = 1_000, members = 1) {
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_0__/* .pollUntil */ .g)(async () => {
        const verdict = judgeHealth(color, await describe(), minHealthy, members);
        return { done: verdict.ok, value: verdict };
    }, {
        timeoutMs,
        pollMs,
        progress: (verdict, left) => `Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(verdict.serving.filter((t) => t.state !== "healthy"))}; ${left} left.`,
    });
    return { ...polled.value, ms: polled.ms };
}


/***/ }),

/***/ 62232:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ Router),
/* harmony export */   Ms: () => (/* binding */ RouterChangedError),
/* harmony export */   PP: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_5__.PP),
/* harmony export */   oK: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_5__.oK),
/* harmony export */   t2: () => (/* binding */ RouteWriteError),
/* harmony export */   y: () => (/* reexport safe */ _state_js__WEBPACK_IMPORTED_MODULE_5__.y)
/* harmony export */ });
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(16590);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(62807);
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(72077);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_7__ = __nccwpck_require__(3669);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_6__ = __nccwpck_require__(96591);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_5__ = __nccwpck_require__(18260);









/**
 * Some route writes failed, never showed, or were cancelled. `written` are the ones ELBv2 accepted;
 * `attempted` all that were sent: a write that failed or was cut off may still have landed.
 */
class RouteWriteError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB {
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
class RouterChangedError extends _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB {
    name = "RouterChangedError";
}
/** Kept back from the urgent writes' grace for reading the routes back and reporting them. */
const READ_BACK_RESERVE_MS = 600;
/** 100, 200, 400, then 500 ms, each with up to 100 ms of jitter: short and bounded, never the SDK's growing delay. */
function backoff(attempt) {
    return Math.min(100 * 2 ** (attempt - 1), 500) + Math.random() * 100;
}
/** `Routes now: …` exactly as read, naming each route that does not show the weights this run had accepted. */
function describeNow(now, expected) {
    if (!now)
        return "The routes could not be read back within the runner's grace; check them where the router is managed.";
    const differ = now.routes.filter((r) => {
        const weights = expected.get(r.ref.id);
        return weights && !(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(weights, r.weights);
    });
    const note = differ.length
        ? ` (${differ.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(r.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(r.weights)}, not the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(expected.get(r.ref.id))} this run last wrote: another writer changed it, or the write does not show yet`).join("; ")})`
        : "";
    return `Routes now: ${(0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .describeRoutes */ .oK)(now.routes)}${note}.`;
}
/** Reads and writes the weights of every configured route as one unit, whatever the router. */
class Router {
    #traffic;
    #config;
    constructor(traffic, config) {
        this.#traffic = traffic;
        this.#config = config;
    }
    async read(options = {}) {
        return (0,_state_js__WEBPACK_IMPORTED_MODULE_5__/* .stateOf */ .L4)(await this.#traffic.read(options));
    }
    /** The changes that put production routes on `production` and test routes on `test`. */
    plan(state, production, test) {
        return state.routes
            .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
            .filter((change) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(change.before.weights, change.after));
    }
    /** When the router does not know `color` yet, the changes that make it health-check it. */
    planReference(state, color) {
        return this.#traffic.planReference(state.routes, color);
    }
    /** Refuses, before any write, what the router would refuse. */
    checkForwards(changes, options = {}, signal) {
        return this.#traffic.checkChanges(changes, options, { signal });
    }
    /**
     * Writes every change in parallel, then reads back until the router shows them all. On any
     * failure it throws a RouteWriteError naming the routes it did write, so the caller can put them back.
     */
    async apply(changes, options = {}, signal) {
        if (changes.length === 0)
            return;
        await this.checkForwards(changes, options, signal);
        const writes = changes.map((c) => this.#traffic.withWeights(c.before, c.after, options));
        for (const [i, change] of changes.entries()) {
            const before = (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatForward */ .ld)(change.before.weights, this.#traffic.named(change.before));
            const after = (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatForward */ .ld)(change.after, this.#traffic.named(writes[i]));
            _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${this.#traffic.writeVerb(change.ref)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(change.ref)}: ${before} → ${after}`);
        }
        const results = await Promise.allSettled(writes.map((w) => this.#traffic.write(w, { signal })));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            const cancelled = Boolean(signal?.aborted);
            const what = cancelled ? "The run was cancelled while writing" : "Writing the new weights failed on";
            throw new RouteWriteError(`${what} ${failures.join("; ")}`, written, changes, cancelled);
        }
        const lagging = await this.#waitUntilShown(changes, writes, signal);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(c.ref)).join(", ");
            if (signal?.aborted) {
                throw new RouteWriteError(`The run was cancelled while reading back ${names}`, changes, changes, true);
            }
            const timeout = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
            throw new RouteWriteError(`The router still did not show the new weights on ${names} after ${timeout} (verify-timeout)`, changes, changes);
        }
    }
    /**
     * Writes the given routes urgently, in parallel, each retried with short bounded backoff until
     * just before the runner's SIGKILL is due (src/core/cancel.ts), then reads the router back until
     * it shows them or the grace ends: a put-back, or the end of a rollback that must not be left
     * halfway. What it reports is what it read, never what it meant to write.
     */
    async writeUrgently(routes, verb, accepted = []) {
        const writeBy = (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .urgentDeadline */ .Cy)(READ_BACK_RESERVE_MS);
        const results = await Promise.all(routes.map((r) => this.#persist(r, verb, writeBy)));
        const written = new Map(routes.filter((_, i) => results[i]?.ok).map((r) => [r.ref.id, r.weights]));
        const now = await this.#readBackUrgently(written);
        // Each route as this run last had it accepted: the read may lag behind it (eventual consistency).
        const expected = new Map([...accepted.map((c) => [c.ref.id, c.after]), ...written]);
        const earlier = new Set(accepted.map((c) => c.ref.id));
        const done = [];
        const stuck = [];
        for (const [i, route] of routes.entries()) {
            const result = results[i];
            // A failed write to a route that shows those weights already, and had no write accepted, did no harm.
            const shown = now?.routes.find((r) => r.ref.id === route.ref.id);
            if (result.ok || (shown && (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(shown.weights, route.weights) && !earlier.has(route.ref.id))) {
                done.push(route);
                _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${verb} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(route.weights)}`);
            }
            else {
                stuck.push({ route, error: result.ok ? "" : result.error });
                _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .error */ .z3(`Could not ${verb[0]?.toLowerCase()}${verb.slice(1)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(route.ref)}: ${result.ok ? "" : result.error}`);
            }
        }
        return { done, stuck, now, nowText: describeNow(now, expected) };
    }
    /** One urgent write, tried again after each failure until `deadline`: throttling often ends within the grace. */
    async #persist(route, verb, deadline) {
        const started = Date.now();
        let last = "no answer";
        for (let attempt = 1;; attempt++) {
            try {
                await this.#traffic.write(route, { signal: deadline, urgent: true });
                if (attempt > 1)
                    _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${verb} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(route.ref)} landed on attempt ${attempt}.`);
                return { ok: true };
            }
            catch (error) {
                const why = (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .describeError */ .Uc)(error);
                // Another writer's change, or a route the router refuses: trying again cannot help.
                const final = error instanceof RouterChangedError || error instanceof _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .ConfigurationError */ .j1;
                if (final)
                    return { ok: false, error: why };
                // The attempt the deadline cut short says nothing new; the one before it says why.
                if (deadline.aborted) {
                    const spent = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Date.now() - started);
                    const tries = attempt > 1 ? `${attempt - 1} attempt(s)` : "its first attempt";
                    return { ok: false, error: `still failing after ${tries} in ${spent}, when its time ran out (${last})` };
                }
                last = why;
                _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${verb} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(route.ref)}: attempt ${attempt} failed (${why}); trying again.`);
                await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_7__/* .sleep */ .yy)(backoff(attempt), deadline);
            }
        }
    }
    /** Reads until every route whose weights are known shows them, or the grace ends; the last read wins. */
    async #readBackUrgently(expected) {
        const deadline = (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .urgentDeadline */ .Cy)();
        let now;
        for (let attempt = 1; !deadline.aborted; attempt++) {
            try {
                now = await this.read({ signal: deadline, urgent: true });
                const lagging = now.routes.filter((r) => {
                    const weights = expected.get(r.ref.id);
                    return weights && !(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(weights, r.weights);
                });
                if (lagging.length === 0)
                    return now;
            }
            catch {
                // Read again until the grace ends; the report says when no read succeeded.
            }
            await (0,_core_time_js__WEBPACK_IMPORTED_MODULE_7__/* .sleep */ .yy)(backoff(attempt), deadline);
        }
        return now;
    }
    /** Writes each route back as it was read, urgently, and says exactly where every route stands. */
    async putBack(baseline, what) {
        const result = await this.writeUrgently(baseline, "Put back");
        if (result.stuck.length === 0) {
            const verdict = `${what}. Every route was put back as it was before this run.`;
            return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${verdict} ${result.nowText}`, { outcome: "reverted", verdict });
        }
        const fix = result.stuck.map((s) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(s.route.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(s.route.weights)}`).join("; ");
        return new _core_errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${result.nowText} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
    }
    /** A route as it should read once `weights` are written: for writeUrgently. */
    withWeights(route, weights, options = {}) {
        return this.#traffic.withWeights(route, weights, options);
    }
    /** The router may be eventually consistent: a write it accepted may not show in the next read. */
    async #waitUntilShown(changes, writes, signal) {
        // The colors each written route names: a write may change only which colors a route names.
        const named = new Map(changes.map((c, i) => [c.ref.id, this.#traffic.named(writes[i]).join()]));
        let lagging = changes;
        const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
            const read = await this.#traffic.read({ signal }).catch((error) => {
                // A cancel cuts the read short: the caller learns it from `lagging`, as for any cancel while reading back.
                if (signal?.aborted)
                    return undefined;
                throw error;
            });
            if (!read)
                return { done: false, value: lagging };
            const shown = new Map(read.map((r) => [r.ref.id, r]));
            lagging = lagging.filter((c) => {
                const now = shown.get(c.ref.id);
                this.#refuseForeign(c, now.weights);
                return !(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(now.weights, c.after) || this.#traffic.named(now).join() !== named.get(c.ref.id);
            });
            return { done: lagging.length === 0, value: lagging };
        }, {
            timeoutMs: this.#config.verifyTimeoutMs,
            signal,
            progress: (seen, left) => `Waiting for the router to show the new weights on ${seen.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(c.ref)).join(", ")}; ${left} left.`,
        });
        if (polled.done)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Read back: all ${changes.length} route(s) show the new weights.`);
        return polled.value;
    }
    /** Eventual consistency shows the old weights or the new ones; anything else is another writer. */
    #refuseForeign(change, shown) {
        if ((0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(shown, change.after) || (0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .sameWeights */ .ML)(shown, change.before.weights))
            return;
        throw new RouterChangedError(`The router changed under this run: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(change.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(shown)}, neither ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(change.before.weights)} nor the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(change.after)} just written. Another run or a person is moving it; this run stops without writing more.`);
    }
}


/***/ }),

/***/ 96591:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   ML: () => (/* binding */ sameWeights),
/* harmony export */   Nl: () => (/* binding */ soleColor),
/* harmony export */   PT: () => (/* binding */ allOn),
/* harmony export */   V7: () => (/* binding */ formatWeights),
/* harmony export */   h: () => (/* binding */ shortRouteName),
/* harmony export */   ld: () => (/* binding */ formatForward),
/* harmony export */   xG: () => (/* binding */ routeName),
/* harmony export */   xY: () => (/* binding */ sameSplit)
/* harmony export */ });
/** A route as an operator recognises it in a log line. */
function routeName(ref) {
    return `${ref.role === "test" ? "test " : ""}${ref.name}`;
}
/** A route as a table cell shows it. */
function shortRouteName(ref) {
    return `${ref.role === "test" ? "test " : ""}${ref.short}`;
}
/** Weights as a route names them: `blue 100 / green 0`, or `blue 100 only` when green is not in it. */
function formatForward(weights, named) {
    return named.length === 1 ? `${named[0]} ${weights[named[0]]} only` : formatWeights(weights);
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


/***/ }),

/***/ 60545:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   f2: () => (/* binding */ readSnapshotWithHealth),
/* harmony export */   w8: () => (/* binding */ settledColors)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(13794);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(37119);
/* harmony import */ var _router_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(62232);





/** The routes and both colors' ledgers, read in parallel: what every step starts from. */
async function readSnapshot(ports, config, options = {}) {
    const [state, tags] = await Promise.all([new _router_js__WEBPACK_IMPORTED_MODULE_3__/* .Router */ .Ix(ports.traffic, config).read(options), ports.ledger.read(options)]);
    const snapshot = { config, state, tags };
    (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .noteSnapshot */ .Ne)(snapshot, () => readSnapshotWithHealth(ports, config));
    return snapshot;
}
/** Routes, ledgers and both colors' health: what status shows, and a failed step's summary. */
async function readSnapshotWithHealth(ports, config) {
    const [state, tags, blue, green] = await Promise.all([
        new _router_js__WEBPACK_IMPORTED_MODULE_3__/* .Router */ .Ix(ports.traffic, config).read(),
        ports.ledger.read(),
        ..._core_color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.map((color) => ports.pool.health(color)),
    ]);
    const health = { blue: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("blue", blue ?? [], 1), green: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("green", green ?? [], 1) };
    return { config, state, tags, health };
}
/** The colors of a settled router; deploying next to a shift in progress is refused. */
function settledColors(snapshot, step) {
    const { state } = snapshot;
    if (!state.active) {
        const why = state.production ? "the router is shifting between both colors" : "the production routes disagree";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${step} needs a settled router, but ${why} (${(0,_router_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRoutes */ .oK)((0,_router_js__WEBPACK_IMPORTED_MODULE_3__/* .productionRoutes */ .y)(state))}). Finish or roll back that switch first.`);
    }
    return { active: state.active, standby: (0,_core_color_js__WEBPACK_IMPORTED_MODULE_4__/* .otherColor */ .I)(state.active) };
}


/***/ }),

/***/ 18260:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   L4: () => (/* binding */ stateOf),
/* harmony export */   PP: () => (/* binding */ testRouteProblem),
/* harmony export */   oK: () => (/* binding */ describeRoutes),
/* harmony export */   y: () => (/* binding */ productionRoutes)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(66101);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(96591);
// The router's state as read: each route's weights, and whether the production routes agree on
// one live color.


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
    const standby = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_0__/* .otherColor */ .I)(state.active);
    const wrong = state.routes.filter((r) => r.ref.role === "test" && (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .soleColor */ .Nl)(r.weights) !== standby);
    if (wrong.length === 0)
        return undefined;
    const names = wrong.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routeName */ .xG)(r.ref)} (${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(r.weights)})`).join(", ");
    return `The test route ${names} does not send to the standby, ${standby}: it reaches the live color, ${state.active}. A switch or rollback ran without test-listener-arn (or test-rule-arns). Add them to every switch and rollback; to fix the test route now, run switch with to: ${state.active} and test-listener-arn set, which writes only the test route.`;
}
function describeRoutes(routes) {
    return routes.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .routeName */ .xG)(r.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
}
/** Whether the production routes agree, and on which color, from each route's weights. */
function stateOf(routes) {
    const production = routes.filter((r) => r.ref.role === "production");
    const first = production[0].weights;
    const agreed = production.every((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .sameSplit */ .xY)(r.weights, first));
    return { routes, production: agreed ? first : undefined, active: agreed ? (0,_routes_js__WEBPACK_IMPORTED_MODULE_1__/* .soleColor */ .Nl)(first) : undefined };
}


/***/ }),

/***/ 54544:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Dk: () => (/* binding */ TAG),
/* harmony export */   E4: () => (/* binding */ versionOf),
/* harmony export */   EZ: () => (/* binding */ tagValue),
/* harmony export */   GC: () => (/* binding */ stampColors),
/* harmony export */   eZ: () => (/* binding */ runTag)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(36506);



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
async function stampColors(ledger, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now, options = {}) {
    const run = runTag();
    const previous = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_2__/* .otherColor */ .I)(target);
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
        try {
            await ledger.write(color, add, remove, options);
        }
        catch (error) {
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Traffic moved, but tagging ${color} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add)) {
            if (result[color][key] !== value)
                _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        }
        for (const key of remove)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Tag ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
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
/******/ 		id: moduleId,
/******/ 		loaded: false,
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
/******/ 	// Flag the module as loaded
/******/ 	module.loaded = true;
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
/******/ /* webpack/runtime/node module decorator */
/******/ (() => {
/******/ 	__nccwpck_require__.nmd = (module) => {
/******/ 		module.paths = [];
/******/ 		if (!module.children) module.children = [];
/******/ 		return module;
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

// EXTERNAL MODULE: ./build/core/errors.js
var errors = __nccwpck_require__(62807);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __nccwpck_require__(36506);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(73024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(76760);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __nccwpck_require__(97529);
// EXTERNAL MODULE: ./build/environment/settings.js
var environment_settings = __nccwpck_require__(55853);
;// CONCATENATED MODULE: ./build/environment/file.js
// The environment file (.github/cutover.yml): each environment's settings, read and checked as a
// whole before any step reads an input. A setting fills an input that was not given (left out or
// empty); an input given directly wins.






const DEFAULT_ENVIRONMENT_FILE = ".github/cutover.yml";
/**
 * Reads `environment` and `environment-file` (inputs only: they say where the rest comes from) and
 * lets the step's input readers fall back on that environment's settings. Without `environment`,
 * no file is read. Throws before anything else is read when the file is wrong.
 */
async function useEnvironment(step) {
    (0,inputs/* useFallback */.qr)(undefined);
    const environment = runner/* getInput */.V4("environment").trim();
    const input = runner/* getInput */.V4("environment-file").trim();
    // Named: a file other than the default, which must then exist. The default may be absent.
    const named = input === DEFAULT_ENVIRONMENT_FILE ? "" : input;
    const file = named || DEFAULT_ENVIRONMENT_FILE;
    if (!environment) {
        if (named)
            throw new errors/* ConfigurationError */.j1(`Input 'environment-file' is set but 'environment' is not: name the environment to read from ${named}. Example: environment: production`);
        return undefined;
    }
    const text = readText(file, Boolean(named));
    // No file: every setting comes from the inputs, and an error for a missing one says where the file should be.
    const settings = text === undefined ? new Map() : (await Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(357)]).then(__nccwpck_require__.bind(__nccwpck_require__, 60357))).parseEnvironmentFile(text, file, environment);
    const missing = text === undefined ? `; ${file} is not in the workspace: check out your repository before this step` : "";
    (0,inputs/* useFallback */.qr)(fallback(step, `${file}: ${environment}`, missing, settings));
    return text === undefined ? undefined : settings;
}
function readText(file, named) {
    const full = external_node_path_.resolve(process.env.GITHUB_WORKSPACE || process.cwd(), file);
    if (!(0,external_node_fs_.existsSync)(full)) {
        if (named)
            throw new errors/* ConfigurationError */.j1(`Input 'environment-file' names ${file}, which does not exist: check out your repository before this step. Example: environment-file: .github/cutover.yml`);
        return undefined;
    }
    return (0,external_node_fs_.readFileSync)(full, "utf8");
}
/** `at`: the file and the environment, such as `.github/cutover.yml: production`. */
function fallback(step, at, note, settings) {
    const names = environment_settings/* SETTING_NAMES */.OI[step] ?? {};
    const setting = (input) => names[input] ?? input;
    return {
        setting,
        value: (input) => settings.get(setting(input)),
        where: (input) => `${at}.${setting(input)}${note}`,
        routers: settings.routers?.map((router, i) => ({
            setting: (input) => input,
            value: (input) => router.get(input),
            where: (input) => `${at}.routers[${i}].${input}`,
        })),
    };
}

// EXTERNAL MODULE: ./build/github/report.js
var report = __nccwpck_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js
var summary = __nccwpck_require__(13794);
// EXTERNAL MODULE: ./build/routers/registry.js + 44 modules
var registry = __nccwpck_require__(14098);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __nccwpck_require__(60545);
;// CONCATENATED MODULE: ./build/step.js







function createPorts(router) {
    const options = { region: router.aws.region, maxAttempts: router.aws.maxAttempts };
    let metrics;
    let cdn;
    return {
        router: (0,registry/* connectRouter */.S6)(router),
        metrics: () => {
            metrics ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(85), __nccwpck_require__.e(424)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93424)).then((m) => m.createMetricsPort(options));
            return metrics;
        },
        cdn: () => {
            cdn ??= Promise.all(/* import() */[__nccwpck_require__.e(861), __nccwpck_require__.e(169), __nccwpck_require__.e(678)]).then(__nccwpck_require__.bind(__nccwpck_require__, 91678)).then((m) => m.createCdnPort(options));
            return cdn;
        },
    };
}
/** The step's inputs, where not given directly, from its environment in the environment file. */
async function readStepInputs(step) {
    await useEnvironment(step.name);
    return step.readInputs();
}
/** The one outer catch: a user's mistake or a foreseen failure is one clear line; anything else is a bug. */
async function runStep(step, ports = createPorts) {
    let started;
    try {
        const inputs = await readStepInputs(step);
        started = { router: inputs.router, ports: ports(inputs.router) };
        await step.run(inputs, started.ports);
        await (0,summary/* finishSummary */.gw)(step.name);
    }
    catch (error) {
        const reported = error instanceof errors/* CutoverError */.DB && error.outputsSet;
        if (started && !reported)
            await outputsAfterFailure(started.ports, started.router);
        await (0,summary/* finishSummary */.gw)(step.name, error);
        if (error instanceof errors/* ConfigurationError */.j1 || error instanceof errors/* CutoverError */.DB) {
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
async function outputsAfterFailure(ports, router) {
    const timeout = new Promise((resolve) => setTimeout(() => resolve(undefined), OUTPUTS_READ_MS).unref());
    const snapshot = await Promise.race([(0,routing_snapshot/* readSnapshot */.RA)(ports.router, router, { urgent: true }).catch(() => undefined), timeout]);
    if (snapshot)
        (0,report/* setCommonOutputs */.Et)(snapshot);
}

;// CONCATENATED MODULE: ./build/main.js

/** Each step is its own chunk of the bundle, loaded only when that step runs. */
const STEPS = {
    status: () => __nccwpck_require__.e(/* import() */ 440).then(__nccwpck_require__.bind(__nccwpck_require__, 68440)),
    "deploy-standby": () => __nccwpck_require__.e(/* import() */ 55).then(__nccwpck_require__.bind(__nccwpck_require__, 50055)),
    "smoke-test": () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(830), __nccwpck_require__.e(281)]).then(__nccwpck_require__.bind(__nccwpck_require__, 93830)),
    "warm-caches": () => __nccwpck_require__.e(/* import() */ 88).then(__nccwpck_require__.bind(__nccwpck_require__, 8088)),
    switch: () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(569)]).then(__nccwpck_require__.bind(__nccwpck_require__, 30569)),
    "purge-cdn": () => __nccwpck_require__.e(/* import() */ 645).then(__nccwpck_require__.bind(__nccwpck_require__, 56645)),
    "soak-monitor": () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(126)]).then(__nccwpck_require__.bind(__nccwpck_require__, 55126)),
    rollback: () => Promise.all(/* import() */[__nccwpck_require__.e(374), __nccwpck_require__.e(746)]).then(__nccwpck_require__.bind(__nccwpck_require__, 8746)),
    teardown: () => __nccwpck_require__.e(/* import() */ 662).then(__nccwpck_require__.bind(__nccwpck_require__, 42662)),
    cutover: () => Promise.all(/* import() */[__nccwpck_require__.e(815), __nccwpck_require__.e(374), __nccwpck_require__.e(126), __nccwpck_require__.e(830), __nccwpck_require__.e(942)]).then(__nccwpck_require__.bind(__nccwpck_require__, 83942)),
    environment: () => __nccwpck_require__.e(/* import() */ 49).then(__nccwpck_require__.bind(__nccwpck_require__, 91049)),
};
async function run(name) {
    const { step } = await STEPS[name]();
    await runStep(step);
}

var __webpack_exports__run = __webpack_exports__.e;
export { __webpack_exports__run as run };
