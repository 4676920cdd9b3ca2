// Compiles src with tsc, then bundles it with ncc: one shared bundle, a lazily loaded chunk per
// step, a two-line entry per step that action.yml points at, and the bundled packages' licences.
// Usage: node scripts/build.ts [--out DIR]   (default: dist)
import { execFileSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import ncc from "@vercel/ncc";
import { STEP_NAMES } from "../src/step-names.ts";
import { bundledPackages, licensesTxt } from "./licenses.ts";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));

/**
 * A step's entry. It turns on Node's compile cache in RUNNER_TEMP, which lives as long as the job,
 * so that a job's later steps reuse the code its earlier ones compiled (measured by the bench);
 * then it loads the bundle, so that the cache covers it.
 */
function entry(step: string): string {
  return [
    'import { enableCompileCache } from "node:module";',
    'import { join } from "node:path";',
    "",
    'if (process.env.RUNNER_TEMP) enableCompileCache(join(process.env.RUNNER_TEMP, "cutover-compile-cache"));',
    'const { run } = await import("./index.js");',
    `await run(${JSON.stringify(step)});`,
    "",
  ].join("\n");
}

export async function build(outDir: string): Promise<string[]> {
  // A fixed folder inside the project: compiled files resolve node_modules as the sources do, and
  // ncc names its chunks by module path, so a folder that changed per build would change dist.
  const work = path.join(root, "build");
  rmSync(work, { recursive: true, force: true });
  try {
    // The compiled tree sits where src does, one folder below the root, so that a relative import
    // into node_modules (src/core/runner.ts) resolves the same from both.
    execFileSync(path.join(root, "node_modules/.bin/tsc"), ["-p", path.join(root, "tsconfig.build.json"), "--outDir", work], {
      stdio: "inherit",
    });
    const { code, assets, stats } = await ncc(path.join(work, "main.js"), {
      minify: false,
      sourceMap: false,
      quiet: true,
      cache: false,
    });

    rmSync(outDir, { recursive: true, force: true });
    mkdirSync(outDir, { recursive: true });
    const files: Record<string, string | Buffer> = { "index.js": code, "licenses.txt": licensesTxt(bundledPackages(stats)) };
    for (const [name, asset] of Object.entries(assets)) files[name] = asset.source;
    for (const step of STEP_NAMES) files[`${step}.js`] = entry(step);
    for (const [name, content] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(outDir, name)), { recursive: true });
      writeFileSync(path.join(outDir, name), content);
    }
    return Object.keys(files).sort();
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const at = process.argv.indexOf("--out");
  const outDir = path.resolve(at > 0 ? (process.argv[at + 1] ?? "dist") : path.join(root, "dist"));
  const files = await build(outDir);
  console.log(`Built ${files.length} files into ${path.relative(process.cwd(), outDir) || "."}: ${files.join(", ")}`);
}
