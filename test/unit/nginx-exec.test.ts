// nginx-exec's transport through a real sh: a dropped connection is tried again a few times (an
// urgent command is tried once: the engine retries it), a command past its deadline is stopped and tried again,
// and an abort stops the command's whole process group at once.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCommand } from "../../src/core/shell.ts";
import { droppedConnection, execShell } from "../../src/routers/nginx/exec.ts";

const dir = mkdtempSync(path.join(tmpdir(), "cutover-nginx-exec-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A prefix standing for ssh: it fails with 255 for the first `drops` connections, counting each. */
function flakySsh(name: string, drops: number): { prefix: string; calls: () => number } {
  const counter = path.join(dir, `${name}.calls`);
  writeFileSync(counter, "0");
  const script = path.join(dir, `${name}.sh`);
  writeFileSync(
    script,
    `n=$(( $(cat ${counter}) + 1 )); echo $n > ${counter}
if [ $n -le ${drops} ]; then echo "ssh: connect to host proxy port 22: Connection refused" >&2; exit 255; fi
exec "$@"
`,
  );
  return { prefix: `sh ${script}`, calls: () => Number(readFileSync(counter, "utf8")) };
}

describe("nginx-exec's transport", () => {
  it("tells a dropped connection from a command's own failure", () => {
    expect(droppedConnection({ code: 255, stdout: "", stderr: "" })).toBe(true);
    expect(droppedConnection({ code: 1, stdout: "", stderr: "read: Connection reset by peer" })).toBe(true);
    expect(droppedConnection({ code: null, stdout: "", stderr: "" })).toBe(true);
    expect(droppedConnection({ code: 1, stdout: "", stderr: "cat: x: No such file or directory" })).toBe(false);
    // The scripts' own exit codes are answers, whatever nginx printed.
    expect(droppedConnection({ code: 11, stdout: "connect() failed (111: Connection refused)", stderr: "" })).toBe(false);
    expect(droppedConnection({ code: 0, stdout: "", stderr: "Connection closed" })).toBe(false);
  });

  it("tries a dropped connection again, up to four times", async () => {
    const twice = flakySsh("twice", 2);
    expect(await execShell(twice.prefix).run("echo ok")).toMatchObject({ code: 0, stdout: "ok\n" });
    expect(twice.calls()).toBe(3);
    const always = flakySsh("always", 100);
    expect((await execShell(always.prefix).run("echo ok")).code).toBe(255);
    expect(always.calls()).toBe(4);
  });

  it("makes one try of an urgent command: the engine tries a put-back again itself", async () => {
    const always = flakySsh("urgent", 1_000);
    const run = await execShell(always.prefix).run("echo ok", { urgent: true, signal: new AbortController().signal });
    expect(run.code).toBe(255);
    expect(always.calls()).toBe(1);
  });

  it("stops a command past its deadline and tries it again", async () => {
    const first = path.join(dir, "stalled-once");
    const script = `if [ ! -e ${first} ]; then touch ${first}; exec sleep 30; fi; echo done`;
    expect(await execShell("", 300).run(script)).toMatchObject({ code: 0, stdout: "done\n" });
    await expect(execShell("", 300).run("exec sleep 30")).rejects.toThrow("did not finish within 0.3 s, 4 times");
  }, 20_000);

  it("kills the whole process group when the signal aborts", async () => {
    const pidFile = path.join(dir, "child.pid");
    const controller = new AbortController();
    const run = execShell("sh -c 'exec \"$@\"' ssh").run(`sleep 30 & echo $! > ${pidFile}; wait`, {
      signal: controller.signal,
    });
    while (!existsSync(pidFile) || !readFileSync(pidFile, "utf8").trim()) await new Promise((r) => setTimeout(r, 20));
    controller.abort(new Error("cancelled"));
    await expect(run).rejects.toThrow("cancelled");
    const pid = Number(readFileSync(pidFile, "utf8"));
    const gone = async () => {
      for (let i = 0; i < 100; i++) {
        try {
          process.kill(pid, 0);
        } catch {
          return true;
        }
        await new Promise((r) => setTimeout(r, 20));
      }
      return false;
    };
    expect(await gone()).toBe(true);
  });
});

// With the environment cut down to what commands need, SHLVL is gone; bash whose stdin is a
// socket then reads ~/.bashrc as if started by rshd (bash(1), INVOCATION). A runner's ~/.bashrc
// is not cutover's to run: here it would have hung every command behind a pyenv lock.
describe("the shells cutover starts", () => {
  it("read no rc file, for nginx-exec or a deploy command", async () => {
    const home = mkdtempSync(path.join(dir, "home-"));
    const marker = path.join(home, "bashrc-ran");
    writeFileSync(path.join(home, ".bashrc"), `touch ${marker}\n`);
    writeFileSync(path.join(home, ".bash_profile"), `touch ${marker}\n`);
    const saved = { HOME: process.env.HOME, SHLVL: process.env.SHLVL };
    process.env.HOME = home;
    delete process.env.SHLVL;
    try {
      const { prefix } = flakySsh("rc", 0);
      expect(await execShell(prefix, 5_000).run("echo reached")).toMatchObject({ code: 0, stdout: "reached\n" });
      await runCommand("deploy-command", "true", {}, 5_000);
    } finally {
      Object.assign(process.env, saved);
    }
    expect(existsSync(marker)).toBe(false);
  });
});
