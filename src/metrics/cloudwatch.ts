import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import { awsCall } from "../core/errors.ts";
import type { ClientOptions } from "../routers/port.ts";

export interface MetricQuery {
  id: string;
  metric: "RequestCount" | "HTTPCode_Target_5XX_Count" | "TargetResponseTime";
  stat: string;
  /** A color's pool (ALB: TargetGroup, `targetgroup/name/id`); left out for the whole router. */
  pool?: string;
  /** The router (ALB: LoadBalancer, `app/name/id`). */
  router: string;
}

export interface Datapoint {
  at: number;
  value: number;
}

export interface AlarmState {
  name: string;
  state: string;
  reason: string;
}

/** What cutover needs from CloudWatch: ALB target-group figures, and alarm states. */
export interface MetricsPort {
  /** One GetMetricData call for all queries; ALB reports a period only once it is over, and only with traffic. */
  getMetrics(queries: MetricQuery[], start: Date, end: Date, periodSeconds: number): Promise<Map<string, Datapoint[]>>;
  describeAlarms(names: string[]): Promise<AlarmState[]>;
}

export function createMetricsPort(options: ClientOptions): MetricsPort {
  const client = new CloudWatchClient({ region: options.region, maxAttempts: options.maxAttempts, retryMode: "adaptive" });
  return {
    async getMetrics(queries, start, end, periodSeconds) {
      const out = await awsCall("CloudWatch", "GetMetricData", () =>
        client.send(
          new GetMetricDataCommand({
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
          }),
        ),
      );
      return new Map(
        (out.MetricDataResults ?? []).map((r) => [
          r.Id ?? "",
          (r.Timestamps ?? []).map((t, i) => ({ at: t.getTime(), value: r.Values?.[i] ?? 0 })).sort((a, b) => a.at - b.at),
        ]),
      );
    },
    async describeAlarms(names) {
      const states: AlarmState[] = [];
      for (let i = 0; i < names.length; i += 100) {
        const out = await awsCall("CloudWatch", "DescribeAlarms", () =>
          // Without AlarmTypes, DescribeAlarms returns metric alarms only, never a composite one.
          client.send(
            new DescribeAlarmsCommand({ AlarmNames: names.slice(i, i + 100), AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }),
          ),
        );
        for (const a of [...(out.MetricAlarms ?? []), ...(out.CompositeAlarms ?? [])]) {
          states.push({ name: a.AlarmName ?? "", state: a.StateValue ?? "", reason: a.StateReason ?? "" });
        }
      }
      return states;
    },
  };
}
