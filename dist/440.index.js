export const id = 440;
export const ids = [440];
export const modules = {

/***/ 26048:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ stampColors),
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
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(18493);






/** A teardown mark older than this is from a teardown that died; it no longer blocks a switch. */
const TEARDOWN_MARK_FRESH_MS = 12 * 3_600_000;
/** Writes, next to the first route write, which run is moving the router: status names it if the run dies. */
async function markWrite(ledger, color, what, options = {}) {
    const value = `${what} by ${(0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)()} at ${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())}`;
    try {
        await ledger.write(color, { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite]: value }, [], options);
    }
    catch (error) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Could not record this run in the ledger (${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite}): ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
    }
}
/** The newest `cutover:last-write` of the two colors: who moved the router last. */
function lastWriter(tags) {
    const marks = _core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .l.map((c) => tags[c][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.lastWrite]).filter((v) => Boolean(v));
    const at = (v) => v.slice(v.lastIndexOf(" at ") + 4);
    return marks.sort((a, b) => at(b).localeCompare(at(a)))[0];
}
function teardownMarkValue() {
    return `${(0,_core_time_js__WEBPACK_IMPORTED_MODULE_4__/* .isoSeconds */ .nE)(new Date())} ${(0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)()}`;
}
/** Refuses to move traffic onto a color that a teardown has started on, unless the mark is stale. */
function refuseTornDownTarget(tags, target, now = Date.now()) {
    const problem = teardownProblem(tags, target, now);
    if (problem)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`${problem}. Nothing was written. ${TEARDOWN_FIX(target)}`);
}
/** Why no traffic may move to `target` (a fresh teardown mark), or undefined; a stale mark is a warning. */
function teardownProblem(tags, target, now = Date.now()) {
    const mark = tags[target][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted];
    if (!mark)
        return undefined;
    const [at = "", run = "an unknown run"] = mark.split(" ");
    const age = now - Date.parse(at);
    if (!(age < TEARDOWN_MARK_FRESH_MS)) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`${target} carries a ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted} mark from ${at} (${run}), older than ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(TEARDOWN_MARK_FRESH_MS)}: that teardown is taken as dead.`);
        return undefined;
    }
    return `A teardown of ${target} started ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(Math.max(0, age))} ago (${run}, tag ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted}): its pool may be emptying, so no traffic moves to ${target}`;
}
const TEARDOWN_FIX = (target) => `Wait for it to finish and deploy ${target} again; if that teardown is known dead, remove ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.teardownStarted} from ${target}'s ledger (where the router keeps it: status shows the mark).`;
/**
 * Stamps the colors once traffic has moved: live-since on the new one, retired-at (and the reason,
 * for a rollback) on the old one. Traffic is already where it should be, so a tag that fails to
 * write is a warning: teardown skips a color it cannot date rather than guess.
 */
async function stampColors(ledger, tags, target, reason, 
/** When traffic moved: live-since and retired-at say that, not when the tags were written. */
now, options = {}) {
    const run = (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .runMark */ .n6)();
    const previous = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_5__/* .otherColor */ .I)(target);
    const why = reason
        ? { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReason]: (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .ledgerValue */ .Rg)(reason), [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReasonText]: (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .encodeReason */ .v2)(reason) }
        : {};
    const reasons = [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReason, _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.rollbackReasonText];
    const edits = [
        {
            color: target,
            add: { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.liveSince]: now, [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.run]: run },
            remove: [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt, _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.tornDownAt, ...reasons].filter((k) => k in tags[target]),
        },
        // The reason tells why the color was last taken out of service; an older one no longer does.
        {
            color: previous,
            add: { [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.retiredAt]: now, [_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_3__/* .LEDGER */ .Uz.run]: run, ...why },
            remove: reason ? [] : reasons.filter((k) => k in tags[previous]),
        },
    ];
    const result = { blue: { ...tags.blue }, green: { ...tags.green } };
    await Promise.all(edits.map(async ({ color, add, remove }) => {
        try {
            await ledger.write(color, add, remove, options);
        }
        catch (error) {
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(`Traffic moved, but writing ${color}'s ledger failed: ${(0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(error)}`);
            return;
        }
        for (const [key, value] of Object.entries(add)) {
            if (result[color][key] !== value)
                _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Ledger ${color} ${key}: ${result[color][key] ?? "(none)"} → ${value}`);
        }
        for (const key of remove)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Ledger ${color} ${key}: ${result[color][key]} → (removed)`);
        for (const key of remove)
            delete result[color][key];
        Object.assign(result[color], add);
    }));
    return result;
}


/***/ }),

/***/ 25477:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ct: () => (/* binding */ clearMarkHint),
/* harmony export */   Ni: () => (/* binding */ decideTeardown),
/* harmony export */   QU: () => (/* binding */ TEARDOWN_MARK_BLOCKS)
/* harmony export */ });
/* unused harmony export idleColors */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66101);
/* harmony import */ var _core_durations_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15427);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(18493);
/* harmony import */ var _ledger_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(26048);




/** Colors with no weight on any production route (test routes aside): the only ones teardown may touch. */
function idleColors(state) {
    const production = state.routes.filter((r) => r.ref.role === "production");
    return _core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.filter((color) => production.every((r) => r.weights[color] === 0));
}
/**
 * Whether teardown may act, and on which color. It acts only on a color with no production
 * weight, retired for longer than the TTL, and not torn down already; anything it cannot be sure
 * of is skipped, never guessed at.
 */
function decideTeardown(state, tags, ttlMs, now, 
/** How long the router's stickiness may keep clients on a color after it last took new ones (Router.pinnedForMs). */
pinnedForMs = () => 0) {
    const [color, other] = idleColors(state);
    if (!color || other) {
        return { act: false, refuse: true, detail: "the router is shifting or its routes disagree, so no color is surely idle" };
    }
    const t = tags[color];
    const retired = t[_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt];
    const deployed = t[_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.deployedAt];
    const tornDown = (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .tornDownAt */ .PX)(t);
    if (tornDown) {
        return { act: false, refuse: false, color, detail: `${color} was torn down at ${tornDown} already` };
    }
    if (!retired) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} has no ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt} tag, so cutover cannot tell how long it has been idle; it is left alone`,
        };
    }
    const retiredAt = Date.parse(retired);
    if (Number.isNaN(retiredAt))
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color}'s ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.retiredAt} is not a time: ${JSON.stringify(retired)}; it is left alone`,
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
    const pinned = pinnedUntil(tags, retiredAt, pinnedForMs(color));
    if (pinned && now < pinned.until) {
        return {
            act: false,
            refuse: false,
            color,
            detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago, but clients pinned to it by session stickiness (a production route still names it; a pin lasts up to ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(pinned.ms)} after its last weight change, at ${pinned.since}) may reach it until ${new Date(pinned.until).toISOString()}: teardown will be safe then`,
        };
    }
    return {
        act: true,
        color,
        detail: `${color} was retired ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(age)} ago, longer than the ttl of ${(0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(ttlMs)}`,
    };
}
/**
 * When the last client pinned to the idle color lets go: the pin's length after its last weight
 * change, taken as the later of its retirement and the last run that wrote the routes (a switch to it
 * that was put back gave it clients after it was retired).
 */
function pinnedUntil(tags, retiredAt, ms) {
    if (ms <= 0)
        return undefined;
    const last = (0,_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .lastWriter */ .uD)(tags) ?? "";
    const lastWrite = Date.parse(last.slice(last.lastIndexOf(" at ") + 4));
    const since = Number.isNaN(lastWrite) ? retiredAt : Math.max(retiredAt, lastWrite);
    return { since: new Date(since).toISOString(), until: since + ms, ms };
}
/** How to take a teardown mark off a color by hand, on every router the environment has. */
function clearMarkHint(config, color) {
    const members = config.members ?? [config];
    const clear = `Once no teardown of ${color} is running, run teardown again to finish it, deploy-standby to reuse ${color}, or remove ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.teardownStarted} from ${color}'s ledger`;
    if (!members.every((m) => m.kind === "alb"))
        return `${clear}.`;
    const arns = members.map((m) => m.pools[color]).join(" ");
    return `${clear}: aws elbv2 remove-tags --resource-arns ${arns} --tag-keys ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_1__/* .LEDGER */ .Uz.teardownStarted}`;
}
/** How long a fresh teardown mark makes switch and rollback refuse its color. */
const TEARDOWN_MARK_BLOCKS = (0,_core_durations_js__WEBPACK_IMPORTED_MODULE_0__/* .formatDuration */ .a3)(_ledger_js__WEBPACK_IMPORTED_MODULE_2__/* .TEARDOWN_MARK_FRESH_MS */ .t8);


/***/ }),

/***/ 68440:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88296);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(18493);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(35851);
/* harmony import */ var _routing_ledger_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(26048);
/* harmony import */ var _routing_router_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(62232);
/* harmony import */ var _routing_snapshot_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(60545);
/* harmony import */ var _routing_teardown_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(25477);












/** Which color is live, how the routes split traffic, and how healthy each color is; it writes only with prepare. */
const step = {
    name: "status",
    readInputs: () => ({ router: (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_6__/* .readRouterConfig */ .ab)(), prepare: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)("prepare", false) }),
    async run({ router: config, prepare }, ports) {
        const snapshot = await (0,_routing_snapshot_js__WEBPACK_IMPORTED_MODULE_9__/* .readSnapshotWithHealth */ .f2)(ports.router, config);
        const prepared = prepare ? await prepareRouter(ports.router.pool, config) : [];
        const { state } = snapshot;
        const verdict = state.active
            ? `Active: ${state.active}.`
            : state.production
                ? "Shifting: both colors take traffic."
                : "The production routes disagree.";
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(verdict);
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(snapshot);
        for (const note of (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .colorNotes */ .Jc)(snapshot))
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(note.replaceAll("**", ""));
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommonOutputs */ .Et)(snapshot);
        // After teardown the test route has no standby to reach until deploy-standby: nothing to fix there.
        const standbyGone = state.active && (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .tornDownAt */ .PX)(snapshot.tags[(0,_core_color_js__WEBPACK_IMPORTED_MODULE_11__/* .otherColor */ .I)(state.active)]);
        const testRoute = standbyGone ? undefined : (0,_routing_router_js__WEBPACK_IMPORTED_MODULE_8__/* .testRouteProblem */ .PP)(state);
        if (testRoute)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(testRoute);
        const title = `cutover status: ${state.active ? `${state.active} is live` : state.production ? "shifting" : "routes disagree"}`;
        const split = state.active ? "" : explainSplit(snapshot);
        if (split)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(split);
        const marks = teardownMarks(snapshot, config);
        for (const mark of marks)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .warning */ .$e(mark);
        const next = split || marks[0] || testRoute || "nothing to do.";
        const sections = [...prepared.map((p) => `**Prepared:** ${p}`), testRoute ? `⚠️ ${testRoute}` : "", split];
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .writeSummary */ .Sy)(title, snapshot, [...sections, ...marks.map((m) => `⚠️ ${m}`)], {
            word: state.active ? "live" : "split",
            happened: `Read the routes, the ledger and both colors' health: ${title.replace(/^cutover status: /, "")}${prepared.length ? "; and readied the router for a later switch (Prepared, below)" : ""}`,
            next: split ? next.replace(/^.*If no run is moving it now, /, "if no run is moving it now, ") : next,
        });
        if (!state.production) {
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`The production routes disagree: ${(0,_routing_router_js__WEBPACK_IMPORTED_MODULE_8__/* .describeRoutes */ .oK)((0,_routing_router_js__WEBPACK_IMPORTED_MODULE_8__/* .productionRoutes */ .y)(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`);
        }
    },
};
/** A router left between colors: who wrote it last (from the ledger), and the commands that repair it. */
function explainSplit({ state, tags }) {
    const writer = (0,_routing_ledger_js__WEBPACK_IMPORTED_MODULE_7__/* .lastWriter */ .uD)(tags);
    const target = /\bto (blue|green)\b/.exec(writer ?? "")?.[1];
    const split = `The router is split: ${(0,_routing_router_js__WEBPACK_IMPORTED_MODULE_8__/* .describeRoutes */ .oK)((0,_routing_router_js__WEBPACK_IMPORTED_MODULE_8__/* .productionRoutes */ .y)(state))}.`;
    const who = writer
        ? ` The last run that wrote the routes: ${writer} (tag ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LEDGER */ .Uz.lastWrite}).`
        : ` No run is recorded as writing them (tag ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LEDGER */ .Uz.lastWrite}): another tool or a person did.`;
    const repair = target
        ? `run rollback with to: ${(0,_core_color_js__WEBPACK_IMPORTED_MODULE_11__/* .otherColor */ .I)(target)} and force: true to go back to where that run started, or switch with to: ${target} to finish its move`
        : "run rollback or switch with to: blue or to: green, the color that should be live";
    return `${split}${who} If no run is moving it now, it was stopped halfway: ${repair}.`;
}
/** A teardown mark: switch and rollback refuse the color while it is fresh, so status says so and how to clear it. */
function teardownMarks({ tags }, config) {
    return _core_color_js__WEBPACK_IMPORTED_MODULE_11__/* .COLORS */ .l.filter((color) => tags[color][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LEDGER */ .Uz.teardownStarted]).map((color) => `${color} carries ${_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LEDGER */ .Uz.teardownStarted} (${tags[color][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_5__/* .LEDGER */ .Uz.teardownStarted]}): switch and rollback refuse ${color} for ${_routing_teardown_js__WEBPACK_IMPORTED_MODULE_10__/* .TEARDOWN_MARK_BLOCKS */ .QU} after it. ${(0,_routing_teardown_js__WEBPACK_IMPORTED_MODULE_10__/* .clearMarkHint */ .Ct)(config, color)}`);
}
/** prepare: true: what the router readies ahead of a switch, or a line saying it has nothing to. */
async function prepareRouter(pool, config) {
    if (!pool.prepare) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`prepare: the ${config.kind} router has nothing to ready ahead of a switch; nothing was written.`);
        return [];
    }
    const done = await pool.prepare();
    if (done.length === 0)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq("prepare: the router was ready for a switch already; nothing was written.");
    return done;
}


/***/ })

};
