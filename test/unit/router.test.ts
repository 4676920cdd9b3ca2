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
import { ConfigurationError, CutoverError } from "../../src/core/errors.ts";
import { flip } from "../../src/flip/flip.ts";
import type { FlipRequest } from "../../src/flip/request.ts";
import { readWeights, withWeights } from "../../src/routers/alb/actions.ts";
import { SdkLoadBalancer } from "../../src/routers/alb/elbv2.ts";
import { connectAlb } from "../../src/routers/alb/index.ts";
import type { RouteRef } from "../../src/routers/port.ts";
import { Router } from "../../src/routing/router.ts";
import { ARN, albConfig, albPorts, forward, GROUPS, route } from "../support/alb.ts";

const BLUE = GROUPS.blue;
const GREEN = GROUPS.green;
const OTHER = `${ARN}:targetgroup/other/cccccccccccccccc`;
const LISTENER = `${ARN}:listener/app/alb/1111111111111111/2222222222222222`;
const RULE_A = `${ARN}:listener-rule/app/alb/1111111111111111/2222222222222222/aaaa000000000001`;
const RULE_B = `${ARN}:listener-rule/app/alb/1111111111111111/2222222222222222/aaaa000000000002`;
const TEST_LISTENER = `${ARN}:listener/app/alb/1111111111111111/3333333333333333`;

const listenerRef = route("listener", "production", LISTENER);
const groups = GROUPS;
const config = (routes: RouteRef[]) => albConfig(routes);

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
    expect(readWeights(listenerRef, [forward({ blue: 30, green: 70 }, { sticky: true })], groups)).toEqual({
      blue: 30,
      green: 70,
    });
  });

  it("treats the single-group shorthand as all traffic on that color", () => {
    expect(readWeights(listenerRef, [{ Type: "forward", TargetGroupArn: GREEN }], groups)).toEqual({ blue: 0, green: 1 });
  });

  it("finds the forward behind an authenticate action", () => {
    expect(readWeights(listenerRef, [oidc, forward({ blue: 0, green: 100 }, { sticky: true, order: 2 })], groups)).toEqual({
      blue: 0,
      green: 100,
    });
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
    expect(() => readWeights(listenerRef, [forward({ blue: 0, green: 0 }, { sticky: true })], groups)).toThrow(
      /weight 0 to both colors/,
    );
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
    const actions = withWeights([oidc, forward({ blue: 100, green: 0 }, { sticky: true, order: 2 })], groups, {
      blue: 0,
      green: 100,
    });
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
  const rules: RouteRef[] = [route("rule", "production", RULE_A), route("rule", "production", RULE_B)];
  const request: FlipRequest = {
    verb: "switch",
    to: "standby",
    requireHealthy: true,
    minHealthy: 1,
    dryRun: false,
    steps: [100],
  };
  /** flip over these routes, through the ALB's ports. */
  const flipOn = (routes: RouteRef[], request: FlipRequest) => flip(albPorts(config(routes), lb), config(routes), request);
  const readRouter = (routes: RouteRef[]) => new Router(connectAlb(config(routes), lb).traffic, config(routes)).read();

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
    liveRules({
      [RULE_A]: [forward({ blue: 50, green: 50 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 1, green: 1 }, { sticky: true })],
    });
    const state = await readRouter(rules);
    expect(state.active).toBeUndefined();
    expect(state.production).toEqual({ blue: 50, green: 50 });
  });

  it("reports routes that disagree", async () => {
    liveRules({
      [RULE_A]: [forward({ blue: 100, green: 0 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 0, green: 100 }, { sticky: true })],
    });
    const state = await readRouter(rules);
    expect(state.production).toBeUndefined();
    await expect(flipOn(rules, request)).rejects.toThrow(/production routes disagree.*to: blue or to: green/);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
  });

  it("writes nothing when traffic is already on the target color", async () => {
    liveRules({
      [RULE_A]: [forward({ blue: 0, green: 100 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 0, green: 100 }, { sticky: true })],
    });
    const outcome = await flipOn(rules, { ...request, to: "green" });
    expect(outcome.moved).toBe(false);
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
    expect(elb.commandCalls(AddTagsCommand)).toHaveLength(0);
  });

  it("puts the first rule back when the second write fails, and says where every route stands", async () => {
    const current = liveRules({
      [RULE_A]: [forward({ blue: 100, green: 0 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 100, green: 0 }, { sticky: true })],
    });
    elb.on(ModifyRuleCommand, { RuleArn: RULE_B }).rejects(Object.assign(new Error("Rate exceeded"), { name: "Throttling" }));
    const error = await flipOn(rules, request).catch((e: unknown) => e);
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
    liveRules({
      [RULE_A]: [forward({ blue: 100, green: 0 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 100, green: 0 }, { sticky: true })],
    });
    let writesToA = 0;
    elb.on(ModifyRuleCommand, { RuleArn: RULE_A }).callsFake(() => {
      writesToA += 1;
      if (writesToA > 1) throw Object.assign(new Error("Access denied"), { name: "AccessDenied" });
      return {};
    });
    elb.on(ModifyRuleCommand, { RuleArn: RULE_B }).rejects(Object.assign(new Error("boom"), { name: "InternalFailure" }));
    const error = String(await flipOn(rules, request).catch((e: unknown) => e));
    expect(error).toMatch(/Putting the routes back failed too, so the router is split/);
    expect(error).toMatch(/set by hand: listener-rule\/app\/alb\/.*aaaa000000000001 to blue 100 \/ green 0/);
  });

  it("reads back until ELBv2 shows the new weights", async () => {
    let stale = 1;
    const current: Record<string, Action[]> = { [LISTENER]: [forward({ blue: 100, green: 0 }, { sticky: true })] };
    elb.on(DescribeListenersCommand).callsFake(() => {
      const shown = stale-- > 0 || !current.written ? [forward({ blue: 100, green: 0 }, { sticky: true })] : current.written;
      return { Listeners: [{ ListenerArn: LISTENER, DefaultActions: shown }] };
    });
    elb.on(ModifyListenerCommand).callsFake((input: { DefaultActions: Action[] }) => {
      current.written = input.DefaultActions;
      stale = 2;
      return {};
    });
    const outcome = await flipOn([listenerRef], request);
    expect(outcome.moved).toBe(true);
    expect(elb.commandCalls(DescribeListenersCommand).length).toBeGreaterThanOrEqual(3);
  });

  it("stops, without putting back, when another writer changes a route during read-back", async () => {
    elb
      .on(DescribeListenersCommand)
      .resolvesOnce({
        Listeners: [{ ListenerArn: LISTENER, DefaultActions: [forward({ blue: 100, green: 0 }, { sticky: true })] }],
      })
      .resolves({ Listeners: [{ ListenerArn: LISTENER, DefaultActions: [forward({ blue: 30, green: 70 }, { sticky: true })] }] });
    elb.on(ModifyListenerCommand).resolves({});
    const error = await flipOn([listenerRef], request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CutoverError);
    expect(String(error)).toMatch(
      /The router changed under this run: .* shows blue 30 \/ green 70, neither blue 100 \/ green 0 nor the blue 0 \/ green 100 just written/,
    );
    expect(elb.commandCalls(ModifyListenerCommand)).toHaveLength(1);
  });

  it("refuses to write when another run changed the active color", async () => {
    liveRules({
      [RULE_A]: [forward({ blue: 0, green: 100 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 0, green: 100 }, { sticky: true })],
    });
    await expect(flipOn(rules, { ...request, expectedActive: "blue" })).rejects.toThrow(
      /expected-active-color is blue, but green is active.*nothing was written/,
    );
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);
  });

  it("stops at the health gate and lists each target with its reason", async () => {
    liveRules({
      [RULE_A]: [forward({ blue: 100, green: 0 }, { sticky: true })],
      [RULE_B]: [forward({ blue: 100, green: 0 }, { sticky: true })],
    });
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
    const error = String(await flipOn(rules, request).catch((e: unknown) => e));
    expect(error).toMatch(/1 of green's 2 target\(s\) are not healthy/);
    expect(error).toMatch(
      /10\.0\.0\.2:80 unhealthy \(Target\.ResponseCodeMismatch: Health checks failed with these codes: \[502\]\)/,
    );
    expect(elb.commandCalls(ModifyRuleCommand)).toHaveLength(0);

    const forced = await flipOn(rules, { ...request, requireHealthy: false });
    expect(forced.moved).toBe(true);
  });

  it("moves test routes the inverse way and tags only after traffic moved", async () => {
    const test = route("listener", "test", TEST_LISTENER);
    const current: Record<string, Action[]> = {
      [LISTENER]: [forward({ blue: 100, green: 0 }, { sticky: true })],
      [TEST_LISTENER]: [forward({ blue: 0, green: 100 }, { sticky: true })],
    };
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
    const outcome = await flipOn([listenerRef, test], request);
    expect(outcome.target).toBe("green");
    expect(readWeights(test, current[TEST_LISTENER] as Action[], groups)).toEqual({ blue: 100, green: 0 });
    expect(order.indexOf("tag")).toBeGreaterThan(order.lastIndexOf("modify"));
  });
});
