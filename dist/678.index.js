export const id = 678;
export const ids = [678];
export const modules = {

/***/ 91678:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCdnPort: () => (/* binding */ createCdnPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(23169);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);


function createCdnPort(options) {
    // CloudFront is global; its API lives in us-east-1 whatever the load balancer's region.
    const client = new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .CloudFrontClient */ .GHk({ region: "us-east-1", maxAttempts: options.maxAttempts, retryMode: "adaptive" });
    return {
        async createInvalidation(distributionId, paths, callerReference) {
            const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .uF)("CloudFront", "CreateInvalidation", () => client.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .CreateInvalidationCommand */ .Yo6({
                DistributionId: distributionId,
                InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } },
            })));
            return { id: out.Invalidation?.Id ?? "", status: out.Invalidation?.Status ?? "" };
        },
        async getInvalidation(distributionId, id) {
            const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .uF)("CloudFront", "GetInvalidation", () => client.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .GetInvalidationCommand */ .Wwh({ DistributionId: distributionId, Id: id })));
            return { id, status: out.Invalidation?.Status ?? "" };
        },
    };
}


/***/ })

};
