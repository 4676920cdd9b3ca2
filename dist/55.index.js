export const id = 55;
export const ids = [55];
export const modules = {

/***/ 23182:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   z: () => (/* binding */ commandEnv)
/* harmony export */ });
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(66101);
// What deploy-command and teardown-command are told, whatever the router: which color is which,
// each one's pool as the router names it, and what the router's kind adds (its commandEnv; for
// kubernetes, the Deployments and namespace).

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

/***/ 50055:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ deploy_standby_step)
});

// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
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
// EXTERNAL MODULE: ./build/routers/health.js
var routers_health = __webpack_require__(5843);
// EXTERNAL MODULE: ./build/routers/ledger-keys.js
var ledger_keys = __webpack_require__(18493);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routers/routes.js
var routers_routes = __webpack_require__(34875);
// EXTERNAL MODULE: ./build/routers/words.js
var routers_words = __webpack_require__(44472);
// EXTERNAL MODULE: ./build/routing/command-env.js
var command_env = __webpack_require__(23182);
;// CONCATENATED MODULE: ./build/routing/drift.js
/** Every setting where the standby's pool differs from the active one's. */
function compareSettings(active, standby) {
    const theirs = new Map(standby.map((s) => [s.name, s.value]));
    const names = [...new Set([...active.map((s) => s.name), ...theirs.keys()])];
    const ours = new Map(active.map((s) => [s.name, s.value]));
    return names
        .filter((name) => (ours.get(name) ?? "") !== (theirs.get(name) ?? ""))
        .map((setting) => ({
        setting,
        active: ours.get(setting) || "(unset)",
        standby: theirs.get(setting) || "(unset)",
    }));
}

// EXTERNAL MODULE: ./build/routing/guards.js
var guards = __webpack_require__(87295);
// EXTERNAL MODULE: ./build/routing/router.js
var router = __webpack_require__(62232);
// EXTERNAL MODULE: ./build/routing/snapshot.js
var routing_snapshot = __webpack_require__(60545);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
;// CONCATENATED MODULE: ./build/steps/deploy-standby.js



















/** Prepares the standby: deploy, register, wait for health, check for drift, tag the version. */
const deploy_standby_step = {
    name: "deploy-standby",
    readInputs: () => {
        const router = (0,registry/* readRouterConfig */.ab)();
        const version = (0,inputs/* readRequiredString */.nf)("version", "v1.4.2");
        if ((0,ledger_keys/* ledgerValue */.Rg)(version) !== version) {
            throw (0,inputs/* inputError */.Xu)("version", `must fit an AWS tag (letters, digits, spaces and _ . : / = + - @, 256 at most), got ${JSON.stringify(version)}`, "v1.4.2");
        }
        return {
            router,
            version,
            deployCommand: (0,inputs/* readString */.E3)("deploy-command") || undefined,
            deployTimeoutMs: (0,durations/* readDuration */.$7)("deploy-timeout", "30m", 6 * 3_600_000),
            envPassthrough: (0,shell/* readEnvPassthrough */.mp)(),
            register: readRegisterTargets(router),
            replaceTargets: (0,inputs/* readBoolean */.Vf)("replace-targets", false),
            minHealthy: (0,inputs/* readInteger */.JI)("min-healthy-targets", 1, { min: 0, max: 1000 }),
            healthTimeoutMs: (0,durations/* readDuration */.$7)("health-timeout", "10m", 3 * 3_600_000),
            drift: (0,inputs/* readChoice */.Kf)("drift", ["fail", "warn", "off"], "warn"),
            dryRun: (0,inputs/* readBoolean */.Vf)("dry-run", false),
        };
    },
    async run(inputs, ports) {
        const { pool, ledger, traffic } = ports.router;
        const words = (0,routers_words/* wordsOf */.Z9)(inputs.router);
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, inputs.router);
        const colors = (0,routing_snapshot/* settledColors */.w8)(snapshot, "deploy-standby");
        const { active, standby } = colors;
        runner/* info */.pq(`Deploying ${inputs.version} to the standby, ${standby}; ${active} keeps the traffic.`);
        const drift = inputs.drift === "off" ? [] : await checkDrift(pool, words, active, standby, inputs.drift);
        const routes = new router/* Router */.Ix(traffic, inputs.router);
        if (inputs.dryRun) {
            await planOnly(inputs, snapshot, routes, colors);
            return;
        }
        if (inputs.deployCommand)
            await deploy(inputs, inputs.deployCommand, colors);
        const referenced = await registerStandby(inputs, pool, routes, standby);
        const health = await requireHealthy(inputs, pool, routes, colors, referenced);
        const after = {
            ...(await recordRelease(ledger, snapshot, standby, inputs.version)),
            health: { [standby]: health },
        };
        (0,report/* setCommonOutputs */.Et)(after);
        runner/* setOutput */.uH("deployed-version", inputs.version);
        await (0,summary/* writeSummary */.Sy)(`cutover deploy-standby: ${inputs.version} on ${standby}`, after, [
            `Healthy after ${(0,durations/* formatDuration */.a3)(health.ms)}: ${(0,routers_health/* describeMembers */.lb)(health.targets, words.member)}`,
            driftSection(drift, inputs.drift, colors, words),
        ].filter(Boolean));
    },
};
/** dry-run: what would be run, registered, referenced and tagged; nothing is written. */
async function planOnly(inputs, snapshot, routes, { active, standby }) {
    const reference = routes.planReference(snapshot.state, standby);
    await routes.checkForwards(reference);
    runner/* info */.pq(`dry-run: true. Would run the deploy command: ${inputs.deployCommand ? "yes" : "no"}; register ${inputs.register.join(", ") || "nothing"};${reference.length ? ` add ${standby} at weight 0 to the production forwards, since no route names it and the router health-checks only pools a route uses;` : ""} wait for ${standby} to be healthy; tag ${ledger_keys/* LEDGER */.Uz.version}=${inputs.version}.`);
    for (const change of reference) {
        runner/* info */.pq(`  would write ${(0,routers_routes/* routeName */.xG)(change.ref)}: ${(0,routers_routes/* formatForward */.ld)(change.before.weights, [active])} → ${(0,routers_routes/* formatWeights */.V7)(change.after)}`);
    }
    (0,report/* setCommonOutputs */.Et)(snapshot);
}
/** deploy-command, told which color is which through its environment. */
async function deploy(inputs, command, { standby }) {
    const env = { ...(0,command_env/* commandEnv */.z)(inputs.router, standby), CUTOVER_VERSION: inputs.version };
    await (0,shell/* runCommand */.d1)("deploy-command", command, env, inputs.deployTimeoutMs, inputs.envPassthrough);
}
/** Registers the standby's targets and makes the router health-check it; returns the weight-0 references written. */
async function registerStandby(inputs, pool, routes, standby) {
    // A long deploy leaves time for another run to switch: never register onto a color with traffic.
    const now = await (0,guards/* requireNoProductionWeight */.U)(routes, standby, (shown) => `${standby} took production traffic while it was being deployed (${shown}). Another run switched; nothing was registered or tagged.`);
    await pool.deploy?.(standby);
    if (inputs.register.length)
        await pool.register?.(standby, inputs.register, inputs.replaceTargets);
    return referenceStandby(routes, now, standby, (0,routers_words/* wordsOf */.Z9)(inputs.router));
}
/** Waits for the standby's health; if it never comes, puts back the weight-0 references and fails. */
async function requireHealthy(inputs, pool, routes, { active, standby }, referenced) {
    const { member } = (0,routers_words/* wordsOf */.Z9)(inputs.router);
    const health = await (0,routers_health/* waitForHealthy */.SE)(() => pool.health(standby), standby, inputs.minHealthy, inputs.healthTimeoutMs, undefined, pool.members, member);
    if (!health.ok) {
        const why = `${standby} is not healthy after ${(0,durations/* formatDuration */.a3)(health.ms)} (health-timeout): ${health.problem} Not healthy: ${(0,routers_health/* describeMembers */.lb)(health.serving.filter((t) => t.state !== "healthy"), member)}`;
        const details = [
            `${(0,routers_words/* capitalized */.l2)(member)}s of ${standby} when the wait ended; nothing was tagged, and ${active} keeps the traffic:`,
            memberTable(health.targets, member),
        ];
        if (referenced.length) {
            const putBack = await routes.putBack(referenced.map((c) => c.before), why);
            throw new errors/* CutoverError */.DB(putBack.message, { details });
        }
        throw new errors/* CutoverError */.DB(`${why}.`, { details });
    }
    runner/* info */.pq(`${standby} is healthy after ${(0,durations/* formatDuration */.a3)(health.ms)}: ${(0,routers_health/* describeMembers */.lb)(health.targets, member)}`);
    return health;
}
/** Tags the standby with its new release, and returns the snapshot as it reads now. */
async function recordRelease(ledger, snapshot, standby, version) {
    const deployedAt = (0,time/* isoSeconds */.nE)(new Date());
    const stale = [ledger_keys/* LEDGER */.Uz.retiredAt, ledger_keys/* LEDGER */.Uz.tornDownAt, ledger_keys/* LEDGER */.Uz.teardownStarted].filter((key) => key in snapshot.tags[standby]);
    // A freshly deployed standby is not a retired color: teardown must not take it for one.
    await ledger.write(standby, { [ledger_keys/* LEDGER */.Uz.color]: standby, [ledger_keys/* LEDGER */.Uz.version]: version, [ledger_keys/* LEDGER */.Uz.deployedAt]: deployedAt, [ledger_keys/* LEDGER */.Uz.run]: (0,ledger_keys/* runMark */.n6)() }, stale);
    runner/* info */.pq(`Ledger ${standby} ${ledger_keys/* LEDGER */.Uz.version}: ${snapshot.tags[standby][ledger_keys/* LEDGER */.Uz.version] ?? "(none)"} → ${version}; ${ledger_keys/* LEDGER */.Uz.deployedAt} → ${deployedAt}${stale.length ? `; removed ${stale.join(", ")}` : ""}`);
    const tags = {
        ...snapshot.tags,
        [standby]: { ...snapshot.tags[standby], [ledger_keys/* LEDGER */.Uz.version]: version, [ledger_keys/* LEDGER */.Uz.deployedAt]: deployedAt },
    };
    for (const key of stale)
        delete tags[standby][key];
    return { ...snapshot, tags };
}
function driftSection(drift, mode, { active, standby }, words) {
    if (drift.length)
        return `**Config drift between ${active} and ${standby}:**\n\n${driftTable(drift, active, standby)}`;
    return mode === "off" ? "" : `No config drift between the two ${words.pool}s.`;
}
/**
 * A router that health-checks a pool only while a route names it (ALB: Target.NotInUse) would leave
 * a standby in no route unchecked however long one waits. It joins the production routes at weight
 * 0, which sends it no traffic; a failed write is put back.
 */
async function referenceStandby(routes, state, standby, words) {
    const changes = routes.planReference(state, standby);
    if (changes.length === 0)
        return [];
    const unchecked = words.unchecked ?? "the router does not health-check it";
    runner/* info */.pq(`No route names ${standby}, so ${unchecked}: adding it at weight 0 to the production routes. It takes no traffic until the switch.`);
    try {
        await routes.apply(changes);
    }
    catch (error) {
        if (!(error instanceof router/* RouteWriteError */.t2))
            throw error;
        throw await routes.putBack(error.written.map((c) => c.before), error.message);
    }
    return changes;
}
/** register-targets, for routers whose pools take members listed here; checked as the router reads them. */
function readRegisterTargets(router) {
    const kind = (0,registry/* kindOf */.I)(router);
    if (kind.readTargets)
        return kind.readTargets("register-targets");
    if (!(0,inputs/* readString */.E3)("register-targets"))
        return [];
    // With several routers, one list could not say which member's pool each target joins.
    const why = router.members
        ? "is for one router; with several routers (routers:) it cannot say which router's pool each entry joins: add them in deploy-command"
        : `is for routers whose pools take members listed here (alb); the ${router.kind} router does not: its deploy-command fills the pool`;
    throw (0,inputs/* inputError */.Xu)("register-targets", why, "(empty)");
}
async function checkDrift(pool, words, active, standby, mode) {
    const [a, s] = await Promise.all([pool.settings(active), pool.settings(standby)]);
    const drift = compareSettings(a, s);
    if (drift.length === 0) {
        runner/* info */.pq(`No config drift between ${active} and ${standby}.`);
        return drift;
    }
    const lines = drift.map((d) => `${d.setting}: ${active} ${d.active}, ${standby} ${d.standby}`).join("; ");
    if (mode === "fail")
        throw new errors/* CutoverError */.DB(`The standby's ${words.pool} drifted from the active one's (drift: fail): ${lines}. Nothing was deployed.`);
    runner/* warning */.$e(`The standby's ${words.pool} drifted from the active one's: ${lines}`);
    return drift;
}
function memberTable(targets, member) {
    return (0,report/* table */.tp)([(0,routers_words/* capitalized */.l2)(member), "State", "Reason", "Description"], targets.map((t) => [(0,routers_health/* memberKey */.S7)(t), t.word ?? t.state, t.reason ?? "", t.description ?? ""]));
}
function driftTable(drift, active, standby) {
    return (0,report/* table */.tp)(["Setting", `${active} (active)`, `${standby} (standby)`], drift.map((d) => [d.setting, d.active, d.standby]));
}


/***/ })

};
