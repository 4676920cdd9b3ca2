export const id = 376;
export const ids = [376];
export const modules = {

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
