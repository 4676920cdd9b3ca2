// purge-cdn, and the rollback's purge, against the sandbox's CloudFront and its edge cache.
import { CloudFrontClient, CreateInvalidationCommand } from "@aws-sdk/client-cloudfront";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { isFailure, LoadGenerator } from "../sandbox/load.ts";
import { runAction, startAction } from "../sandbox/run-action.ts";
import { startWorld, type World } from "../sandbox/world.ts";

let world: World;

beforeAll(async () => {
  world = await startWorld({ invalidationMs: 400 });
});
afterAll(() => world.stop());
beforeEach(async () => {
  await world.reset();
  world.cloudfront.invalidations.length = 0;
});

async function edgeVersion(path = "/"): Promise<string> {
  const res = await fetch(`${world.urls.cdn}${path}`);
  await res.text();
  return res.headers.get("x-app-version") ?? "";
}

function purgeInputs(extra: Record<string, string> = {}): Record<string, string> {
  return { ...world.inputs, "distribution-id": world.distributionId, ...extra };
}

describe("purge-cdn", () => {
  it("replaces the stale HTML the edge holds from the old color, and checks the edge", async () => {
    expect(await edgeVersion()).toBe("v1");
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    expect(await edgeVersion(), "the edge still has blue's HTML").toBe("v1");

    const run = await runAction(
      "purge-cdn",
      purgeInputs({ "verify-url": `${world.urls.cdn}/`, "expected-version": "v2" }),
      world.env,
    );
    expect(run.code, run.stdout).toBe(0);
    expect(await edgeVersion()).toBe("v2");
    const [invalidation] = world.cloudfront.invalidations;
    expect(invalidation?.paths).toEqual(["/", "/index.html"]);
    expect(run.outputs["invalidation-ids"]).toBe(invalidation?.id);
    expect(run.outputs["active-color"]).toBe("green");
    expect(run.stdout).toMatch(/Invalidation \S+ on \S+ completed after/);
    expect(run.summary).toMatch(/Edge check: 10 answers in a row from v2/);
  });

  // "Invalidate files" (CloudFront guide): an object cached by query string is invalidated with its
  // query string, sent as it is; other query strings of the same path stay cached.
  it("invalidates a path with its query string, sent unencoded, and only that variant", async () => {
    expect([await edgeVersion("/?q=shoes"), await edgeVersion("/?q=boots")]).toEqual(["v1", "v1"]);
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const run = await runAction("purge-cdn", purgeInputs({ paths: "/?q=shoes" }), world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(world.cloudfront.invalidations[0]?.paths).toEqual(["/?q=shoes"]);
    expect(JSON.stringify(world.aws.calls.find((c) => c.action === "CreateInvalidation")?.params)).toContain("/?q=shoes");
    expect(await edgeVersion("/?q=shoes")).toBe("v2");
    expect(await edgeVersion("/?q=boots"), "another query string is another object").toBe("v1");
  });

  it("reuses the invalidation when the same job runs the step again", async () => {
    const first = await runAction("purge-cdn", purgeInputs(), world.env);
    const again = await runAction("purge-cdn", purgeInputs(), world.env);
    expect(first.code).toBe(0);
    expect(again.code).toBe(0);
    expect(again.outputs["invalidation-ids"]).toBe(first.outputs["invalidation-ids"]);
    expect(world.cloudfront.invalidations).toHaveLength(1);
  });

  it("folds a batch past the quota into prefix wildcards, and says so", async () => {
    const paths = Array.from({ length: 20 }, (_, i) => `/section${i}/*`).join(",");
    const run = await runAction("purge-cdn", purgeInputs({ paths, wait: "false" }), world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(/::warning::purge: 20 paths exceed CloudFront's quota .* folded into 1 wildcard path\(s\): \/\*/);
    expect(world.cloudfront.invalidations[0]?.paths).toEqual(["/*"]);
  });

  it("waits for room when CloudFront has too many invalidations in progress", async () => {
    const cloudfront = new CloudFrontClient({
      region: "us-east-1",
      endpoint: world.urls.aws,
      credentials: { accessKeyId: "a", secretAccessKey: "b" },
    });
    const busy = Array.from({ length: 15 }, (_, i) => `/busy${i}/*`);
    // The busy batch outlasts the step's start-up even on a loaded machine; the step's own
    // invalidation completes at the usual pace.
    const usual = world.cloudfront.completionMs;
    world.cloudfront.completionMs = 5_000;
    try {
      await cloudfront.send(
        new CreateInvalidationCommand({
          DistributionId: world.distributionId,
          InvalidationBatch: { CallerReference: "busy", Paths: { Quantity: 15, Items: busy } },
        }),
      );
    } finally {
      world.cloudfront.completionMs = usual;
    }
    const run = await runAction("purge-cdn", purgeInputs({ paths: "/products/*" }), world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain("CloudFront has too many invalidations in progress");
    expect(world.aws.calls.filter((c) => c.error === "TooManyInvalidationsInProgress").length).toBeGreaterThanOrEqual(1);
    expect(world.cloudfront.invalidations.map((i) => i.paths)).toContainEqual(["/products/*"]);
  });

  it("says clearly when the distribution does not exist", async () => {
    const run = await runAction("purge-cdn", purgeInputs({ "distribution-id": "E0000000000000" }), world.env);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(
      "::error::CloudFront has no distribution E0000000000000 (or this role may not see it): check distribution-id.",
    );
  });
});

describe("rollback purges too", () => {
  it("flips back, then purges, so the edge serves the old version again", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    expect((await runAction("purge-cdn", purgeInputs(), world.env)).code).toBe(0);
    expect(await edgeVersion()).toBe("v2");

    const inputs = purgeInputs({ reason: "green broke checkout", "verify-url": `${world.urls.cdn}/`, "expected-version": "v1" });
    const run = await runAction("rollback", inputs, world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(await edgeVersion()).toBe("v1");
    expect(world.cloudfront.invalidations).toHaveLength(2);
    expect(run.summary).toContain("**CDN purge**");
  });

  // The first release with cutover: blue, live before it, carries no version tag. That is normal,
  // so the edge check warns and says what it could not check; the rollback does not fail.
  it("still purges when verify-url has no version to expect, and warns what it could not check", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const run = await runAction("rollback", purgeInputs({ reason: "test", "verify-url": `${world.urls.cdn}/` }), world.env);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::purge: the invalidation is done, but verify-url could not check the edge: the live color carries no cutover:version tag/,
    );
    expect(run.summary).toMatch(/^### ⏪ Rolled back to blue · cutover rollback\n/);
    expect(run.summary).toContain("⚠️ Edge not checked: the invalidation is done");
    expect(world.cloudfront.invalidations).toHaveLength(1);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
  });
});

describe("an invalidation that completes before the router's change reaches every node", () => {
  // ALB applies a listener change a little after it shows it ("Edit a listener rule"): an invalidation
  // that completes sooner lets the edge fetch green's page again and keep it for its whole TTL.
  it("invalidates once more when the edge still serves the old color, and confirms the restored one", {
    timeout: 60_000,
  }, async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    expect((await runAction("purge-cdn", purgeInputs(), world.env)).code).toBe(0);
    expect(await edgeVersion()).toBe("v2");
    // The listener keeps routing to green until the test lets the change through.
    world.elbv2.propagationSeconds = 600 / world.options.timeScale;
    try {
      const inputs = purgeInputs({
        reason: "green broke checkout",
        "verify-url": `${world.urls.cdn}/`,
        "expected-version": "v1",
        timeout: "30s",
      });
      const { child, result } = startAction("rollback", inputs, world.env);
      const purged = () => world.cloudfront.invalidations[1]?.status === "Completed";
      for (const deadline = Date.now() + 20_000; !purged(); ) {
        if (child.exitCode !== null || Date.now() > deadline) throw new Error("the rollback's invalidation never completed");
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await edgeVersion(), "the edge fetched green's page again").toBe("v2");
      world.listener.previous = undefined;
      const run = await result;
      expect(run.code, run.stdout).toBe(0);
      expect(run.stdout).toMatch(
        /verify-url after \S+ it still answered v2 ×\d+, though the invalidation had completed: the edge may have fetched the old color again/,
      );
      expect(run.stdout).toMatch(/Invalidating \/, \/index\.html once more \(CallerReference \S+-again-/);
      expect(world.cloudfront.invalidations).toHaveLength(3);
      expect(await edgeVersion()).toBe("v1");
      expect(run.summary).toMatch(/10 answers in a row from v1 after \S+, after a second invalidation/);
    } finally {
      world.elbv2.propagationSeconds = 2;
    }
  });
});

describe("a rollback whose purge failed, run again", () => {
  // Re-run from the Actions page: the same inputs, attempt 2. The first attempt moved traffic back
  // and failed only on the purge; the second must not read "previous" as the color it just left.
  it("keeps traffic on the restored color, keeps the rollback record, and only purges", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    const load = new LoadGenerator(`${world.urls.prod}/version`, 60).start();
    const inputs = purgeInputs({ reason: "green broke checkout", "max-attempts": "1" });
    world.aws.faults.push({ action: "CreateInvalidation", mode: "error", count: 5 });
    const first = await runAction("rollback", inputs, world.env);
    const backAt = Date.now();
    expect(first.code).toBe(1);
    expect(first.stdout).toMatch(
      /::error::Traffic is back on blue: the rollback from green is done\. Only the CDN purge is left, and it did not finish: .*run purge-cdn, or run this rollback again/,
    );
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    world.aws.faults.length = 0;

    const again = await runAction("rollback", inputs, { ...world.env, GITHUB_RUN_ATTEMPT: "2" });
    const records = await load.stop();
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toMatch(
      /::warning::green was left by a rollback at \S+ \(because: green broke checkout\), and nothing went live since: to: previous means blue/,
    );
    expect(again.outputs).toMatchObject({ "active-color": "blue", switched: "false" });
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 100, green: 0 });
    expect(Object.fromEntries(world.elbv2.tags.get(world.green.arn) ?? [])["cutover:rollback-reason"]).toBe(
      "green broke checkout",
    );
    expect(world.cloudfront.invalidations).toHaveLength(1);
    expect(records.filter(isFailure)).toEqual([]);
    expect(records.filter((r) => r.at > backAt).every((r) => r.version === "v1")).toBe(true);
  });

  it("still moves to the color the rollback left when it is named", async () => {
    expect((await runAction("switch", world.inputs, world.env)).code).toBe(0);
    expect((await runAction("rollback", { ...world.inputs, reason: "green broke checkout" }, world.env)).code).toBe(0);
    const named = await runAction("rollback", { ...world.inputs, to: "green", reason: "the fix was in the config" }, world.env);
    expect(named.code, named.stdout).toBe(0);
    expect(world.weightsOf(world.listener.arn)).toEqual({ blue: 0, green: 100 });
  });
});

describe("bad purge input", () => {
  const cases: [string, Record<string, string>, RegExp][] = [
    ["paths", { paths: "/*.html" }, /may have \* only at the end.*use a prefix wildcard such as \/\*/],
    ["paths", { paths: "/blog/*/index.html" }, /use a prefix wildcard such as \/blog\/\*/],
    ["paths", { paths: "index.html" }, /must start with \//],
    ["paths", { paths: `/${"a".repeat(4001)}` }, /CloudFront takes 4000 at most/],
    ["distribution-id", { "distribution-id": "d111111abcdef8" }, /is not a CloudFront distribution ID/],
    ["distribution-id", { "distribution-id": "" }, /is required/],
    ["wait", { wait: "soon" }, /must be true or false/],
    ["timeout", { timeout: "10" }, /must be a duration/],
  ];
  it.each(cases.map(([input, inputs, problem], i) => ({ i, input, inputs, problem })))(
    "#$i $input",
    async ({ input, inputs, problem }) => {
      world.aws.calls.length = 0;
      const run = await runAction("purge-cdn", purgeInputs(inputs), world.env);
      expect(run.code).toBe(1);
      const errors = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
      expect(errors).toHaveLength(1);
      expect(errors[0]).toContain(`Input '${input}'`);
      expect(errors[0]).toMatch(problem);
      expect(world.aws.calls).toEqual([]);
    },
  );
});
