// The imports of src/ read downward: no file imports in a circle, and no folder imports a folder
// above it in LAYERS. The few arrows that still run back up are listed with why, so a new one fails.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../sandbox/run-action.ts";

/** src/'s folders and top-level files, bottom first: each may import only those before it, and itself. */
const LAYERS = [
  "core",
  "step-names.ts",
  "probe",
  "routers",
  "routing",
  "metrics",
  "judge",
  "github",
  "cdn",
  "environment",
  "ports.ts",
  "warm",
  "smoke",
  "flip",
  "soak",
  "migrate",
  "step.ts",
  "steps",
  "main.ts",
];

/** Arrows that run back up today, file to file, each with the reason it stays for now. */
const ALLOWED_UPWARD: Record<string, string> = {};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(file);
    return file.endsWith(".ts") ? [file] : [];
  });
}

/** Every relative import, static, re-exported or dynamic, as repository paths. */
function imports(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(path.join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    const targets = [...text.matchAll(/(?:import|export)\s[^;]*?from\s+"(\.[^"]+)"|import\("(\.[^"]+)"\)/g)].map((m) =>
      path.relative(ROOT, path.resolve(path.dirname(file), (m[1] ?? m[2]) as string)),
    );
    graph.set(path.relative(ROOT, file), [...new Set(targets)]);
  }
  return graph;
}

/** The circles of files (Tarjan's strongly connected components of more than one file). */
function circles(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const found: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (stack.includes(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const circle: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      circle.push(w);
    } while (w !== v);
    if (circle.length > 1) found.push(circle.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found;
}

const layerOf = (file: string) => file.split("/")[1] as string;

it("has no file that imports itself in a circle", () => {
  expect(circles(imports())).toEqual([]);
});

it("places every folder of src/ in a layer", () => {
  expect([...new Set([...imports().keys()].map(layerOf))].filter((layer) => !LAYERS.includes(layer))).toEqual([]);
});

it("has no folder that imports a folder above it, but the arrows listed with a reason", () => {
  const upward: string[] = [];
  for (const [from, targets] of imports())
    for (const to of targets) {
      const [a, b] = [LAYERS.indexOf(layerOf(from)), LAYERS.indexOf(layerOf(to))];
      if (b > a) upward.push(`${from} -> ${to}`);
    }
  expect(upward.filter((arrow) => !(arrow in ALLOWED_UPWARD))).toEqual([]);
  // An arrow that no longer runs back up leaves the list.
  expect(Object.keys(ALLOWED_UPWARD).filter((arrow) => !upward.includes(arrow))).toEqual([]);
});

it("finds a circle and an upward arrow when there is one", () => {
  const graph = new Map([
    ["src/flip/a.ts", ["src/flip/b.ts"]],
    ["src/flip/b.ts", ["src/flip/a.ts", "src/core/c.ts"]],
  ]);
  expect(circles(graph)).toEqual([["src/flip/a.ts", "src/flip/b.ts"]]);
  expect(LAYERS.indexOf(layerOf("src/steps/x.ts"))).toBeGreaterThan(LAYERS.indexOf(layerOf("src/flip/a.ts")));
});
