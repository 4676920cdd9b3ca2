// A repository in a temporary directory, for the runner's own tests.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

const repos: string[] = [];

export function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "cutover-runner-"));
  repos.push(dir);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

export function removeRepos(): void {
  for (const dir of repos.splice(0)) rmSync(dir, { recursive: true, force: true });
}
