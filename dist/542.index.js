export const id = 542;
export const ids = [542];
export const modules = {

/***/ 87295:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ requireNoProductionWeight)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _state_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18260);


/**
 * Reads the routes right before a step changes a color that must carry no users, and stops when it
 * gained production weight meanwhile: another run switched. `why` says what was left undone.
 */
async function requireNoProductionWeight(router, color, why) {
    const now = await router.read();
    if ((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .productionRoutes */ .y)(now).some((r) => r.weights[color] > 0)) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(why((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .describeRoutes */ .oK)((0,_state_js__WEBPACK_IMPORTED_MODULE_1__/* .productionRoutes */ .y)(now))));
    }
    return now;
}


/***/ }),

/***/ 26048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   N_: () => (/* binding */ refuseTornDownTarget),
/* harmony export */   VS: () => (/* binding */ teardownMarkValue),
/* harmony export */   fC: () => (/* binding */ markWrite),
/* harmony export */   t8: () => (/* binding */ TEARDOWN_MARK_FRESH_MS),
/* harmony export */   uD: () => (/* binding */ lastWriter),
/* harmony export */   y8: () => (/* binding */ teardownProblem)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(3669);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54544);






/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;
/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
async function markWrite(ledger, color, what, options = {}) {
    const value = `${what} by ${(0,_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .runTag */ .eZ)()} at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())}`;
    try {
        await ledger.write(color, { [_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.lastWrite]: value }, [], options);
    }
    catch (error) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not record this run in the ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.lastWrite} tag: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
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
    const problem = teardownProblem(tags, target, now);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${problem}. Nothing was written. ${TEARDOWN_FIX(target)}`);
}
/** Why no traffic may move to `target` (a fresh teardown mark), or undefined; a stale mark is a warning. */
function teardownProblem(tags, target, now = Date.now()) {
    const mark = tags[target][_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted];
    if (!mark)
        return undefined;
    const [at = "", run = "an unknown run"] = mark.split(" ");
    const age = now - Date.parse(at);
    if (!(age < TEARDOWN_MARK_FRESH_MS)) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${target} carries a ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted} mark from ${at} (${run}), older than ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`);
        return undefined;
    }
    return `A teardown of ${target} started ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, age))} ago (${run}, tag ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted}): its targets may be deregistering, so no traffic moves to ${target}`;
}
const TEARDOWN_FIX = (target) => `Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted} from ${target}'s ledger (ALB: its target group's tags).`;


/***/ }),

/***/ 25477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ clearMarkHint),
/* harmony export */   Ni: () => (/* binding */ decideTeardown),
/* harmony export */   QU: () => (/* binding */ TEARDOWN_MARK_BLOCKS)
/* harmony export */ });
/* unused harmony export idleColors */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62546);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26048);
/* harmony import */ var _tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(54544);





/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
function idleColors(state) {
    const production = state.routes.filter((r) => r.ref.role === "production");
    return _core_color_js__WEBPACK_IMPORTED_MODULE_4__/* .COLORS */ .l.filter((color) => production.every((r) => r.weights[color] === 0));
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
    const retired = t[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.retiredAt];
    const deployed = t[_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.deployedAt];
    const tornDown = (0,_github_report_js__WEBPACK_IMPORTED_MODULE_1__/* .tornDownAt */ .PX)(t);
    if (tornDown) {
        return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
    }
    if (!retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} has no ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
        };
    }
    const retiredAt = Date.parse(retired);
    if (Number.isNaN(retiredAt))
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color}'s ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
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
            detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago; the ttl of ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ttlMs)} ends at ${due}`,
        };
    }
    return {
        act: true,
        color,
        detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago, longer than the ttl of ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ttlMs)}`,
    };
}
/** How to take a teardown mark off a color by hand, on every router the environment has. */
function clearMarkHint(config, color) {
    const members = config.members ?? [config];
    const clear = `Once no teardown of ${color} is running, run teardown again to finish it, deploy-standby to reuse ${color}, or remove ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted} from ${color}'s ledger`;
    if (!members.every((m) => m.kind === "alb"))
        return `${clear}.`;
    const arns = members.map((m) => m.pools[color]).join(" ");
    return `${clear}: aws elbv2 remove-tags --resource-arns ${arns} --tag-keys ${_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .TAG */ .Dk.teardownStarted}`;
}
/** How long a fresh teardown mark makes switch and rollback refuse its color. */
const TEARDOWN_MARK_BLOCKS = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .TEARDOWN_MARK_FRESH_MS */ .t8);


/***/ }),

/***/ 67542:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(97529);
/* harmony import */ var _core_poll_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(72077);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36506);
/* harmony import */ var _core_shell_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88772);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(3669);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(88296);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(96957);
/* harmony import */ var _routing_guards_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(87295);
/* harmony import */ var _routing_health_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(37119);
/* harmony import */ var _routing_ledger_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(26048);
/* harmony import */ var _routing_router_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(62232);
/* harmony import */ var _routing_snapshot_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(60545);
/* harmony import */ var _routing_tags_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(54544);
/* harmony import */ var _routing_teardown_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(25477);


















/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
const step = {
    name: "teardown",
    readInputs: () => ({
        router: (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_8__/* .readRouterConfig */ .ab)(),
        ttlMs: (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("ttl", "24h", 365 * 24 * 3_600_000),
        deregister: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)("deregister-targets", true),
        command: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readString */ .E3)("teardown-command") || undefined,
        commandTimeoutMs: (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("teardown-timeout", "30m", 6 * 3_600_000),
        envPassthrough: (0,_core_shell_js__WEBPACK_IMPORTED_MODULE_5__/* .readEnvPassthrough */ .mp)(),
        drainTimeoutMs: (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .readDuration */ .$7)("drain-timeout", "15m", 3 * 3_600_000),
        dryRun: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .readBoolean */ .Vf)("dry-run", false),
    }),
    async run(inputs, ports) {
        const { router } = inputs;
        const { pool, ledger } = ports.router;
        const routes = new _routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .Router */ .Ix(ports.router.traffic, router);
        const snapshot = await (0,_routing_snapshot_js__WEBPACK_IMPORTED_MODULE_13__/* .readSnapshot */ .RA)(ports.router, router);
        const decision = (0,_routing_teardown_js__WEBPACK_IMPORTED_MODULE_15__/* .decideTeardown */ .Ni)(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now());
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_6__/* .setCommonOutputs */ .Et)(snapshot);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH("torn-down", "false");
        if (!decision.act) {
            if (decision.refuse)
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`teardown refuses to act: ${decision.detail} (${(0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .describeRoutes */ .oK)((0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .productionRoutes */ .y)(snapshot.state))}).`);
            _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Nothing to tear down: ${decision.detail}.`);
            await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)("cutover teardown: nothing to tear down", snapshot, [], {
                word: "nothing to do",
                happened: `Nothing to tear down: ${decision.detail}`,
                next: "nothing to do; teardown runs again on its schedule.",
            });
            return;
        }
        const color = decision.color;
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Tearing down ${color}: ${decision.detail}.`);
        const targets = (await pool.health(color)).filter((t) => t.state !== "draining" && t.state !== "unused");
        if (inputs.dryRun) {
            _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`dry-run: true. Would deregister ${inputs.deregister ? (0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(targets) : "nothing"}${inputs.command ? ", run the teardown command" : ""}, and tag ${_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.tornDownAt}.`);
            await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail], {
                word: "dry run",
                next: "run teardown without dry-run to retire it.",
            });
            return;
        }
        const idle = () => ensureIdle(routes, color);
        if (inputs.deregister && targets.length) {
            await idle();
            // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
            await markTeardown(ledger, color, router);
            await idle().catch(async (error) => {
                await ledger.write(color, {}, [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]).catch(() => undefined);
                throw error;
            });
            _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${pool.verbs.retire} on ${color}: ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(targets)}`);
            await pool.retire(color, targets).catch((error) => {
                throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${pool.verbs.retire} on ${color} failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)} Its targets may be partly deregistered; ${color} carries no production traffic and keeps the ${_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`);
            });
            await putBackIfSwitched(ports.router, routes, color, targets, "while teardown deregistered it");
            await waitForDrain(pool, color, inputs.drainTimeoutMs);
            // A switch whose write was sent before the mark (and retried, or slow) can land after any
            // earlier read: once the deregistration has taken effect, the routes are read once more.
            await putBackIfSwitched(ports.router, routes, color, targets, "after its targets drained");
        }
        if (inputs.command) {
            if (!(inputs.deregister && targets.length))
                await markTeardown(ledger, color, router);
            await idle();
            const env = {
                CUTOVER_TEARDOWN_COLOR: color,
                CUTOVER_STANDBY_COLOR: color,
                CUTOVER_STANDBY_TARGET_GROUP_ARN: router.pools[color],
                CUTOVER_ACTIVE_COLOR: (0,_core_color_js__WEBPACK_IMPORTED_MODULE_16__/* .otherColor */ .I)(color),
                ...router.commandEnv?.(color),
                CUTOVER_ACTIVE_TARGET_GROUP_ARN: router.pools[(0,_core_color_js__WEBPACK_IMPORTED_MODULE_16__/* .otherColor */ .I)(color)],
                CUTOVER_VERSION: snapshot.tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.version] ?? "",
            };
            await (0,_core_shell_js__WEBPACK_IMPORTED_MODULE_5__/* .runCommand */ .d1)("teardown-command", inputs.command, env, inputs.commandTimeoutMs, inputs.envPassthrough);
        }
        const tornDownAt = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_17__/* .isoSeconds */ .nE)(new Date());
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH("torn-down", "true");
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .setOutput */ .uH("torn-down-color", color);
        await recordTornDown(ledger, color, tornDownAt);
        const deregistered = inputs.deregister ? targets : [];
        const after = { ...snapshot, tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.tornDownAt]: tornDownAt } } };
        const retired = router.words?.retired?.(color);
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_7__/* .writeSummary */ .Sy)(`cutover teardown: torn down ${color}`, after, [
            deregistered.length
                ? retired
                    ? `It ${retired}. Before: ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(deregistered)}.`
                    : `${pool.verbs.retire} on ${color}: ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(deregistered)}.`
                : "",
            inputs.command ? `teardown-command ran for ${color}.` : "",
            sideBySide(snapshot.tags, color, tornDownAt),
        ], {
            word: "torn down",
            happened: `Tore down ${color}: ${decision.detail}`,
            next: `nothing to do now; the next release's deploy-standby puts it on ${color} (the blue-green workflow).`,
        });
    },
};
/**
 * Before deregistering, the ledger says a teardown is under way: switch and rollback refuse the
 * color. With several routers the mark may land on some and not others; a mark that failed is
 * taken off again everywhere, and read back, so that it never blocks the color for nothing.
 */
async function markTeardown(ledger, color, config) {
    try {
        await ledger.write(color, { [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]: (0,_routing_ledger_js__WEBPACK_IMPORTED_MODULE_11__/* .teardownMarkValue */ .VS)() });
    }
    catch (error) {
        await ledger.write(color, {}, [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]).catch(() => undefined);
        const left = await ledger.read().then((tags) => Boolean(tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]), () => true);
        const mark = left
            ? `The mark may remain on part of the router (status shows it), and switch and rollback refuse ${color} while it does. ${(0,_routing_teardown_js__WEBPACK_IMPORTED_MODULE_15__/* .clearMarkHint */ .Ct)(config, color)}`
            : "No mark is left.";
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`Could not mark ${color} as being torn down (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}); nothing was deregistered. ${mark}`);
    }
}
/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being deregistered: then its targets are registered again and the step fails loudly.
 */
async function putBackIfSwitched(ports, routes, color, targets, when) {
    const now = await routes.read();
    if (!(0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .productionRoutes */ .y)(now).some((r) => r.weights[color] > 0))
        return;
    const names = targets.map(_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .targetKey */ .hD).join(", ");
    const registered = await ports.pool.restore(color, targets).then(() => `its targets were registered again (${names})`, (error) => `registering its targets again FAILED (${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}): register ${names} by hand`);
    await ports.ledger.write(color, {}, [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]).catch(() => undefined);
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${color} gained production traffic ${when} (${(0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .describeRoutes */ .oK)((0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .productionRoutes */ .y)(now))}): another run switched. ${registered}; check status and the switch that ran.`);
}
/** The targets are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(ledger, color, tornDownAt) {
    try {
        await ledger.write(color, { [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.tornDownAt]: tornDownAt, [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.run]: (0,_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .runTag */ .eZ)() });
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`Tag ${color} ${_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.tornDownAt}: (none) → ${tornDownAt}`);
        await ledger.write(color, {}, [_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted]);
    }
    catch (error) {
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${color} is torn down (its targets are deregistered; it carries no production traffic), but recording it failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)} Its ${_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.tornDownAt}.`);
    }
}
/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(routes, color) {
    await (0,_routing_guards_js__WEBPACK_IMPORTED_MODULE_9__/* .requireNoProductionWeight */ .U)(routes, color, (shown) => `${color} has production traffic again (${shown}): someone switched while teardown ran. It stopped without touching ${color}.`);
}
async function waitForDrain(pool, color, timeoutMs) {
    const polled = await (0,_core_poll_js__WEBPACK_IMPORTED_MODULE_3__/* .pollUntil */ .g)(async () => {
        const left = (await pool.health(color)).filter((t) => t.state !== "unused");
        return { done: left.length === 0, value: left };
    }, { timeoutMs, progress: (seen, left) => `Waiting for ${color} to drain: ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(seen)}; ${left} left.` });
    if (polled.done) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(`${color} drained after ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(polled.ms)}.`);
        return;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${color} is still draining after ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(timeoutMs)} (drain-timeout): ${(0,_routing_health_js__WEBPACK_IMPORTED_MODULE_10__/* .describeTargets */ .Eg)(polled.value)}.`);
}
/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags, color, tornDownAt) {
    const rolledBackAt = tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.rollbackReason] ? tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.retiredAt] : undefined;
    if (rolledBackAt) {
        return `The rolled-back release stayed up for ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
    }
    const since = tags[(0,_core_color_js__WEBPACK_IMPORTED_MODULE_16__/* .otherColor */ .I)(color)][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.deployedAt] ?? tags[color][_routing_tags_js__WEBPACK_IMPORTED_MODULE_14__/* .TAG */ .Dk.retiredAt];
    if (!since)
        return "";
    return `Both colors ran side by side for ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}


/***/ })

};
