export const id = 802;
export const ids = [802];
export const modules = {

/***/ 47802:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   SdkLoadBalancer: () => (/* binding */ SdkLoadBalancer),
/* harmony export */   createLoadBalancerPort: () => (/* binding */ createLoadBalancerPort),
/* harmony export */   createUrgentLoadBalancerPort: () => (/* binding */ createUrgentLoadBalancerPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(50586);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16590);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);



function createLoadBalancerPort(options) {
    return new SdkLoadBalancer(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ElasticLoadBalancingV2Client */ .MlD({
        region: options.region,
        maxAttempts: options.maxAttempts,
        retryMode: "adaptive",
        // Every attempt is bounded: a call that gets no answer is retried, never waited on for ever.
        // @smithy/node-http-handler only logs a warning at requestTimeout unless throwOnRequestTimeout is set.
        requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: 3_000, throwOnRequestTimeout: true },
    }));
}
/**
 * The client for calls that put a router back: one attempt per call, each bounded by the engine's
 * per-attempt timeout and thrown at it, so that the engine's own short backoff (src/routing/router.ts)
 * retries until the runner's grace ends, never queued behind the SDK's adaptive rate limiter.
 */
function createUrgentLoadBalancerPort(options) {
    return new SdkLoadBalancer(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ElasticLoadBalancingV2Client */ .MlD({
        region: options.region,
        maxAttempts: 1,
        retryMode: "standard",
        requestHandler: { requestTimeout: _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .URGENT_ATTEMPT_MS */ .Nt, connectionTimeout: 1_000, throwOnRequestTimeout: true },
    }));
}
/** ELBv2 answers in well under a second; 10 s without an answer is a call to give up on and retry. */
const REQUEST_TIMEOUT_MS = 10_000;
class SdkLoadBalancer {
    #client;
    constructor(client) {
        this.#client = client;
    }
    /** One call, aborted with its retries when `signal` aborts. */
    #send(operation, send, signal) {
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", operation, () => (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)(send({ abortSignal: signal }), signal));
    }
    async describeListenerActions(arns, signal) {
        const out = await this.#send("DescribeListeners", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeListenersCommand */ .AKE({ ListenerArns: arns }), o), signal);
        return new Map((out.Listeners ?? []).map((l) => [l.ListenerArn ?? "", l.DefaultActions ?? []]));
    }
    async describeRuleActions(arns, signal) {
        const out = await this.#send("DescribeRules", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeRulesCommand */ .Ggo({ RuleArns: arns }), o), signal);
        return new Map((out.Rules ?? []).map((r) => [r.RuleArn ?? "", r.Actions ?? []]));
    }
    async listenerUrl(listenerArn) {
        const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeListeners", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeListenersCommand */ .AKE({ ListenerArns: [listenerArn] })));
        const listener = out.Listeners?.[0];
        const lbs = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeLoadBalancers", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeLoadBalancersCommand */ .AZi({ LoadBalancerArns: [listener?.LoadBalancerArn ?? ""] })));
        const scheme = listener?.Protocol === "HTTPS" ? "https" : "http";
        return new URL(`${scheme}://${lbs.LoadBalancers?.[0]?.DNSName}:${listener?.Port}/`);
    }
    async modifyListenerActions(arn, actions, signal) {
        await this.#send("ModifyListener", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ModifyListenerCommand */ .ugc({ ListenerArn: arn, DefaultActions: actions }), o), signal);
    }
    async modifyRuleActions(arn, actions, signal) {
        await this.#send("ModifyRule", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ModifyRuleCommand */ .y5P({ RuleArn: arn, Actions: actions }), o), signal);
    }
    async describeTargetHealth(targetGroupArn, signal) {
        const out = await this.#send("DescribeTargetHealth", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetHealthCommand */ .qyg({ TargetGroupArn: targetGroupArn }), o), signal);
        return (out.TargetHealthDescriptions ?? []).map((d) => ({
            id: d.Target?.Id ?? "?",
            port: d.Target?.Port,
            ...memberState(d.TargetHealth?.State),
            reason: d.TargetHealth?.Reason,
            description: d.TargetHealth?.Description,
        }));
    }
    async describeTags(arns, signal) {
        const out = await this.#send("DescribeTags", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTagsCommand */ .yRM({ ResourceArns: arns }), o), signal);
        return new Map((out.TagDescriptions ?? []).map((d) => [
            d.ResourceArn ?? "",
            Object.fromEntries((d.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
        ]));
    }
    async registerTargets(targetGroupArn, targets) {
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "RegisterTargets", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .RegisterTargetsCommand */ .PE6({ TargetGroupArn: targetGroupArn, Targets: targets.map((t) => ({ Id: t.id, Port: t.port })) })));
    }
    async deregisterTargets(targetGroupArn, targets) {
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DeregisterTargets", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DeregisterTargetsCommand */ .Atx({
            TargetGroupArn: targetGroupArn,
            Targets: targets.map((t) => ({ Id: t.id, Port: t.port })),
        })));
    }
    async describeTargetGroupSettings(targetGroupArn, signal) {
        const [groups, attributes] = await Promise.all([
            this.#send("DescribeTargetGroups", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetGroupsCommand */ .sC7({ TargetGroupArns: [targetGroupArn] }), o), signal),
            this.#send("DescribeTargetGroupAttributes", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetGroupAttributesCommand */ .cKh({ TargetGroupArn: targetGroupArn }), o), signal),
        ]);
        const g = groups.TargetGroups?.[0];
        return {
            protocol: g?.Protocol ?? "",
            port: g?.Port ?? 0,
            healthCheckPath: g?.HealthCheckPath ?? "",
            healthCheckProtocol: g?.HealthCheckProtocol ?? "",
            matcher: g?.Matcher?.HttpCode ?? g?.Matcher?.GrpcCode ?? "",
            intervalSeconds: g?.HealthCheckIntervalSeconds ?? 0,
            timeoutSeconds: g?.HealthCheckTimeoutSeconds ?? 0,
            healthyThreshold: g?.HealthyThresholdCount ?? 0,
            unhealthyThreshold: g?.UnhealthyThresholdCount ?? 0,
            attributes: Object.fromEntries((attributes.Attributes ?? []).map((a) => [a.Key ?? "", a.Value ?? ""])),
        };
    }
    async addTags(arn, tags, signal) {
        const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
        await this.#send("AddTags", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .AddTagsCommand */ .yjM({ ResourceArns: [arn], Tags }), o), signal);
    }
    async removeTags(arn, keys, signal) {
        await this.#send("RemoveTags", (o) => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .RemoveTagsCommand */ .L1A({ ResourceArns: [arn], TagKeys: keys }), o), signal);
    }
}
/** ELBv2's TargetHealth.State (API reference: TargetHealth) in the routers' shared words, its own kept for the log. */
const STATES = {
    healthy: "healthy",
    unhealthy: "unhealthy",
    initial: "starting",
    draining: "draining",
    "unhealthy.draining": "draining",
    unused: "idle",
    unavailable: "unknown",
};
function memberState(state) {
    const neutral = STATES[state ?? ""] ?? "unknown";
    return state && state !== neutral ? { state: neutral, word: state } : { state: neutral };
}


/***/ })

};
