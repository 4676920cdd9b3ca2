// Fails when the committed dist/ differs from what `npm run build` makes of the sources.
// Builds into a temporary folder; dist/ itself is never touched.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "./build.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const committed = path.join(root, "dist");
const fresh = mkdtempSync(path.join(tmpdir(), "cutover-dist-"));

function list(dir: string): string[] {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)))
      .sort();
  } catch {
    return [];
  }
}

try {
  await build(fresh);
  const names = [...new Set([...list(committed), ...list(fresh)])].sort();
  const differing = names.filter((name) => {
    const read = (dir: string) => {
      try {
        return readFileSync(path.join(dir, name));
      } catch {
        return undefined;
      }
    };
    const [a, b] = [read(committed), read(fresh)];
    return !a || !b || !a.equals(b);
  });
  if (differing.length > 0) {
    console.error(`dist/ is stale: ${differing.join(", ")} differ from a fresh build. Run npm run build and commit dist/.`);
    process.exitCode = 1;
  } else {
    console.log(`dist/ matches a fresh build (${names.length} files).`);
  }
} finally {
  rmSync(fresh, { recursive: true, force: true });
}
