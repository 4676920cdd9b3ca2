// dist/licenses.txt: the licence of every package whose code the bundle holds. ncc's own license
// option writes one file per chunk under the same name, so all but one chunk's packages were lost;
// this reads webpack's module graph instead, which names every bundled file.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";

interface Stats {
  toJson(options: object): { modules?: unknown[] };
}
interface Module {
  nameForCondition?: string;
  modules?: Module[];
}

/** The package folders of the bundled files, such as …/node_modules/@actions/core. */
export function bundledPackages(stats: Stats): string[] {
  const dirs = new Set<string>();
  const walk = (modules: Module[] = []) => {
    for (const module of modules) {
      const file = module.nameForCondition ?? "";
      const match = /^(.*\/node_modules\/(?:@[^/]+\/)?[^/]+)\//.exec(file.split(path.sep).join("/"));
      if (match?.[1]) dirs.add(match[1]);
      walk(module.modules);
    }
  };
  walk(stats.toJson({ all: false, modules: true, nestedModules: true }).modules as Module[] | undefined);
  return [...dirs];
}

function licenceText(dir: string): string | undefined {
  const file = readdirSync(dir)
    .sort()
    .find((name) => /^(licen[cs]e|copying)/i.test(name));
  return file ? readFileSync(path.join(dir, file), "utf8").trim() : undefined;
}

/** One section per distinct licence text, naming every package that ships it. */
export function licensesTxt(dirs: string[]): string {
  const byText = new Map<string, Set<string>>();
  for (const dir of dirs) {
    if (!existsSync(path.join(dir, "package.json"))) continue;
    const pkg = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as {
      name: string;
      version: string;
      license?: string;
    };
    const text = licenceText(dir) ?? `(The package holds no licence file; its package.json says ${pkg.license ?? "nothing"}.)`;
    const names = byText.get(text) ?? new Set<string>();
    names.add(`${pkg.name} ${pkg.version} (${pkg.license ?? "no licence field"})`);
    byText.set(text, names);
  }
  const sections = [...byText].map(([text, names]) => `${[...names].sort().join("\n")}\n\n${text}`).sort();
  const count = [...byText.values()].reduce((sum, names) => sum + names.size, 0);
  const head = `Third-party packages bundled in dist/, each with its licence (${count} packages). Written by scripts/build.ts.`;
  return `${[head, ...sections].join("\n\n----------------------------------------\n\n")}\n`;
}
