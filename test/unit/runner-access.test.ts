// environment/runner-access.sh, the step every job of the reusable workflows runs before cutover's
// steps: what it writes for a kubeconfig and for ssh, and the mistakes it refuses before anything
// reaches a router, each with one ::error:: line.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT } from "../sandbox/run-action.ts";

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

function access(env: Record<string, string>) {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-access-"));
  dirs.push(dir);
  const temp = path.join(dir, "temp");
  mkdirSync(temp);
  const files = { GITHUB_ENV: path.join(dir, "env"), GITHUB_PATH: path.join(dir, "path") };
  for (const file of Object.values(files)) writeFileSync(file, "");
  const run = spawnSync("bash", [path.join(ROOT, "environment/runner-access.sh")], {
    env: { PATH: process.env.PATH ?? "", RUNNER_TEMP: temp, ...files, ...env },
    encoding: "utf8",
  });
  return {
    code: run.status,
    stdout: run.stdout,
    temp,
    env: readFileSync(files.GITHUB_ENV, "utf8"),
    path: readFileSync(files.GITHUB_PATH, "utf8"),
  };
}

describe("runner-access.sh", () => {
  it("does nothing for an environment without a kubeconfig or an ssh key (ALB)", () => {
    const run = access({});
    expect([run.code, run.env, run.path]).toEqual([0, "", ""]);
  });

  it("writes the kubeconfig secret under RUNNER_TEMP, readable by its owner only, as KUBECONFIG", () => {
    const run = access({ CUTOVER_KUBECONFIG: "apiVersion: v1\nkind: Config" });
    expect(run.code, run.stdout).toBe(0);
    const file = path.join(run.temp, "cutover-access/kubeconfig");
    expect(run.env).toBe(`KUBECONFIG=${file}\n`);
    expect(readFileSync(file, "utf8")).toBe("apiVersion: v1\nkind: Config\n");
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(run.stdout).not.toContain("kind: Config");
  });

  it("puts an ssh first on PATH that checks host keys strictly against the given known hosts, with the given key", () => {
    const run = access({ CUTOVER_SSH_KEY: "KEY", CUTOVER_SSH_KNOWN_HOSTS: "proxy ssh-ed25519 AAAA" });
    expect(run.code, run.stdout).toBe(0);
    const dir = path.join(run.temp, "cutover-access");
    expect(run.path).toBe(`${dir}/bin\n`);
    expect(readdirSync(dir).sort()).toEqual(["bin", "known_hosts", "ssh-key"]);
    expect(statSync(path.join(dir, "ssh-key")).mode & 0o777).toBe(0o600);
    const wrapper = readFileSync(path.join(dir, "bin/ssh"), "utf8");
    expect(wrapper).toContain("-o StrictHostKeyChecking=yes");
    expect(wrapper).toContain(`-o UserKnownHostsFile='${dir}/known_hosts'`);
    expect(wrapper).toContain(`-i '${dir}/ssh-key'`);
    // The wrapper runs: ssh -G prints the options it would use, without connecting.
    const options = execFileSync(path.join(dir, "bin/ssh"), ["-G", "proxy"], { encoding: "utf8" });
    expect(options).toMatch(/^stricthostkeychecking true$/m);
    expect(options).toContain(`userknownhostsfile ${dir}/known_hosts`);
  });

  it.each([
    [
      "a kubeconfig and an EKS cluster",
      { CUTOVER_KUBECONFIG: "x", CUTOVER_EKS_CLUSTER: "shop" },
      /give one\. Example: eks-cluster: shop-prod/,
    ],
    [
      "EKS without AWS credentials",
      { CUTOVER_EKS_CLUSTER: "shop" },
      /Input 'eks-cluster' needs AWS credentials.*Example: role: arn:aws:iam::/,
    ],
    [
      "an ssh key without known hosts",
      { CUTOVER_SSH_KEY: "KEY" },
      /Input 'ssh-known-hosts' is empty.*Example: proxy\.internal ssh-ed25519/,
    ],
    [
      "known hosts without a key",
      { CUTOVER_SSH_KNOWN_HOSTS: "proxy ssh-ed25519 AAAA" },
      /without the ssh-key secret.*Example: secrets:/,
    ],
  ])("refuses %s with one line, and leaves no file", (_, env, message) => {
    const run = access(env as Record<string, string>);
    expect(run.code).toBe(1);
    const lines = run.stdout.split("\n").filter((l) => l.startsWith("::error::"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect([run.env, run.path]).toEqual(["", ""]);
    expect(readdirSync(path.join(run.temp, "cutover-access"))).toEqual([]);
  });
});
