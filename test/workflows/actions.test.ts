// The workflow runner's steps: a local node24 action as GitHub's runner runs it, a composite
// action step by step, and the stand-ins for third-party actions.
import { chmodSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeRepos, repo } from "./repo.ts";
import { type RunnerSetup, runWorkflow } from "./runner.ts";

afterAll(removeRepos);

const NODE_ACTION = {
  "act/action.yml": `name: act
description: writes what GitHub's runner reads back
inputs:
  color:
    description: the color
    required: true
  greeting:
    description: has a default
    default: hello \${{ github.repository }}
outputs:
  said:
    description: what it said
runs:
  using: node24
  main: index.mjs
`,
  "act/index.mjs": `import { appendFileSync } from "node:fs";
const say = \`\${process.env.INPUT_GREETING}, \${process.env.INPUT_COLOR}\`;
appendFileSync(process.env.GITHUB_OUTPUT, \`said<<EOF\\n\${say}\\nEOF\\n\`);
appendFileSync(process.env.GITHUB_OUTPUT, "undeclared=dropped\\n");
appendFileSync(process.env.GITHUB_STATE, "pid=42\\n");
appendFileSync(process.env.GITHUB_STEP_SUMMARY, "### said " + say + "\\n");
appendFileSync(process.env.GITHUB_ENV, "CARRIED=from the action\\n");
appendFileSync(process.env.GITHUB_PATH, process.cwd() + "/bin\\n");
console.log("::add-mask::s3cret-value");
console.log("::group::details");
console.log("the token is s3cret-value");
console.log("::endgroup::");
console.log("::warning title=Careful::100%25 sure%0Asecond line");
console.log("::error::it broke, mildly");
`,
};

function workflow(steps: string): Record<string, string> {
  return {
    ...NODE_ACTION,
    "bin/hello": "#!/bin/sh\necho hello from PATH\n",
    ".github/workflows/w.yml": `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      said: \${{ steps.act.outputs.said }}
    steps:
${steps}
`,
  };
}

const checkoutStep = "      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1\n";

async function run(files: Record<string, string>, setup: Partial<RunnerSetup> = {}) {
  const dir = repo(files);
  return runWorkflow(".github/workflows/w.yml", { event: "push" }, { repo: dir, ...setup });
}

describe("a local node24 action", () => {
  it("gets INPUT_* with its defaults, and its outputs, state, summary, env, path and commands are read as GitHub reads them", async () => {
    const files = workflow(`${checkoutStep}      - id: act
        uses: ./act
        with:
          color: green
      - run: |
          echo "carried: $CARRIED"
          hello
`);
    const dir = repo(files);
    chmodSync(path.join(dir, "bin/hello"), 0o755);
    const r = await runWorkflow(".github/workflows/w.yml", { event: "push" }, { repo: dir });
    const job = r.jobs[0];
    expect(r.result).toBe("success");
    expect(job?.outputs).toEqual({ said: "hello acme/shop, green" });
    const act = job?.steps[1];
    expect(act?.outputs).toEqual({ said: "hello acme/shop, green" });
    expect(act?.log).toContain("▶ details\nthe token is ***");
    expect(act?.log).not.toContain("s3cret-value");
    expect(act?.annotations).toEqual([
      { level: "warning", message: "100% sure\nsecond line", properties: { title: "Careful" } },
      { level: "error", message: "it broke, mildly", properties: {} },
    ]);
    expect(job?.summary).toBe("### said hello acme/shop, green\n");
    expect(job?.steps[2]?.log).toBe("carried: from the action\nhello from PATH\n");
  });

  it("fails the run on an input the action does not declare, and on a step output it does not declare", async () => {
    await expect(
      run(workflow(`${checkoutStep}      - id: act\n        uses: ./act\n        with:\n          colour: green\n`)),
    ).rejects.toThrow(/job a, step 2 \(\.\/act\): .*act declares no input colour/);
    const files = workflow(
      `${checkoutStep}      - id: act\n        uses: ./act\n        with:\n          color: green\n      - run: echo "\${{ steps.act.outputs.undeclared }}"\n`,
    );
    await expect(run(files)).rejects.toThrow(/steps\.act\.outputs\.undeclared is not defined \(defined: said\)/);
  });

  it("refuses ::set-output, which GitHub has deprecated", async () => {
    await expect(run(workflow('      - id: act\n        run: echo "::set-output name=said::x"\n'))).rejects.toThrow(
      /::set-output:: is not a command this runner takes \(deprecated; write the file instead\)/,
    );
  });
});

describe("a composite action", () => {
  it("runs its steps in order with its inputs, and maps its outputs from its steps", async () => {
    const r = await run({
      "comp/action.yml": `name: comp
description: two steps
inputs:
  who:
    description: who
    default: world
outputs:
  line:
    description: the line
    value: \${{ steps.second.outputs.line }}
runs:
  using: composite
  steps:
    - id: first
      shell: bash
      run: echo "word=hello" >> "$GITHUB_OUTPUT"
    - id: second
      shell: bash
      env:
        WORD: \${{ steps.first.outputs.word }}
      run: echo "line=$WORD \${{ inputs.who }}" >> "$GITHUB_OUTPUT"
    - if: failure()
      shell: bash
      run: echo never
`,
      ".github/workflows/w.yml": `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    outputs:
      line: \${{ steps.c.outputs.line }}
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
      - id: c
        uses: ./comp
        with:
          who: cutover
`,
    });
    expect(r.result).toBe("success");
    expect(r.jobs[0]?.outputs).toEqual({ line: "hello cutover" });
  });
});

describe("stand-ins for third-party actions", () => {
  it("checks out a copy of the tree, or only the sparse paths, at the path given", async () => {
    const r = await run({
      "config/settings.yml": "a: 1\n",
      "other/file.txt": "x\n",
      ".github/workflows/w.yml": `on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1
        with:
          sparse-checkout: config/settings.yml
          sparse-checkout-cone-mode: false
          path: sub
      - run: find . -type f | sort
`,
    });
    expect(r.jobs[0]?.steps[1]?.log).toBe("./sub/config/settings.yml\n");
  });

  it("gives the sandbox's AWS credentials, masked, and the region to a job with id-token: write, and fails without it", async () => {
    const steps = `    steps:
      - uses: aws-actions/configure-aws-credentials@e6de054238d6b7531b4efff3b6587d9aade6a06c
        with:
          role-to-assume: arn:aws:iam::123456789012:role/deploy
          aws-region: eu-west-1
      - run: echo "$AWS_ACCESS_KEY_ID $AWS_REGION $AWS_SECRET_ACCESS_KEY"
`;
    const files = (permissions: string) => ({
      ".github/workflows/w.yml": `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    permissions:\n      ${permissions}\n${steps}`,
    });
    const clouds = { aws: { AWS_ACCESS_KEY_ID: "AKIASANDBOX", AWS_SECRET_ACCESS_KEY: "sandbox-secret-key" } };
    const ok = await run(files("id-token: write"), { clouds });
    expect(ok.jobs[0]?.steps[0]?.standIn).toEqual({ role: "arn:aws:iam::123456789012:role/deploy", region: "eu-west-1" });
    // The secret key is masked, as the real action masks it.
    expect(ok.jobs[0]?.steps[1]?.log).toBe("AKIASANDBOX eu-west-1 ***\n");
    const refused = await run(files("contents: read"), { clouds });
    expect(refused.result).toBe("failure");
    expect(refused.jobs[0]?.steps[0]?.annotations[0]?.message).toBe(
      "aws-actions/configure-aws-credentials: OIDC needs the id-token: write permission, and this job has id-token: none",
    );
  });

  it("fails the run on a third-party action it has no stand-in for, and on an input the real action does not have", async () => {
    const uses = (step: string) => ({
      ".github/workflows/w.yml": `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n${step}`,
    });
    await expect(run(uses("      - uses: some/deployer@v1\n"))).rejects.toThrow(
      /no stand-in for the third-party action some\/deployer@v1; the runner has actions\/checkout, aws-actions\/configure-aws-credentials, azure\/login, google-github-actions\/auth/,
    );
    await expect(run(uses("      - uses: actions/checkout@v4\n        with:\n          depth: 1\n"))).rejects.toThrow(
      /actions\/checkout has no input depth/,
    );
  });
});
