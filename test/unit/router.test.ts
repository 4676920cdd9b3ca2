import {
  type Action,
  AddTagsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
  RemoveTagsCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { mockClient } from "aws-sdk-client-mock";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { CutoverError } from "../../src/core/errors.ts";
import { ConfigurationError } from "../../src/core/inputs.ts";
import { type FlipRequest, flip } from "../../src/flip/flip.ts";
import type { RouteRef, RouterConfig } from "../../src/routers/alb/config.ts";
import { SdkLoadBalancer } from "../../src/routers/alb/elbv2.ts";
import { Router } from "../../src/routing/router.ts";
import { readWeights, withWeights } from "../../src/routing/routes.ts";
import type { AwsPorts } from "../../src/step.ts";

const ARN = "arn:aws:elasticloadbalancing:us-east-1:123456789012";
const BLUE = `${ARN}:targetgroup/blue/aaaaaaaaaaaaaaaa`;
const GREEN = `${ARN}:targetgroup/green/bbbbbbbbbbbbbbbb`;
const OTHER = `${ARN}:targetgroup/other/cccccccccccccccc`;
const LISTENER = `${ARN}:listener/app/alb/1111111111111111/2222222222222222`;
const RULE_A = `${ARN}:listener-rule/app/alb/1111111111111111/2222222222222222/aaaa000000000001`;
const RULE_B = `${ARN}:listener-rule/app/alb/1111111111111111/2222222222222222/aaaa000000000002`;
const TEST_LISTENER = `${ARN}:listener/app/alb/1111111111111111/3333333333333333`;

const listenerRef: RouteRef = { kind: "listener", role: "production", arn: LISTENER, input: "listener-arn" };
const groups = { blue: BLUE, green: GREEN };

function config(routes: RouteRef[]): RouterConfig {
  return { region: "us-east-1", partition: "aws", targetGroups: groups, routes, verifyTimeoutMs: 3_000, maxAttempts: 1 };
}

function forward(blue: number, green: number, extra: Partial<Action> = {}): Action {
  return {
    Type: "forward",
    ForwardConfig: {
      TargetGroups: [
        { TargetGroupArn: BLUE, Weight: blue },
        { TargetGroupArn: GREEN, Weight: green },
      ],
      TargetGroupStickinessConfig: { Enabled: true, DurationSeconds: 300 },
    },
    ...extra,
  };
}

const oidc: Action = {
  Type: "authenticate-oidc",
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: "https://idp",
    AuthorizationEndpoint: "https://idp/a",
    TokenEndpoint: "https://idp/t",
    UserInfoEndpoint: "https://idp/u",
    ClientId: "id",
  },
};

describe("reading a route's weights", () => {
  it("reads both colors from a ForwardConfig", () => {
    expect(readWeights(listenerRef, [forward(30, 70)], groups)).toEqual({ blue: 30, green: 70 });
  });

  it("treats the single-group shorthand as all traffic on that color", () => {
    expect(readWeights(listenerRef, [{ Type: "forward", TargetGroupArn: GREEN }], groups)).toEqual({ blue: 0, green: 1 });
  });

  it("finds the forward behind an authenticate action", () => {
    expect(readWeights(listenerRef, [oidc, forward(0, 100, { Order: 2 })], groups)).toEqual({ blue: 0, green: 100 });
  });

  it("refuses a forward to a target group that is neither color", () => {
    const actions: Action[] = [{ Type: "forward", ForwardConfig: { TargetGroups: [{ TargetGroupArn: OTHER, Weight: 1 }] } }];
    expect(() => readWeights(listenerRef, actions, groups)).toThrow(ConfigurationError);
    expect(() => readWeights(listenerRef, actions, groups)).toThrow(
      /targetgroup\/other.*neither blue-target-group-arn nor green-target-group-arn/,
    );
  });

  it("refuses a route with no forward action", () => {
    const actions: Action[] = [{ Type: "fixed-response", FixedResponseConfig: { StatusCode: "503" } }];
    expect(() => readWeights(listenerRef, actions, groups)).toThrow(/exactly one forward action.*fixed-response/);
  });

  it("refuses a forward that gives both colors weight 0", () => {
    expect(() => readWeights(listenerRef, [forward(0, 0)], groups)).toThrow(/weight 0 to both colors/);
  });
});

describe("rewriting a route", () => {
  it("sends both weights explicitly, zero included, and drops the shorthand ARN", () => {
    const [action] = withWeights([{ Type: "forward", TargetGroupArn: BLUE }], groups, { blue: 0, green: 100 });
    expect(action?.TargetGroupArn).toBeUndefined();
    expect(action?.ForwardConfig?.TargetGroups).toEqual([
      { TargetGroupArn: BLUE, Weight: 0 },
      { TargetGroupArn: GREEN, Weight: 100 },
    ]);
  });

  it("keeps stickiness, Order and every other action, and keeps the OIDC secret it cannot read", () => {
    const actions = withWeights([oidc, forward(100, 0, { Order: 2 })], groups, { blue: 0, green: 100 });
    expect(actions).toHaveLength(2);
    expect(actions[0]).toEqual({
      ...oidc,
      AuthenticateOidcConfig: { ...oidc.AuthenticateOidcConfig, UseExistingClientSecret: true },
    });
    expect(actions[1]?.Order).toBe(2);
    expect(actions[1]?.ForwardConfig?.TargetGroupStickinessConfig).toEqual({ Enabled: true, DurationSeconds: 300 });
  });
});

describe("the router against ELBv2", () => {
  const elb = mockClient(ElasticLoadBalancingV2Client);
  const lb = new SdkLoadBalancer(
    new ElasticLoadBalancingV2Client({ region: "us-east-1", credentials: { accessKeyId: "a", secretAccessKey: "b" } }),
  );
  const rules: RouteRef[] = [
    { kind: "rule", role: "production", arn: RULE_A, input: "rule-arns" },
    { kind: "rule", role: "production", arn: RULE_B, input: "rule-arns" },
  ];
  const request: FlipRequest = {
    verb: "switch",
    to: "standby",
    requireHealthy: true,
    minHealthy: 1,
    dryRun: false,
    steps: [100],
  };
  const aws: AwsPorts = {
    lb,
    metrics: () => Promise.reject(new Error("these tests use no CloudWatch")),
    cdn: () => Promise.reject(new Error("these tests use no CloudFront")),
  };

  /** Describe answers that follow what was written, as ELBv2 does. */
  function liveRules(initial: Record<string, Action[]>) {
    const current = { ...initial };
    elb.on(DescribeRulesCommand).callsFake((input: { RuleArns: string[] }) => ({
      Rules: input.RuleArns.map((arn) => ({ RuleArn: arn, Actions: current[arn] })),
    }));
    elb.on(ModifyRuleCommand).callsFake((input: { RuleArn: string; Actions: Action[] }) => {
      current[input.RuleArn] = input.Actions;
      return {};
    });
    return current;
  }

  beforeEach(() => {
    elb.reset();
    elb.on(DescribeTagsCommand).resolves({ TagDescriptions: [] });
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [{ Target: { Id: "10.0.0.1", Port: 80 }, TargetHealth: { State: "healthy" } }],
    });
    elb.on(AddTagsCommand).resolves({});
    elb.on(RemoveTagsCommand).resolves({});
    vi.spyOn(process.stdout, "write").mockImplementation(() => true);
  });

  it("reports a half-moved router as shifting, with no active color", async () => {
    liveRules({ [RULE_A]: [forward(50, 50)], [RULE_B]: [forward(1, 1)] });
    const state = await new Router(lb, config(rules)).read();
    expect(state.active).toBeUndefined();
    expect(state.production).toEqual({ blue: 50, green: 50 });
  });

  it("reports routes that disagree", async () => {
    liveRules({ [RULE_A]: [forward(100, 0)], [RULE_B]: [forward(0, 100)] });
    const state = await new Router(lb, config(rules)).read();
    expect(state.production).toBeUndefined();
    await expect(flip(aws, config(rules), request)).rejects.toThrow(/production routes disagree.*to: blue or to: green/);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
  });

  it("writes nothing when traffic is already on the target color", async () => {
    liveRules({ [RULE_A]: [forward(0, 100)], [RULE_B]: [forward(0, 100)] });
    const outcome = await flip(aws, config(rules), { ...request, to: "green" });
    expect(outcome.moved).toBe(false);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
    expect(elb.commandCalls(AddTagsCommand)).toHaveLength(0);
  });

  it("puts the first rule back when the second write fails, and says where every route stands", async () => {
    const current = liveRules({ [RULE_A]: [forward(100, 0)], [RULE_B]: [forward(100, 0)] });
    elb.on(ModifyRuleCommand, { RuleArn: RULE_B }).rejects(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }));
    const error = await flip(aws, config(rules), request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CutoverError);
    expect(String(error)).toMatch(
      /Writing the new weights failed on .*aaaa000000000002: ELBv2 ModifyRule failed: Throttling: Rate exceeded/,
    );
    expect(String(error)).toMatch(/Every route was put back/);
    expect(readWeights(rules[0] as RouteRef, current[RULE_A] as Action[], groups)).toEqual({ blue: 100, green: 0 });
    const writesToA = elb.commandCalls(ModifyRuleCommand, { RuleArn: RULE_A });
    expect(writesToA).toHaveLength(2);
    expect(writesToA[1]?.args[0].input.Actions?.[0]?.ForwardConfig?.TargetGroups).toEqual([
      { TargetGroupArn: BLUE, Weight: 100 },
      { TargetGroupArn: GREEN, Weight: 0 },
    ]);
    expect(elb.commandCalls(AddTagsCommand)).toHaveLength(0);
  });

  it("says exactly how to repair the router when putting back fails too", async () => {
    liveRules({ [RULE_A]: [forward(100, 0)], [RULE_B]: [forward(100, 0)] });
    let writesToA = 0;
    elb.on(ModifyRuleCommand, { RuleArn: RULE_A }).callsFake(() => {
      writesToA += 1;
      if (writesToA > 1) throw Object.assign(new Error("Access denied"), { name: "AccessDenied" });
      return {};
    });
    elb.on(ModifyRuleCommand, { RuleArn: RULE_B }).rejects(Object.assign(new Error("boom"), { name: "InternalFailure" }));
    const error = String(await flip(aws, config(rules), request).catch((e: unknown) => e));
    expect(error).toMatch(/Putting the routes back failed too, so the router is split/);
    expect(error).toMatch(/set by hand: listener-rule\/app\/alb\/.*aaaa000000000001 to blue 100 \/ green 0/);
  });

  it("reads back until ELBv2 shows the new weights", async () => {
    let stale = 1;
    const current: Record<string, Action[]> = { [LISTENER]: [forward(100, 0)] };
    elb.on(DescribeListenersCommand).callsFake(() => {
      const shown = stale-- > 0 || !current.written ? [forward(100, 0)] : current.written;
      return { Listeners: [{ ListenerArn: LISTENER, DefaultActions: shown }] };
    });
    elb.on(ModifyListenerCommand).callsFake((input: { DefaultActions: Action[] }) => {
      current.written = input.DefaultActions;
      stale = 2;
      return {};
    });
    const outcome = await flip(aws, config([listenerRef]), request);
    expect(outcome.moved).toBe(true);
    expect(elb.commandCalls(DescribeListenersCommand).length).toBeGreaterThanOrEqual(3);
  });

  it("stops, without putting back, when another writer changes a route during read-back", async () => {
    elb
      .on(DescribeListenersCommand)
      .resolvesOnce({ Listeners: [{ ListenerArn: LISTENER, DefaultActions: [forward(100, 0)] }] })
      .resolves({ Listeners: [{ ListenerArn: LISTENER, DefaultActions: [forward(30, 70)] }] });
    elb.on(ModifyListenerCommand).resolves({});
    const error = await flip(aws, config([listenerRef]), request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CutoverError);
    expect(String(error)).toMatch(
      /The router changed under this run: .* shows blue 30 \/ green 70, neither blue 100 \/ green 0 nor the blue 0 \/ green 100 just written/,
    );
    expect(elb.commandCalls(ModifyListenerCommand)).toHaveLength(1);
  });

  it("refuses to write when another run changed the active color", async () => {
    liveRules({ [RULE_A]: [forward(0, 100)], [RULE_B]: [forward(0, 100)] });
    await expect(flip(aws, config(rules), { ...request, expectedActive: "blue" })).rejects.toThrow(
      /expected-active-color is blue, but green is active.*nothing was written/,
    );
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
  });

  it("stops at the health gate and lists each target with its reason", async () => {
    liveRules({ [RULE_A]: [forward(100, 0)], [RULE_B]: [forward(100, 0)] });
    elb.on(DescribeTargetHealthCommand).resolves({
      TargetHealthDescriptions: [
        { Target: { Id: "10.0.0.1", Port: 80 }, TargetHealth: { State: "healthy" } },
        {
          Target: { Id: "10.0.0.2", Port: 80 },
          TargetHealth: {
            State: "unhealthy",
            Reason: "Target.ResponseCodeMismatch",
            Description: "Health checks failed with these codes: [502]",
          },
        },
        { Target: { Id: "10.0.0.3", Port: 80 }, TargetHealth: { State: "draining", Reason: "Target.DeregistrationInProgress" } },
      ],
    });
    const error = String(await flip(aws, config(rules), request).catch((e: unknown) => e));
    expect(error).toMatch(/1 of green's 2 target\(s\) are not healthy/);
    expect(error).toMatch(
      /10\.0\.0\.2:80 unhealthy \(Target\.ResponseCodeMismatch: Health checks failed with these codes: \[502\]\)/,
    );
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);

    const forced = await flip(aws, config(rules), { ...request, requireHealthy: false });
    expect(forced.moved).toBe(true);
  });

  it("moves test routes the inverse way and tags only after traffic moved", async () => {
    const test: RouteRef = { kind: "listener", role: "test", arn: TEST_LISTENER, input: "test-listener-arn" };
    const current: Record<string, Action[]> = { [LISTENER]: [forward(100, 0)], [TEST_LISTENER]: [forward(0, 100)] };
    elb.on(DescribeListenersCommand).callsFake((input: { ListenerArns: string[] }) => ({
      Listeners: input.ListenerArns.map((arn) => ({ ListenerArn: arn, DefaultActions: current[arn] })),
    }));
    const order: string[] = [];
    elb.on(ModifyListenerCommand).callsFake((input: { ListenerArn: string; DefaultActions: Action[] }) => {
      current[input.ListenerArn] = input.DefaultActions;
      order.push("modify");
      return {};
    });
    elb.on(AddTagsCommand).callsFake(() => {
      order.push("tag");
      return {};
    });
    const outcome = await flip(aws, config([listenerRef, test]), request);
    expect(outcome.target).toBe("green");
    expect(readWeights(test, current[TEST_LISTENER] as Action[], groups)).toEqual({ blue: 100, green: 0 });
    expect(order.indexOf("tag")).toBeGreaterThan(order.lastIndexOf("modify"));
  });
});
