export const id = 942;
export const ids = [942,55,569];
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

/***/ 63980:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ standbyUrl)
/* harmony export */ });
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90342);



/** The standby's URL through the test route: always pointed at the standby, off the user's path. */
async function standbyUrl(traffic, router) {
    const url = await traffic.testUrl?.();
    if (!url)
        throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB("No URL for the standby: give url, or a test route whose URL can be looked up.");
    _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`The standby is reached through the ${router.words?.testRoute ?? "test route"} at ${(0,_core_urls_js__WEBPACK_IMPORTED_MODULE_2__/* .shownUrl */ .zA)(url)}`);
    return url;
}


/***/ }),

/***/ 83942:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PHASES: () => (/* binding */ PHASES),
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97529);
/* harmony import */ var _core_log_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(67304);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36506);
/* harmony import */ var _environment_settings_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(55853);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(88296);
/* harmony import */ var _deploy_standby_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50055);
/* harmony import */ var _migrate_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(74829);
/* harmony import */ var _purge_cdn_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(56645);
/* harmony import */ var _smoke_test_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(3694);
/* harmony import */ var _soak_monitor_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(29207);
/* harmony import */ var _switch_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30569);
/* harmony import */ var _warm_caches_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(8088);












const names = (step) => _environment_settings_js__WEBPACK_IMPORTED_MODULE_3__/* .SETTING_NAMES */ .OI[step] ?? {};
/** The one-step cutover: the steps in order, each reading its own inputs, each skipped when left out. */
const PHASES = [
    { step: _migrate_js__WEBPACK_IMPORTED_MODULE_6__.step, when: ["migrations"], names: names("migrate") },
    { step: _deploy_standby_js__WEBPACK_IMPORTED_MODULE_5__.step, when: ["version"], names: {} },
    { step: _smoke_test_js__WEBPACK_IMPORTED_MODULE_8__.step, when: ["checks"], names: names("smoke-test") },
    { step: _warm_caches_js__WEBPACK_IMPORTED_MODULE_11__.step, when: ["warm-paths", "warm-paths-file", "sitemap"], names: names("warm-caches") },
    { step: _switch_js__WEBPACK_IMPORTED_MODULE_10__.step, when: [], names: {} },
    { step: _purge_cdn_js__WEBPACK_IMPORTED_MODULE_7__.step, when: ["distribution-id"], names: names("purge-cdn") },
    { step: _soak_monitor_js__WEBPACK_IMPORTED_MODULE_9__.step, when: ["soak-duration"], names: names("soak-monitor") },
];
function active(phase) {
    return phase.when.length === 0 || phase.when.some((name) => (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)(name) !== "");
}
/** migrate, deploy-standby, smoke-test, warm-caches, switch, purge-cdn and soak-monitor, in one process. */
const step = {
    name: "cutover",
    readInputs: () => {
        // Every phase's inputs are read and checked before the first AWS call of any of them.
        const phases = PHASES.filter(active).map((phase) => ({
            step: phase.step,
            inputs: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readingAs */ .hf)(phase.names, () => phase.step.readInputs()),
        }));
        return { router: phases[0].inputs.router, phases };
    },
    async run({ phases }, ports) {
        const skipped = PHASES.filter((p) => !phases.some((q) => q.step === p.step)).map((p) => p.step.name);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_2__/* .info */ .pq(`Phases: ${phases.map((p) => p.step.name).join(" → ")}${skipped.length ? `; skipped (their inputs are empty): ${skipped.join(", ")}` : ""}.`);
        const handoff = {};
        for (const phase of phases) {
            (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_4__/* .startPhase */ .CJ)(phase.step.name);
            const inputs = withHandoff(phase.inputs, handoff);
            Object.assign(handoff, await (0,_core_log_js__WEBPACK_IMPORTED_MODULE_1__/* .inGroup */ .H)(`cutover: ${phase.step.name}`, () => phase.step.run(inputs, ports)));
        }
    },
};
/** A later phase finishes the deployment an earlier one opened, unless deployment-id named one. */
function withHandoff(inputs, handoff) {
    const deployments = inputs.deployments;
    if (!deployments || deployments.deploymentId || !handoff.deploymentId)
        return inputs;
    return { ...inputs, deployments: { ...deployments, deploymentId: handoff.deploymentId } };
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


/***/ }),

/***/ 56645:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(60178);
/* harmony import */ var _cdn_report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38236);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(16590);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36506);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(88296);
/* harmony import */ var _routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(18493);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(35851);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(79440);









/** Invalidates the HTML the edge still holds from the old color, and waits until it is gone. */
const step = {
    name: "purge-cdn",
    readInputs: () => {
        const router = (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_7__/* .readRouterConfig */ .ab)();
        return { router, purge: (0,_cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__/* .readPurgeConfig */ .C3)(true, router.aws.partition) };
    },
    async run({ router, purge: config }, ports) {
        const snapshot = await (0,_step_js__WEBPACK_IMPORTED_MODULE_8__/* .readStepSnapshot */ .F5)(ports.router, router);
        const active = (0,_github_report_js__WEBPACK_IMPORTED_MODULE_4__/* .leadingColor */ .uG)(snapshot.state);
        const cdn = await ports.cdn();
        const report = await (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_2__/* .cancellable */ .nZ)("stopping the wait for the invalidation", (signal) => (0,_cdn_purge_js__WEBPACK_IMPORTED_MODULE_0__/* .purge */ .OU)(cdn, config, `to-${active}`, (0,_routers_ledger_keys_js__WEBPACK_IMPORTED_MODULE_6__/* .versionOf */ .E4)(snapshot.tags[active]), signal));
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_4__/* .setCommonOutputs */ .Et)(snapshot);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_3__/* .setOutput */ .uH("invalidation-ids", report.invalidations.map((i) => i.invalidationId).join(","));
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_5__/* .writeSummary */ .Sy)(`cutover purge-cdn: ${report.paths.length} path(s) on ${report.invalidations.length} distribution(s)`, snapshot, (0,_cdn_report_js__WEBPACK_IMPORTED_MODULE_1__/* .purgeSections */ .q)(report));
    },
};


/***/ }),

/***/ 3694:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(48161);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(76760);
/* harmony import */ var _core_color_js__WEBPACK_IMPORTED_MODULE_17__ = __webpack_require__(66101);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(62807);
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(36506);
/* harmony import */ var _core_time_js__WEBPACK_IMPORTED_MODULE_18__ = __webpack_require__(3669);
/* harmony import */ var _core_urls_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(90342);
/* harmony import */ var _github_report_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(62546);
/* harmony import */ var _github_summary_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(88296);
/* harmony import */ var _probe_http_js__WEBPACK_IMPORTED_MODULE_9__ = __webpack_require__(75005);
/* harmony import */ var _probe_inputs_js__WEBPACK_IMPORTED_MODULE_10__ = __webpack_require__(30036);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_11__ = __webpack_require__(35851);
/* harmony import */ var _routing_router_js__WEBPACK_IMPORTED_MODULE_12__ = __webpack_require__(62232);
/* harmony import */ var _routing_standby_js__WEBPACK_IMPORTED_MODULE_13__ = __webpack_require__(63980);
/* harmony import */ var _smoke_checks_js__WEBPACK_IMPORTED_MODULE_14__ = __webpack_require__(77411);
/* harmony import */ var _smoke_run_js__WEBPACK_IMPORTED_MODULE_15__ = __webpack_require__(2123);
/* harmony import */ var _step_js__WEBPACK_IMPORTED_MODULE_16__ = __webpack_require__(79440);



















/** HTTP checks against the standby (or the active, or both), off the user's path. Never writes to AWS. */
const step = {
    name: "smoke-test",
    readInputs: () => {
        const router = (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_11__/* .readRouterConfig */ .ab)();
        const target = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readChoice */ .Kf)("target", ["standby", "active", "both"], "standby");
        const url = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readUrl */ .wo)("url", "http://test.shop.example.com:8080");
        const activeUrl = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readUrl */ .wo)("active-url", "https://shop.example.com");
        const checks = (0,_smoke_checks_js__WEBPACK_IMPORTED_MODULE_14__/* .readChecks */ .wf)();
        const needsActive = target !== "standby" || checks.some((c) => c.kind === "session");
        if (target !== "active" && !url && !router.testUrlKnown) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("url", `is required to reach the standby: the ${router.kind} router cannot look up where its ${router.words?.testRoute ?? "test route"} answers, or none is given (${router.testRouteInputs.join(", ")})`, "http://test.shop.example.com:8080");
        }
        if (needsActive && !activeUrl) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("active-url", `is required with target: ${target}${target === "standby" ? " when a session check signs in on the active color" : ""}`, "https://shop.example.com");
        }
        if (target !== "both" && checks.some((c) => c.kind === "compare")) {
            throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("target", "must be both when checks include a compare check", "both");
        }
        const cdnOrigins = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readList */ .LD)("cdn-origins").map((o) => readOrigin(o));
        const reportPath = (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .readString */ .E3)("report-path", node_path__WEBPACK_IMPORTED_MODULE_2__.join(process.env.RUNNER_TEMP || (0,node_os__WEBPACK_IMPORTED_MODULE_1__.tmpdir)(), "cutover-smoke-report.json"));
        return {
            router,
            target,
            url,
            activeUrl,
            checks,
            probe: (0,_probe_inputs_js__WEBPACK_IMPORTED_MODULE_10__/* .readProbeOptions */ .vP)({ retries: 0, concurrency: 4 }),
            cdnOrigins,
            reportPath,
        };
    },
    async run(inputs, ports) {
        const snapshot = await (0,_step_js__WEBPACK_IMPORTED_MODULE_16__/* .readStepSnapshot */ .F5)(ports.router, inputs.router);
        const active = (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .leadingColor */ .uG)(snapshot.state);
        const bases = { active: inputs.activeUrl };
        if (inputs.target !== "active") {
            checkTestRoute(snapshot.state, inputs.url);
            bases.standby = inputs.url ?? (await (0,_routing_standby_js__WEBPACK_IMPORTED_MODULE_13__/* .standbyUrl */ .R)(ports.router.traffic, inputs.router));
        }
        const targets = inputs.target === "both" ? ["standby", "active"] : [inputs.target];
        for (const t of targets)
            _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Checking the ${t} color (${t === "active" ? active : (0,_core_color_js__WEBPACK_IMPORTED_MODULE_17__/* .otherColor */ .I)(active)}) at ${bases[t] ? (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .shownUrl */ .zA)(bases[t]) : ""}`);
        const checked = Object.values(bases).flatMap((b) => (b ? [b.origin] : []));
        const prober = new _probe_http_js__WEBPACK_IMPORTED_MODULE_9__/* .Prober */ .JC({ ...inputs.probe, credentialOrigins: [...checked, ...(inputs.probe.credentialOrigins ?? [])] });
        const results = [];
        const expected = inputs.checks.reduce((n, c) => n + (c.kind === "compare" ? 1 : targets.length), 0);
        const stopProgress = (0,_core_time_js__WEBPACK_IMPORTED_MODULE_18__/* .every */ .Si)(PROGRESS_MS, () => _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`Smoke checks: ${results.length} of ${expected} done.`));
        try {
            for (const check of inputs.checks) {
                if (check.kind === "compare")
                    results.push(log(await (0,_smoke_run_js__WEBPACK_IMPORTED_MODULE_15__/* .compareColors */ .eU)(check, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
                else
                    for (const t of targets)
                        results.push(log(await (0,_smoke_run_js__WEBPACK_IMPORTED_MODULE_15__/* .runCheck */ .k_)(check, t, { prober, bases, cdnOrigins: inputs.cdnOrigins })));
            }
        }
        finally {
            stopProgress();
            prober.close();
        }
        const failed = results.filter((r) => !r.ok);
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.mkdirSync)(node_path__WEBPACK_IMPORTED_MODULE_2__.dirname(inputs.reportPath), { recursive: true });
        (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.writeFileSync)(inputs.reportPath, _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .reportText */ .UH(`${JSON.stringify({ active, bases: Object.fromEntries(Object.entries(bases).map(([k, v]) => [k, v && (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .shownUrl */ .zA)(v)])), results }, null, 2)}\n`));
        (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .setCommonOutputs */ .Et)(snapshot);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("passed", String(results.length - failed.length));
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("failed", String(failed.length));
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .setOutput */ .uH("report-path", inputs.reportPath);
        const rows = results.map((r) => [
            r.ok ? "✅" : "❌",
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.name, 80),
            r.kind,
            r.target,
            String(r.status ?? "—"),
            r.latencyMs === undefined ? "—" : `${r.latencyMs} ms`,
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.reason ?? "", 500),
        ]);
        const verdict = failed.length
            ? `**Failed:** ${failed.length} of ${results.length} checks failed; nothing was changed.`
            : `**Passed:** ${results.length} of ${results.length} checks.`;
        await (0,_github_summary_js__WEBPACK_IMPORTED_MODULE_8__/* .writeSummary */ .Sy)(`cutover smoke-test: ${results.length - failed.length} passed, ${failed.length} failed`, snapshot, [
            verdict,
            (0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .table */ .tp)(["", "Check", "Kind", "Color", "Status", "Latency", "Why it failed"], rows),
        ]);
        if (failed.length) {
            const named = failed.slice(0, NAMED_FAILURES).map((r) => `${(0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.name, 80)} [${r.target}]: ${(0,_github_report_js__WEBPACK_IMPORTED_MODULE_7__/* .clip */ .$Q)(r.reason ?? "")}`);
            const more = failed.length > NAMED_FAILURES ? `; and ${failed.length - NAMED_FAILURES} more, in the log above` : "";
            throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CutoverError */ .DB(`${failed.length} of ${results.length} smoke checks failed: ${named.join("; ")}${more}`);
        }
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(`All ${results.length} smoke checks passed.`);
    },
};
const PROGRESS_MS = 10_000;
/** Failures named in the error line; the rest are in the log and the summary. */
const NAMED_FAILURES = 10;
/** The standby reached through a test route that sends to the live color would be the live color. */
function checkTestRoute(state, url) {
    const problem = (0,_routing_router_js__WEBPACK_IMPORTED_MODULE_12__/* .testRouteProblem */ .PP)(state);
    if (!problem)
        return;
    if (url) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .warning */ .$e(`${problem} If url leads through that test route, this smoke test checks the live color.`);
        return;
    }
    throw new _core_errors_js__WEBPACK_IMPORTED_MODULE_3__/* .CutoverError */ .DB(`smoke-test would be checking the live color, not the standby. ${problem}`);
}
function log(result) {
    const figures = [result.status, result.latencyMs === undefined ? undefined : `${result.latencyMs} ms`]
        .filter((x) => x !== undefined)
        .join(", ");
    const line = `${result.ok ? "✓" : "✗"} ${result.name} [${result.target}] ${figures}${result.reason ? `: ${result.reason}` : ""}`;
    if (result.ok)
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .info */ .pq(line);
    else
        _core_runner_js__WEBPACK_IMPORTED_MODULE_5__/* .error */ .z3(line);
    return result;
}
function readOrigin(value) {
    const origin = (0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .httpOrigin */ .dp)(value);
    if (!origin)
        throw (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_4__/* .inputError */ .Xu)("cdn-origins", `must be http(s) origins, got ${JSON.stringify((0,_core_urls_js__WEBPACK_IMPORTED_MODULE_6__/* .hideUserinfo */ .kc)(value))}`, "https://cdn.shop.example.com");
    return origin;
}


/***/ }),

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


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  step: () => (/* binding */ warm_caches_step)
});

// EXTERNAL MODULE: ./build/core/durations.js
var durations = __webpack_require__(15427);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(62807);
// EXTERNAL MODULE: ./build/core/inputs.js
var inputs = __webpack_require__(97529);
// EXTERNAL MODULE: ./build/core/runner.js + 4 modules
var runner = __webpack_require__(36506);
// EXTERNAL MODULE: ./build/core/time.js
var time = __webpack_require__(3669);
// EXTERNAL MODULE: ./build/core/urls.js
var core_urls = __webpack_require__(90342);
// EXTERNAL MODULE: ./build/github/report.js
var report = __webpack_require__(62546);
// EXTERNAL MODULE: ./build/github/summary.js + 2 modules
var summary = __webpack_require__(88296);
// EXTERNAL MODULE: ./build/probe/http.js
var http = __webpack_require__(75005);
// EXTERNAL MODULE: ./build/probe/inputs.js
var probe_inputs = __webpack_require__(30036);
// EXTERNAL MODULE: ./build/probe/pool.js
var pool = __webpack_require__(86327);
// EXTERNAL MODULE: ./build/probe/stats.js
var stats = __webpack_require__(20962);
// EXTERNAL MODULE: ./build/routers/registry.js + 60 modules
var registry = __webpack_require__(35851);
// EXTERNAL MODULE: ./build/routing/standby.js
var standby = __webpack_require__(63980);
// EXTERNAL MODULE: ./build/step.js + 1 modules
var step = __webpack_require__(79440);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(73024);
;// CONCATENATED MODULE: ./build/warm/paths.js





/** Paths at the most, whatever the sitemaps hold, so memory stays bounded. */
const MAX_PATHS = 50_000;
const MAX_SITEMAPS = 100;
/** A paths-file larger than this is a mistake: MAX_PATHS paths of a sane length fit well within. */
const MAX_PATHS_FILE_BYTES = 4 * 1024 * 1024;
function checkPath(name, path) {
    const problem = (0,core_urls/* pathProblem */.z9)(path);
    if (problem)
        throw (0,inputs/* inputError */.Xu)(name, `holds ${JSON.stringify(path)}, which ${problem}: each must be a path on the warmed host`, "/, /products, /api/menu");
    return path;
}
function readPathSources() {
    const listed = (0,inputs/* readList */.LD)("paths").map((p) => checkPath("paths", p));
    const file = (0,inputs/* readString */.E3)("paths-file");
    let fromFile = [];
    if (file) {
        try {
            const size = (0,external_node_fs_.statSync)(file).size;
            if (size > MAX_PATHS_FILE_BYTES)
                throw new Error(`it holds ${size} bytes, more than ${MAX_PATHS_FILE_BYTES / 1024 / 1024} MiB`);
            fromFile = (0,external_node_fs_.readFileSync)(file, "utf8")
                .split("\n")
                .map((l) => l.trim())
                .filter((l) => l && !l.startsWith("#"));
        }
        catch (error) {
            throw (0,inputs/* inputError */.Xu)("paths-file", `names ${file}, which cannot be read (${error.message})`, ".github/warm-paths.txt");
        }
        for (const p of fromFile)
            checkPath("paths-file", p);
        if (fromFile.length > MAX_PATHS)
            throw (0,inputs/* inputError */.Xu)("paths-file", `lists ${fromFile.length} paths, more than ${MAX_PATHS}`, ".github/warm-paths.txt");
    }
    const sitemap = (0,inputs/* readUrl */.wo)("sitemap", "https://shop.example.com/sitemap.xml");
    const paths = [...listed, ...fromFile];
    return { paths: paths.length || sitemap ? paths : ["/"], sitemap };
}
/** Every path the sitemap lists, following sitemap indexes; URLs become paths on the warmed host. */
async function sitemapPaths(prober, sitemap) {
    const queue = [sitemap];
    const seen = new Set();
    const paths = new Set();
    while (queue.length && seen.size < MAX_SITEMAPS && paths.size < MAX_PATHS) {
        const url = queue.shift();
        if (seen.has(url.href))
            continue;
        seen.add(url.href);
        const answer = await prober.send({ url }, { readBody: true });
        if (answer.error || answer.status !== 200) {
            throw new errors/* ConfigurationError */.j1(`Input 'sitemap': ${(0,core_urls/* shownUrl */.zA)(url)} answered ${answer.error ?? `HTTP ${answer.status}`}. Example: sitemap: https://shop.example.com/sitemap.xml`);
        }
        const body = answer.body.trimStart();
        if (!/^(<\?xml|<urlset|<sitemapindex)/.test(body)) {
            throw new errors/* ConfigurationError */.j1(`Input 'sitemap': ${(0,core_urls/* shownUrl */.zA)(url)} is not XML (it starts with ${JSON.stringify(body.slice(0, 40))}). Example: sitemap: https://shop.example.com/sitemap.xml`);
        }
        const locs = [...body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1]);
        for (const loc of locs) {
            const target = new URL(loc.replaceAll("&amp;", "&"), url);
            // "A Sitemap index file can only specify Sitemaps that are found on the same site as the
            // Sitemap index file" (sitemaps.org protocol): nested sitemaps elsewhere are not fetched.
            if (body.includes("<sitemapindex")) {
                if (target.origin === url.origin)
                    queue.push(target);
            }
            else if (paths.size < MAX_PATHS)
                paths.add(`/${target.pathname.replace(/^\/+/, "")}${target.search}`);
        }
    }
    if (paths.size >= MAX_PATHS)
        runner/* warning */.$e(`The sitemaps list more than ${MAX_PATHS} paths; only the first ${MAX_PATHS} are warmed.`);
    return [...paths];
}

;// CONCATENATED MODULE: ./build/steps/warm-caches.js
















/**
 * Requests the critical paths on the standby so that its caches and pools are warm before users
 * arrive. Errors are counted, not fatal one by one: only the overall error rate can fail it.
 */
const warm_caches_step = {
    name: "warm-caches",
    readInputs: () => ({
        router: (0,registry/* readRouterConfig */.ab)(),
        url: (0,inputs/* readUrl */.wo)("url", "http://test.shop.example.com:8080"),
        sources: readPathSources(),
        requestsPerPath: (0,inputs/* readInteger */.JI)("requests-per-path", 1, { min: 1, max: 1000 }),
        durationMs: (0,inputs/* readString */.E3)("duration") ? (0,durations/* readDuration */.$7)("duration", "0s", 3_600_000) : 0,
        maxErrorRate: (0,inputs/* readPercent */.oO)("max-error-rate", "5%"),
        probe: (0,probe_inputs/* readProbeOptions */.vP)({ retries: 0, concurrency: 8 }),
    }),
    async run(inputs, ports) {
        const snapshot = await (0,step/* readStepSnapshot */.F5)(ports.router, inputs.router);
        const base = inputs.url ?? (await (0,standby/* standbyUrl */.R)(ports.router.traffic, inputs.router));
        const prober = new http/* Prober */.JC({ ...inputs.probe, credentialOrigins: [base.origin, ...(inputs.probe.credentialOrigins ?? [])] });
        try {
            const paths = [
                ...new Set([
                    ...inputs.sources.paths,
                    ...(inputs.sources.sitemap ? await sitemapPaths(prober, inputs.sources.sitemap) : []),
                ]),
            ];
            runner/* info */.pq(`Warming ${paths.length} path(s) × ${inputs.requestsPerPath} on ${base.origin}, ${inputs.probe.concurrency} at a time${inputs.durationMs ? `, for ${(0,durations/* formatDuration */.a3)(inputs.durationMs)}` : ""}.`);
            const passes = await warm(prober, base, paths, inputs);
            const [first, last] = [passes.first, passes.last];
            (0,report/* setCommonOutputs */.Et)(snapshot);
            runner/* setOutput */.uH("requests", String(passes.requests));
            runner/* setOutput */.uH("errors", String(passes.errors));
            runner/* setOutput */.uH("requests-per-second", String(Math.round(passes.requests / (passes.ms / 1000))));
            const row = (label, f) => [
                label,
                String(f.count),
                String(f.errors),
                `${f.p50Ms} ms`,
                `${f.p95Ms} ms`,
            ];
            const rate = passes.requests ? passes.errors / passes.requests : 0;
            const tooMany = rate > inputs.maxErrorRate;
            await (0,summary/* writeSummary */.Sy)(`cutover warm-caches: ${passes.requests} requests to ${paths.length} path(s), ${passes.errors} errors`, snapshot, [
                tooMany
                    ? `**Failed:** ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%.`
                    : "",
                (0,report/* table */.tp)(["Pass", "Requests", "Errors", "p50", "p95"], [row("first", first), ...(passes.count > 1 ? [row(`last (#${passes.count})`, last)] : [])]),
            ]);
            if (tooMany) {
                throw new errors/* CutoverError */.DB(`warm-caches saw ${(rate * 100).toFixed(1)}% errors, more than max-error-rate ${(inputs.maxErrorRate * 100).toFixed(1)}%: first pass ${(0,stats/* describeFigures */.pU)(first)}`);
            }
        }
        finally {
            prober.close();
        }
    },
};
const PROGRESS_MS = 10_000;
/** Passes over all paths until `duration` is spent (one pass without it); keeps only first and last figures. */
async function warm(prober, base, paths, inputs) {
    // Every path is checked before the first request, and each URL is built once for all passes.
    const urls = paths.map((path) => (0,core_urls/* pathOn */.XA)(base, path));
    const started = performance.now();
    let first;
    let last;
    let count = 0;
    let requests = 0;
    let errors = 0;
    do {
        const outcomes = [];
        const work = function* () {
            for (const url of urls)
                for (let i = 0; i < inputs.requestsPerPath; i++)
                    yield url;
        };
        const total = paths.length * inputs.requestsPerPath;
        const stopProgress = (0,time/* every */.Si)(PROGRESS_MS, () => runner/* info */.pq(`Pass ${count + 1}: ${outcomes.length} of ${total} requests answered; ${(0,stats/* describeFigures */.pU)((0,stats/* figures */.u5)(outcomes))}`));
        await (0,pool/* forEachLimited */.v)(work(), inputs.probe.concurrency, async (url) => {
            const answer = await prober.send({ url });
            outcomes.push({ status: answer.status, latencyMs: answer.latencyMs, failed: answer.failed || answer.status >= 400 });
        }).finally(stopProgress);
        count += 1;
        last = (0,stats/* figures */.u5)(outcomes);
        first ??= last;
        requests += last.count;
        errors += last.errors;
        runner/* info */.pq(`Pass ${count}: ${(0,stats/* describeFigures */.pU)(last)}`);
    } while (performance.now() - started < inputs.durationMs);
    return { first: first, last: last, count, requests, errors, ms: performance.now() - started };
}


/***/ })

};
