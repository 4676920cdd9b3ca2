import { readFileSync, statSync } from "node:fs";
import { ConfigurationError } from "../core/errors.ts";
import { inputError, readList, readString, readUrl } from "../core/inputs.ts";
import * as core from "../core/runner.ts";
import { pathProblem, shownUrl } from "../core/urls.ts";
import type { Prober } from "../probe/http.ts";

/** Where the paths to warm come from; resolved to a list at run time (a sitemap needs fetching). */
export interface PathSources {
  paths: string[];
  sitemap?: URL;
}

/** Paths at the most, whatever the sitemaps hold, so memory stays bounded. */
export const MAX_PATHS = 50_000;
const MAX_SITEMAPS = 100;

/** A paths-file larger than this is a mistake: MAX_PATHS paths of a sane length fit well within. */
const MAX_PATHS_FILE_BYTES = 4 * 1024 * 1024;

function checkPath(name: string, path: string): string {
  const problem = pathProblem(path);
  if (problem)
    throw inputError(
      name,
      `holds ${JSON.stringify(path)}, which ${problem}: each must be a path on the warmed host`,
      "/, /products, /api/menu",
    );
  return path;
}

export function readPathSources(): PathSources {
  const listed = readList("paths").map((p) => checkPath("paths", p));
  const file = readString("paths-file");
  let fromFile: string[] = [];
  if (file) {
    try {
      const size = statSync(file).size;
      if (size > MAX_PATHS_FILE_BYTES)
        throw new Error(`it holds ${size} bytes, more than ${MAX_PATHS_FILE_BYTES / 1024 / 1024} MiB`);
      fromFile = readFileSync(file, "utf8")
        .split("\n")
        .map((l) => l.trim())
        .filter((l) => l && !l.startsWith("#"));
    } catch (error) {
      throw inputError(
        "paths-file",
        `names ${file}, which cannot be read (${(error as Error).message})`,
        ".github/warm-paths.txt",
      );
    }
    for (const p of fromFile) checkPath("paths-file", p);
    if (fromFile.length > MAX_PATHS)
      throw inputError("paths-file", `lists ${fromFile.length} paths, more than ${MAX_PATHS}`, ".github/warm-paths.txt");
  }
  const sitemap = readUrl("sitemap", "https://shop.example.com/sitemap.xml");
  const paths = [...listed, ...fromFile];
  return { paths: paths.length || sitemap ? paths : ["/"], sitemap };
}

/** Every path the sitemap lists, following sitemap indexes; URLs become paths on the warmed host. */
export async function sitemapPaths(prober: Prober, sitemap: URL): Promise<string[]> {
  const queue = [sitemap];
  const seen = new Set<string>();
  const paths = new Set<string>();
  while (queue.length && seen.size < MAX_SITEMAPS && paths.size < MAX_PATHS) {
    const url = queue.shift() as URL;
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    const answer = await prober.send({ url }, { readBody: true });
    if (answer.error || answer.status !== 200) {
      throw new ConfigurationError(
        `Input 'sitemap': ${shownUrl(url)} answered ${answer.error ?? `HTTP ${answer.status}`}. Example: sitemap: https://shop.example.com/sitemap.xml`,
      );
    }
    const body = answer.body.trimStart();
    if (!/^(<\?xml|<urlset|<sitemapindex)/.test(body)) {
      throw new ConfigurationError(
        `Input 'sitemap': ${shownUrl(url)} is not XML (it starts with ${JSON.stringify(body.slice(0, 40))}). Example: sitemap: https://shop.example.com/sitemap.xml`,
      );
    }
    const locs = [...body.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1] as string);
    for (const loc of locs) {
      const target = new URL(loc.replaceAll("&amp;", "&"), url);
      // "A Sitemap index file can only specify Sitemaps that are found on the same site as the
      // Sitemap index file" (sitemaps.org protocol): nested sitemaps elsewhere are not fetched.
      if (body.includes("<sitemapindex")) {
        if (target.origin === url.origin) queue.push(target);
      } else if (paths.size < MAX_PATHS) paths.add(`/${target.pathname.replace(/^\/+/, "")}${target.search}`);
    }
  }
  if (paths.size >= MAX_PATHS)
    core.warning(`The sitemaps list more than ${MAX_PATHS} paths; only the first ${MAX_PATHS} are warmed.`);
  return [...paths];
}
