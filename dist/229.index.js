export const id = 229;
export const ids = [229];
export const modules = {

/***/ 410:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Eg: () => (/* binding */ describeTargets),
/* harmony export */   SE: () => (/* binding */ waitForHealthy),
/* harmony export */   u7: () => (/* binding */ judgeHealth)
/* harmony export */ });
/* unused harmony export describeTarget */
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8229);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1557);
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
            _runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Waiting for ${color} to be healthy: ${verdict.healthy}/${Math.max(minHealthy, verdict.serving.length)} healthy; not yet: ${describeTargets(waiting)}; ${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs - ms)} left.`);
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
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2027);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8229);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1557);
/* harmony import */ var _time_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1889);
/* harmony import */ var _routes_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1054);






/** Some route writes failed or never showed; `written` are the ones ELBv2 accepted. */
class RouteWriteError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB {
    name = "RouteWriteError";
    written;
    constructor(message, written) {
        super(message);
        this.written = written;
    }
}
/** Someone else wrote the routes while this run was moving them: stop, and do not fight them. */
class RouterChangedError extends _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB {
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
    async apply(changes, options = {}) {
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
        const results = await Promise.allSettled(changes.map((c, i) => this.#write(c.ref, writes[i])));
        const failures = results.flatMap((r, i) => r.status === "rejected" ? [`${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(changes[i].ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(r.reason)}`] : []);
        if (failures.length > 0) {
            const written = changes.filter((_, i) => results[i]?.status === "fulfilled");
            throw new RouteWriteError(`Writing the new weights failed on ${failures.join("; ")}`, written);
        }
        const lagging = await this.#waitUntilShown(changes, writes);
        if (lagging.length > 0) {
            const names = lagging.map((c) => (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(c.ref)).join(", ");
            const timeout = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .formatDuration */ .a3)(this.#config.verifyTimeoutMs);
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
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(route.weights)}`);
            else
                _runner_js__WEBPACK_IMPORTED_MODULE_2__/* .error */ .z3(`Could not put back ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(route.ref)}: ${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(result?.reason)}`);
        }
        const now = await this.read().then((state) => `Routes now: ${describeRoutes(state.routes)}.`, (error) => `The routes could not be read back (${(0,_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .describeError */ .Uc)(error)}); check them in the console.`);
        if (stuck.length === 0) {
            const verdict = `${what}. Every route was put back as it was before this run.`;
            return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${verdict} ${now}`, { outcome: "reverted", verdict });
        }
        const fix = stuck.map((r) => `${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .routeName */ .xG)(r.ref)} to ${(0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .formatWeights */ .V7)(r.weights)}`).join("; ");
        return new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`${what}. Putting the routes back failed too, so the router is split. ${now} To fix it, run rollback with force: true and the intended color in to, or set by hand: ${fix}.`);
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
    async #waitUntilShown(changes, writes) {
        const deadline = Date.now() + this.#config.verifyTimeoutMs;
        let nextProgress = Date.now() + PROGRESS_MS;
        let lagging = changes;
        const groups = this.#config.targetGroups;
        // The colors each written forward names: a write may change only which groups a forward names.
        const named = new Map(changes.map((c, i) => [c, (0,_routes_js__WEBPACK_IMPORTED_MODULE_3__/* .namedColors */ .W$)(writes[i], groups).join()]));
        for (;;) {
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
            await (0,_time_js__WEBPACK_IMPORTED_MODULE_5__/* .sleep */ .yy)(Math.min(POLL_MS, Math.max(0, deadline - Date.now())));
        }
    }
}
function writeName(ref) {
    return ref.kind === "listener" ? "ModifyListener" : "ModifyRule";
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
