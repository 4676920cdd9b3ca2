export const id = 642;
export const ids = [642];
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

/***/ 4642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6257);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_8__ = __webpack_require__(1273);
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2027);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(410);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(978);
/* harmony import */ var _router_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2102);
/* harmony import */ var _router_router_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4797);
/* harmony import */ var _router_routes_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1054);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(4380);









/** Read-only: which color is live, how the routes split traffic, and how healthy each color is. */
const step = {
    name: "status",
    readInputs: () => ({ router: (0,_router_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readRouterConfig */ .a)() }),
    async run({ router: config }, { lb }) {
        const [state, tags, blue, green] = await Promise.all([
            new _router_router_js__WEBPACK_IMPORTED_MODULE_5__/* .Router */ .Ix(lb, config).read(),
            (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_7__/* .readColorTags */ .RK)(lb, config),
            ..._color_js__WEBPACK_IMPORTED_MODULE_8__/* .COLORS */ .l.map((color) => lb.describeTargetHealth(config.targetGroups[color])),
        ]);
        const health = { blue: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("blue", blue ?? [], 1), green: (0,_health_js__WEBPACK_IMPORTED_MODULE_2__/* .judgeHealth */ .u7)("green", green ?? [], 1) };
        const snapshot = { config, state, tags, health };
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(state.active
            ? `Active: ${state.active}.`
            : state.production
                ? "Shifting: both colors take traffic."
                : "The production routes disagree.");
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(snapshot);
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommonOutputs */ .Et)(snapshot);
        const routes = (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(["Route", "Weights"], state.routes.map((r) => [(0,_router_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .routeName */ .xG)(r.ref), (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_6__/* .formatWeights */ .V7)(r.weights)]));
        await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)("cutover status", snapshot, [routes]);
        if (!state.production) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_1__/* .CutoverError */ .DB(`The production routes disagree: ${(0,_router_router_js__WEBPACK_IMPORTED_MODULE_5__/* .describeRoutes */ .oK)((0,_router_router_js__WEBPACK_IMPORTED_MODULE_5__/* .productionRoutes */ .y)(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`);
        }
    },
};


/***/ })

};
