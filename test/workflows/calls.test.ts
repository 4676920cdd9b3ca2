// The workflow runner on small workflows: reusable workflows with their inputs, secrets, outputs and
// permissions, workflow_dispatch inputs and triggers, and a cancelled run.
import { existsSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeRepos, repo } from "./repo.ts";
import { type RunnerSetup, runWorkflow, type Trigger } from "./runner.ts";

afterAll(removeRepos);

const PUSH: Trigger = { event: "push" };

function run(files: Record<string, string>, trigger: Trigger = PUSH, setup: Partial<RunnerSetup> = {}) {
  return runWorkflow(".github/workflows/w.yml", trigger, { repo: repo(files), ...setup });
}

const jobOf = (r: Awaited<ReturnType<typeof run>>, id: string) => r.jobs.find((j) => j.id === id);

describe("reusable workflows and triggers", () => {
  const called = `on:
  workflow_call:
    inputs:
      color:
        type: string
        required: true
      dry-run:
        type: boolean
        default: false
    secrets:
      token:
        required: true
    outputs:
      said:
        value: \${{ jobs.say.outputs.said }}
permissions:
  contents: read
jobs:
  say:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      id-token: write
    outputs:
      said: \${{ steps.s.outputs.said }}
    steps:
      - id: s
        env:
          TOKEN: \${{ secrets.token }}
        run: |
          echo "said=\${{ inputs.color }} dry=\${{ inputs.dry-run }} token=\${#TOKEN}" >> "$GITHUB_OUTPUT"
`;
  const caller = (withs: string, permissions = "id-token: write") => `on: push
jobs:
  call:
    permissions:
      contents: read
      ${permissions}
    uses: ./.github/workflows/called.yml
    with:
${withs}
    secrets:
      token: \${{ secrets.DEPLOY_TOKEN }}
  after:
    needs: call
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ needs.call.outputs.said }}"
`;

  it("passes inputs with their defaults and types, secrets and outputs through a called workflow", async () => {
    const r = await run(
      { ".github/workflows/w.yml": caller("      color: green"), ".github/workflows/called.yml": called },
      PUSH,
      { secrets: { DEPLOY_TOKEN: "abcdef" } },
    );
    expect(r.result).toBe("success");
    expect(jobOf(r, "call")?.outputs).toEqual({ said: "green dry=false token=6" });
    expect(jobOf(r, "call/say")?.permissions).toEqual({ contents: "read", "id-token": "write" });
    expect(jobOf(r, "after")?.steps[0]?.log).toContain("green dry=false token=6");
  });

  it("refuses an input the called workflow does not declare, a missing required one, and more permissions than the caller grants", async () => {
    const files = (withs: string, permissions?: string) => ({
      ".github/workflows/w.yml": caller(withs, permissions),
      ".github/workflows/called.yml": called,
    });
    const setup = { secrets: { DEPLOY_TOKEN: "abcdef" } };
    await expect(run(files("      color: green\n      colour: blue"), PUSH, setup)).rejects.toThrow(
      /job call \(\.\/\.github\/workflows\/called\.yml\): no input colour \(declared: color, dry-run\)/,
    );
    await expect(run(files("      dry-run: true"), PUSH, setup)).rejects.toThrow(/input color is required/);
    await expect(run(files("      color: green", "deployments: read"), PUSH, setup)).rejects.toThrow(
      "The nested job 'call/say' is requesting 'id-token: write', but is only allowed 'id-token: none'.",
    );
  });

  it("checks workflow_dispatch inputs as GitHub does, and runs a workflow only for an event it has", async () => {
    const files = {
      ".github/workflows/w.yml": `on:
  workflow_dispatch:
    inputs:
      to:
        type: choice
        options: [auto, blue, green]
        default: auto
      dry-run:
        type: boolean
        default: false
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      line: \${{ steps.s.outputs.line }}
    steps:
      - id: s
        run: echo "line=\${{ inputs.to }} \${{ inputs.dry-run && 'dry' || 'wet' }} \${{ github.event_name }}" >> "$GITHUB_OUTPUT"
`,
    };
    const dispatch = (inputs: Record<string, unknown>) => run(files, { event: "workflow_dispatch", inputs });
    expect(jobOf(await dispatch({ to: "green", "dry-run": "true" }), "a")?.outputs).toEqual({
      line: "green dry workflow_dispatch",
    });
    expect(jobOf(await dispatch({}), "a")?.outputs).toEqual({ line: "auto wet workflow_dispatch" });
    await expect(dispatch({ to: "purple" })).rejects.toThrow(/input to is one of auto, blue, green, and was given "purple"/);
    await expect(dispatch({ reason: "x" })).rejects.toThrow(/no input reason/);
    await expect(run(files, { event: "schedule" })).rejects.toThrow(
      /the workflow has no on: schedule \(it has workflow_dispatch\)/,
    );
  });

  it("cancels a run: the running step gets SIGINT, and only always() and cancelled() steps and jobs go on", async () => {
    const controller = new AbortController();
    const marker = path.join(repo({}), "started");
    const running = run(
      {
        ".github/workflows/w.yml": `on: push
jobs:
  long:
    runs-on: ubuntu-latest
    steps:
      - run: |
          trap 'echo "got SIGINT"; exit 130' INT
          touch "$STARTED"
          while true; do sleep 0.05; done
      - run: echo never
      - if: cancelled()
        run: echo "cleaning up after the cancel"
  next:
    needs: long
    runs-on: ubuntu-latest
    steps:
      - run: echo never
  last:
    needs: long
    if: always()
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ steps.s.outputs.seen }}
    steps:
      - id: s
        if: cancelled()
        run: echo "seen=\${{ needs.long.result }}" >> "$GITHUB_OUTPUT"
`,
      },
      PUSH,
      { signal: controller.signal, expectSkip: (s) => s.job === "next", env: { STARTED: marker } },
    );
    for (const deadline = Date.now() + 20_000; !existsSync(marker); ) {
      if (Date.now() > deadline) throw new Error("the long step never started");
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    controller.abort();
    const r = await running;
    expect(r.result).toBe("cancelled");
    const long = jobOf(r, "long");
    expect(long?.result).toBe("cancelled");
    expect(long?.steps.map((s) => s.conclusion)).toEqual(["cancelled", "skipped", "success"]);
    expect(long?.steps[0]?.log).toContain("got SIGINT");
    expect(jobOf(r, "next")?.result).toBe("skipped");
    expect(jobOf(r, "last")?.outputs).toEqual({ seen: "cancelled" });
  });
});
