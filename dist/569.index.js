export const id = 569;
export const ids = [569];
export const modules = {

/***/ 30569:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./build/core/color.js
var color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/flip/flip.js + 4 modules
var flip = __webpack_require__(22967);
// EXTERNAL MODULE: ./build/flip/gates.js
var flip_gates = __webpack_require__(70686);
// EXTERNAL MODULE: ./build/flip/report.js
var report = __webpack_require__(36590);
// EXTERNAL MODULE: ./build/flip/request.js
var flip_request = __webpack_require__(33891);
;// CONCATENATED MODULE: ./build/flip/strategy.js


const STRATEGIES = ["all-at-once", "linear", "steps"];
/** Reads strategy, linear-percent, steps and step-interval, and checks that they fit together and the router. */
function readStrategy(router) {
    const name = (0,inputs/* readChoice */.Kf)("strategy", STRATEGIES, "all-at-once");
    if (name !== "all-at-once" && !router.capabilities.weighted) {
        throw (0,inputs/* inputError */.Xu)("strategy", `is ${name}, but the ${router.kind} router moves traffic all at once: it cannot split it by weight (gateway-api, istio, nginx and alb can)`, "all-at-once");
    }
    const percent = (0,inputs/* readInteger */.JI)("linear-percent", 10, { min: 1, max: 100 });
    const listed = (0,inputs/* readList */.LD)("steps");
    const interval = (0,inputs/* readString */.E3)("step-interval") ? (0,durations/* readDuration */.$7)("step-interval", "1m", 24 * 3_600_000) : undefined;
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

// EXTERNAL MODULE: ./build/github/deployments.js
var github_deployments = __webpack_require__(54882);
// EXTERNAL MODULE: ./build/metrics/prometheus-config.js
var prometheus_config = __webpack_require__(64571);
// EXTERNAL MODULE: ./build/probe/version.js
var version = __webpack_require__(4353);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routers/words.js
var routers_words = __webpack_require__(44472);
;// CONCATENATED MODULE: ./build/steps/switch.js















/** Moves production traffic to the standby (or a named color), at once or in gated steps. */
const step = {
    name: "switch",
    readInputs: () => {
        const router = (0,registry/* readRouterConfig */.ab)();
        const strategy = readStrategy(router);
        const requireHealthy = (0,inputs/* readBoolean */.Vf)("require-healthy", true);
        const minHealthy = (0,inputs/* readInteger */.JI)("min-healthy-targets", 1, { min: 0, max: 1000 });
        const gates = (0,flip_gates/* readGateConfig */.Gg)(requireHealthy, minHealthy);
        (0,prometheus_config/* requireTwoScrapes */.tX)(gates.prometheus?.config, strategy.stepIntervalMs ?? flip_request/* DEFAULT_GATE_WINDOW_MS */.I, "step-interval", "1m");
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
            releaseSticky: readReleaseSticky(router),
            verify: (0,version/* readVersionCheck */.xo)(router.verifyTimeoutMs),
            drain: readDrain(router, gates.cloudwatch),
        };
        return { router, request, strategy, deployments: (0,github_deployments/* readDeploymentConfig */.yO)({ withId: false }) };
    },
    async run({ router, request, strategy, deployments }, ports) {
        const handoff = {};
        if (strategy.name !== "all-at-once") {
            runner/* info */.pq(`Strategy ${strategy.name}: ${strategy.steps.join("% → ")}%, each step watched for ${request.stepIntervalMs} ms.`);
        }
        if (request.gates)
            runner/* info */.pq(`Gates: ${(0,flip_gates/* describeGates */.yg)(request.gates)}.`);
        const outcome = await (0,flip/* flip */.U)(ports, router, request).catch(report/* reportFailedFlip */.P5);
        (0,report/* setFlipOutputs */.ux)(outcome.previous, outcome.moved, outcome.movedAt);
        if (outcome.moved) {
            const id = await (0,github_deployments/* startDeployment */.i4)(deployments, (0,ledger_keys/* versionOf */.E4)(outcome.after.tags[outcome.target]) || "unversioned", outcome.target);
            runner/* setOutput */.uH("deployment-id", id ? String(id) : "");
            handoff.deploymentId = id;
        }
        const title = outcome.moved
            ? `cutover: switched to ${outcome.target}`
            : request.dryRun
                ? `cutover: switch to ${outcome.target} (dry-run)`
                : outcome.changes.length
                    ? `cutover: already on ${outcome.target}; test routes moved to ${outcome.previous}`
                    : `cutover: already on ${outcome.target}`;
        const sticky = request.releaseSticky
            ? "sticky-sessions: release: sticky forwards now name only the new color, so old stickiness cookies no longer pin clients to the old one."
            : "";
        const lead = outcome.moved
            ? {
                word: "switched",
                next: `soak-monitor watches ${outcome.target} next (the blue-green workflow's soak job); to go back, run the rollback workflow with a reason.`,
                deploymentId: handoff.deploymentId,
            }
            : request.dryRun
                ? { word: "dry run", next: "run switch without dry-run to move the traffic." }
                : { word: "nothing to do", next: "nothing to do." };
        await (0,report/* reportFlip */.M7)(outcome, title, [`Strategy: ${strategy.name} (${strategy.steps.join("%, ")}%)`, sticky].filter(Boolean), [], lead);
        return handoff;
    },
};
/**
 * release leaves the old color out of the sticky production routes. Only a test route then still
 * names it; without one a router that checks only the pools a route names (ALB: Target.NotInUse)
 * stops health-checking it and no rollback could pass its health gate, so that is refused before
 * anything is read.
 */
function readReleaseSticky(router) {
    const release = (0,inputs/* readChoice */.Kf)("sticky-sessions", ["keep", "release"], "keep") === "release";
    if (release && !router.routes.some((r) => r.role === "test")) {
        const words = (0,routers_words/* wordsOf */.Z9)(router);
        throw (0,inputs/* inputError */.Xu)("sticky-sessions", `is release, but no ${words.testRoute} (${router.testRouteInputs.join(" or ")}) is given: the old color would be left in no route, so ${words.unchecked ?? "the router would stop health-checking it"}, and a rollback could not pass its health gate. Give a ${words.testRoute}, or keep`, "keep");
    }
    return release;
}
function readDrain(router, cloudwatch) {
    const timeoutMs = (0,durations/* readDuration */.$7)("drain-timeout", "0s", 3_600_000);
    const periodSeconds = (0,durations/* readMetricPeriod */.mI)();
    if (timeoutMs === 0)
        return undefined;
    if (!cloudwatch)
        throw (0,inputs/* inputError */.Xu)("drain-timeout", "needs CloudWatch, but cloudwatch is false", "0s");
    if (!router.capabilities.cloudWatch)
        throw (0,inputs/* inputError */.Xu)("drain-timeout", `needs CloudWatch metrics, which the ${router.kind} router does not publish`, "0s");
    return { periodSeconds, timeoutMs };
}


/***/ })

};
