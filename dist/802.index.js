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
    }));
}
/**
 * The client for writes that put a router back: a short retry budget of its own, so that they never
 * queue behind a cancelled write's backoff or the adaptive mode's rate limiter, and each attempt
 * bounded, so that they finish inside the runner's 7.5 s cancel grace.
 */
function createUrgentLoadBalancerPort(options) {
    return new SdkLoadBalancer(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ElasticLoadBalancingV2Client */ .MlD({
        region: options.region,
        maxAttempts: URGENT_ATTEMPTS,
        retryMode: "standard",
        requestHandler: { requestTimeout: URGENT_REQUEST_TIMEOUT_MS, connectionTimeout: 1_000 },
    }));
}
const URGENT_ATTEMPTS = 4;
const URGENT_REQUEST_TIMEOUT_MS = 2_000;
class SdkLoadBalancer {
    #client;
    constructor(client) {
        this.#client = client;
    }
    async describeListenerActions(arns) {
        const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeListeners", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeListenersCommand */ .AKE({ ListenerArns: arns })));
        return new Map((out.Listeners ?? []).map((l) => [l.ListenerArn ?? "", l.DefaultActions ?? []]));
    }
    async describeRuleActions(arns) {
        const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeRules", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeRulesCommand */ .Ggo({ RuleArns: arns })));
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
        const command = new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ModifyListenerCommand */ .ugc({ ListenerArn: arn, DefaultActions: actions });
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "ModifyListener", () => (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)(this.#client.send(command, { abortSignal: signal }), signal));
    }
    async modifyRuleActions(arn, actions, signal) {
        const command = new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .ModifyRuleCommand */ .y5P({ RuleArn: arn, Actions: actions });
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "ModifyRule", () => (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)(this.#client.send(command, { abortSignal: signal }), signal));
    }
    async describeTargetHealth(targetGroupArn) {
        const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeTargetHealth", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetHealthCommand */ .qyg({ TargetGroupArn: targetGroupArn })));
        return (out.TargetHealthDescriptions ?? []).map((d) => ({
            id: d.Target?.Id ?? "?",
            port: d.Target?.Port,
            state: d.TargetHealth?.State ?? "unknown",
            reason: d.TargetHealth?.Reason,
            description: d.TargetHealth?.Description,
        }));
    }
    async describeTags(arns) {
        const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeTags", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTagsCommand */ .yRM({ ResourceArns: arns })));
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
    async describeTargetGroupSettings(targetGroupArn) {
        const [groups, attributes] = await Promise.all([
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeTargetGroups", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetGroupsCommand */ .sC7({ TargetGroupArns: [targetGroupArn] }))),
            (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "DescribeTargetGroupAttributes", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .DescribeTargetGroupAttributesCommand */ .cKh({ TargetGroupArn: targetGroupArn }))),
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
    async addTags(arn, tags) {
        const Tags = Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "AddTags", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .AddTagsCommand */ .yjM({ ResourceArns: [arn], Tags })));
    }
    async removeTags(arn, keys) {
        await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("ELBv2", "RemoveTags", () => this.#client.send(new _aws_sdk_client_elastic_load_balancing_v2__WEBPACK_IMPORTED_MODULE_2__/* .RemoveTagsCommand */ .L1A({ ResourceArns: [arn], TagKeys: keys })));
    }
}


/***/ })

};
