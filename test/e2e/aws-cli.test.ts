// The AWS CLI (Debian's awscli) as a second client: it must read every sandbox answer the steps
// rely on, through its own protocol code (awsQuery for ELBv2 and CloudWatch, restXml for
// CloudFront). Skipped only where the CLI is missing and CI is not set; CI installs it.
import { execFile, spawnSync } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { dimension } from "../sandbox/traffic/listener.ts";
import { startWorld, type World } from "../sandbox/world.ts";

const run = promisify(execFile);
const present = spawnSync("aws", ["--version"]).status === 0;
let world: World;

/** One CLI call against the sandbox; the JSON it prints. Async: the sandbox runs in this process. */
async function aws(...args: string[]): Promise<Record<string, unknown>> {
  const { stdout } = await run("aws", [...args, "--endpoint-url", world.urls.aws, "--output", "json"], {
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "/tmp",
      AWS_ACCESS_KEY_ID: "sandbox",
      AWS_SECRET_ACCESS_KEY: "sandbox",
      AWS_DEFAULT_REGION: world.elbv2.region,
      AWS_CONFIG_FILE: "/dev/null",
      AWS_SHARED_CREDENTIALS_FILE: "/dev/null",
      AWS_PAGER: "",
      AWS_MAX_ATTEMPTS: "1",
    },
  });
  return stdout.trim() ? (JSON.parse(stdout) as Record<string, unknown>) : {};
}

describe.skipIf(!present && process.env.CI !== "true")("the AWS CLI against the sandbox", () => {
  beforeAll(async () => {
    world = await startWorld({ blueOnly: true, rules: 1 });
  });
  afterAll(() => world?.stop());

  it("reads listeners, rules, target health, target groups, attributes, tags and load balancers", async () => {
    const listeners = await aws("elbv2", "describe-listeners", "--listener-arns", world.listener.arn);
    expect(listeners).toMatchObject({
      Listeners: [{ ListenerArn: world.listener.arn, DefaultActions: [{ Type: "forward", TargetGroupArn: world.blue.arn }] }],
    });
    const rules = await aws("elbv2", "describe-rules", "--rule-arns", world.ruleArns[0] as string);
    expect(rules).toMatchObject({
      Rules: [{ Actions: [{ ForwardConfig: { TargetGroups: [{ TargetGroupArn: world.blue.arn }] } }] }],
    });

    const health = await aws("elbv2", "describe-target-health", "--target-group-arn", world.green.arn);
    expect(health.TargetHealthDescriptions).toEqual([
      expect.objectContaining({ TargetHealth: expect.objectContaining({ State: "unused", Reason: "Target.NotInUse" }) }),
      expect.objectContaining({ TargetHealth: expect.objectContaining({ State: "unused", Reason: "Target.NotInUse" }) }),
    ]);
    const groups = await aws("elbv2", "describe-target-groups", "--target-group-arns", world.green.arn);
    expect(groups).toMatchObject({ TargetGroups: [{ TargetGroupArn: world.green.arn, LoadBalancerArns: [] }] });
    const attributes = await aws("elbv2", "describe-target-group-attributes", "--target-group-arn", world.blue.arn);
    expect(attributes.Attributes).toContainEqual({ Key: "stickiness.enabled", Value: "false" });

    world.elbv2.tags.get(world.blue.arn)?.set("cutover:version", "v1");
    const tags = await aws("elbv2", "describe-tags", "--resource-arns", world.blue.arn, world.green.arn);
    expect(tags).toMatchObject({
      TagDescriptions: [{ ResourceArn: world.blue.arn, Tags: [{ Key: "cutover:version", Value: "v1" }] }, { Tags: [] }],
    });
    const lbs = await aws("elbv2", "describe-load-balancers", "--load-balancer-arns", world.elbv2.loadBalancerArn);
    expect(lbs).toMatchObject({ LoadBalancers: [{ DNSName: "127.0.0.1", Type: "application" }] });
  }, 60_000);

  it("writes weights with ModifyListener and reads them back", async () => {
    const forward = [
      {
        Type: "forward",
        ForwardConfig: {
          TargetGroups: [
            { TargetGroupArn: world.blue.arn, Weight: 100 },
            { TargetGroupArn: world.green.arn, Weight: 0 },
          ],
        },
      },
    ];
    await aws("elbv2", "modify-listener", "--listener-arn", world.listener.arn, "--default-actions", JSON.stringify(forward));
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    const listeners = await aws("elbv2", "describe-listeners", "--listener-arns", world.listener.arn);
    expect(listeners).toMatchObject({
      Listeners: [{ DefaultActions: [{ ForwardConfig: { TargetGroups: [{ Weight: 100 }, { Weight: 0 }] } }] }],
    });
  }, 60_000);

  it("reads per-minute figures and composite alarms from CloudWatch", async () => {
    const minuteMs = 60_000 * world.options.timeScale;
    const started = Date.now();
    await Promise.all(Array.from({ length: 8 }, () => fetch(`${world.urls.prod}/version`).then((r) => r.text())));
    await new Promise((resolve) => setTimeout(resolve, (Math.floor(Date.now() / minuteMs) + 1) * minuteMs - Date.now() + 5));
    const query = [
      {
        Id: "requests",
        MetricStat: {
          Metric: {
            Namespace: "AWS/ApplicationELB",
            MetricName: "RequestCount",
            Dimensions: [
              { Name: "TargetGroup", Value: dimension(world.blue.arn) },
              { Name: "LoadBalancer", Value: dimension(world.elbv2.loadBalancerArn) },
            ],
          },
          Period: 60,
          Stat: "Sum",
        },
      },
    ];
    const figures = await aws(
      "cloudwatch",
      "get-metric-data",
      "--metric-data-queries",
      JSON.stringify(query),
      "--start-time",
      new Date(started - 60_000).toISOString(),
      "--end-time",
      new Date(Date.now() + 1_000).toISOString(),
    );
    const [result] = figures.MetricDataResults as { Id: string; Values: number[]; Timestamps: (string | number)[] }[];
    expect(result?.Values.reduce((a, b) => a + b, 0)).toBe(8);
    // The CLI prints timestamps as it was set to: epoch seconds, or ISO-8601.
    const ms = (at: string | number) => (typeof at === "number" ? Math.round(at * 1000) : Date.parse(at));
    expect(result?.Timestamps.length).toBeGreaterThan(0);
    for (const at of result?.Timestamps ?? []) expect(ms(at) % minuteMs).toBe(0);

    world.cloudwatch.setAlarm("shop-health", "ALARM", "ALARM(shop-5xx)", "CompositeAlarm");
    const alarms = await aws(
      "cloudwatch",
      "describe-alarms",
      "--alarm-names",
      "shop-health",
      "--alarm-types",
      "CompositeAlarm",
      "MetricAlarm",
    );
    expect(alarms).toMatchObject({ MetricAlarms: [], CompositeAlarms: [{ AlarmName: "shop-health", StateValue: "ALARM" }] });
  }, 60_000);

  it("creates and reads an invalidation whose path has a query string", async () => {
    const created = await aws(
      "cloudfront",
      "create-invalidation",
      "--distribution-id",
      world.distributionId,
      "--paths",
      "/search?q=shoes",
    );
    const invalidation = created.Invalidation as { Id: string; InvalidationBatch: { Paths: { Items: string[] } } };
    expect(invalidation.InvalidationBatch.Paths.Items).toEqual(["/search?q=shoes"]);
    const read = await aws("cloudfront", "get-invalidation", "--distribution-id", world.distributionId, "--id", invalidation.Id);
    expect(read).toMatchObject({ Invalidation: { Id: invalidation.Id, Status: expect.stringMatching(/InProgress|Completed/) } });
  }, 60_000);
});
