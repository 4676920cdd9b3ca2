// The sandbox's traffic plane and its CloudFront and CloudWatch, checked through real HTTP and the
// real SDK clients.
import { CloudFrontClient, CreateInvalidationCommand, GetInvalidationCommand } from "@aws-sdk/client-cloudfront";
import { CloudWatchClient, DescribeAlarmsCommand, GetMetricDataCommand } from "@aws-sdk/client-cloudwatch";
import {
  DeregisterTargetsCommand,
  DescribeListenersCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  RegisterTargetsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { forwardTo } from "../support/forward.ts";
import { dimension } from "./traffic/listener.ts";
import { startWorld, type World } from "./world.ts";

let world: World;
const credentials = { accessKeyId: "sandbox", secretAccessKey: "sandbox" };
let elb: ElasticLoadBalancingV2Client;
let cloudfront: CloudFrontClient;
let cloudwatch: CloudWatchClient;

async function versionOf(url: string, headers: Record<string, string>): Promise<string> {
  const res = await fetch(url, { headers });
  await res.text();
  return res.headers.get("x-app-version") ?? String(res.status);
}

async function versions(url: string, count: number, headers: Record<string, string> = {}): Promise<Record<string, number>> {
  const seen: Record<string, number> = {};
  for (let i = 0; i < count; i += 50) {
    const batch = await Promise.all(Array.from({ length: Math.min(50, count - i) }, () => versionOf(url, headers)));
    for (const v of batch) seen[v] = (seen[v] ?? 0) + 1;
  }
  return seen;
}

beforeAll(async () => {
  world = await startWorld({ stickySeconds: 60 });
  elb = new ElasticLoadBalancingV2Client({ region: "us-east-1", endpoint: world.urls.aws, credentials, maxAttempts: 1 });
  cloudfront = new CloudFrontClient({ region: "us-east-1", endpoint: world.urls.aws, credentials, maxAttempts: 1 });
  cloudwatch = new CloudWatchClient({ region: "us-east-1", endpoint: world.urls.aws, credentials, maxAttempts: 1 });
});
afterAll(() => world.stop());
beforeEach(() => world.reset());

describe("routing", () => {
  it("splits traffic by the forward weights, within a tolerance", async () => {
    world.setWeights({ blue: 30, green: 70 });
    const seen = await versions(`${world.urls.prod}/version`, 1000);
    expect((seen.v2 ?? 0) / 1000).toBeGreaterThan(0.64);
    expect((seen.v2 ?? 0) / 1000).toBeLessThan(0.76);
    expect((seen.v1 ?? 0) + (seen.v2 ?? 0)).toBe(1000);
  });

  // "Edit a listener rule for your Application Load Balancer": rule updates do not take effect at
  // once; requests may follow the previous configuration for a short time. Describe shows the write.
  it("routes by the previous rule for a moment after a write that Describe already shows", async () => {
    world.elbv2.propagationSeconds = 50; // 1 s here
    try {
      const TargetGroups = [
        { TargetGroupArn: world.blue.arn, Weight: 0 },
        { TargetGroupArn: world.green.arn, Weight: 100 },
      ];
      // The sandbox starts the moment when it takes the write: after `sent`, before `written`.
      const sent = Date.now();
      await elb.send(
        new ModifyListenerCommand({
          ListenerArn: world.listener.arn,
          DefaultActions: [{ Type: "forward", ForwardConfig: { TargetGroups } }],
        }),
      );
      const written = Date.now();
      const shown = await elb.send(new DescribeListenersCommand({ ListenerArns: [world.listener.arn] }));
      expect(shown.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.[1]?.Weight).toBe(100);
      const early = await versionOf(`${world.urls.prod}/version`, {});
      if (Date.now() - written < 900) expect(early).toBe("v1");
      let now = early;
      while (now !== "v2" && Date.now() - written < 10_000) {
        await new Promise((resolve) => setTimeout(resolve, 50));
        now = await versionOf(`${world.urls.prod}/version`, {});
      }
      expect(now).toBe("v2");
      expect(Date.now() - sent).toBeGreaterThanOrEqual(1_000);
    } finally {
      world.elbv2.propagationSeconds = 2;
    }
  });

  it("keeps a sticky client on its target group after its weight drops to 0, as ALB documents", async () => {
    const first = await fetch(`${world.urls.prod}/version`);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    expect(cookie).toMatch(/^AWSALBTG=/);
    // "Sticky sessions for your Application Load Balancer": the cookie carries Expires.
    expect(first.headers.get("set-cookie")).toMatch(/; Expires=\w{3}, \d{2} \w{3} \d{4} [\d:]{8} GMT;/);
    expect(first.headers.get("x-app-version")).toBe("v1");
    world.setWeights({ blue: 0, green: 100 });
    expect(await versions(`${world.urls.prod}/version`, 50, { cookie })).toEqual({ v1: 50 });
    expect(await versions(`${world.urls.prod}/version`, 50)).toEqual({ v2: 50 });
  });

  it("ends a pin DurationSeconds after the request that made it, though answers renew the cookie", async () => {
    const sticky = (weights: { blue: number; green: number }) =>
      world.elbv2.setActions(world.listener, [
        forwardTo({ blue: world.blue.arn, green: world.green.arn }, weights, { sticky: 1 }),
      ]);
    sticky({ blue: 100, green: 0 });
    const pinnedAt = Date.now();
    const first = await fetch(`${world.urls.prod}/version`);
    const cookie = (first.headers.get("set-cookie") ?? "").split(";")[0] as string;
    sticky({ blue: 0, green: 100 });
    const again = await fetch(`${world.urls.prod}/version`, { headers: { cookie } });
    expect(again.headers.get("x-app-version")).toBe("v1");
    expect(again.headers.get("set-cookie")?.split(";")[0]).toBe(cookie);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, pinnedAt + 1_100 - Date.now())));
    expect(await versions(`${world.urls.prod}/version`, 20, { cookie })).toEqual({ v2: 20 });
  });

  it("fails open to unhealthy targets when none is healthy", async () => {
    world.setApps("blue", { healthy: false });
    await world.waitForState("blue", "unhealthy");
    const states = world.elbv2.groups.targetsOf(world.blue).map((t) => t.state);
    expect(states).toEqual(["unhealthy", "unhealthy"]);
    expect(await versions(`${world.urls.prod}/version`, 20)).toEqual({ v1: 20 });
  });

  it("serves 503 from the load balancer when the group has no targets", async () => {
    world.blue.targets = [];
    const res = await fetch(`${world.urls.prod}/version`);
    expect(res.status).toBe(503);
    expect(res.headers.get("server")).toBe("awselb/2.0");
  });
});

describe("targets", () => {
  it("moves through initial, healthy and unhealthy with ALB's reason codes", async () => {
    const app = await world.addApp("blue", {}, false);
    await elb.send(
      new RegisterTargetsCommand({ TargetGroupArn: world.blue.arn, Targets: [{ Id: "127.0.0.1", Port: app.port }] }),
    );
    const health = async () => {
      const out = await elb.send(
        new DescribeTargetHealthCommand({ TargetGroupArn: world.blue.arn, Targets: [{ Id: "127.0.0.1", Port: app.port }] }),
      );
      return out.TargetHealthDescriptions?.[0]?.TargetHealth;
    };
    expect(await health()).toMatchObject({ State: "initial", Reason: "Elb.RegistrationInProgress" });
    await world.waitHealthy();
    expect((await health())?.State).toBe("healthy");
    app.behaviour.healthy = false;
    await world.waitForState("blue", "unhealthy");
    expect(await health()).toMatchObject({ State: "unhealthy", Reason: "Target.ResponseCodeMismatch" });
    world.apps.blue.pop();
    await app.close();
  });

  it("drains a deregistered target: in-flight requests finish, new ones go elsewhere, then it is gone", async () => {
    const [slow, other] = world.apps.blue as [(typeof world.apps.blue)[0], (typeof world.apps.blue)[0]];
    slow.behaviour.latencyMs = 300;
    other.behaviour.latencyMs = 300;
    const inFlight = Array.from({ length: 6 }, () => fetch(`${world.urls.prod}/version`).then((r) => r.status));
    await new Promise((resolve) => setTimeout(resolve, 100));
    await elb.send(
      new DeregisterTargetsCommand({ TargetGroupArn: world.blue.arn, Targets: [{ Id: "127.0.0.1", Port: slow.port }] }),
    );
    const servedBefore = slow.served;
    const during = await versions(`${world.urls.prod}/version`, 10);
    expect(await Promise.all(inFlight)).toEqual([200, 200, 200, 200, 200, 200]);
    expect(during).toEqual({ v1: 10 });
    expect(slow.served - servedBefore).toBeLessThanOrEqual(3);
    const state = async () =>
      (await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: world.blue.arn }))).TargetHealthDescriptions?.map((d) => [
        d.Target?.Port,
        d.TargetHealth?.State,
      ]);
    expect(await state()).toContainEqual([slow.port, "draining"]);
    await new Promise((resolve) => setTimeout(resolve, 30 * 1000 * world.options.timeScale + 50));
    expect(await state()).toEqual([[other.port, "healthy"]]);
  });
});

describe("CloudFront and its edge cache", () => {
  it("serves cached HTML until an invalidation completes", async () => {
    const get = () =>
      fetch(`${world.urls.cdn}/`).then(async (r) => ({
        cache: r.headers.get("x-cache"),
        version: r.headers.get("x-app-version"),
        body: await r.text(),
      }));
    expect((await get()).cache).toBe("Miss from cloudfront");
    world.setWeights({ blue: 0, green: 100 });
    expect(await get()).toMatchObject({ cache: "Hit from cloudfront", version: "v1" });
    const out = await cloudfront.send(
      new CreateInvalidationCommand({
        DistributionId: world.distributionId,
        InvalidationBatch: { CallerReference: "run-1", Paths: { Quantity: 1, Items: ["/*"] } },
      }),
    );
    expect(out.Invalidation?.Status).toBe("InProgress");
    expect(out.Location).toContain(out.Invalidation?.Id);
    await new Promise((resolve) => setTimeout(resolve, world.options.invalidationMs + 50));
    const done = await cloudfront.send(
      new GetInvalidationCommand({ DistributionId: world.distributionId, Id: out.Invalidation?.Id }),
    );
    expect(done.Invalidation?.Status).toBe("Completed");
    expect(await get()).toMatchObject({ cache: "Miss from cloudfront", version: "v2" });
  });

  it("answers AWS's errors: bad paths, unknown distributions, quotas, and a reused CallerReference", async () => {
    const create = (items: string[], ref: string, id = world.distributionId) =>
      cloudfront.send(
        new CreateInvalidationCommand({
          DistributionId: id,
          InvalidationBatch: { CallerReference: ref, Paths: { Quantity: items.length, Items: items } },
        }),
      );
    await expect(create(["/*.html"], "a")).rejects.toMatchObject({ name: "InvalidArgument" });
    await expect(create(["/"], "b", "E0000000000000")).rejects.toMatchObject({ name: "NoSuchDistribution" });
    const first = await create(["/", "/index.html"], "same");
    const again = await create(["/", "/index.html"], "same");
    expect(again.Invalidation?.Id).toBe(first.Invalidation?.Id);
    const wildcards = Array.from({ length: 15 }, (_, i) => `/w${i}/*`);
    await create(wildcards, "many");
    await expect(create(["/more/*"], "over")).rejects.toMatchObject({ name: "TooManyInvalidationsInProgress" });
    // 3,000 file paths and 15 wildcards are separate quotas; one batch past either is BatchTooLarge.
    const sixteen = Array.from({ length: 16 }, (_, i) => `/x${i}/*`);
    await expect(create(sixteen, "too-large")).rejects.toMatchObject({ name: "BatchTooLarge" });
  });
});

/** A CloudWatch minute in the sandbox's time: 60 s × timeScale. */
const MINUTE_MS = 60_000 * 0.02;

function minuteEnd(at: number): number {
  return (Math.floor(at / MINUTE_MS) + 1) * MINUTE_MS;
}

/** Waits until the minute now in progress is over, so that CloudWatch reports it. */
function minuteOver(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, minuteEnd(Date.now()) - Date.now() + 5));
}

describe("CloudWatch", () => {
  it("reports target-group figures counted from real traffic, and no datapoint where there was none", async () => {
    world.setApps("blue", { errorRate: 1 });
    await versions(`${world.urls.prod}/version`, 40);
    await minuteOver();
    const now = Date.now() / 1000;
    const query = (id: string, metric: string, group: string, stat = "Sum") => ({
      Id: id,
      MetricStat: {
        Metric: {
          Namespace: "AWS/ApplicationELB",
          MetricName: metric,
          Dimensions: [
            { Name: "TargetGroup", Value: dimension(group) },
            { Name: "LoadBalancer", Value: dimension(world.elbv2.loadBalancerArn) },
          ],
        },
        Period: 60,
        Stat: stat,
      },
    });
    const out = await cloudwatch.send(
      new GetMetricDataCommand({
        StartTime: new Date((now - 60) * 1000),
        EndTime: new Date((now + 1) * 1000),
        MetricDataQueries: [
          query("requests", "RequestCount", world.blue.arn),
          query("errors", "HTTPCode_Target_5XX_Count", world.blue.arn),
          query("latency", "TargetResponseTime", world.blue.arn, "p95"),
          query("green", "RequestCount", world.green.arn),
        ],
      }),
    );
    const byId = Object.fromEntries(
      (out.MetricDataResults ?? []).map((r) => [r.Id, (r.Values ?? []).reduce((a, b) => a + b, 0)]),
    );
    expect(byId.requests).toBe(40);
    expect(byId.errors).toBe(40);
    expect(byId.latency).toBeGreaterThan(0);
    expect(out.MetricDataResults?.find((r) => r.Id === "green")?.Values).toEqual([]);
  });

  // "CloudWatch metrics for your Application Load Balancer": ALB sends its metrics in 60-second
  // intervals, so a period shorter than the minute (MetricStat.Period, regular resolution) gives
  // no finer data; a minute is sent once it is over. Its metrics are published for the dimension
  // sets LoadBalancer and TargetGroup+LoadBalancer, and a query matches a metric's dimensions exactly.
  it("reports whole minutes only once they are over, for exact dimension sets", async () => {
    const lb = { Name: "LoadBalancer", Value: dimension(world.elbv2.loadBalancerArn) };
    const tg = { Name: "TargetGroup", Value: dimension(world.blue.arn) };
    const sum = async (period: number, dimensions: { Name: string; Value: string }[]) => {
      const out = await cloudwatch.send(
        new GetMetricDataCommand({
          StartTime: new Date(started - 60_000),
          EndTime: new Date(Date.now() + 1_000),
          MetricDataQueries: [
            {
              Id: "q",
              MetricStat: {
                Metric: { Namespace: "AWS/ApplicationELB", MetricName: "RequestCount", Dimensions: dimensions },
                Period: period,
                Stat: "Sum",
              },
            },
          ],
        }),
      );
      const r = out.MetricDataResults?.[0];
      return { values: r?.Values ?? [], timestamps: (r?.Timestamps ?? []).map((t) => t.getTime()) };
    };
    await minuteOver();
    const started = Date.now();
    await versions(`${world.urls.prod}/version`, 12);
    // Still inside the minute (1.2 s here): nothing yet, at any period.
    if (Date.now() < minuteEnd(started)) expect((await sum(60, [tg, lb])).values).toEqual([]);
    await minuteOver();
    const minutes = await sum(60, [tg, lb]);
    expect(minutes.values.reduce((a, b) => a + b, 0)).toBe(12);
    expect(Math.min(...minutes.timestamps)).toBe(minuteEnd(started) - MINUTE_MS);
    for (const at of minutes.timestamps) expect(at % MINUTE_MS).toBe(0);
    expect(await sum(10, [tg, lb])).toEqual(minutes);
    expect(await sum(60, [lb])).toEqual(minutes);
    expect((await sum(60, [tg])).values).toEqual([]);
  });

  // DescribeAlarms, AlarmTypes: "If you omit this parameter, only metric alarms are returned, even if
  // composite alarms exist in the account."
  it("returns a composite alarm only when AlarmTypes asks for it", async () => {
    const set = await fetch(`${world.urls.control}/aws/alarms`, {
      method: "POST",
      body: JSON.stringify({ name: "shop-health", state: "ALARM", type: "composite" }),
    });
    expect(set.status).toBe(200);
    const plain = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ["shop-health"] }));
    expect([plain.MetricAlarms, plain.CompositeAlarms]).toEqual([[], []]);
    const both = await cloudwatch.send(
      new DescribeAlarmsCommand({ AlarmNames: ["shop-health"], AlarmTypes: ["MetricAlarm", "CompositeAlarm"] }),
    );
    expect(both.MetricAlarms).toEqual([]);
    expect(both.CompositeAlarms?.[0]).toMatchObject({ AlarmName: "shop-health", StateValue: "ALARM" });
  });

  it("describes alarms in the state the control endpoint set", async () => {
    await fetch(`${world.urls.control}/aws/alarms`, {
      method: "POST",
      body: JSON.stringify({ name: "shop-5xx", state: "ALARM" }),
    });
    const out = await cloudwatch.send(new DescribeAlarmsCommand({ AlarmNames: ["shop-5xx"] }));
    expect(out.MetricAlarms?.[0]).toMatchObject({ AlarmName: "shop-5xx", StateValue: "ALARM" });
    expect(out.MetricAlarms?.[0]?.StateUpdatedTimestamp).toBeInstanceOf(Date);
  });
});

describe("the control endpoint", () => {
  it("injects AWS faults by action and records every call", async () => {
    await fetch(`${world.urls.control}/aws/faults`, {
      method: "POST",
      body: JSON.stringify({ action: "DescribeTargetHealth", mode: "throttle", count: 1 }),
    });
    await expect(elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: world.blue.arn }))).rejects.toMatchObject({
      name: "Throttling",
    });
    await elb.send(new DescribeTargetHealthCommand({ TargetGroupArn: world.blue.arn }));
    const calls = (await (await fetch(`${world.urls.control}/aws/calls`)).json()) as {
      service: string;
      action: string;
      write: boolean;
      error?: string;
    }[];
    expect(calls.map((c) => [c.service, c.action, c.write, c.error])).toEqual([
      ["elbv2", "DescribeTargetHealth", false, "Throttling"],
      ["elbv2", "DescribeTargetHealth", false, undefined],
    ]);
  });

  it("changes an app's behaviour, marking injected errors", async () => {
    const res = await fetch(`${world.urls.control}/apps/green`, {
      method: "POST",
      body: JSON.stringify({ errorRate: 1, version: "v3" }),
    });
    expect(res.status).toBe(200);
    const answer = await fetch(`${world.urls.test}/version`);
    expect(answer.status).toBe(500);
    expect(answer.headers.get("x-app-version")).toBe("v3");
    expect(answer.headers.get("x-sandbox-fault")).toBe("injected");
    expect(
      (await fetch(`${world.urls.control}/apps/green`, { method: "POST", body: JSON.stringify({ colour: "x" }) })).status,
    ).toBe(400);
  });
});
