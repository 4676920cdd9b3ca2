export const id = 642;
export const ids = [642];
export const modules = {

/***/ 4642:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2027);
/* harmony import */ var _report_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(978);
/* harmony import */ var _router_config_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2102);
/* harmony import */ var _router_router_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(4797);
/* harmony import */ var _runner_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1557);
/* harmony import */ var _snapshot_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4380);
/* harmony import */ var _summary_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5346);







/** Read-only: which color is live, how the routes split traffic, and how healthy each color is. */
const step = {
    name: "status",
    readInputs: () => ({ router: (0,_router_config_js__WEBPACK_IMPORTED_MODULE_2__/* .readRouterConfig */ .a)() }),
    async run({ router: config }, { lb }) {
        const snapshot = await (0,_snapshot_js__WEBPACK_IMPORTED_MODULE_5__/* .readSnapshotWithHealth */ .f2)(lb, config);
        const { state } = snapshot;
        const verdict = state.active
            ? `Active: ${state.active}.`
            : state.production
                ? "Shifting: both colors take traffic."
                : "The production routes disagree.";
        _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(verdict);
        (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .logSnapshot */ .XJ)(snapshot);
        for (const note of (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .colorNotes */ .Jc)(snapshot))
            _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .info */ .pq(note.replaceAll("**", ""));
        (0,_report_js__WEBPACK_IMPORTED_MODULE_1__/* .setCommonOutputs */ .Et)(snapshot);
        const testRoute = (0,_router_router_js__WEBPACK_IMPORTED_MODULE_3__/* .testRouteProblem */ .PP)(state);
        if (testRoute)
            _runner_js__WEBPACK_IMPORTED_MODULE_4__/* .warning */ .$e(testRoute);
        const title = `cutover status: ${state.active ? `${state.active} is live` : state.production ? "shifting" : "routes disagree"}`;
        await (0,_summary_js__WEBPACK_IMPORTED_MODULE_6__/* .writeSummary */ .Sy)(title, snapshot, [testRoute ? `⚠️ ${testRoute}` : ""]);
        if (!state.production) {
            throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__/* .CutoverError */ .DB(`The production routes disagree: ${(0,_router_router_js__WEBPACK_IMPORTED_MODULE_3__/* .describeRoutes */ .oK)((0,_router_router_js__WEBPACK_IMPORTED_MODULE_3__/* .productionRoutes */ .y)(state))}. Run switch or rollback with to: set to the color that should be live to bring them together.`);
        }
    },
};


/***/ })

};
