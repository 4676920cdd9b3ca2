export const id = 223;
export const ids = [223];
export const modules = {

/***/ 12223:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createRoute53Api: () => (/* binding */ createRoute53Api),
/* harmony export */   createUrgentRoute53Api: () => (/* binding */ createUrgentRoute53Api)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8621);
/* harmony import */ var _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16590);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(62807);
// What cutover needs from the Route 53 API, over @aws-sdk/client-route-53 (loaded on first call).



/** Route 53 answers in well under a second; 10 s without an answer is an attempt to give up on. */
const REQUEST_TIMEOUT_MS = 10_000;
/**
 * Adaptive retries, as for ELBv2: the SDK retries Throttling and PriorRequestNotComplete (it
 * lists the latter among its throttling errors) with backoff. The endpoint comes from
 * AWS_ENDPOINT_URL_ROUTE_53 when set, which the SDK reads itself.
 */
function createRoute53Api(options) {
    return new SdkRoute53(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .Route53Client */ .LhC({
        region: options.region,
        maxAttempts: options.maxAttempts,
        retryMode: "adaptive",
        requestHandler: { requestTimeout: REQUEST_TIMEOUT_MS, connectionTimeout: 3_000, throwOnRequestTimeout: true },
    }));
}
/** For calls inside a cancel's grace: one bounded attempt each; the engine retries them itself. */
function createUrgentRoute53Api(options) {
    return new SdkRoute53(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .Route53Client */ .LhC({
        region: options.region,
        maxAttempts: 1,
        retryMode: "standard",
        requestHandler: { requestTimeout: _core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .URGENT_ATTEMPT_MS */ .Nt, connectionTimeout: 1_000, throwOnRequestTimeout: true },
    }));
}
class SdkRoute53 {
    #client;
    constructor(client) {
        this.#client = client;
    }
    #send(operation, send, signal) {
        return (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_1__/* .awsCall */ .uF)("Route53", operation, () => (0,_core_cancel_js__WEBPACK_IMPORTED_MODULE_0__/* .untilAborted */ .Eu)(send({ abortSignal: signal }), signal));
    }
    /** Every record set of `name` and `type`: the listing starts there, sorted by name then type, and pages on. */
    async listRecords(zoneId, name, type, signal) {
        const found = [];
        let next = {
            StartRecordName: name,
            StartRecordType: type,
        };
        for (;;) {
            const out = await this.#send("ListResourceRecordSets", (o) => this.#client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .ListResourceRecordSetsCommand */ .IOz({ HostedZoneId: zoneId, ...next, MaxItems: 100 }), o), signal);
            const sets = (out.ResourceRecordSets ?? []).map(fromSdk);
            const mine = sets.filter((s) => s.name === name && s.type === type);
            found.push(...mine);
            if (!out.IsTruncated || mine.length < sets.length)
                return found;
            next = {
                StartRecordName: out.NextRecordName,
                StartRecordType: out.NextRecordType,
                ...(out.NextRecordIdentifier ? { StartRecordIdentifier: out.NextRecordIdentifier } : {}),
            };
        }
    }
    async upsert(zoneId, sets, comment, signal) {
        const Changes = sets.map((s) => ({ Action: "UPSERT", ResourceRecordSet: toSdk(s) }));
        const out = await this.#send("ChangeResourceRecordSets", (o) => this.#client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .ChangeResourceRecordSetsCommand */ .yzn({ HostedZoneId: zoneId, ChangeBatch: { Comment: comment, Changes } }), o), signal);
        return { id: out.ChangeInfo?.Id ?? "", attempts: out.$metadata.attempts ?? 1 };
    }
    async changeStatus(id, signal) {
        const out = await this.#send("GetChange", (o) => this.#client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .GetChangeCommand */ .Yn4({ Id: id }), o), signal);
        return out.ChangeInfo?.Status ?? "";
    }
    async nameServers(zoneId, signal) {
        const out = await this.#send("GetHostedZone", (o) => this.#client.send(new _aws_sdk_client_route_53__WEBPACK_IMPORTED_MODULE_2__/* .GetHostedZoneCommand */ .HAz({ Id: zoneId }), o), signal);
        return out.DelegationSet?.NameServers ?? [];
    }
}
function fromSdk(s) {
    return {
        name: (s.Name ?? "").toLowerCase().replace(/\\052/g, "*"),
        type: s.Type ?? "",
        ...(s.SetIdentifier !== undefined ? { setId: s.SetIdentifier } : {}),
        ...(s.Weight !== undefined ? { weight: s.Weight } : {}),
        ...(s.TTL !== undefined ? { ttl: s.TTL } : {}),
        values: (s.ResourceRecords ?? []).map((r) => r.Value ?? ""),
        ...(s.AliasTarget
            ? {
                alias: {
                    zoneId: s.AliasTarget.HostedZoneId ?? "",
                    dnsName: s.AliasTarget.DNSName ?? "",
                    evaluateHealth: Boolean(s.AliasTarget.EvaluateTargetHealth),
                },
            }
            : {}),
        ...(s.HealthCheckId ? { healthCheckId: s.HealthCheckId } : {}),
        other: [
            s.Region && "Region",
            s.Failover && "Failover",
            s.GeoLocation && "GeoLocation",
            s.MultiValueAnswer !== undefined && "MultiValueAnswer",
            s.CidrRoutingConfig && "CidrRoutingConfig",
            s.GeoProximityLocation && "GeoProximityLocation",
        ].filter((x) => Boolean(x)),
    };
}
function toSdk(s) {
    return {
        Name: s.name,
        Type: s.type,
        ...(s.setId !== undefined ? { SetIdentifier: s.setId } : {}),
        ...(s.weight !== undefined ? { Weight: s.weight } : {}),
        ...(s.alias
            ? {
                AliasTarget: { HostedZoneId: s.alias.zoneId, DNSName: s.alias.dnsName, EvaluateTargetHealth: s.alias.evaluateHealth },
            }
            : { TTL: s.ttl, ResourceRecords: s.values.map((Value) => ({ Value })) }),
        ...(s.healthCheckId ? { HealthCheckId: s.healthCheckId } : {}),
    };
}


/***/ })

};
