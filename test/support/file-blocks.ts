// The environment files the docs show: every fenced YAML block in README.md and docs/*.md whose
// top level maps environments to settings with a router, and the example files. A block indented
// under a list item is taken out of its indentation, as a reader copies it.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";

export interface FileBlock {
  /** Where it is: README.md #2, docs/nginx.md #1, examples/environments/istio.yml. */
  where: string;
  text: string;
  environments: string[];
}

function dedent(block: string): string {
  const lines = block.split("\n");
  const indent = Math.min(...lines.filter((l) => l.trim()).map((l) => l.length - l.trimStart().length));
  return lines.map((l) => l.slice(indent)).join("\n");
}

/** The environments of an environment file, or none when the YAML is something else (a workflow, a step). */
function environmentsOf(text: string): string[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  if (!doc || typeof doc !== "object" || Array.isArray(doc)) return [];
  const entries = Object.entries(doc as Record<string, unknown>);
  const isEntry = (v: unknown) => Boolean(v) && typeof v === "object" && !Array.isArray(v);
  if (!entries.length || !entries.every(([, v]) => isEntry(v))) return [];
  if (!entries.some(([, v]) => "router" in (v as object) || "routers" in (v as object))) return [];
  return entries.map(([k]) => k);
}

export function fileBlocks(root: string): FileBlock[] {
  const docs = [
    "README.md",
    ...readdirSync(path.join(root, "docs"))
      .filter((f) => f.endsWith(".md"))
      .map((f) => `docs/${f}`),
  ];
  const blocks: FileBlock[] = [];
  for (const file of docs) {
    let n = 0;
    for (const [, body] of readFileSync(path.join(root, file), "utf8").matchAll(/```ya?ml\n([\s\S]*?)```/g)) {
      const text = dedent(body as string);
      const environments = environmentsOf(text);
      if (environments.length) blocks.push({ where: `${file} #${++n}`, text, environments });
    }
  }
  const examples = [
    "examples/cutover.yml",
    ...readdirSync(path.join(root, "examples/environments")).map((f) => `examples/environments/${f}`),
  ];
  for (const file of examples) {
    const text = readFileSync(path.join(root, file), "utf8");
    blocks.push({ where: file, text, environments: environmentsOf(text) });
  }
  return blocks;
}
