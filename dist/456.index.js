export const id = 456;
export const ids = [456];
export const modules = {

/***/ 3590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ reportFlip)
/* harmony export */ });
/* unused harmony exports trafficVerdict, weightChart, timelineTable */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(410);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(978);
/* harmony import */ var _router_routes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1054);





/** Whether traffic was seen to move, in words an on-call engineer can act on. */
function trafficVerdict(outcome) {
    if (!outcome.moved)
        return "";
    const seen = [
        outcome.version?.ok ? `verify-url: ${outcome.version.detail}` : "",
        outcome.drain?.drained ? `CloudWatch: ${outcome.drain.detail}` : "",
    ].filter(Boolean);
    const tail = outcome.drain && !outcome.drain.drained ? ` Not drained yet: ${outcome.drain.detail}.` : "";
    if (seen.length)
        return `**Traffic was seen to move** (${seen.join("; ")}).${tail}`;
    return `**Traffic was not observed**: every route read back with the new weights, but no verify-url or drain-timeout was set to watch real requests.${tail}`;
}
/** The weight on the target color at each write, as a Mermaid chart GitHub draws in the summary. */
function weightChart(timeline, target) {
    const share = (e) => Math.round((e.weights[target] / (e.weights.blue + e.weights.green)) * 100);
    const x = timeline.map((e) => (e.t / 1000).toFixed(1)).join(", ");
    return [
        "```mermaid",
        "xychart-beta",
        `  title "Production traffic on ${target} (%)"`,
        `  x-axis "seconds" [${x}]`,
        '  y-axis "%" 0 --> 100',
        `  line [${timeline.map(share).join(", ")}]`,
        "```",
    ].join("\n");
}
function timelineTable(timeline) {
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(["At", "Production weights", "Event"], timeline.map((e) => [`+${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(e.t)}`, (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(e.weights), e.event]));
}
/** The log lines, outputs and summary that switch and rollback share. */
async function reportFlip(outcome, title, notes = [], extra = []) {
    const { after, target, previous, changes } = outcome;
    (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(after);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommonOutputs */ .Et)(after);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("previous-color", previous);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("switched", String(outcome.moved));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("switched-at", outcome.movedAt ?? "");
    const verdict = trafficVerdict(outcome);
    if (verdict)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(verdict.replaceAll("**", ""));
    const rows = changes.map((c) => ({
        route: (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .routeName */ .xG)(c.ref),
        before: (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(c.before.weights),
        after: outcome.moved ? (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(c.after) : "(not written)",
    }));
    const health = outcome.health
        ? `Health gate on ${target}: ${outcome.health.ok ? "passed" : "skipped"}: ${(0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(outcome.health.targets)}`
        : "";
    const gates = outcome.gates.map((g, i) => `Gates after step ${i + 1}: ${g.ok ? "passed" : `${g.gate} failed`}: ${g.detail}`);
    const timing = `Read ${outcome.ms.read} ms · writes, read-back and gates ${outcome.ms.write} ms · total ${outcome.ms.total} ms`;
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(title, after, [
        ...notes,
        verdict,
        rows.length ? (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .routeTable */ .az)(rows) : `No route needed a change: traffic was already on ${target}.`,
        outcome.timeline.length > 2 ? timelineTable(outcome.timeline) : "",
        outcome.timeline.length > 2 ? weightChart(outcome.timeline, target) : "",
        health,
        ...gates,
        timing,
        ...extra,
    ].filter(Boolean));
}


/***/ }),

/***/ 9456:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./node_modules/@actions/core/lib/core.js + 18 modules
var core = __webpack_require__(6257);
// EXTERNAL MODULE: ./build/js/color.js
var color = __webpack_require__(1273);
// EXTERNAL MODULE: ./build/js/deployments.js
var js_deployments = __webpack_require__(4130);
// EXTERNAL MODULE: ./build/js/flip.js
var flip = __webpack_require__(451);
// EXTERNAL MODULE: ./build/js/flip-report.js
var flip_report = __webpack_require__(3590);
// EXTERNAL MODULE: ./build/js/gates.js
var js_gates = __webpack_require__(2394);
// EXTERNAL MODULE: ./build/js/inputs.js
var inputs = __webpack_require__(8229);
// EXTERNAL MODULE: ./build/js/proof.js
var proof = __webpack_require__(9204);
// EXTERNAL MODULE: ./build/js/router/config.js
var config = __webpack_require__(2102);
;// CONCATENATED MODULE: ./build/js/strategy.js

const STRATEGIES = ["all-at-once", "linear", "steps"];
/** Reads strategy, linear-percent, steps and step-interval, and checks that they fit together. */
function readStrategy() {
    const name = (0,inputs/* readChoice */.Kf)("strategy", STRATEGIES, "all-at-once");
    const percent = (0,inputs/* readInteger */.JI)("linear-percent", 10, { min: 1, max: 100 });
    const listed = (0,inputs/* readList */.LD)("steps");
    const interval = (0,inputs/* readString */.E3)("step-interval") ? (0,inputs/* readDuration */.$7)("step-interval", "1m", 24 * 3_600_000) : undefined;
    if (name !== "steps" && listed.length) {
        throw (0,inputs/* inputError */.Xu)("steps", `is only used with strategy: steps, but strategy is ${name}`, "10,50,100 together with strategy: steps");
    }
    if (name !== "all-at-once" && interval === undefined) {
        throw (0,inputs/* inputError */.Xu)("step-interval", `is required with strategy: ${name}: it is how long each step runs before the next`, "2m");
    }
    if (name === "all-at-once")
        return { name, steps: [100], stepIntervalMs: interval };
    if (name === "linear")
        return { name, steps: linear(percent), stepIntervalMs: interval };
    return { name, steps: explicitSteps(listed), stepIntervalMs: interval };
}
function linear(percent) {
    const steps = [];
    for (let p = percent; p < 100; p += percent)
        steps.push(p);
    return [...steps, 100];
}
function explicitSteps(listed) {
    const example = "10,50,100";
    if (listed.length === 0)
        throw (0,inputs/* inputError */.Xu)("steps", "is required with strategy: steps, and was empty", example);
    const steps = listed.map((item) => {
        const value = Number(item.replace(/%$/, ""));
        if (!Number.isInteger(value) || value < 1 || value > 100) {
            throw (0,inputs/* inputError */.Xu)("steps", `must be whole percentages from 1 to 100, got ${JSON.stringify(item)}`, example);
        }
        return value;
    });
    for (let i = 1; i < steps.length; i++) {
        if (steps[i] <= steps[i - 1]) {
            throw (0,inputs/* inputError */.Xu)("steps", `must increase step by step, but ${steps[i]} follows ${steps[i - 1]}`, example);
        }
    }
    return steps.at(-1) === 100 ? steps : [...steps, 100];
}

// EXTERNAL MODULE: ./build/js/tags.js
var tags = __webpack_require__(6437);
;// CONCATENATED MODULE: ./build/js/steps/switch.js











const METRIC_PERIODS_S = [1, 5, 10, 30];
/** Moves production traffic to the standby (or a named color), at once or in gated steps. */
const step = {
    name: "switch",
    readInputs: () => {
        const router = (0,config/* readRouterConfig */.a)();
        const strategy = readStrategy();
        const requireHealthy = (0,inputs/* readBoolean */.Vf)("require-healthy", true);
        const minHealthy = (0,inputs/* readInteger */.JI)("min-healthy-targets", 1, { min: 0, max: 1000 });
        const gates = (0,js_gates/* readGateConfig */.Gg)(requireHealthy, minHealthy);
        const request = {
            verb: "switch",
            to: (0,inputs/* readChoice */.Kf)("to", ["standby", ...color/* COLORS */.l], "standby"),
            expectedActive: (0,inputs/* readOptionalChoice */.Mm)("expected-active-color", color/* COLORS */.l),
            requireHealthy,
            minHealthy,
            dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
            steps: strategy.steps,
            stepIntervalMs: strategy.stepIntervalMs,
            gates,
            releaseSticky: (0,inputs/* readChoice */.Kf)("sticky-sessions", ["keep", "release"], "keep") === "release",
            verify: (0,proof/* readVersionCheck */.xo)(router.verifyTimeoutMs),
            drain: readDrain(router, gates.cloudwatch),
        };
        return { router, request, strategy, deployments: (0,js_deployments/* readDeploymentConfig */.yO)({ withId: false }) };
    },
    async run({ router, request, strategy, deployments }, aws) {
        if (strategy.name !== "all-at-once") {
            core/* info */.pq(`Strategy ${strategy.name}: ${strategy.steps.join("% → ")}%, each step watched for ${request.stepIntervalMs} ms.`);
        }
        if (request.gates)
            core/* info */.pq(`Gates: ${(0,js_gates/* describeGates */.yg)(request.gates)}.`);
        const outcome = await (0,flip/* flip */.UU)(aws, router, request);
        if (outcome.moved) {
            const id = await (0,js_deployments/* startDeployment */.i4)(deployments, (0,tags/* versionOf */.E4)(outcome.after.tags[outcome.target]) || "unversioned", outcome.target);
            core/* setOutput */.uH("deployment-id", id ? String(id) : "");
        }
        const title = outcome.moved
            ? `cutover: switched to ${outcome.target}`
            : request.dryRun
                ? `cutover: switch to ${outcome.target} (dry-run)`
                : `cutover: already on ${outcome.target}`;
        const sticky = request.releaseSticky
            ? "sticky-sessions: release: sticky forwards now name only the new color, so old stickiness cookies no longer pin clients to the old one."
            : "";
        await (0,flip_report/* reportFlip */.M7)(outcome, title, [`Strategy: ${strategy.name} (${strategy.steps.join("%, ")}%)`, sticky].filter(Boolean));
    },
};
function readDrain(router, cloudwatch) {
    const timeoutMs = (0,inputs/* readDuration */.$7)("drain-timeout", "0s", 3_600_000);
    const periodMs = (0,inputs/* readDuration */.$7)("metric-period", "60s", 3_600_000);
    const periodSeconds = periodMs / 1000;
    if (!(METRIC_PERIODS_S.includes(periodSeconds) || (periodSeconds >= 60 && periodSeconds % 60 === 0))) {
        throw (0,inputs/* inputError */.Xu)("metric-period", "must be 1s, 5s, 10s, 30s or a whole number of minutes, as CloudWatch allows", "60s");
    }
    if (timeoutMs === 0)
        return undefined;
    if (!cloudwatch)
        throw (0,inputs/* inputError */.Xu)("drain-timeout", "needs CloudWatch, but cloudwatch is false", "0s");
    const routeArn = router.routes[0].arn;
    return { routeArn, periodSeconds, timeoutMs };
}


/***/ })

};
