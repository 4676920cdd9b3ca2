// Writing the managed file back byte for byte: a file that was read keeps its comments, spacing,
// directives and missing final newline; only the weights of its server lines and the ledger lines
// change. A block whose servers changed (new inputs) gets fresh server lines where the old ones were.
import {
  type BlockLayout,
  commentAt,
  type Layout,
  type Ledger,
  ledgerLines,
  type ManagedFile,
  renderFreshFile,
  type ServerLine,
  serverLine,
  type UpstreamBlock,
} from "./upstream-file.ts";

export function renderManagedFile(managed: ManagedFile): string {
  const layout = managed.layout;
  if (!layout || managed.upstreams.some((u) => !layout.blocks.has(u.name))) return renderFreshFile(managed);
  const out = layout.lines.map((line) => [line]);
  for (const block of managed.upstreams) rewriteServers(out, layout, layout.blocks.get(block.name) as BlockLayout, block);
  if (!sameLedger(managed.ledger, layout.ledger)) {
    const lines = ledgerLines(managed.ledger);
    const [first, ...rest] = layout.ledgerLines;
    if (first === undefined) out[0] = [...lines, ...(out[0] ?? [])];
    else {
      out[first] = lines;
      for (const index of rest) out[index] = [];
    }
  }
  return out.flat().join("\n");
}

function key(server: ServerLine): string {
  return [server.color, server.address, ...server.params].join(" ");
}

function rewriteServers(out: string[][], layout: Layout, at: BlockLayout, block: UpstreamBlock): void {
  const wanted = new Map(block.servers.map((s) => [key(s), s]));
  const same = at.servers.length === block.servers.length && at.servers.every(({ server }) => wanted.has(key(server)));
  if (same) {
    for (const { line, server } of at.servers) {
      const weight = (wanted.get(key(server)) as ServerLine).weight;
      if (weight !== server.weight) out[line] = [reweighed(layout.lines[line] as string, weight)];
    }
    return;
  }
  const [first, ...rest] = at.servers;
  const indent = first ? (/^\s*/.exec(layout.lines[first.line] as string)?.[0] ?? "    ") : "    ";
  const fresh = block.servers.map((s) => serverLine(s, indent));
  if (!first) {
    out[at.close] = [...fresh, ...(out[at.close] ?? [])];
    return;
  }
  out[first.line] = fresh;
  for (const { line } of rest) out[line] = [];
}

/** The same server line with its share as `weight`: the weight or `down` replaced, or added after the address. */
function reweighed(text: string, weight: number): string {
  const share = weight > 0 ? `weight=${weight}` : "down";
  const at = commentAt("", 0, text);
  const code = at < 0 ? text : text.slice(0, at);
  const rest = at < 0 ? "" : text.slice(at);
  const token = /(\s)(weight=\d+|down)(?=[\s;])/;
  const next = token.test(code) ? code.replace(token, `$1${share}`) : code.replace(/^(\s*server\s+[^\s;{}]+)/, `$1 ${share}`);
  return next + rest;
}

function sameLedger(a: Ledger, b: Ledger): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
