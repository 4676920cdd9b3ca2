export const id = 450;
export const ids = [450];
export const modules = {

/***/ 30051:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cy: () => (/* binding */ contractSchema),
/* harmony export */   Kp: () => (/* binding */ writeSchemaTags),
/* harmony export */   X$: () => (/* binding */ guardRollbackSchema),
/* harmony export */   Zy: () => (/* binding */ compareVersions),
/* harmony export */   ks: () => (/* binding */ contractProblem),
/* harmony export */   lo: () => (/* binding */ appliedSchema),
/* harmony export */   t0: () => (/* binding */ SCHEMA_TAG)
/* harmony export */ });
/* unused harmony export rollbackSchemaProblem */
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(18493);




/**
 * What the ledger knows of the database's schema. The schema is one per environment, so the
 * applied and contract marks are written on both colors; the released mark is each color's own.
 */
const SCHEMA_TAG = {
    /** The schema version a color was released against: the newest migration when it was deployed. */
    released: "cutover:schema-version",
    /** The newest schema version migrated into the environment's database. */
    applied: "cutover:schema-applied",
    /** The newest contract migration applied: no color released before it can run on the schema. */
    contract: "cutover:schema-contract",
};
/** Schema versions are migration names that sort in order: 001_x, V2__y, 20260101120000_z. */
function compareVersions(a, b) {
    return a.localeCompare(b, "en", { numeric: true });
}
/** The schema the environment's database is on, as the ledger last heard. */
function appliedSchema(tags) {
    return newest(_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((c) => tags[c][SCHEMA_TAG.applied]));
}
function contractSchema(tags) {
    return newest(_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .l.map((c) => tags[c][SCHEMA_TAG.contract]));
}
function newest(values) {
    return values
        .filter((v) => Boolean(v))
        .sort(compareVersions)
        .at(-1);
}
/**
 * Whether a rollback to `target` crosses a schema change: refused across an applied contract (the
 * target's code cannot run on that schema), a warning across an expand (normal, and why expand exists).
 */
function rollbackSchemaProblem(tags, target) {
    const released = tags[target][SCHEMA_TAG.released];
    const contract = contractSchema(tags);
    const applied = appliedSchema(tags);
    if (!released)
        return applied
            ? { warn: `${target} carries no ${SCHEMA_TAG.released}: cutover cannot tell whether its code runs on schema ${applied}` }
            : {};
    if (contract && compareVersions(released, contract) < 0)
        return {
            refuse: `${target} was released against schema ${released}, and the contract migration ${contract} has been applied since: ${target}'s code cannot run on the live schema`,
        };
    if (applied && compareVersions(released, applied) < 0)
        return {
            warn: `${target} was released against schema ${released}; the database has been expanded to ${applied} since, which old code tolerates`,
        };
    return {};
}
/** Refuses (or, with force, warns and says what it overrode) a rollback across a contract; returns what force overrode. */
function guardRollbackSchema(tags, target, force) {
    const { refuse, warn } = rollbackSchemaProblem(tags, target);
    if (warn)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(`Schema: ${warn}.`);
    if (!refuse)
        return undefined;
    if (!force)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`rollback refuses: ${refuse}. Nothing was written. Roll forward, or put the schema back (its down migration) and set force: true.`);
    const overrode = `force: true overrode the schema guard: ${refuse}`;
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .warning */ .$e(overrode);
    return overrode;
}
/**
 * A contract change may run only when no color released before it can take traffic again: the
 * active color runs the release that no longer needs what the contract removes, and the other
 * color is either gone (torn down) or was never deployed.
 */
function contractProblem(tags, active) {
    const idle = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_3__/* .otherColor */ .I)(active);
    if (!tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.version])
        return undefined;
    if ((0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .tornDownAt */ .PX)(tags[idle]) && !tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.teardownStarted])
        return undefined;
    return `${idle} (${tags[idle][_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_2__/* .LEDGER */ .Uz.version]}) is not torn down, so a rollback could still send traffic to code that predates the contract change`;
}
/** Writes schema marks, logged with before and after; the marks are the environment's, so on both colors where asked. */
async function writeSchemaTags(ledger, tags, edits) {
    for (const { color, set, remove = [] } of edits) {
        const gone = remove.filter((k) => k in tags[color]);
        const changed = Object.fromEntries(Object.entries(set).filter(([k, v]) => tags[color][k] !== v));
        if (!Object.keys(changed).length && !gone.length)
            continue;
        await ledger.write(color, changed, gone);
        for (const [key, value] of Object.entries(changed))
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Ledger ${color} ${key}: ${tags[color][key] ?? "(none)"} → ${value}`);
        for (const key of gone)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Ledger ${color} ${key}: ${tags[color][key]} → (removed)`);
    }
}


/***/ }),

/***/ 23182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66101);
// What deploy-command and teardown-command are told, whatever the router: which color is which,
// each one's pool as the router names it, and what the router's kind adds (ALB: the target group
// ARNs; kubernetes: the Deployments and namespace).

function commandEnv(router, standby) {
    const active = (0,_core_color_js__WEBPACK_IMPORTED_MODULE_0__/* .otherColor */ .I)(standby);
    return {
        CUTOVER_STANDBY_COLOR: standby,
        CUTOVER_ACTIVE_COLOR: active,
        CUTOVER_STANDBY_POOL: router.pools[standby],
        CUTOVER_ACTIVE_POOL: router.pools[active],
        ...router.commandEnv?.(standby),
    };
}


/***/ }),

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

/***/ 41450:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ teardown_step)
});

// EXTERNAL MODULE: ./build/core/color.js
var core_color = __webpack_require__(66101);
// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/poll.js
var poll = __webpack_require__(72077);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/shell.js
var shell = __webpack_require__(88772);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/migrate/schema.js
var schema = __webpack_require__(30051);
;// CONCATENATED MODULE: ./build/migrate/contract.js




/**
 * teardown's contract migration: run only once `retired` (the old color) is torn down, its TTL
 * over, so that no color that predates the contract can take traffic. The ledger then records
 * the contract at the schema the remaining color was released against.
 */
async function runContract(ledger, retired, command) {
    const active = (0,core_color/* otherColor */.I)(retired);
    const tags = await ledger.read();
    const version = tags[active][schema/* SCHEMA_TAG */.t0.released] ?? (0,schema/* appliedSchema */.lo)(tags);
    await (0,shell/* runCommand */.d1)("contract-command", command.run, { CUTOVER_ACTIVE_COLOR: active, CUTOVER_RETIRED_COLOR: retired, CUTOVER_SCHEMA_VERSION: version ?? "" }, command.timeoutMs, command.envPassthrough);
    if (!version) {
        runner/* warning */.$e(`contract-command ran, but ${active} carries no ${schema/* SCHEMA_TAG */.t0.released}: the ledger cannot record which schema the contract completed.`);
        return `contract-command ran after ${retired} was torn down.`;
    }
    if ((0,schema/* contractSchema */.Cy)(tags) !== version)
        await (0,schema/* writeSchemaTags */.Kp)(ledger, tags, [
            { color: active, set: { [schema/* SCHEMA_TAG */.t0.contract]: version } },
            { color: retired, set: { [schema/* SCHEMA_TAG */.t0.contract]: version } },
        ]);
    return `contract-command ran after ${retired} was torn down; the schema is contracted at ${version}.`;
}

// EXTERNAL MODULE: ./build/routers/health.js
var health = __webpack_require__(5843);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routers/words.js
var routers_words = __webpack_require__(44472);
// EXTERNAL MODULE: ./build/routing/command-env.js
var command_env = __webpack_require__(23182);
// EXTERNAL MODULE: ./build/routing/guards.js
var guards = __webpack_require__(87295);
// EXTERNAL MODULE: ./build/routing/ledger.js
var routing_ledger = __webpack_require__(26048);
// EXTERNAL MODULE: ./build/routing/router.js
var routing_router = __webpack_require__(62232);
// EXTERNAL MODULE: ./build/routing/teardown.js
var teardown = __webpack_require__(25477);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
;// CONCATENATED MODULE: ./build/steps/teardown.js





















/** Retires the idle color once its TTL is over, and never a color that has any traffic. */
const teardown_step = {
    name: "teardown",
    readInputs: () => ({
        router: (0,registry/* readRouterConfig */.ab)(),
        ttlMs: (0,durations/* readDuration */.$7)("ttl", "24h", 365 * 24 * 3_600_000),
        deregister: (0,inputs/* readBoolean */.Vf)("deregister-targets", true),
        command: (0,inputs/* readString */.E3)("teardown-command") || undefined,
        commandTimeoutMs: (0,durations/* readDuration */.$7)("teardown-timeout", "30m", 6 * 3_600_000),
        contractCommand: (0,inputs/* readString */.E3)("contract-command") || undefined,
        envPassthrough: (0,shell/* readEnvPassthrough */.mp)(),
        drainTimeoutMs: (0,durations/* readDuration */.$7)("drain-timeout", "15m", 3 * 3_600_000),
        dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
    }),
    async run(inputs, ports) {
        const { router } = inputs;
        const { pool, ledger } = ports.router;
        const words = (0,routers_words/* wordsOf */.Z9)(router);
        const routes = new routing_router/* Router */.Ix(ports.router.traffic, router);
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, router);
        const decision = (0,teardown/* decideTeardown */.Ni)(snapshot.state, snapshot.tags, inputs.ttlMs, Date.now(), (color) => routes.pinnedForMs(snapshot.state, color));
        (0,report/* setCommonOutputs */.Et)(snapshot);
        runner/* setOutput */.uH("torn-down", "false");
        if (!decision.act) {
            if (decision.refuse)
                throw new errors/* CutoverError */.DB(`teardown refuses to act: ${decision.detail} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(snapshot.state))}).`);
            runner/* info */.pq(`Nothing to tear down: ${decision.detail}.`);
            await (0,summary/* writeSummary */.Sy)("cutover teardown: nothing to tear down", snapshot, [], {
                word: "nothing to do",
                happened: `Nothing to tear down: ${decision.detail}`,
                next: "nothing to do; teardown runs again on its schedule.",
            });
            return;
        }
        const color = decision.color;
        runner/* info */.pq(`Tearing down ${color}: ${decision.detail}.`);
        const targets = (await pool.health(color)).filter((t) => t.state !== "draining" && t.state !== "idle");
        if (inputs.dryRun) {
            runner/* info */.pq(`dry-run: true. Would ${words.retire} ${inputs.deregister ? (0,health/* describeMembers */.lb)(targets, words.member) : "nothing"}${inputs.command ? ", run the teardown command" : ""}${inputs.contractCommand ? ", run the contract command" : ""}, and tag ${ledger_keys/* LEDGER */.Uz.tornDownAt}.`);
            await (0,summary/* writeSummary */.Sy)(`cutover teardown: ${color} (dry-run)`, snapshot, [decision.detail], {
                word: "dry run",
                next: "run teardown without dry-run to retire it.",
            });
            return;
        }
        const idle = () => ensureIdle(routes, color);
        if (inputs.deregister && targets.length) {
            await idle();
            // Marked, then checked again: a switch either sees the mark or moved traffic before this read.
            await markTeardown(ledger, color, router, words);
            await idle().catch(async (error) => {
                await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
                throw error;
            });
            runner/* info */.pq(`${pool.verbs.retire} on ${color}: ${(0,health/* describeMembers */.lb)(targets, words.member)}`);
            await pool.retire(color, targets).catch((error) => {
                throw new errors/* CutoverError */.DB(`${pool.verbs.retire} on ${color} failed: ${(0,errors/* describeError */.Uc)(error)} Its ${words.member}s may be partly ${words.retired}; ${color} carries no production traffic and keeps the ${ledger_keys/* LEDGER */.Uz.teardownStarted} mark, so no switch moves traffic to it. Re-run teardown to finish.`);
            });
            await putBackIfSwitched(ports.router, routes, color, targets, words, `while teardown ${words.retired} it`);
            await waitForDrain(pool, color, inputs.drainTimeoutMs, words.member);
            // A switch whose write was sent before the mark (and retried, or slow) can land after any
            // earlier read: once the deregistration has taken effect, the routes are read once more.
            await putBackIfSwitched(ports.router, routes, color, targets, words, `after its ${words.member}s drained`);
        }
        if (inputs.command) {
            if (!(inputs.deregister && targets.length))
                await markTeardown(ledger, color, router, words);
            await idle();
            const env = {
                CUTOVER_TEARDOWN_COLOR: color,
                ...(0,command_env/* commandEnv */.z)(router, color),
                CUTOVER_VERSION: snapshot.tags[color][ledger_keys/* LEDGER */.Uz.version] ?? "",
            };
            await (0,shell/* runCommand */.d1)("teardown-command", inputs.command, env, inputs.commandTimeoutMs, inputs.envPassthrough);
        }
        const tornDownAt = (0,time/* isoSeconds */.nE)(new Date());
        runner/* setOutput */.uH("torn-down", "true");
        runner/* setOutput */.uH("torn-down-color", color);
        await recordTornDown(ledger, color, tornDownAt, words);
        const contracted = inputs.contractCommand
            ? await runContract(ledger, color, {
                run: inputs.contractCommand,
                timeoutMs: inputs.commandTimeoutMs,
                envPassthrough: inputs.envPassthrough,
            })
            : "";
        const deregistered = inputs.deregister ? targets : [];
        const after = {
            ...snapshot,
            tags: { ...snapshot.tags, [color]: { ...snapshot.tags[color], [ledger_keys/* LEDGER */.Uz.tornDownAt]: tornDownAt } },
        };
        const retired = router.retirement?.retired?.(color);
        await (0,summary/* writeSummary */.Sy)(`cutover teardown: torn down ${color}`, after, [
            deregistered.length
                ? retired
                    ? `It ${retired}. Before: ${(0,health/* describeMembers */.lb)(deregistered, words.member)}.`
                    : `${pool.verbs.retire} on ${color}: ${(0,health/* describeMembers */.lb)(deregistered, words.member)}.`
                : "",
            inputs.command ? `teardown-command ran for ${color}.` : "",
            contracted,
            sideBySide(snapshot.tags, color, tornDownAt),
        ], {
            word: "torn down",
            happened: `Tore down ${color}: ${decision.detail}`,
            next: `nothing to do now; the next release's deploy-standby puts it on ${color} (the blue-green workflow).`,
        });
    },
};
/**
 * Before retiring the pool's members, the ledger says a teardown is under way: switch and rollback refuse the
 * color. With several routers the mark may land on some and not others; a mark that failed is
 * taken off again everywhere, and read back, so that it never blocks the color for nothing.
 */
async function markTeardown(ledger, color, config, words) {
    try {
        await ledger.write(color, { [ledger_keys/* LEDGER */.Uz.teardownStarted]: (0,routing_ledger/* teardownMarkValue */.VS)() });
    }
    catch (error) {
        await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
        const left = await ledger.read().then((tags) => Boolean(tags[color][ledger_keys/* LEDGER */.Uz.teardownStarted]), () => true);
        const mark = left
            ? `The mark may remain on part of the router (status shows it), and switch and rollback refuse ${color} while it does. ${(0,teardown/* clearMarkHint */.Ct)(config, color)}`
            : "No mark is left.";
        throw new errors/* CutoverError */.DB(`Could not mark ${color} as being torn down (${(0,errors/* describeError */.Uc)(error)}); nothing was ${words.retired}. ${mark}`);
    }
}
/**
 * A switch that read the ledger before the mark may still have moved traffic to the color while it
 * was being retired: then its members are restored and the step fails loudly.
 */
async function putBackIfSwitched(ports, routes, color, targets, words, when) {
    const now = await routes.read();
    if (!(0,routing_router/* productionRoutes */.y)(now).some((r) => r.weights[color] > 0))
        return;
    const names = targets.map(health/* memberKey */.S7).join(", ");
    const registered = await ports.pool.restore(color, targets).then(() => `its ${words.member}s were ${words.restored} again (${names})`, (error) => `putting its ${words.member}s back FAILED (${(0,errors/* describeError */.Uc)(error)}): ${words.restore} ${names} by hand`);
    await ports.ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]).catch(() => undefined);
    throw new errors/* CutoverError */.DB(`${color} gained production traffic ${when} (${(0,routing_router/* describeRoutes */.oK)((0,routing_router/* productionRoutes */.y)(now))}): another run switched. ${registered}; check status and the switch that ran.`);
}
/** The members are gone whatever happens now: a tag that fails to write says so, and how to record it. */
async function recordTornDown(ledger, color, tornDownAt, words) {
    try {
        await ledger.write(color, { [ledger_keys/* LEDGER */.Uz.tornDownAt]: tornDownAt, [ledger_keys/* LEDGER */.Uz.run]: (0,ledger_keys/* runMark */.n6)() });
        runner/* info */.pq(`Ledger ${color} ${ledger_keys/* LEDGER */.Uz.tornDownAt}: (none) → ${tornDownAt}`);
        await ledger.write(color, {}, [ledger_keys/* LEDGER */.Uz.teardownStarted]);
    }
    catch (error) {
        throw new errors/* CutoverError */.DB(`${color} is torn down (its ${words.member}s are ${words.retired}; it carries no production traffic), but recording it failed: ${(0,errors/* describeError */.Uc)(error)} Its ${ledger_keys/* LEDGER */.Uz.teardownStarted} mark may remain, so switch refuses ${color} until a deploy; re-run teardown to record ${ledger_keys/* LEDGER */.Uz.tornDownAt}.`);
    }
}
/** Re-read right before every destructive call: a color that gained any weight is left alone. */
async function ensureIdle(routes, color) {
    await (0,guards/* requireNoProductionWeight */.U)(routes, color, (shown) => `${color} has production traffic again (${shown}): someone switched while teardown ran. It stopped without touching ${color}.`);
}
async function waitForDrain(pool, color, timeoutMs, member) {
    const polled = await (0,poll/* pollUntil */.g)(async () => {
        const left = (await pool.health(color)).filter((t) => t.state !== "idle");
        return { done: left.length === 0, value: left };
    }, { timeoutMs, progress: (seen, left) => `Waiting for ${color} to drain: ${(0,health/* describeMembers */.lb)(seen, member)}; ${left} left.` });
    if (polled.done) {
        runner/* info */.pq(`${color} drained after ${(0,durations/* formatDuration */.a3)(polled.ms)}.`);
        return;
    }
    throw new errors/* CutoverError */.DB(`${color} is still draining after ${(0,durations/* formatDuration */.a3)(timeoutMs)} (drain-timeout): ${(0,health/* describeMembers */.lb)(polled.value, member)}.`);
}
/** How long both colors ran: from the new color's deploy (or the old one's retirement) until now. */
function sideBySide(tags, color, tornDownAt) {
    const rolledBackAt = tags[color][ledger_keys/* LEDGER */.Uz.rollbackReason] ? tags[color][ledger_keys/* LEDGER */.Uz.retiredAt] : undefined;
    if (rolledBackAt) {
        return `The rolled-back release stayed up for ${(0,durations/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(rolledBackAt))} after the rollback (from ${rolledBackAt} to ${tornDownAt}).`;
    }
    const since = tags[(0,core_color/* otherColor */.I)(color)][ledger_keys/* LEDGER */.Uz.deployedAt] ?? tags[color][ledger_keys/* LEDGER */.Uz.retiredAt];
    if (!since)
        return "";
    return `Both colors ran side by side for ${(0,durations/* formatDuration */.a3)(Date.parse(tornDownAt) - Date.parse(since))} (from ${since} to ${tornDownAt}): the extra cost of this release.`;
}


/***/ })

};
