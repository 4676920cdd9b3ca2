import { afterAll, describe, expect, it } from "vitest";
import { removeRepos, repo } from "./repo.ts";
import { type RunnerSetup, runWorkflow, type Trigger } from "./runner.ts";

afterAll(removeRepos);

const PUSH: Trigger = { event: "push" };

function run(files: Record<string, string>, trigger: Trigger = PUSH, setup: Partial<RunnerSetup> = {}) {
  return runWorkflow(".github/workflows/w.yml", trigger, { repo: repo(files), ...setup });
}

const jobOf = (r: Awaited<ReturnType<typeof run>>, id: string) => r.jobs.find((j) => j.id === id);

describe("jobs", () => {
  it("passes outputs along needs, and runs a job's if: against its needs' results", async () => {
    const r = await run(
      {
        ".github/workflows/w.yml": `on: push
jobs:
  first:
    runs-on: ubuntu-latest
    outputs:
      color: \${{ steps.pick.outputs.color }}
    steps:
      - id: pick
        run: echo "color=green" >> "$GITHUB_OUTPUT"
  second:
    needs: first
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.read.outputs.seen }}
    steps:
      - id: read
        env:
          COLOR: \${{ needs.first.outputs.color }}
        run: echo "seen=$COLOR after \${{ needs.first.result }}" >> "$GITHUB_OUTPUT"
  only-on-failure:
    needs: second
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: exit 1
`,
      },
      PUSH,
      { expectSkip: (s) => s.job === "only-on-failure" },
    );
    expect(r.result).toBe("success");
    expect(jobOf(r, "second")?.outputs).toEqual({ seen: "green after success" });
    expect(jobOf(r, "only-on-failure")?.result).toBe("skipped");
    expect(r.jobs.map((j) => j.id)).toEqual(["first", "second", "only-on-failure"]);
  });

  it("skips a job whose need failed, runs failure() and always() jobs, and fails a run with an unexpected skip", async () => {
    const files = {
      ".github/workflows/w.yml": `on: push
jobs:
  broken:
    runs-on: ubuntu-latest
    steps:
      - run: echo before; exit 3
      - run: echo never
      - if: failure()
        run: echo "cleaning up"
      - if: always()
        id: last
        run: echo "status=\${{ job.status }}" >> "$GITHUB_OUTPUT"
  after:
    needs: broken
    runs-on: ubuntu-latest
    steps:
      - run: echo should not run
  on-failure:
    needs: broken
    if: failure()
    runs-on: ubuntu-latest
    steps:
      - run: echo handling
  report:
    needs: [broken, after]
    if: always()
    runs-on: ubuntu-latest
    outputs:
      line: \${{ steps.r.outputs.line }}
    steps:
      - id: r
        run: echo "line=\${{ needs.broken.result }} \${{ needs.after.result }}" >> "$GITHUB_OUTPUT"
`,
    };
    await expect(run(files)).rejects.toThrow(
      /job after was skipped \(if: success\(\); needs: broken failure\), and the test did not expect it/,
    );
    const r = await run(files, PUSH, { expectSkip: (s) => s.job === "after" });
    expect(r.result).toBe("failure");
    const broken = jobOf(r, "broken");
    expect(broken?.steps.map((s) => s.conclusion)).toEqual(["failure", "skipped", "success", "success"]);
    expect(broken?.steps[2]?.log).toContain("cleaning up");
    expect(jobOf(r, "on-failure")?.result).toBe("success");
    expect(jobOf(r, "report")?.outputs).toEqual({ line: "failure skipped" });
  });

  it("stops a step at its timeout-minutes, and a job at its own, as failures", async () => {
    const r = await run({
      ".github/workflows/w.yml": `on: push
jobs:
  step-limit:
    runs-on: ubuntu-latest
    steps:
      - timeout-minutes: 0.005
        run: sleep 30
      - if: failure()
        run: echo "after the timeout"
  job-limit:
    runs-on: ubuntu-latest
    timeout-minutes: 0.005
    steps:
      - run: sleep 30
`,
    });
    expect(r.result).toBe("failure");
    const step = jobOf(r, "step-limit");
    expect(step?.steps.map((s) => s.conclusion)).toEqual(["failure", "success"]);
    expect(step?.steps[0]?.annotations.map((a) => a.message)).toEqual([
      "The action 'Run sleep 30' has timed out after 0.005 minutes.",
    ]);
    expect(jobOf(r, "job-limit")?.steps[0]?.annotations.map((a) => a.message)).toEqual([
      "The job job-limit has exceeded its timeout-minutes.",
    ]);
    expect(Math.max(...r.jobs.map((j) => j.ms))).toBeLessThan(25_000);
  });

  it("refuses a job output that the needed job does not define, and a job that it does not need", async () => {
    const workflow = (ref: string) => ({
      ".github/workflows/w.yml": `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      color: blue
    steps:
      - run: "true"
  b:
    runs-on: ubuntu-latest
    steps:
      - run: "true"
  c:
    needs: [a, b]
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ ${ref} }}"
`,
    });
    await expect(run(workflow("needs.a.outputs.colour"))).rejects.toThrow(
      /job c, step 1 \(Run echo "\$\{\{ needs\.a\.outputs\.colour \}\}"\) run: echo "\$\{\{ needs\.a\.outputs\.colour \}\}": needs\.a\.outputs\.colour is not defined \(defined: color\)/,
    );
    await expect(run(workflow("needs.d.outputs.color"))).rejects.toThrow(/needs\.d is not defined \(defined: a, b\)/);
    expect((await run(workflow("needs.a.outputs.color"))).result).toBe("success");
  });

  it("fails the run on an expression error, naming the job, the step and the expression, and on a key it does not carry out", async () => {
    await expect(
      run({
        ".github/workflows/w.yml": `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - run: echo '\${{ fromJSON('{not json') }}'
`,
      }),
    ).rejects.toThrow(
      /job a, step 1 \(Run echo '\$\{\{ fromJSON\('\{not json'\) \}\}'\) run: echo '\$\{\{ fromJSON\('\{not json'\) \}\}': Error parsing JSON/,
    );
    await expect(
      run({ ".github/workflows/w.yml": "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - bogus: 1\n" }),
    ).rejects.toThrow(/w\.yml does not parse/);
    await expect(
      run({
        ".github/workflows/w.yml":
          "on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    container: node:24\n    steps:\n      - run: 'true'\n",
      }),
    ).rejects.toThrow("job a: container is not carried out by this runner");
  });

  it("runs each matrix combination, less exclude and with include, and records environment, concurrency and permissions", async () => {
    const r = await run({
      ".github/workflows/w.yml": `on: push
concurrency:
  group: deploy-\${{ github.ref_name }}
permissions:
  contents: read
jobs:
  each:
    runs-on: ubuntu-latest
    permissions:
      id-token: write
    environment:
      name: env-\${{ matrix.region }}
      url: \${{ steps.url.outputs.url }}
    concurrency: one-\${{ matrix.region }}
    strategy:
      matrix:
        region: [eu, us, ap]
        size: [small]
        exclude:
          - region: ap
        include:
          - region: us
            extra: big
    steps:
      - id: url
        run: echo "url=https://\${{ matrix.region }}.example.com/\${{ matrix.extra || 'none' }}" >> "$GITHUB_OUTPUT"
`,
    });
    expect(r.concurrency).toEqual(["deploy-main"]);
    const each = r.jobs.filter((j) => j.id.startsWith("each ("));
    expect(each.map((j) => j.id).sort()).toEqual(["each (eu, small)", "each (us, small, big)"]);
    const us = each.find((j) => j.id === "each (us, small, big)");
    expect(us?.environment).toEqual({ name: "env-us", url: "https://us.example.com/big" });
    expect(us?.concurrency).toBe("one-us");
    expect(us?.permissions).toEqual({ "id-token": "write" });
    expect(us?.runsOn).toEqual(["ubuntu-latest"]);
  });
});
