// The sandbox's ELBv2 answers as AWS does, through the real SDK client.
import {
  type Action,
  AddTagsCommand,
  DeregisterTargetsCommand,
  DescribeListenersCommand,
  DescribeRulesCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  DescribeTargetHealthCommand,
  ElasticLoadBalancingV2Client,
  ModifyListenerCommand,
  ModifyRuleCommand,
} from "@aws-sdk/client-elastic-load-balancing-v2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { forwardTo } from "../support/forward.ts";
import { startWorld, type World } from "./world.ts";

let world: World;
let client: ElasticLoadBalancingV2Client;

beforeAll(async () => {
  world = await startWorld();
  client = new ElasticLoadBalancingV2Client({
    region: "us-east-1",
    endpoint: world.awsUrl,
    credentials: { accessKeyId: "sandbox", secretAccessKey: "sandbox" },
    maxAttempts: 1,
  });
});
afterAll(() => world.stop());

function modify(actions: Action[], listenerArn = world.listener.arn) {
  return client.send(new ModifyListenerCommand({ ListenerArn: listenerArn, DefaultActions: actions }));
}

/** An extra HTTPS listener for the length of one test: authenticate actions need one. */
async function onHttpsListener(body: (arn: string) => Promise<void>): Promise<void> {
  const https = world.elbv2.createListener(443, [{ Type: "forward", TargetGroupArn: world.blue.arn }], "HTTPS");
  try {
    await body(https.arn);
  } finally {
    world.elbv2.listeners.delete(https.arn);
  }
}

const OIDC_ACTION: Action = {
  Type: "authenticate-oidc",
  Order: 1,
  AuthenticateOidcConfig: {
    Issuer: "https://i",
    AuthorizationEndpoint: "https://a",
    TokenEndpoint: "https://t",
    UserInfoEndpoint: "https://u",
    ClientId: "c",
  },
};

/**
 * A forward to any list of groups, weights left out or a shorthand ARN beside them: the shapes ELBv2
 * refuses or fills in, which forwardTo's two colors cannot build.
 */
function forwardToGroups(groups: { arn: string; weight?: number }[], shorthand?: string): Action {
  return {
    Type: "forward",
    TargetGroupArn: shorthand,
    ForwardConfig: { TargetGroups: groups.map((g) => ({ TargetGroupArn: g.arn, Weight: g.weight })) },
  };
}

async function failure(promise: Promise<unknown>): Promise<{ name: string; message: string }> {
  return promise.then(
    () => ({ name: "no error", message: "" }),
    (e: Error) => ({ name: e.name, message: e.message }),
  );
}

describe("the sandbox ELBv2", () => {
  it("rejects a weight outside 0–999 with AWS's ValidationError", async () => {
    const error = await failure(modify([forwardTo({ blue: world.blue.arn, green: world.green.arn }, { blue: 1000, green: 0 })]));
    expect(error.name).toBe("ValidationError");
    expect(error.message).toContain("Member must have value less than or equal to 999");
  });

  it("rejects an unknown target group", async () => {
    const unknown = world.blue.arn.replace(/[0-9a-f]{16}$/, "0000000000000000");
    expect((await failure(modify([forwardToGroups([{ arn: unknown, weight: 1 }])]))).name).toBe("TargetGroupNotFoundException");
  });

  it("rejects more than 5 target groups in one forward", async () => {
    const groups = Array.from({ length: 6 }, (_, i) => ({ arn: world.elbv2.createTargetGroup(`extra-${i}`).arn, weight: 1 }));
    expect(await failure(modify([forwardToGroups(groups)]))).toMatchObject({
      name: "ValidationError",
      message: expect.stringContaining("more than 5"),
    });
  });

  it("rejects a shorthand ARN that disagrees with the ForwardConfig", async () => {
    const action = forwardToGroups(
      [
        { arn: world.blue.arn, weight: 0 },
        { arn: world.green.arn, weight: 100 },
      ],
      world.blue.arn,
    );
    expect((await failure(modify([action]))).name).toBe("ValidationError");
  });

  it("counts a missing weight as 1, so a dropped zero would send traffic", async () => {
    await modify([forwardToGroups([{ arn: world.blue.arn, weight: 100 }, { arn: world.green.arn }])]);
    const out = await client.send(new DescribeListenersCommand({ ListenerArns: [world.listener.arn] }));
    expect(out.Listeners?.[0]?.DefaultActions?.[0]?.ForwardConfig?.TargetGroups?.[1]?.Weight).toBe(1);
  });

  it("needs the OIDC secret or UseExistingClientSecret, and never shows the secret", async () => {
    const oidc = OIDC_ACTION;
    const fwd = { ...forwardToGroups([{ arn: world.blue.arn, weight: 1 }]), Order: 2 };
    await onHttpsListener(async (arn) => {
      expect((await failure(modify([oidc, fwd], arn))).name).toBe("InvalidLoadBalancerActionException");
      await modify([{ ...oidc, AuthenticateOidcConfig: { ...oidc.AuthenticateOidcConfig!, ClientSecret: "s" } }, fwd], arn);
      const out = await client.send(new DescribeListenersCommand({ ListenerArns: [arn] }));
      expect(out.Listeners?.[0]?.DefaultActions?.[0]?.AuthenticateOidcConfig?.ClientSecret).toBeUndefined();
    });
  });

  // Action.AuthenticateOidcConfig and AuthenticateCognitoConfig are "[HTTPS listeners]" (ELBv2 API
  // reference; "Authenticate users using an Application Load Balancer"). The code for an HTTP
  // listener is not documented: InvalidConfigurationRequest is the sandbox's choice.
  it("accepts authenticate actions only on HTTPS listeners, by ModifyListener and ModifyRule", async () => {
    const oidc = { ...OIDC_ACTION, AuthenticateOidcConfig: { ...OIDC_ACTION.AuthenticateOidcConfig!, ClientSecret: "s" } };
    const cognito: Action = {
      Type: "authenticate-cognito",
      Order: 1,
      AuthenticateCognitoConfig: {
        UserPoolArn: "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_abc",
        UserPoolClientId: "client",
        UserPoolDomain: "sandbox",
      },
    };
    const fwd = { ...forwardToGroups([{ arn: world.blue.arn, weight: 1 }]), Order: 2 };
    const rule = world.elbv2.createRule(world.listener, 90, [], [{ Type: "forward", TargetGroupArn: world.blue.arn }]);
    try {
      for (const auth of [oidc, cognito]) {
        expect(await failure(modify([auth, fwd]))).toMatchObject({ name: "InvalidConfigurationRequestException" });
        const onRule = client.send(new ModifyRuleCommand({ RuleArn: rule.arn, Actions: [auth, fwd] }));
        expect((await failure(onRule)).name).toBe("InvalidConfigurationRequestException");
      }
      expect(() => world.elbv2.createRule(world.listener, 91, [], [oidc, fwd] as never)).toThrow(/HTTPS listeners/);
      const http = await client.send(new DescribeListenersCommand({ ListenerArns: [world.listener.arn] }));
      expect(http.Listeners?.[0]).toMatchObject({ Protocol: "HTTP", DefaultActions: [{ Type: "forward" }] });
      expect(http.Listeners?.[0]?.Certificates).toBeUndefined();
      await onHttpsListener(async (arn) => {
        for (const auth of [oidc, cognito]) await modify([auth, fwd], arn);
        const https = await client.send(new DescribeListenersCommand({ ListenerArns: [arn] }));
        expect(https.Listeners?.[0]?.Protocol).toBe("HTTPS");
        expect(https.Listeners?.[0]?.Certificates?.[0]?.CertificateArn).toMatch(
          /^arn:aws:acm:us-east-1:123456789012:certificate\//,
        );
        expect(https.Listeners?.[0]?.DefaultActions?.map((a) => a.Type)).toEqual(["authenticate-cognito", "forward"]);
      });
    } finally {
      world.elbv2.rules.delete(rule.arn);
    }
  });

  it("answers ListenerNotFound for a listener it does not have", async () => {
    const arn = world.listener.arn.replace(/[0-9a-f]{16}$/, "0000000000000000");
    expect((await failure(client.send(new DescribeListenersCommand({ ListenerArns: [arn] })))).name).toBe(
      "ListenerNotFoundException",
    );
  });

  // "Listeners for your Application Load Balancers": a forward to several target groups needs group
  // stickiness when any of them has stickiness enabled; TargetGroupStickinessConfig.DurationSeconds
  // is 1–604800 and required when enabled.
  it("refuses a multi-group forward with group stickiness off when a group has stickiness on", async () => {
    world.blue.attributes["stickiness.enabled"] = "true";
    try {
      const both = forwardTo({ blue: world.blue.arn, green: world.green.arn }, { blue: 100, green: 0 });
      expect(await failure(modify([both]))).toMatchObject({
        name: "InvalidConfigurationRequestException",
        message: expect.stringContaining("group stickiness must be enabled"),
      });
      const sticky = (DurationSeconds?: number): Action => ({
        ...both,
        ForwardConfig: { ...both.ForwardConfig, TargetGroupStickinessConfig: { Enabled: true, DurationSeconds } },
      });
      expect((await failure(modify([sticky()]))).name).toBe("ValidationError");
      expect((await failure(modify([sticky(604_801)]))).name).toBe("ValidationError");
      expect((await failure(modify([sticky(3600)]))).name).toBe("no error");
      expect((await failure(modify([forwardToGroups([{ arn: world.blue.arn, weight: 1 }])]))).name).toBe("no error");
    } finally {
      world.blue.attributes["stickiness.enabled"] = "false";
    }
  });

  // ELBv2 API reference: DescribeListeners and DescribeRules need an argument, DescribeRules by
  // listener includes the default rule, DescribeTags takes 20 ARNs at most, AddTags checks its keys
  // (Tag.Key: 1–128 characters, the tag pattern, `aws:` reserved), DuplicateTagKeys and TooManyTags
  // (50 tags a resource); DeregisterTargets of a target that is not registered succeeds.
  it("answers the describe, tag and deregister calls within AWS's limits", async () => {
    expect((await failure(client.send(new DescribeListenersCommand({})))).name).toBe("ValidationError");
    expect((await failure(client.send(new DescribeRulesCommand({})))).name).toBe("ValidationError");
    const rules = await client.send(new DescribeRulesCommand({ ListenerArn: world.listener.arn }));
    expect(rules.Rules?.at(-1)).toMatchObject({ IsDefault: true, Priority: "default" });
    const many = Array.from({ length: 21 }, () => world.blue.arn);
    expect((await failure(client.send(new DescribeTagsCommand({ ResourceArns: many })))).name).toBe("ValidationError");
    const tag = (Tags: { Key: string; Value: string }[]) =>
      failure(client.send(new AddTagsCommand({ ResourceArns: [world.green.arn], Tags })));
    expect((await tag([{ Key: "aws:reserved", Value: "x" }])).name).toBe("ValidationError");
    expect((await tag([{ Key: "k".repeat(129), Value: "x" }])).name).toBe("ValidationError");
    expect((await tag([{ Key: "bad#key", Value: "x" }])).name).toBe("ValidationError");
    expect(
      (
        await tag([
          { Key: "a", Value: "1" },
          { Key: "a", Value: "2" },
        ])
      ).name,
    ).toBe("DuplicateTagKeysException");
    expect((await tag(Array.from({ length: 51 }, (_, i) => ({ Key: `k${i}`, Value: "v" })))).name).toBe("TooManyTagsException");
    const gone = client.send(
      new DeregisterTargetsCommand({ TargetGroupArn: world.green.arn, Targets: [{ Id: "10.9.9.9", Port: 80 }] }),
    );
    expect((await failure(gone)).name).toBe("no error");
  });

  // Action (ELBv2 API reference): one routing action per list, and last; Order on every action when
  // there are several; jwt-validation is an action type; RedirectActionConfig.Port is a string.
  it("checks an action list as ELBv2 does", async () => {
    const fwd = (Order?: number): Action => ({ ...forwardToGroups([{ arn: world.blue.arn, weight: 1 }]), Order });
    const jwt = (Order?: number) => ({ Type: "jwt-validation", Order }) as unknown as Action;
    const invalid = "InvalidLoadBalancerActionException";
    expect((await failure(modify([fwd(1), fwd(2)]))).name).toBe(invalid);
    expect((await failure(modify([fwd(1), jwt(2)]))).name).toBe(invalid);
    expect((await failure(modify([jwt(), fwd()]))).name).toBe(invalid);
    expect((await failure(modify([jwt(1), fwd(2)]))).name).toBe("no error");
    const redirect = (Port: string): Action => ({ Type: "redirect", RedirectConfig: { Port, StatusCode: "HTTP_301" } });
    expect((await failure(modify([redirect("#{port}")]))).name).toBe("no error");
    expect((await failure(modify([redirect("eighty")]))).name).toBe("ValidationError");
    await modify([forwardTo({ blue: world.blue.arn, green: world.green.arn }, { blue: 100, green: 0 })]);
  });

  it("records every call with whether it wrote", () => {
    const actions = world.aws.calls.map((c) => [c.action, c.write]);
    expect(actions).toContainEqual(["ModifyListener", true]);
    expect(actions).toContainEqual(["DescribeListeners", false]);
  });
});

// "Health checks for your target groups" (ALB guide) and TargetHealth.Reason in the ELBv2 API
// reference: a target group that no listener rule or default action uses is not health-checked;
// its targets are unused with reason Target.NotInUse, and TargetGroup.LoadBalancerArns is empty.
describe("the sandbox ELBv2 with a target group in no rule", () => {
  let lone: World;
  beforeAll(async () => {
    lone = await startWorld({ blueOnly: true });
  });
  afterAll(() => lone.stop());

  async function health(lb: ElasticLoadBalancingV2Client, arn: string) {
    const out = await lb.send(new DescribeTargetHealthCommand({ TargetGroupArn: arn }));
    return (out.TargetHealthDescriptions ?? []).map((d) => [d.TargetHealth?.State, d.TargetHealth?.Reason]);
  }

  it("reports green's targets unused (Target.NotInUse) until a forward names it, at any weight", async () => {
    // Only the rounds this test runs: no background check may move a state between two reads.
    lone.health.stop();
    const lb = new ElasticLoadBalancingV2Client({
      region: "us-east-1",
      endpoint: lone.awsUrl,
      credentials: { accessKeyId: "sandbox", secretAccessKey: "sandbox" },
    });
    expect(await health(lb, lone.green.arn)).toEqual([
      ["unused", "Target.NotInUse"],
      ["unused", "Target.NotInUse"],
    ]);
    expect(new Set((await health(lb, lone.blue.arn)).map(([state]) => state))).toEqual(new Set(["healthy"]));
    const groups = await lb.send(new DescribeTargetGroupsCommand({ TargetGroupArns: [lone.green.arn] }));
    expect(groups.TargetGroups?.[0]?.LoadBalancerArns).toEqual([]);
    // A health check round changes nothing while no rule uses the group.
    await lone.health.round(lone.green);
    expect((await health(lb, lone.green.arn))[0]).toEqual(["unused", "Target.NotInUse"]);

    await lb.send(
      new ModifyListenerCommand({
        ListenerArn: lone.listener.arn,
        DefaultActions: [forwardTo({ blue: lone.blue.arn, green: lone.green.arn }, { blue: 100, green: 0 })],
      }),
    );
    expect((await health(lb, lone.green.arn))[0]).toEqual(["initial", "Elb.InitialHealthChecking"]);
    // "Health checks for your target groups": a newly registered target needs one passing check.
    await lone.health.round(lone.green);
    expect(new Set((await health(lb, lone.green.arn)).map(([state]) => state))).toEqual(new Set(["healthy"]));
  });
});

// The authenticate set-up: its production listener carries authenticate-oidc, so it is HTTPS in
// DescribeListeners ("Authenticate users using an Application Load Balancer"), while the sandbox's
// traffic plane serves it as plain HTTP on loopback.
describe("the sandbox ELBv2 with an authenticate action", () => {
  let authed: World;
  beforeAll(async () => {
    authed = await startWorld({ authenticate: true });
  });
  afterAll(() => authed.stop());

  it("reports the production listener HTTPS with a certificate, and serves it over HTTP", async () => {
    const lb = new ElasticLoadBalancingV2Client({
      region: "us-east-1",
      endpoint: authed.awsUrl,
      credentials: { accessKeyId: "sandbox", secretAccessKey: "sandbox" },
    });
    const out = await lb.send(new DescribeListenersCommand({ LoadBalancerArn: authed.listener.loadBalancerArn }));
    const prod = out.Listeners?.find((l) => l.ListenerArn === authed.listener.arn);
    expect(prod?.Protocol).toBe("HTTPS");
    expect(prod?.Certificates?.[0]?.CertificateArn).toMatch(/^arn:aws:acm:/);
    expect(prod?.DefaultActions?.map((a) => a.Type)).toEqual(["authenticate-oidc", "forward"]);
    const test = out.Listeners?.find((l) => l.ListenerArn === authed.testListener.arn);
    expect(test?.Protocol).toBe("HTTP");
    const res = await fetch(`${authed.urls.prod}/version`);
    expect(res.status).toBe(200);
    expect(authed.urls.prod).toMatch(/^http:\/\/127\.0\.0\.1:/);
  });
});
