// nginx's file reader, as a property: random upstream files, valid and invalid (comments, includes,
// missing newlines, odd spacing, extra blocks), are either managed exactly (written back byte for
// byte but for the weights) or refused with the line that is wrong. Never half-understood.
import { describe, expect, it } from "vitest";
import { renderManagedFile } from "../../src/routers/nginx/rewrite.ts";
import { type Color, parseManagedFile, type Server, type UpstreamBlock } from "../../src/routers/nginx/upstream-file.ts";
import { weighBlock } from "../../src/routers/nginx/weights.ts";
import { random } from "../support/random.ts";

const FILE = "/etc/nginx/conf.d/cutover-upstreams.conf";
const CASES = 2_000;

interface Generated {
  lines: string[];
  /** The 1-based line the reader must refuse, when the file is invalid. */
  bad?: number;
  finalNewline: boolean;
}

function generator(next: () => number) {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const ws = () => pick(["", " ", "  ", "\t", "    ", " \t "]);
  const indent = () => pick(["", " ", "    ", "\t", "\t\t"]);
  const comment = () =>
    `#${pick(["", " ", "  "])}${pick(["note", "include x.conf;", "server 1.2.3.4:80; # blue", "{ }", "## x", "blue"])}`;
  return { pick, ws, indent, comment, chance: (p: number) => next() < p };
}

const VALID_DIRECTIVES = [
  "keepalive 16;",
  "zone backend 64k;",
  "least_conn;",
  "hash $remote_addr consistent;",
  "keepalive_timeout 60s;",
  "random two;",
  "ip_hash;",
];
const BAD_INSIDE = [
  "include /etc/nginx/extra-servers.conf;",
  "state /var/lib/nginx/state/backend.conf;",
  "sticky cookie srv_id expires=1h;",
  "server 10.9.9.9:80 backup; # blue",
  "server 10.9.9.9:80; # red",
  "server 10.9.9.9:80;",
  "server 10.9.9.9:80 # blue",
  "server 10.9.9.9:80#x; # blue",
  'server "10.9.9.9:80"; # blue',
  "server 10.9.9.9:80 weight=0; # green",
  "server 10.9.9.9:80 weight=2 down; # green",
  "keepalive 16; zone z 64k;",
  "if ($x) {",
  "server 10.9.9.9:80; server 10.9.9.8:80; # blue",
];
const BAD_OUTSIDE = [
  "include /etc/nginx/conf.d/*.conf;",
  "server { listen 80; }",
  "}",
  "# ledger purple cutover:version=v1",
  "upstream {",
  "map $a $b {",
];

function generate(next: () => number): Generated {
  const g = generator(next);
  const lines: string[] = [];
  let bad: number | undefined;
  const invalid = g.chance(0.5);
  // Where the one mistake goes: an index among the pieces generated below.
  const pieces = 4 + Math.floor(next() * 20);
  const badAt = invalid ? Math.floor(next() * pieces) : -1;
  let unclosed = false;
  const names = ["backend", "backend-test", "api", "static"];
  let blocks = 0;
  let piece = 0;
  const place = (text: string, isBad: boolean) => {
    lines.push(text);
    if (isBad && bad === undefined) bad = lines.length;
  };
  while (piece < pieces) {
    const mistake = piece === badAt;
    piece++;
    const kind = g.pick(["blank", "comment", "ledger", "block", "block"]);
    if (kind === "blank") place(g.ws(), false);
    else if (kind === "comment") place(`${g.indent()}${g.comment()}`, false);
    else if (kind === "ledger")
      place(
        `#${g.ws()}ledger ${g.pick(["blue", "green"])} cutover:${g.pick(["version", "live-since"])}=${g.pick(["v1", "v 2", "2026-11-28T06:00:00Z", "a=b"])}`,
        false,
      );
    if (mistake && kind !== "block") {
      place(g.pick(BAD_OUTSIDE), true);
      continue;
    }
    if (kind !== "block") continue;
    const name = blocks < names.length ? (names[blocks] as string) : `extra${blocks}`;
    blocks++;
    const duplicate = mistake && g.chance(0.2) && blocks > 1;
    const open = `${g.indent()}upstream${g.pick([" ", "  ", "\t"])}${duplicate ? "backend" : name}${g.pick([" {", "{", "  {", " { # managed"])}`;
    place(open, duplicate);
    const inside = 1 + Math.floor(next() * 6);
    const badInside = mistake && !duplicate ? Math.floor(next() * (inside + 1)) : -1;
    let servers = 0;
    for (let i = 0; i <= inside; i++) {
      if (i === badInside) {
        if (g.chance(0.15)) unclosed = true;
        else place(`${g.indent()}${g.pick(BAD_INSIDE)}`, true);
      }
      if (i === inside) break;
      const line = g.pick(["server", "server", "server", "directive", "comment", "blank"]);
      if (line === "server") {
        const color = g.pick(["blue", "green"]);
        const share = g.pick(["", " down", " weight=1", " weight=3", " weight=10"]);
        const params = g.pick(["", " max_fails=3", " fail_timeout=5s max_fails=1", "  max_conns=10"]);
        const order = g.chance(0.5) ? `${share}${params}` : `${params}${share}`;
        place(
          `${g.indent()}server${g.pick([" ", "  ", "\t"])}10.0.${blocks}.${servers++}:80${order}${g.pick([";", " ;"])}${g.pick([" ", "", "\t"])}#${g.pick([" ", "", "  "])}${color}${g.ws()}`,
          false,
        );
      } else if (line === "directive")
        place(`${g.indent()}${g.pick(VALID_DIRECTIVES)}${g.chance(0.3) ? ` ${g.comment()}` : ""}`, false);
      else if (line === "comment") place(`${g.indent()}${g.comment()}`, false);
      else place(g.ws(), false);
    }
    if (unclosed) break;
    place(`${g.indent()}}${g.chance(0.3) ? ` ${g.comment()}` : ""}`, false);
  }
  if (unclosed && bad === undefined) bad = lines.length + 1;
  const finalNewline = g.chance(0.7);
  if (unclosed && !finalNewline) bad = lines.length;
  return { lines, ...(bad !== undefined ? { bad } : {}), finalNewline };
}

const WEIGHT = /[ \t]+(weight=\d+|down)(?=[\s;])/g;

describe(`the nginx file reader, over ${CASES} random files`, () => {
  it("manages each file exactly, or refuses it at the line that is wrong", () => {
    let managed = 0;
    let refused = 0;
    for (let seed = 1; seed <= CASES; seed++) {
      const next = random(seed);
      const file = generate(next);
      const eol = next() < 0.1 ? "\r\n" : "\n";
      const text = file.lines.join(eol) + (file.finalNewline ? eol : "");
      const where = `seed ${seed}:\n${text}`;
      let parsed: ReturnType<typeof parseManagedFile>;
      try {
        parsed = parseManagedFile(text, FILE);
      } catch (error) {
        refused++;
        expect(file.bad, `${where}\nrefused a valid file: ${error}`).toBeDefined();
        expect(String(error), where).toContain(`${FILE} cannot be read at line ${file.bad}:`);
        continue;
      }
      managed++;
      expect(file.bad, `${where}\nread a file that is wrong at line ${file.bad}`).toBeUndefined();
      // Written back untouched, it is the same bytes.
      expect(renderManagedFile(parsed), where).toBe(text);
      // New weights change the weights only.
      const upstreams = parsed.upstreams.map((block) => {
        const servers: Record<Color, Server[]> = { blue: [], green: [] };
        for (const s of block.servers) servers[s.color].push({ address: s.address, params: s.params });
        if (servers.blue.length === 0 || servers.green.length === 0) return block;
        const green = Math.floor(next() * 101);
        return weighBlock(block, { blue: 100 - green, green }, servers);
      });
      const written = renderManagedFile({ ...parsed, upstreams });
      expect(written.replace(WEIGHT, ""), where).toBe(text.replace(WEIGHT, ""));
      const back = parseManagedFile(written, FILE);
      // The servers stay in the file's order; weighBlock lists blue's first.
      const byAddress = (blocks: UpstreamBlock[]) =>
        blocks.map((b) => ({ ...b, servers: [...b.servers].sort((x, y) => x.address.localeCompare(y.address)) }));
      expect(byAddress(back.upstreams), where).toEqual(byAddress(upstreams));
      for (const [i, block] of back.upstreams.entries()) {
        if (upstreams[i] === parsed.upstreams[i]) continue;
        const share = (color: Color) => block.servers.filter((s) => s.color === color).map((s) => s.weight);
        expect(new Set(share("blue")).size, where).toBe(1);
        expect(new Set(share("green")).size, where).toBe(1);
      }
    }
    expect(managed, "the property must see files it manages").toBeGreaterThan(CASES / 5);
    expect(refused, "and files it refuses").toBeGreaterThan(CASES / 5);
  });
});
