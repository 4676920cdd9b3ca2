export const id = 878;
export const ids = [878];
export const modules = {

/***/ 410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   SE: () => (/* binding */ waitForHealthy),
/* harmony export */   u7: () => (/* binding */ judgeHealth)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8229);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1889);



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
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(waiting)}; ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(timeoutMs - ms)} left.`);
            nextProgress += 5_000;
        }
        await (0,_time_js__WEBPACK_IMPORTED_MODULE_2__/* .sleep */ .yy)(Math.min(pollMs, Math.max(0, timeoutMs - ms)));
    }
}


/***/ }),

/***/ 2102:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ readRouterConfig)
/* harmony export */ });
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);

/** Reads and cross-checks the inputs that every step shares: the routes and the two colors. */
function readRouterConfig() {
    const listener = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("listener-arn", "listener");
    const rules = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("rule-arns", "listener-rule");
    const testListener = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArn */ .MD)("test-listener-arn", "listener");
    const testRules = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readArnList */ ._m)("test-rule-arns", "listener-rule");
    const blue = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("blue-target-group-arn", "targetgroup");
    const green = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredArn */ .fO)("green-target-group-arn", "targetgroup");
    const regionInput = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRegion */ .XP)("aws-region");
    const verifyTimeoutMs = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("verify-timeout", "60s", 15 * 60_000);
    const maxAttempts = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readInteger */ .JI)("max-attempts", 5, { min: 1, max: 20 });
    if (!listener && rules.length === 0) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("listener-arn", "is required when rule-arns is empty: name the production listener, its rules, or both", "arn:aws:elasticloadbalancing:us-east-1:123456789012:listener/app/my-alb/50dc6c495c0c9188/f2f7dc8efc522ab2");
    }
    if (blue.value === green.value) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("green-target-group-arn", "must differ from blue-target-group-arn", "the ARN of a second target group");
    }
    const routes = [
        ...(listener ? [route("listener", "production", listener, "listener-arn")] : []),
        ...rules.map((arn) => route("rule", "production", arn, "rule-arns")),
        ...(testListener ? [route("listener", "test", testListener, "test-listener-arn")] : []),
        ...testRules.map((arn) => route("rule", "test", arn, "test-rule-arns")),
    ];
    checkNoRouteTwice(routes);
    const region = resolveRegion(regionInput, [blue, green, listener, testListener, ...rules, ...testRules]);
    return { region, targetGroups: { blue: blue.value, green: green.value }, routes, verifyTimeoutMs, maxAttempts };
}
function route(kind, role, arn, input) {
    return { kind, role, arn: arn.value, input };
}
function checkNoRouteTwice(routes) {
    const seen = new Map();
    for (const r of routes) {
        const earlier = seen.get(r.arn);
        if (earlier) {
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)(r.input, `names ${r.arn}, which ${earlier.input} names already`, "a route listed once only");
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
            throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("blue-target-group-arn", `and the routes must be in one account and region: ${first.value} is in ${first.account}/${first.region}, ${arn.value} is in ${arn.account}/${arn.region}`, "ARNs from the same load balancer's account and region");
        }
    }
    if (input && input !== first.region) {
        throw (0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .inputError */ .Xu)("aws-region", `is ${input}, but the ARNs are in ${first.region}`, first.region);
    }
    return first.region;
}


/***/ }),

/***/ 4797:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ix: () => (/* binding */ Router),
/* harmony export */   Ms: () => (/* binding */ RouterChangedError),
/* harmony export */   PP: () => (/* binding */ testRouteProblem),
/* harmony export */   oK: () => (/* binding */ describeRoutes),
/* harmony export */   t2: () => (/* binding */ RouteWriteError),
/* harmony export */   y: () => (/* binding */ productionRoutes)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1889);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1054);






/** Some route writes failed or never showed; `written` are the ones ELBv2 accepted. */
class RouteWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouteWriteError";
    written;
    constructor(message, written) {
        super(message);
        this.written = written;
    }
}
/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
class RouterChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB {
    name = "RouterChangedError";
}
const POLL_MS = 1_000;
const PROGRESS_MS = 5_000;
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
/** Reads and writes the weights of every configured route as one unit. */
class Router {
    #lb;
    #config;
    constructor(lb, config) {
        this.#lb = lb;
        this.#config = config;
    }
    async read() {
        const actions = await this.#readActions(this.#config.routes);
        const routes = this.#config.routes.map((ref) => {
            const list = actions.get(ref.arn) ?? [];
            return { ref, actions: list, weights: (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(ref, list, this.#config.targetGroups) };
        });
        const production = routes.filter((r) => r.ref.role === "production");
        const first = production[0].weights;
        const agreed = production.every((r) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameSplit */ .xY)(r.weights, first));
        return { routes, production: agreed ? first : undefined, active: agreed ? (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .soleColor */ .Nl)(first) : undefined };
    }
    /** The changes that put production routes on `production` and test routes on `test`. */
    plan(state, production, test) {
        return state.routes
            .map((before) => ({ ref: before.ref, before, after: before.ref.role === "production" ? production : test }))
            .filter((change) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(change.before.weights, change.after));
    }
    /**
     * Writes every change in parallel, then reads back until ELBv2 shows them all. On any failure it
     * throws a RouteWriteError naming the routes it did write, so the caller can put them back.
     */
    async apply(changes, options = {}) {
        if (changes.length === 0)
            return;
        for (const change of changes) {
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`${writeName(change.ref)} ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(change.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(change.before.weights)} → ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(change.after)}`);
        }
        const results = await Promise.allSettled(changes.map((c) => this.#write(c.ref, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .withWeights */ .cY)(c.before.actions, this.#config.targetGroups, c.after, options))));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            throw new RouteWriteError(`Writing the new weights failed on ${failures.join("; ")}`, written);
        }
        const lagging = await this.#waitUntilShown(changes);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ");
            const timeout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
            throw new RouteWriteError(`ELBv2 still did not show the new weights on ${names} after ${timeout} (verify-timeout)`, changes);
        }
    }
    /** Writes each route back as it was read at the start, then says exactly where every route stands. */
    async putBack(baseline, what) {
        const results = await Promise.allSettled(baseline.map((r) => this.#write(r.ref, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .writable */ .T5)(r.actions))));
        const stuck = baseline.filter((_, i) => results[i]?.status === "rejected");
        for (const [i, route] of baseline.entries()) {
            const result = results[i];
            if (result?.status === "fulfilled")
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(route.weights)}`);
            else
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .error */ .z3(`Could not put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(result?.reason)}`);
        }
        const now = await this.read().then((state) => `Routes now: ${describeRoutes(state.routes)}.`, (error) => `The routes could not be read back (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); check them in the console.`);
        if (stuck.length === 0) {
            const verdict = `${what}. Every route was put back as it was before this run.`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${verdict} ${now}`, { outcome: "reverted", verdict });
        }
        const fix = stuck.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${now} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
    }
    async #readActions(refs) {
        const listeners = refs.filter((r) => r.kind === "listener").map((r) => r.arn);
        const rules = refs.filter((r) => r.kind === "rule").map((r) => r.arn);
        const [a, b] = await Promise.all([
            listeners.length ? this.#lb.describeListenerActions(listeners) : new Map(),
            rules.length ? this.#lb.describeRuleActions(rules) : new Map(),
        ]);
        return new Map([...a, ...b]);
    }
    #write(ref, actions) {
        return ref.kind === "listener"
            ? this.#lb.modifyListenerActions(ref.arn, actions)
            : this.#lb.modifyRuleActions(ref.arn, actions);
    }
    /** ELBv2 is eventually consistent: a write it accepted may not show in the next describe. */
    async #waitUntilShown(changes) {
        const deadline = Date.now() + this.#config.verifyTimeoutMs;
        let nextProgress = Date.now() + PROGRESS_MS;
        let lagging = changes;
        for (;;) {
            const actions = await this.#readActions(lagging.map((c) => c.ref));
            const shown = new Map(lagging.map((c) => [c, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .readWeights */ .oQ)(c.ref, actions.get(c.ref.arn) ?? [], this.#config.targetGroups)]));
            // Eventual consistency shows the old weights or the new ones; anything else is another writer.
            const foreign = lagging.find((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after) && !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.before.weights));
            if (foreign) {
                throw new RouterChangedError(`The router changed under this run: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(foreign.ref)} shows ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(shown.get(foreign))}, neither ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.before.weights)} nor the ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(foreign.after)} just written. Another run or a person is moving it; this run stops without writing more.`);
            }
            lagging = lagging.filter((c) => !(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .sameWeights */ .ML)(shown.get(c), c.after));
            if (lagging.length === 0) {
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Read back: all ${changes.length} route(s) show the new weights.`);
                return [];
            }
            if (Date.now() >= deadline)
                return lagging;
            if (Date.now() >= nextProgress) {
                const left = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(deadline - Date.now());
                _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Waiting for ELBv2 to show the new weights on ${lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ")}; ${left} left.`);
                nextProgress += PROGRESS_MS;
            }
            await (0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
        }
    }
}
function writeName(ref) {
    return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
}


/***/ }),

/***/ 5976:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d: () => (/* binding */ runCommand)
/* harmony export */ });
/* unused harmony export CANCEL_GRACE_MS */
/* harmony import */ var node_child_process__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1421);
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6257);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8229);




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
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Running ${label} (timeout ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(timeoutMs)}), with ${Object.keys(env).join(", ")}`);
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
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .error */ .z3(`${label} is still running after ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(timeoutMs)}; stopping it.`);
        stopThenKill("SIGTERM", KILL_GRACE_MS);
    }, timeoutMs));
    const onSignal = (signal) => {
        if (cancelledBy)
            return stop(signal);
        cancelledBy = signal;
        _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`${signal} received: passing it to ${label}, which is killed in ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(CANCEL_GRACE_MS)} unless it exits.`);
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
    const took = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(Date.now() - started);
    if (cancelledBy)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`The run was cancelled (${cancelledBy}) while ${label} ran; it was stopped after ${took}.`);
    if (timedOut)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${label} did not finish within ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .formatDuration */ .a3)(timeoutMs)} and was stopped.`);
    if (code !== 0)
        throw new _errors_js__WEBPACK_IMPORTED_MODULE_2__/* .CutoverError */ .DB(`${label} exited with ${code ?? "a signal"} after ${took}; see its output above.`);
    _actions_core__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`${label} finished after ${took}.`);
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

/***/ 4380:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RA: () => (/* binding */ readSnapshot),
/* harmony export */   RK: () => (/* binding */ readColorTags),
/* harmony export */   f2: () => (/* binding */ readSnapshotWithHealth),
/* harmony export */   w8: () => (/* binding */ settledColors)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2027);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(410);
/* harmony import */ var _router_router_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4797);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5346);





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

/***/ 9878:
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
var js_color = __webpack_require__(1273);
// EXTERNAL MODULE: ./build/js/errors.js
var errors = __webpack_require__(2027);
// EXTERNAL MODULE: ./build/js/health.js
var health = __webpack_require__(410);
// EXTERNAL MODULE: ./build/js/inputs.js
var inputs = __webpack_require__(8229);
// EXTERNAL MODULE: ./build/js/report.js
var report = __webpack_require__(978);
// EXTERNAL MODULE: ./build/js/router/config.js
var config = __webpack_require__(2102);
// EXTERNAL MODULE: ./build/js/router/router.js
var router_router = __webpack_require__(4797);
// EXTERNAL MODULE: ./build/js/shell.js
var shell = __webpack_require__(5976);
// EXTERNAL MODULE: ./build/js/snapshot.js
var js_snapshot = __webpack_require__(4380);
// EXTERNAL MODULE: ./build/js/summary.js
var summary = __webpack_require__(5346);
// EXTERNAL MODULE: ./build/js/tags.js
var js_tags = __webpack_require__(6437);
;// CONCATENATED MODULE: ./build/js/teardown.js




/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
function idleColors(state) {
    const production = state.routes.filter((r) => r.ref.role === "production");
    return js_color/* COLORS */.l.filter((color) => production.every((r) => r.weights[color] === 0));
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
    const retired = t[js_tags/* TAG */.Dk.retiredAt];
    const deployed = t[js_tags/* TAG */.Dk.deployedAt];
    const tornDown = (0,report/* tornDownAt */.PX)(t);
    if (tornDown) {
        return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
    }
    if (!retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} has no ${js_tags/* TAG */.Dk.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
        };
    }
    const retiredAt = Date.parse(retired);
    if (Number.isNaN(retiredAt))
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color}'s ${js_tags/* TAG */.Dk.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
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

// EXTERNAL MODULE: ./build/js/time.js
var time = __webpack_require__(1889);
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
        const snapshot = await (0,js_snapshot/* readSnapshot */.RA)(lb, router);
        const decision = decideTeardown(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now());
        (0,report/* setCommonOutputs */.Et)(snapshot);
        core/* setOutput */.uH("torn-down", "false");
        if (!decision.act) {
            if (decision.refuse)
                throw new errors/* CutoverError */.DB(`teardown refuses to act: ${decision.detail} (${(0,router_router/* describeRoutes */.oK)((0,router_router/* productionRoutes */.y)(snapshot.state))}).`);
            core/* info */.pq(`Nothing to tear down: ${decision.detail}.`);
            await (0,summary/* writeSummary */.Sy)("cutover teardown: nothing to do", snapshot, [decision.detail]);
            return;
        }
        const color = decision.color;
        const arn = router.targetGroups[color];
        core/* info */.pq(`Tearing down ${color}: ${decision.detail}.`);
        const targets = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "draining" && t.state !== "unused");
        if (inputs.dryRun) {
            core/* info */.pq(`dry-run: true. Would deregister ${inputs.deregister ? (0,health/* describeTargets */.Eg)(targets) : "nothing"}${inputs.command ? ", run the teardown command" : ""}, and tag ${js_tags/* TAG */.Dk.tornDownAt}.`);
            await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail]);
            return;
        }
        if (inputs.deregister && targets.length) {
            await ensureIdle(lb, router, color);
            core/* info */.pq(`DeregisterTargets on ${color}: ${(0,health/* describeTargets */.Eg)(targets)}`);
            await lb.deregisterTargets(arn, targets.map((t) => ({ id: t.id, port: t.port })));
            await waitForDrain(lb, arn, color, inputs.drainTimeoutMs);
        }
        if (inputs.command) {
            await ensureIdle(lb, router, color);
            const env = {
                CUTOVER_TEARDOWN_COLOR: color,
                CUTOVER_STANDBY_COLOR: color,
                CUTOVER_STANDBY_TARGET_GROUP_ARN: arn,
                CUTOVER_ACTIVE_COLOR: (0,js_color/* otherColor */.I)(color),
                CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.targetGroups[(0,js_color/* otherColor */.I)(color)],
                CUTOVER_VERSION: snapshot.tags[color][js_tags/* TAG */.Dk.version] ?? "",
            };
            await (0,shell/* runCommand */.d)("teardown-command", inputs.command, env, inputs.commandTimeoutMs);
        }
        const tornDownAt = (0,time/* isoSeconds */.nE)(new Date());
        await lb.addTags(arn, { [js_tags/* TAG */.Dk.tornDownAt]: tornDownAt, [js_tags/* TAG */.Dk.run]: (0,js_tags/* runTag */.eZ)() });
        core/* info */.pq(`Tag ${color} ${js_tags/* TAG */.Dk.tornDownAt}: (none) → ${tornDownAt}`);
        core/* setOutput */.uH("torn-down", "true");
        core/* setOutput */.uH("torn-down-color", color);
        const deregistered = inputs.deregister ? targets : [];
        const after = { ...snapshot, tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [js_tags/* TAG */.Dk.tornDownAt]: tornDownAt } } };
        await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} torn down`, after, [
            `**Torn down:** ${decision.detail}.`,
            deregistered.length ? `Deregistered from ${color}: ${(0,health/* describeTargets */.Eg)(deregistered)}.` : "",
            inputs.command ? `teardown-command ran for ${color}.` : "",
            sideBySide(snapshot.tags, color, tornDownAt),
        ]);
    },
};
/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(lb, router, color) {
    const now = await new router_router/* Router */.Ix(lb, router).read();
    if ((0,router_router/* productionRoutes */.y)(now).some((r) => r.weights[color] > 0)) {
        throw new errors/* CutoverError */.DB(`${color} has production traffic again (${(0,router_router/* describeRoutes */.oK)((0,router_router/* productionRoutes */.y)(now))}): someone switched while teardown ran. It stopped without touching ${color}.`);
    }
}
async function waitForDrain(lb, arn, color, timeoutMs) {
    const started = Date.now();
    let nextProgress = started + PROGRESS_MS;
    for (;;) {
        const left = (await lb.describeTargetHealth(arn)).filter((t) => t.state !== "unused");
        if (left.length === 0) {
            core/* info */.pq(`${color} drained after ${(0,inputs/* formatDuration */.a3)(Date.now() - started)}.`);
            return;
        }
        if (Date.now() - started >= timeoutMs) {
            throw new errors/* CutoverError */.DB(`${color} is still draining after ${(0,inputs/* formatDuration */.a3)(timeoutMs)} (drain-timeout): ${(0,health/* describeTargets */.Eg)(left)}.`);
        }
        if (Date.now() >= nextProgress) {
            core/* info */.pq(`Waiting for ${color} to drain: ${(0,health/* describeTargets */.Eg)(left)}; ${(0,inputs/* formatDuration */.a3)(timeoutMs - (Date.now() - started))} left.`);
            nextProgress += PROGRESS_MS;
        }
        await (0,time/* sleep */.yy)(1_000);
    }
}
/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags, color, tornDownAt) {
    const rolledBackAt = tags[color][js_tags/* TAG */.Dk.rollbackReason] ? tags[color][js_tags/* TAG */.Dk.retiredAt] : undefined;
    if (rolledBackAt) {
        return `The rolled-back release stayed up for ${(0,inputs/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
    }
    const since = tags[(0,js_color/* otherColor */.I)(color)][js_tags/* TAG */.Dk.deployedAt] ?? tags[color][js_tags/* TAG */.Dk.retiredAt];
    if (!since)
        return "";
    return `Both colors ran side by side for ${(0,inputs/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}


/***/ }),

/***/ 1889:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
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


/***/ })

};
