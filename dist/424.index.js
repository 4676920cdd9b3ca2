export const id = 424;
export const ids = [424];
export const modules = {

/***/ 93424:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createMetricsPort: () => (/* binding */ createMetricsPort)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(44085);
/* harmony import */ var _core_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(62807);


function createMetricsPort(options) {
    const client = new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .CloudWatchClient */ .WBn({ region: options.region, maxAttempts: options.maxAttempts, retryMode: "adaptive" });
    return {
        async getMetrics(queries, start, end, periodSeconds) {
            const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .uF)("CloudWatch", "GetMetricData", () => client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .GetMetricDataCommand */ .Soe({
                StartTime: start,
                EndTime: end,
                ScanBy: "TimestampAscending",
                MetricDataQueries: queries.map((q) => ({
                    Id: q.id,
                    MetricStat: {
                        Metric: {
                            Namespace: "AWS/ApplicationELB",
                            MetricName: q.metric,
                            Dimensions: [
                                ...(q.pool ? [{ Name: "TargetGroup", Value: q.pool }] : []),
                                { Name: "LoadBalancer", Value: q.router },
                            ],
                        },
                        Period: periodSeconds,
                        Stat: q.stat,
                    },
                })),
            })));
            return new Map((out.MetricDataResults ?? []).map((r) => [
                r.Id ?? "",
                (r.Timestamps ?? []).map((t, i) => ({ at: t.getTime(), value: r.Values?.[i] ?? 0 })).sort((a, b) => a.at - b.at),
            ]));
        },
        async describeAlarms(names) {
            const states = [];
            for (let i = 0; i < names.length; i += 100) {
                const out = await (0,_core_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .awsCall */ .uF)("CloudWatch", "DescribeAlarms", () => 
                // Without AlarmTypes, DescribeAlarms returns metric alarms only, never a composite one.
                client.send(new _aws_sdk_client_cloudwatch__WEBPACK_IMPORTED_MODULE_1__/* .DescribeAlarmsCommand */ .zWD({ AlarmNames: names.slice(i, i + 100), AlarmTypes: ["MetricAlarm", "CompositeAlarm"] })));
                for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
                    states.push({ name: a.AlarmName ?? "", state: a.StateValue ?? "", reason: a.StateReason ?? "" });
                }
            }
            return states;
        },
    };
}


/***/ })

};
