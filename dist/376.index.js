export const id = 376;
export const ids = [376];
export const modules = {

/***/ 3590:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M7: () => (/* binding */ reportFlip)
/* harmony export */ });
/* unused harmony exports trafficVerdict, timelineTable */
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/* harmony import */ var _health_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(410);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8229);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(978);
/* harmony import */ var _router_routes_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1054);





/** Whether traffic was seen to move, in words an on-call engineer can act on. */
function trafficVerdict(outcome) {
    if (!outcome.moved)
        return "";
    const seen = [
        outcome.version?.ok ? `verify-url: ${outcome.version.detail}` : "",
        outcome.drain?.drained ? `CloudWatch: ${outcome.drain.detail}` : "",
    ].filter(Boolean);
    const tail = outcome.drain && !outcome.drain.drained ? ` Not drained yet: ${outcome.drain.detail}.` : "";
    if (seen.length)
        return `**Traffic was seen to move** (${seen.join("; ")}).${tail}`;
    return `**Traffic was not observed**: every route read back with the new weights, but no verify-url or drain-timeout was set to watch real requests.${tail}`;
}
function timelineTable(timeline) {
    return (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .table */ .tp)(["At", "Production weights", "Event"], timeline.map((e) => [`+${(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__/* .formatDuration */ .a3)(e.t)}`, (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(e.weights), e.event]));
}
/** The log lines, outputs and summary that switch and rollback share. */
async function reportFlip(outcome, title, notes = []) {
    const { after, target, previous, changes } = outcome;
    (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .logSnapshot */ .XJ)(after);
    (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .setCommonOutputs */ .Et)(after);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("previous-color", previous);
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("switched", String(outcome.moved));
    _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .setOutput */ .uH("switched-at", outcome.movedAt ?? "");
    const verdict = trafficVerdict(outcome);
    if (verdict)
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(verdict.replaceAll("**", ""));
    const rows = changes.map((c) => ({
        route: (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .routeName */ .xG)(c.ref),
        before: (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(c.before.weights),
        after: outcome.moved ? (0,_router_routes_js__WEBPACK_IMPORTED_MODULE_4__/* .formatWeights */ .V7)(c.after) : "(not written)",
    }));
    const health = outcome.health
        ? `Health gate on ${target}: ${outcome.health.ok ? "passed" : "skipped"}: ${(0,_health_js__WEBPACK_IMPORTED_MODULE_1__/* .describeTargets */ .Eg)(outcome.health.targets)}`
        : "";
    const gates = outcome.gates.map((g, i) => `Gates after step ${i + 1}: ${g.ok ? "passed" : `${g.gate} failed`}: ${g.detail}`);
    const timing = `Read ${outcome.ms.read} ms · writes, read-back and gates ${outcome.ms.write} ms · total ${outcome.ms.total} ms`;
    await (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .writeSummary */ .Sy)(title, [
        ...notes,
        verdict,
        (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .colorTable */ .sR)(after),
        rows.length ? (0,_report_js__WEBPACK_IMPORTED_MODULE_3__/* .routeTable */ .az)(rows) : `No route needed a change: traffic was already on ${target}.`,
        outcome.timeline.length > 2 ? timelineTable(outcome.timeline) : "",
        health,
        ...gates,
        timing,
    ].filter(Boolean));
}


/***/ }),

/***/ 9376:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _actions_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3218);
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(1273);
/* harmony import */ var _cutover_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3881);
/* harmony import */ var _flip_report_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3590);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8229);
/* harmony import */ var _router_config_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2102);






/** Sends traffic back to the previous color after a health gate, and records why. */
const step = {
    name: "rollback",
    readInputs: () => {
        const to = (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readChoice */ .Kf)("to", ["previous", ..._color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .lm], "previous");
        return {
            router: (0,_router_config_js__WEBPACK_IMPORTED_MODULE_4__/* .readRouterConfig */ .a)(),
            to: to === "previous" ? "standby" : to,
            expectedActive: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readOptionalChoice */ .Mm)("expected-active-color", _color_js__WEBPACK_IMPORTED_MODULE_5__/* .COLORS */ .lm),
            reason: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readRequiredString */ .nf)("reason", "smoke tests failed after release v1.4.2"),
            force: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)("force", false),
            minHealthy: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readInteger */ .JI)("min-healthy-targets", 1, { min: 0, max: 1000 }),
            dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__/* .readBoolean */ .Vf)("dry-run", false),
        };
    },
    async run(inputs, aws) {
        _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .info */ .pq(`Rollback requested: ${inputs.reason}`);
        if (inputs.force)
            _actions_core__WEBPACK_IMPORTED_MODULE_0__/* .warning */ .$e("force: true: the health gate on the color being restored is skipped.");
        const outcome = await (0,_cutover_js__WEBPACK_IMPORTED_MODULE_1__/* .flip */ .UU)(aws, inputs.router, { verb: "rollback", ...inputs, requireHealthy: !inputs.force, steps: [100] });
        const title = outcome.moved
            ? `cutover: rolled back to ${outcome.target}`
            : inputs.dryRun
                ? `cutover: rollback to ${outcome.target} (dry-run)`
                : `cutover: already on ${outcome.target}, no rollback needed`;
        await (0,_flip_report_js__WEBPACK_IMPORTED_MODULE_2__/* .reportFlip */ .M7)(outcome, title, [`**Reason:** ${inputs.reason}`]);
    },
};


/***/ })

};
