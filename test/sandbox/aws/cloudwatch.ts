// A local CloudWatch (awsJson1_0, as the pinned client speaks it): GetMetricData over the figures
// the traffic plane counted, and DescribeAlarms over alarms the control endpoint sets.
import { type MetricStore, STORAGE_RESOLUTION_S, series } from "../traffic/metrics.ts";
import { AwsFault } from "./faults.ts";
import { list, type QueryParams, type QueryValue, type XmlValue } from "./query.ts";

export const CLOUDWATCH_TARGET_PREFIX = "GraniteServiceVersion20100801.";

interface MetricQuery {
  Id: string;
  Label?: string;
  ReturnData?: boolean;
  Expression?: string;
  MetricStat?: {
    Metric: { Namespace?: string; MetricName: string; Dimensions?: { Name: string; Value: string }[] };
    Period: number;
    Stat: string;
  };
}

export interface Alarm {
  name: string;
  type: "MetricAlarm" | "CompositeAlarm";
  state: "OK" | "ALARM" | "INSUFFICIENT_DATA";
  reason: string;
  updatedAt: number;
}

export class CloudWatch {
  readonly alarms = new Map<string, Alarm>();
  /** Real milliseconds per CloudWatch millisecond: a Period of 60 covers 60 s × timeScale. */
  timeScale = 1;
  readonly #metrics: MetricStore;
  readonly #region: string;

  constructor(metrics: MetricStore, region: string) {
    this.#metrics = metrics;
    this.#region = region;
  }

  setAlarm(
    name: string,
    state: Alarm["state"],
    reason = `Set by the sandbox to ${state}`,
    type: Alarm["type"] = this.alarms.get(name)?.type ?? "MetricAlarm",
  ): void {
    this.alarms.set(name, { name, type, state, reason, updatedAt: Date.now() });
  }

  handle(action: string, input: Record<string, unknown>): unknown {
    if (action === "GetMetricData") return this.#getMetricData(input);
    if (action === "DescribeAlarms") return this.#describeAlarms(input);
    throw new AwsFault("InvalidAction", `The action ${action} is not valid for this web service.`);
  }

  #getMetricData(input: Record<string, unknown>): unknown {
    const queries = (input.MetricDataQueries ?? []) as MetricQuery[];
    const start = Number(input.StartTime) * 1000;
    const end = Number(input.EndTime) * 1000;
    if (!Number.isFinite(start) || !Number.isFinite(end) || end <= start) {
      throw new AwsFault("InvalidParameterValue", "The parameter StartTime must be less than the parameter EndTime.");
    }
    if (queries.length === 0 || queries.length > 500) {
      throw new AwsFault("InvalidParameterValue", "MetricDataQueries must contain between 1 and 500 queries.");
    }
    const results = queries.map((q) => {
      if (!q.MetricStat)
        throw new AwsFault("InvalidParameterValue", `The sandbox supports MetricStat queries only (query ${q.Id}).`);
      const { Metric, Period, Stat } = q.MetricStat;
      // MetricStat.Period: 1, 5, 10, 20, 30 or a multiple of 60 (the shorter ones for high-resolution metrics only).
      if (!(Period > 0) || (Period >= 60 && Period % 60 !== 0) || (Period < 60 && ![1, 5, 10, 20, 30].includes(Period))) {
        throw new AwsFault(
          "InvalidParameterValue",
          `The parameter Period must be 1, 5, 10, 20, 30 or a multiple of 60 (query ${q.Id}).`,
        );
      }
      // ALB's metrics have regular resolution: a shorter period gives no finer data than the minute.
      const seconds = Math.max(Period, STORAGE_RESOLUTION_S);
      const dimensions = Object.fromEntries((Metric.Dimensions ?? []).map((d) => [d.Name, d.Value]));
      const found =
        Metric.Namespace === "AWS/ApplicationELB"
          ? series(this.#metrics, {
              metric: Metric.MetricName,
              stat: Stat,
              dimensions,
              periodMs: seconds * 1000 * this.timeScale,
              start,
              end,
            })
          : { timestamps: [], values: [] };
      return {
        Id: q.Id,
        Label: q.Label ?? Metric.MetricName,
        Timestamps: found.timestamps.map((t) => t / 1000),
        Values: found.values,
        StatusCode: "Complete",
      };
    });
    return { MetricDataResults: results.filter((_, i) => queries[i]?.ReturnData !== false), Messages: [] };
  }

  /**
   * DescribeAlarms, AlarmTypes (CloudWatch API reference): "If you omit this parameter, only metric
   * alarms are returned, even if composite alarms exist in the account."
   */
  #describeAlarms(input: Record<string, unknown>): unknown {
    const names = (input.AlarmNames ?? []) as string[];
    const state = input.StateValue as string | undefined;
    const types = (input.AlarmTypes as string[] | undefined) ?? ["MetricAlarm"];
    const alarms = [...this.alarms.values()].filter(
      (a) => (names.length === 0 || names.includes(a.name)) && (!state || a.state === state) && types.includes(a.type),
    );
    const shape = (a: Alarm) => ({
      AlarmName: a.name,
      AlarmArn: `arn:aws:cloudwatch:${this.#region}:123456789012:alarm:${a.name}`,
      StateValue: a.state,
      StateReason: a.reason,
      StateUpdatedTimestamp: a.updatedAt / 1000,
      ...(a.type === "CompositeAlarm" ? { AlarmRule: "ALARM(shop-5xx) OR ALARM(shop-latency)" } : {}),
    });
    return {
      MetricAlarms: alarms.filter((a) => a.type === "MetricAlarm").map(shape),
      CompositeAlarms: alarms.filter((a) => a.type === "CompositeAlarm").map(shape),
    };
  }
}

// CloudWatch also speaks awsQuery, as older clients (the AWS CLI v2 of Debian's awscli among them)
// call it: the same operations, form-encoded, with ISO-8601 timestamps and XML answers.
export const CLOUDWATCH_XMLNS = "http://monitoring.amazonaws.com/doc/2010-08-01/";

/** A query request's params in the JSON shape the handler takes. */
export function fromQuery(params: QueryParams): Record<string, unknown> {
  const seconds = (v: QueryValue | undefined) => (typeof v === "string" ? Date.parse(v) / 1000 : undefined);
  const queries = list(params.MetricDataQueries).map((q) => {
    const query = q as { [key: string]: QueryValue };
    const stat = query.MetricStat as { Metric?: { [key: string]: QueryValue }; Period?: string; Stat?: string } | undefined;
    return {
      ...query,
      ReturnData: query.ReturnData === undefined ? undefined : query.ReturnData === "true",
      MetricStat: stat && {
        Metric: { ...stat.Metric, Dimensions: list(stat.Metric?.Dimensions) },
        Period: Number(stat.Period),
        Stat: stat.Stat,
      },
    };
  });
  return {
    ...params,
    StartTime: seconds(params.StartTime),
    EndTime: seconds(params.EndTime),
    MetricDataQueries: queries,
    AlarmNames: params.AlarmNames && list(params.AlarmNames),
    AlarmTypes: params.AlarmTypes && list(params.AlarmTypes),
  };
}

/** The handler's JSON answer as awsQuery's XML result: epoch seconds become ISO-8601. */
export function toQueryResult(answer: unknown): XmlValue {
  const iso = (t: number) => new Date(t * 1000).toISOString();
  const out = answer as {
    MetricDataResults?: { Timestamps: number[] }[];
    MetricAlarms?: { StateUpdatedTimestamp: number }[];
    CompositeAlarms?: { StateUpdatedTimestamp: number }[];
  };
  return {
    ...(out as Record<string, XmlValue>),
    MetricDataResults: out.MetricDataResults?.map((r) => ({ ...r, Timestamps: r.Timestamps.map(iso) })) as XmlValue,
    MetricAlarms: out.MetricAlarms?.map((a) => ({ ...a, StateUpdatedTimestamp: iso(a.StateUpdatedTimestamp) })) as XmlValue,
    CompositeAlarms: out.CompositeAlarms?.map((a) => ({ ...a, StateUpdatedTimestamp: iso(a.StateUpdatedTimestamp) })) as XmlValue,
  };
}
