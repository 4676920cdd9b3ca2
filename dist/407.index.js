export const id = 407;
export const ids = [407];
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

/***/ 7994:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ refuseTornDownTarget),
/* harmony export */   VS: () => (/* binding */ teardownMarkValue),
/* harmony export */   fC: () => (/* binding */ markWrite),
/* harmony export */   uD: () => (/* binding */ lastWriter)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4747);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9429);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4523);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(451);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(4015);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5530);






/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;
/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
async function markWrite(lb, arn, what) {
    const value = `${what} by ${(0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .runTag */ .eZ)()} at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())}`;
    try {
        await lb.addTags(arn, { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.lastWrite]: value });
    }
    catch (error) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not record this run in the ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.lastWrite} tag: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}`);
    }
}
/** The newest `cutover:last-write` of the two colors: who moved the router last. */
function lastWriter(tags) {
    const marks = _core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .l.map((c) => tags[c][_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.lastWrite]).filter((v) => Boolean(v));
    const at = (v) => v.slice(v.lastIndexOf(" at ") + 4);
    return marks.sort((a, b) => at(b).localeCompare(at(a)))[0];
}
function teardownMarkValue() {
    return `${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())} ${(0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .runTag */ .eZ)()}`;
}
/** Refuses to move traffic onto a color that a teardown has started on, unless the mark is stale. */
function refuseTornDownTarget(tags, target, now = Date.now()) {
    const mark = tags[target][_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted];
    if (!mark)
        return;
    const [at = "", run = "an unknown run"] = mark.split(" ");
    const age = now - Date.parse(at);
    if (!(age < TEARDOWN_MARK_FRESH_MS)) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${target} carries a ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted} mark from ${at} (${run}), older than ${(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`);
        return;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`A teardown of ${target} started ${(0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(Math.max(0, age))} ago (${run}, tag ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted}): its targets may be deregistering, so no traffic moves to ${target}. Nothing was written. Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove the tag ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted} from ${target}'s target group.`);
}


/***/ }),

/***/ 2407:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ step)
});

// EXTERNAL MODULE: ./build/js/core/color.js
var core_color = __webpack_require__(4747);
// EXTERNAL MODULE: ./build/js/core/errors.js
var errors = __webpack_require__(9429);
// EXTERNAL MODULE: ./build/js/core/inputs.js
var inputs = __webpack_require__(4523);
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
// EXTERNAL MODULE: ./build/js/routing/health.js
var health = __webpack_require__(8561);
// EXTERNAL MODULE: ./build/js/routing/ledger.js
var ledger = __webpack_require__(7994);
// EXTERNAL MODULE: ./build/js/routing/router.js + 1 modules
var routing_router = __webpack_require__(5224);
// EXTERNAL MODULE: ./build/js/routing/snapshot.js
var routing_snapshot = __webpack_require__(8523);
// EXTERNAL MODULE: ./build/js/routing/tags.js
var routing_tags = __webpack_require__(5530);
;// CONCATENATED MODULE: ./build/js/routing/teardown.js




/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
function idleColors(state) {
    const production = state.routes.filter((r) => r.ref.role === "production");
    return core_color/* COLORS */.l.filter((color) => production.every((r) => r.weights[color] === 0));
}
/**
 * Whether teardown may act, and on which color. It acts only on a color with no production
 * weight, retired for longer than the TTL, and not torn down already; anything it cannot be sure
 * of is skipped, never guessed at.
 */
function decideTeardown(state, tags, ttlMs, now) {
    const [color, other] = idleColors(state);
    if (!color || other) {
        return { act: false, refuse: true, detail: "the router is shifting or its routes disagree, so no color is surely idle" };
    }
    const t = tags[color];
    const retired = t[routing_tags/* TAG */.Dk.retiredAt];
    const deployed = t[routing_tags/* TAG */.Dk.deployedAt];
    const tornDown = (0,report/* tornDownAt */.PX)(t);
    if (tornDown) {
        return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
    }
    if (!retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} has no ${routing_tags/* TAG */.Dk.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
        };
    }
    const retiredAt = Date.parse(retired);
    if (Number.isNaN(retiredAt))
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color}'s ${routing_tags/* TAG */.Dk.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
        };
    if (deployed && deployed > retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} holds a release deployed at ${deployed}, after it was retired at ${retired}; it is left alone`,
        };
    }
    const age = now - retiredAt;
    if (age < ttlMs) {
        const due = new Date(retiredAt + ttlMs).toISOString();
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} was retired ${(0,inputs/* formatDuration */.a3)(age)} ago; the ttl of ${(0,inputs/* formatDuration */.a3)(ttlMs)} ends at ${due}`,
        };
    }
    return {
        act: true,
        color,
        detail: `${color} was retired ${(0,inputs/* formatDuration */.a3)(age)} ago, longer than the ttl of ${(0,inputs/* formatDuration */.a3)(ttlMs)}`,
    };
}

;// CONCATENATED MODULE: ./build/js/steps/teardown.js
















const PROGRESS_MS = 5_000;
/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
const step = {
    name: "teardown",
    readInputs: () => ({
        router: (0,config/* readRouterConfig */.a)(),
        ttlMs: (0,inputs/* readDuration */.$7)("ttl", "24h", 365 * 24 * 3_600_000),
        deregister: (0,inputs/* readBoolean */.Vf)("deregister-targets", true),
        command: (0,inputs/* readString */.E3)("teardown-command") || undefined,
        commandTimeoutMs: (0,inputs/* readDuration */.$7)("teardown-timeout", "30m", 6 * 3_600_000),
        drainTimeoutMs: (0,inputs/* readDuration */.$7)("drain-timeout", "15m", 3 * 3_600_000),
        dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
    }),
    async run(inputs, { lb }) {
        const { router } = inputs;
        const snapshot = await (0,routing_snapshot/* readSnapshot */.RA)(lb, router);
        const decision = decideTeardown(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now());
        (0,report/* setCommonOutputs */.Et)(snapshot);
        runner/* setOutput */.uH("torn-down", "false");
        if (!decision.act) {
            if (decision.refuse)
                throw new errors/* CutoverError */.DB(`teardown refuses to act: ${decision.detail} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(snapshot.state))}).`);
            runner/* info */.pq(`Nothing to tear down: ${decision.detail}.`);
            await (0,summary/* writeSummary */.Sy)("cutover teardown: nothing to do", snapshot, [decision.detail]);
            return;
        }
        const color = decision.color;
        const arn = router.targetGroups[color];
        runner/* info */.pq(`Tearing down ${color}: ${decision.detail}.`);
        const targets = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "draining" && t.state !== "unused");
        if (inputs.dryRun) {
            runner/* info */.pq(`dry-run: true. Would deregister ${inputs.deregister ? (0,health/* describeTargets */.Eg)(targets) : "nothing"}${inputs.command ? ", run the teardown command" : ""}, and tag ${routing_tags/* TAG */.Dk.tornDownAt}.`);
            await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail]);
            return;
        }
        if (inputs.deregister && targets.length) {
            await ensureIdle(lb, router, color);
            // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
            await markTeardown(lb, arn, color);
            await ensureIdle(lb, router, color).catch(async (error) => {
                await lb.removeTags(arn, [routing_tags/* TAG */.Dk.teardownStarted]).catch(() => undefined);
                throw error;
            });
            runner/* info */.pq(`DeregisterTargets on ${color}: ${(0,health/* describeTargets */.Eg)(targets)}`);
            await lb.deregisterTargets(arn, targets).catch((error) => {
                throw new errors/* CutoverError */.DB(`DeregisterTargets on ${color} failed: ${(0,errors/* describeError */.Uc)(error)} Its targets may be partly deregistered; ${color} carries no production traffic and keeps the ${routing_tags/* TAG */.Dk.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`);
            });
            await putBackIfSwitched(lb, router, color, targets);
            await waitForDrain(lb, arn, color, inputs.drainTimeoutMs);
        }
        if (inputs.command) {
            if (!(inputs.deregister && targets.length))
                await markTeardown(lb, arn, color);
            await ensureIdle(lb, router, color);
            const env = {
                CUTOVER_TEARDOWN_COLOR: color,
                CUTOVER_STANDBY_COLOR: color,
                CUTOVER_STANDBY_TARGET_GROUP_ARN: arn,
                CUTOVER_ACTIVE_COLOR: (0,core_color/* otherColor */.I)(color),
                CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.targetGroups[(0,core_color/* otherColor */.I)(color)],
                CUTOVER_VERSION: snapshot.tags[color][routing_tags/* TAG */.Dk.version] ?? "",
            };
            await (0,shell/* runCommand */.d)("teardown-command", inputs.command, env, inputs.commandTimeoutMs);
        }
        const tornDownAt = (0,time/* isoSeconds */.nE)(new Date());
        runner/* setOutput */.uH("torn-down", "true");
        runner/* setOutput */.uH("torn-down-color", color);
        await recordTornDown(lb, arn, color, tornDownAt);
        const deregistered = inputs.deregister ? targets : [];
        const after = { ...snapshot, tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [routing_tags/* TAG */.Dk.tornDownAt]: tornDownAt } } };
        await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} torn down`, after, [
            `**Torn down:** ${decision.detail}.`,
            deregistered.length ? `Deregistered from ${color}: ${(0,health/* describeTargets */.Eg)(deregistered)}.` : "",
            inputs.command ? `teardown-command ran for ${color}.` : "",
            sideBySide(snapshot.tags, color, tornDownAt),
        ]);
    },
};
/** Before deregistering, the ledger says a teardown is under way: switch and rollback refuse the color. */
async function markTeardown(lb, arn, color) {
    await lb.addTags(arn, { [routing_tags/* TAG */.Dk.teardownStarted]: (0,ledger/* teardownMarkValue */.VS)() }).catch((error) => {
        throw new errors/* CutoverError */.DB(`Could not mark ${color} as being torn down (${(0,errors/* describeError */.Uc)(error)}); nothing was deregistered.`);
    });
}
/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being deregistered: then its targets are registered again and the step fails loudly.
 */
async function putBackIfSwitched(lb, router, color, targets) {
    const now = await new routing_router/* Router */.Ix(lb, router).read();
    if (!(0,routing_router/* productionRoutes */.y)(now).some((r) => r.weights[color] > 0))
        return;
    const arn = router.targetGroups[color];
    const registered = await lb.registerTargets(arn, targets).then(() => `its targets were registered again (${targets.map(alb_targets/* targetKey */.h).join(", ")})`, (error) => `registering its targets again FAILED (${(0,errors/* describeError */.Uc)(error)}): register ${targets.map(alb_targets/* targetKey */.h).join(", ")} by hand`);
    await lb.removeTags(arn, [routing_tags/* TAG */.Dk.teardownStarted]).catch(() => undefined);
    throw new errors/* CutoverError */.DB(`${color} gained production traffic while teardown deregistered it (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}): another run switched. ${registered}; check status and the switch that ran.`);
}
/** The targets are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(lb, arn, color, tornDownAt) {
    try {
        await lb.addTags(arn, { [routing_tags/* TAG */.Dk.tornDownAt]: tornDownAt, [routing_tags/* TAG */.Dk.run]: (0,routing_tags/* runTag */.eZ)() });
        runner/* info */.pq(`Tag ${color} ${routing_tags/* TAG */.Dk.tornDownAt}: (none) → ${tornDownAt}`);
        await lb.removeTags(arn, [routing_tags/* TAG */.Dk.teardownStarted]);
    }
    catch (error) {
        throw new errors/* CutoverError */.DB(`${color} is torn down (its targets are deregistered; it carries no production traffic), but recording it failed: ${(0,errors/* describeError */.Uc)(error)} Its ${routing_tags/* TAG */.Dk.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${routing_tags/* TAG */.Dk.tornDownAt}.`);
    }
}
/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(lb, router, color) {
    const now = await new routing_router/* Router */.Ix(lb, router).read();
    if ((0,routing_router/* productionRoutes */.y)(now).some((r) => r.weights[color] > 0)) {
        throw new errors/* CutoverError */.DB(`${color} has production traffic again (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}): someone switched while teardown ran. It stopped without touching ${color}.`);
    }
}
async function waitForDrain(lb, arn, color, timeoutMs) {
    const started = Date.now();
    let nextProgress = started + PROGRESS_MS;
    for (;;) {
        const left = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "unused");
        if (left.length === 0) {
            runner/* info */.pq(`${color} drained after ${(0,inputs/* formatDuration */.a3)(Date.now() - started)}.`);
            return;
        }
        if (Date.now() - started >= timeoutMs) {
            throw new errors/* CutoverError */.DB(`${color} is still draining after ${(0,inputs/* formatDuration */.a3)(timeoutMs)} (drain-timeout): ${(0,health/* describeTargets */.Eg)(left)}.`);
        }
        if (Date.now() >= nextProgress) {
            runner/* info */.pq(`Waiting for ${color} to drain: ${(0,health/* describeTargets */.Eg)(left)}; ${(0,inputs/* formatDuration */.a3)(timeoutMs - (Date.now() - started))} left.`);
            nextProgress += PROGRESS_MS;
        }
        await (0,time/* sleep */.yy)(1_000);
    }
}
/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags, color, tornDownAt) {
    const rolledBackAt = tags[color][routing_tags/* TAG */.Dk.rollbackReason] ? tags[color][routing_tags/* TAG */.Dk.retiredAt] : undefined;
    if (rolledBackAt) {
        return `The rolled-back release stayed up for ${(0,inputs/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
    }
    const since = tags[(0,core_color/* otherColor */.I)(color)][routing_tags/* TAG */.Dk.deployedAt] ?? tags[color][routing_tags/* TAG */.Dk.retiredAt];
    if (!since)
        return "";
    return `Both colors ran side by side for ${(0,inputs/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}


/***/ })

};
