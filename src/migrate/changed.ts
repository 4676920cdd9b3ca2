import { execFile } from "node:child_process";

/**
 * Which of `files` changed since `version`, when the workspace is a git checkout that knows that
 * version as a commit or tag; undefined when it cannot tell (then every file is linted).
 */
export async function changedSince(files: string[], version: string, workspace: string): Promise<string[] | undefined> {
  if (!version || version.startsWith("-")) return undefined;
  const git = (args: string[]) =>
    new Promise<string | undefined>((resolve) =>
      execFile("git", args, { cwd: workspace, timeout: 30_000 }, (error, stdout) => resolve(error ? undefined : stdout)),
    );
  const commit = await git(["rev-parse", "--verify", "--quiet", `${version}^{commit}`]);
  if (!commit) return undefined;
  // Added, copied, modified or renamed since the version, plus what is not committed yet.
  const since = await git(["diff", "--relative", "--name-only", "--diff-filter=ACMR", commit.trim(), "--", ...files]);
  if (since === undefined) return undefined;
  const changed = new Set(since.split("\n").filter(Boolean));
  const untracked = await git(["ls-files", "--others", "--exclude-standard", "--", ...files]);
  for (const f of (untracked ?? "").split("\n").filter(Boolean)) changed.add(f);
  return files.filter((f) => changed.has(f));
}
