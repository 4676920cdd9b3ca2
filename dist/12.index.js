export const id = 12;
export const ids = [12];
export const modules = {

/***/ 7012:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _color_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(1273);
/* harmony import */ var _cutover_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7148);
/* harmony import */ var _inputs_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8229);
/* harmony import */ var _router_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2102);




/** Moves all production traffic to the standby (or a named color) in one verified write. */
const step = {
    name: "switch",
    readInputs: () => ({
        router: (0,_router_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readRouterConfig */ .a)(),
        to: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readChoice */ .Kf)("to", ["standby", ..._color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .lm], "standby"),
        expectedActive: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readOptionalChoice */ .Mm)("expected-active-color", _color_js__WEBPACK_IMPORTED_MODULE_3__/* .COLORS */ .lm),
        requireHealthy: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)("require-healthy", true),
        minHealthy: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readInteger */ .JI)("min-healthy-targets", 1, { min: 0, max: 1000 }),
        dryRun: (0,_inputs_js__WEBPACK_IMPORTED_MODULE_1__/* .readBoolean */ .Vf)("dry-run", false),
    }),
    async run(inputs, { lb }) {
        const outcome = await (0,_cutover_js__WEBPACK_IMPORTED_MODULE_0__/* .flip */ .UU)(lb, inputs.router, { verb: "switch", ...inputs });
        const title = outcome.moved
            ? `cutover: switched to ${outcome.target}`
            : inputs.dryRun
                ? `cutover: switch to ${outcome.target} (dry-run)`
                : `cutover: already on ${outcome.target}`;
        await (0,_cutover_js__WEBPACK_IMPORTED_MODULE_0__/* .reportFlip */ .M7)(outcome, title);
    },
};


/***/ })

};
