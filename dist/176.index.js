export const id = 176;
export const ids = [176];
export const modules = {

/***/ 4910:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CANCEL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9429);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4523);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(451);




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
 * output streamed to the log. Past `timeoutMs`, or when the run is cancelled, its whole process
 * group gets the signal and is killed after a grace period.
 */
async function runCommand(label, command, env, timeoutMs) {
    _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`Running ${label} (timeout ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs)}), with ${Object.keys(env).join(", ")}`);
    const started = Date.now();
    const child = (0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("bash", ["-eo", "pipefail", "-c", command], {
        env: { ...process.env, ...env },
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
        _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .error */ .z3(`${label} is still running after ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs)}; stopping it.`);
        stopThenKill("SIGTERM", KILL_GRACE_MS);
    }, timeoutMs));
    const onSignal = (signal) => {
        if (cancelledBy)
            return stop(signal);
        cancelledBy = signal;
        _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .warning */ .$e(`${signal} received: passing it to ${label}, which is killed in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(CANCEL_GRACE_MS)} unless it exits.`);
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
    const took = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(Date.now() - started);
    if (cancelledBy)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`The run was cancelled (${cancelledBy}) while ${label} ran; it was stopped after ${took}.`);
    if (timedOut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${label} did not finish within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(timeoutMs)} and was stopped.`);
    if (code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${label} exited with ${code ?? "a signal"} after ${took}; see its output above.`);
    _runner_js__WEBPACK_IMPORTED_MODULE_3__/* .info */ .pq(`${label} finished after ${took}.`);
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

/***/ 7891:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRouterConfig)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readRouterConfig() {
    const listener = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("listener-arn", "listener");
    const rules = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("rule-arns", "listener-rule");
    const testListener = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("test-listener-arn", "listener");
    const testRules = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("test-rule-arns", "listener-rule");
    const blue = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("blue-target-group-arn", "targetgroup");
    const green = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("green-target-group-arn", "targetgroup");
    const regionInput = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegion */ .XP)("aws-region");
    const verifyTimeoutMs = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    return {
        region,
        partition: blue.partition,
        targetGroups: { blue: blue.value, green: green.value },
        routes,
        verifyTimeoutMs,
        maxAttempts,
    };
}
function route(kind, role, arn, input) {
    return { kind, role, arn: arn.value, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.arn);
        if (earlier) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(r.input, `names ${r.arn}, which ${earlier.input} names already`, "a route listed once only");
        }
        seen.set(r.arn, r);
    }
}
/** The ARNs carry their region; the input and the environment must agree with them. */
function resolveRegion(input, arns) {
    const known = arns.filter((arn) => arn !== undefined);
    const [first] = known;
    for (const arn of known) {
        if (arn.region !== first.region || arn.account !== first.account) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
}


/***/ }),

/***/ 5463:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ readTargets),
/* harmony export */   h: () => (/* binding */ targetKey)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4523);

const IPV4 = /^(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}$/;
const INSTANCE = /^i-[0-9a-f]{8,17}$/;
/** `10.0.1.12:8080`, `10.0.1.12`, `i-0abc12345def67890` or `i-0abc12345def67890:8080`. */
function readTargets(name) {
    return (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)(name).map((item) => {
        const [id = "", port, extra] = item.split(":");
        const portNumber = port === undefined ? undefined : Number(port);
        const badPort = portNumber !== undefined && (!Number.isInteger(portNumber) || portNumber < 1 || portNumber > 65535);
        if (extra !== undefined || badPort || !(IPV4.test(id) || INSTANCE.test(id))) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(name, `has ${JSON.stringify(item)}, which is neither ip:port nor an instance id`, "10.0.1.12:8080, i-0abc12345def67890");
        }
        return { id, port: portNumber };
    });
}
function targetKey(t) {
    return t.port ? `${t.id}:${t.port}` : t.id;
}


/***/ }),

/***/ 2176:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./build/js/core/errors.js
var errors = __webpack_require__(9429);
// EXTERNAL MODULE: ./build/js/core/inputs.js
var core_inputs = __webpack_require__(4523);
// EXTERNAL MODULE: ./build/js/core/runner.js + 19 modules
var runner = __webpack_require__(451);
// EXTERNAL MODULE: ./build/js/core/shell.js
var shell = __webpack_require__(4910);
// EXTERNAL MODULE: ./build/js/core/time.js
var time = __webpack_require__(4015);
// EXTERNAL MODULE: ./build/js/github/report.js
var report = __webpack_require__(4516);
// EXTERNAL MODULE: ./build/js/github/summary.js
var summary = __webpack_require__(3644);
// EXTERNAL MODULE: ./build/js/routers/alb/config.js
var config = __webpack_require__(7891);
// EXTERNAL MODULE: ./build/js/routers/alb/targets.js
var alb_targets = __webpack_require__(5463);
;// CONCATENATED MODULE: ./build/js/routing/drift.js
const ATTRIBUTES = [
    "deregistration_delay.timeout_seconds",
    "stickiness.enabled",
    "stickiness.type",
    "stickiness.lb_cookie.duration_seconds",
    "slow_start.duration_seconds",
    "load_balancing.algorithm.type",
];
/** Every setting where the standby's target group differs from the active one's. */
function compareSettings(active, standby) {
    const pairs = [
        ["protocol", active.protocol, standby.protocol],
        ["port", active.port, standby.port],
        ["health check protocol", active.healthCheckProtocol, standby.healthCheckProtocol],
        ["health check path", active.healthCheckPath, standby.healthCheckPath],
        ["health check matcher", active.matcher, standby.matcher],
        ["health check interval (s)", active.intervalSeconds, standby.intervalSeconds],
        ["health check timeout (s)", active.timeoutSeconds, standby.timeoutSeconds],
        ["healthy threshold", active.healthyThreshold, standby.healthyThreshold],
        ["unhealthy threshold", active.unhealthyThreshold, standby.unhealthyThreshold],
        ...ATTRIBUTES.map((key) => [key, active.attributes[key], standby.attributes[key]]),
    ];
    return pairs
        .filter(([, a, s]) => String(a ?? "") !== String(s ?? ""))
        .map(([setting, a, s]) => ({ setting, active: String(a ?? "(unset)"), standby: String(s ?? "(unset)") }));
}

// EXTERNAL MODULE: ./build/js/routing/health.js
var routing_health = __webpack_require__(8561);
// EXTERNAL MODULE: ./build/js/routing/router.js + 1 modules
var routing_router = __webpack_require__(5224);
// EXTERNAL MODULE: ./build/js/routing/routes.js
var routing_routes = __webpack_require__(7109);
// EXTERNAL MODULE: ./build/js/routing/snapshot.js
var routing_snapshot = __webpack_require__(8523);
// EXTERNAL MODULE: ./build/js/routing/tags.js
var routing_tags = __webpack_require__(5530);
;// CONCATENATED MODULE: ./build/js/steps/deploy-standby.js















/** Prepares the standby: deploy, register, wait for health, check for drift, tag the version. */
const step = {
    name: "deploy-standby",
    readInputs: () => {
        const router = (0,config/* readRouterConfig */.a)();
        const version = (0,core_inputs/* readRequiredString */.nf)("version", "v1.4.2");
        if ((0,routing_tags/* tagValue */.EZ)(version) !== version) {
            throw (0,core_inputs/* inputError */.Xu)("version", `must fit an AWS tag (letters, digits, spaces and _ . : / = + - @, 256 at most), got ${JSON.stringify(version)}`, "v1.4.2");
        }
        return {
            router,
            version,
            deployCommand: (0,core_inputs/* readString */.E3)("deploy-command") || undefined,
            deployTimeoutMs: (0,core_inputs/* readDuration */.$7)("deploy-timeout", "30m", 6 * 3_600_000),
            register: (0,alb_targets/* readTargets */.R)("register-targets"),
            replaceTargets: (0,core_inputs/* readBoolean */.Vf)("replace-targets", false),
            minHealthy: (0,core_inputs/* readInteger */.JI)("min-healthy-targets", 1, { min: 0, max: 1000 }),
            healthTimeoutMs: (0,core_inputs/* readDuration */.$7)("health-timeout", "10m", 3 * 3_600_000),
            drift: (0,core_inputs/* readChoice */.Kf)("drift", ["fail", "warn", "off"], "warn"),
            dryRun: (0,core_inputs/* readBoolean */.Vf)("dry-run", false),
        };
    },
    async run(inputs, { lb }) {
        const { router } = inputs;
        const snapshot = await (0,routing_snapshot/* readSnapshot */.RA)(lb, router);
        const { active, standby } = (0,routing_snapshot/* settledColors */.w8)(snapshot, "deploy-standby");
        const standbyArn = router.targetGroups[standby];
        runner/* info */.pq(`Deploying ${inputs.version} to the standby, ${standby}; ${active} keeps the traffic.`);
        const drift = inputs.drift === "off" ? [] : await checkDrift(lb, router, active, standby, inputs.drift);
        const routes = new routing_router/* Router */.Ix(lb, router);
        if (inputs.dryRun) {
            const reference = routes.planReference(snapshot.state, standby);
            await routes.checkForwards(reference);
            runner/* info */.pq(`dry-run: true. Would run the deploy command: ${inputs.deployCommand ? "yes" : "no"}; register ${inputs.register.map(alb_targets/* targetKey */.h).join(", ") || "nothing"};${reference.length ? ` add ${standby} at weight 0 to the production forwards, since no route names it and ALB health-checks only target groups a rule uses;` : ""} wait for ${standby} to be healthy; tag ${routing_tags/* TAG */.Dk.version}=${inputs.version}.`);
            for (const change of reference) {
                runner/* info */.pq(`  would write ${(0,routing_routes/* routeName */.xG)(change.ref)}: ${(0,routing_routes/* formatForward */.ld)(change.before.weights, [active])} → ${(0,routing_routes/* formatWeights */.V7)(change.after)}`);
            }
            (0,report/* setCommonOutputs */.Et)(snapshot);
            return;
        }
        if (inputs.deployCommand) {
            const env = {
                CUTOVER_STANDBY_COLOR: standby,
                CUTOVER_STANDBY_TARGET_GROUP_ARN: standbyArn,
                CUTOVER_ACTIVE_COLOR: active,
                CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.targetGroups[active],
                CUTOVER_VERSION: inputs.version,
            };
            await (0,shell/* runCommand */.d)("deploy-command", inputs.deployCommand, env, inputs.deployTimeoutMs);
        }
        // A long deploy leaves time for another run to switch: never register onto a color with traffic.
        const now = await ensureStillStandby(routes, standby);
        if (inputs.register.length)
            await register(lb, standbyArn, inputs.register, inputs.replaceTargets);
        const referenced = await referenceStandby(routes, now, standby);
        const health = await (0,routing_health/* waitForHealthy */.SE)(() => lb.describeTargetHealth(standbyArn), standby, inputs.minHealthy, inputs.healthTimeoutMs);
        if (!health.ok) {
            const why = `${standby} is not healthy after ${(0,core_inputs/* formatDuration */.a3)(health.ms)} (health-timeout): ${health.problem} Not healthy: ${(0,routing_health/* describeTargets */.Eg)(health.serving.filter((t) => t.state !== "healthy"))}`;
            const details = [
                `Targets of ${standby} when the wait ended; nothing was tagged, and ${active} keeps the traffic:`,
                targetTable(health.targets),
            ];
            if (referenced.length) {
                const putBack = await routes.putBack(referenced.map((c) => c.before), why);
                throw new errors/* CutoverError */.DB(putBack.message, { details });
            }
            throw new errors/* CutoverError */.DB(`${why}.`, { details });
        }
        runner/* info */.pq(`${standby} is healthy after ${(0,core_inputs/* formatDuration */.a3)(health.ms)}: ${(0,routing_health/* describeTargets */.Eg)(health.targets)}`);
        const deployedAt = (0,time/* isoSeconds */.nE)(new Date());
        const stale = [routing_tags/* TAG */.Dk.retiredAt, routing_tags/* TAG */.Dk.tornDownAt, routing_tags/* TAG */.Dk.teardownStarted].filter((key) => key in snapshot.tags[standby]);
        await lb.addTags(standbyArn, {
            [routing_tags/* TAG */.Dk.color]: standby,
            [routing_tags/* TAG */.Dk.version]: inputs.version,
            [routing_tags/* TAG */.Dk.deployedAt]: deployedAt,
            [routing_tags/* TAG */.Dk.run]: (0,routing_tags/* runTag */.eZ)(),
        });
        // A freshly deployed standby is not a retired color: teardown must not take it for one.
        if (stale.length)
            await lb.removeTags(standbyArn, stale);
        runner/* info */.pq(`Tag ${standby} ${routing_tags/* TAG */.Dk.version}: ${snapshot.tags[standby][routing_tags/* TAG */.Dk.version] ?? "(none)"} → ${inputs.version}; ${routing_tags/* TAG */.Dk.deployedAt} → ${deployedAt}${stale.length ? `; removed ${stale.join(", ")}` : ""}`);
        const tags = {
            ...snapshot.tags,
            [standby]: { ...snapshot.tags[standby], [routing_tags/* TAG */.Dk.version]: inputs.version, [routing_tags/* TAG */.Dk.deployedAt]: deployedAt },
        };
        for (const key of stale)
            delete tags[standby][key];
        const after = { ...snapshot, tags, health: { [standby]: health } };
        (0,report/* setCommonOutputs */.Et)(after);
        runner/* setOutput */.uH("deployed-version", inputs.version);
        await (0,summary/* writeSummary */.Sy)(`cutover deploy-standby: ${inputs.version} on ${standby}`, after, [
            `Healthy after ${(0,core_inputs/* formatDuration */.a3)(health.ms)}: ${(0,routing_health/* describeTargets */.Eg)(health.targets)}`,
            drift.length
                ? `**Config drift between ${active} and ${standby}:**\n\n${driftTable(drift, active, standby)}`
                : inputs.drift === "off"
                    ? ""
                    : "No config drift between the two target groups.",
        ].filter(Boolean));
    },
};
async function ensureStillStandby(routes, standby) {
    const now = await routes.read();
    if ((0,routing_router/* productionRoutes */.y)(now).some((r) => r.weights[standby] > 0)) {
        throw new errors/* CutoverError */.DB(`${standby} took production traffic while it was being deployed (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}). Another run switched; nothing was registered or tagged.`);
    }
    return now;
}
/**
 * ALB health-checks a target group only while a rule forwards to it; a standby in no route stays
 * `unused` (Target.NotInUse) however long one waits. It joins the production forwards at weight 0,
 * which sends it no traffic; a failed write is put back.
 */
async function referenceStandby(routes, state, standby) {
    const changes = routes.planReference(state, standby);
    if (changes.length === 0)
        return [];
    runner/* info */.pq(`No route names ${standby}, so ALB does not health-check it (Target.NotInUse): adding it at weight 0 to the production forwards. It takes no traffic until the switch.`);
    try {
        await routes.apply(changes);
    }
    catch (error) {
        if (!(error instanceof routing_router/* RouteWriteError */.t2))
            throw error;
        throw await routes.putBack(error.written.map((c) => c.before), error.message);
    }
    return changes;
}
async function register(lb, arn, targets, replace) {
    const before = await lb.describeTargetHealth(arn);
    const standby = `The standby keeps ${(0,routing_health/* describeTargets */.Eg)(before)}; the active color was not touched.`;
    runner/* info */.pq(`RegisterTargets on the standby: ${targets.map(alb_targets/* targetKey */.h).join(", ")}`);
    await lb.registerTargets(arn, targets).catch((error) => {
        throw new errors/* CutoverError */.DB(`RegisterTargets on the standby failed: ${(0,errors/* describeError */.Uc)(error)} ${standby} Nothing was tagged.`);
    });
    if (!replace)
        return;
    const wanted = new Set(targets.map(alb_targets/* targetKey */.h));
    const stale = before.filter((t) => t.state !== "draining" && !wanted.has((0,alb_targets/* targetKey */.h)(t)) && !wanted.has(t.id));
    if (stale.length === 0)
        return;
    runner/* info */.pq(`DeregisterTargets on the standby (replace-targets): ${stale.map((t) => (0,alb_targets/* targetKey */.h)(t)).join(", ")}`);
    await lb
        .deregisterTargets(arn, stale.map((t) => ({ id: t.id, port: t.port })))
        .catch((error) => {
        throw new errors/* CutoverError */.DB(`DeregisterTargets on the standby (replace-targets) failed: ${(0,errors/* describeError */.Uc)(error)} The new targets ${targets.map(alb_targets/* targetKey */.h).join(", ")} are registered next to the old ones (${stale.map(alb_targets/* targetKey */.h).join(", ")}), which may be partly deregistered; the active color was not touched. Nothing was tagged; re-run deploy-standby.`);
    });
}
async function checkDrift(lb, router, active, standby, mode) {
    const [a, s] = await Promise.all([
        lb.describeTargetGroupSettings(router.targetGroups[active]),
        lb.describeTargetGroupSettings(router.targetGroups[standby]),
    ]);
    const drift = compareSettings(a, s);
    if (drift.length === 0) {
        runner/* info */.pq(`No config drift between ${active} and ${standby}.`);
        return drift;
    }
    const lines = drift.map((d) => `${d.setting}: ${active} ${d.active}, ${standby} ${d.standby}`).join("; ");
    if (mode === "fail")
        throw new errors/* CutoverError */.DB(`The standby's target group drifted from the active one's (drift: fail): ${lines}. Nothing was deployed.`);
    runner/* warning */.$e(`The standby's target group drifted from the active one's: ${lines}`);
    return drift;
}
function targetTable(targets) {
    return (0,report/* table */.tp)(["Target", "State", "Reason", "Description"], targets.map((t) => [t.port ? `${t.id}:${t.port}` : t.id, t.state, t.reason ?? "", t.description ?? ""]));
}
function driftTable(drift, active, standby) {
    return (0,report/* table */.tp)(["Setting", `${active} (active)`, `${standby} (standby)`], drift.map((d) => [d.setting, d.active, d.standby]));
}


/***/ })

};
