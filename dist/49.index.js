export const id = 49;
export const ids = [49];
export const modules = {

/***/ 91049:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   step: () => (/* binding */ step)
/* harmony export */ });
/* harmony import */ var _core_inputs_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(97529);
/* harmony import */ var _core_runner_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36506);
/* harmony import */ var _routers_registry_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(35851);



/**
 * Reads and checks the environment file, and hands a job what it needs before it can call AWS: the
 * role to assume and the region, which the ARNs carry. Calls nothing.
 */
const step = {
    name: "environment",
    readInputs: () => ({
        environment: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readRequiredString */ .nf)("environment", "production"),
        router: (0,_routers_registry_js__WEBPACK_IMPORTED_MODULE_2__/* .readRouterConfig */ .ab)(),
        role: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)("role"),
        readRole: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readString */ .E3)("read-role"),
        distributionIds: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readList */ .LD)("distribution-id"),
        environmentUrl: (0,_core_inputs_js__WEBPACK_IMPORTED_MODULE_0__/* .readUrl */ .wo)("environment-url", "https://shop.example.com"),
    }),
    async run({ environment, router, role, readRole, distributionIds, environmentUrl }) {
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("role", role);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("read-role", readRole);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("aws-region", router.aws.region);
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("distribution-id", distributionIds.join(","));
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .setOutput */ .uH("environment-url", environmentUrl?.href ?? "");
        // The region is said with the roles it is for: a router outside AWS with no role has no use for it.
        const aws = role || readRole ? `; region ${router.aws.region}` : "";
        _core_runner_js__WEBPACK_IMPORTED_MODULE_1__/* .info */ .pq(`Environment ${environment}: ${router.description}${aws}${role ? `; role ${role}` : ""}${readRole ? `; read-role ${readRole}` : ""}.`);
        return undefined;
    },
};


/***/ })

};
