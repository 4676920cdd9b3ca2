// The nginx router's managed file and weights: what it reads, what it writes, and that one is the
// other's inverse.
import { describe, expect, it } from "vitest";
import { renderManagedFile } from "../../src/routers/nginx/rewrite.ts";
import {
  type Color,
  editLedger,
  type ManagedFile,
  parseManagedFile,
  type Server,
} from "../../src/routers/nginx/upstream-file.ts";
import { blockWeights, namedColors, reduced, serverWeights, weighBlock } from "../../src/routers/nginx/weights.ts";
import { random } from "../support/random.ts";

const FILE = "/etc/nginx/conf.d/cutover-upstreams.conf";

const SEED_000 = `# written by hand, the way seed 000 starts
upstream backend {
    keepalive 32;
    server blue.internal:3000 weight=9; # blue
    server green.internal:3000 weight=1 max_fails=3 fail_timeout=10s; # green
}
`;

function parse(text: string): ManagedFile {
  return parseManagedFile(text, FILE);
}

describe("the managed file", () => {
  it("reads the upstream, its servers, their colors and weights, and keeps other parameters", () => {
    const managed = parse(SEED_000);
    expect(managed.upstreams).toEqual([
      {
        name: "backend",
        directives: ["keepalive 32;"],
        servers: [
          { address: "blue.internal:3000", params: [], color: "blue", weight: 9 },
          { address: "green.internal:3000", params: ["max_fails=3", "fail_timeout=10s"], color: "green", weight: 1 },
        ],
      },
    ]);
    expect(blockWeights(managed.upstreams[0]!)).toEqual({ blue: 9, green: 1 });
  });

  it("reads `down` as weight 0, and a server without weight as 1, as nginx does", () => {
    const managed = parse("upstream b {\n server 10.0.0.1:80; # blue\n server 10.0.0.2:80 down; # green\n}\n");
    expect(blockWeights(managed.upstreams[0]!)).toEqual({ blue: 1, green: 0 });
    expect(namedColors(managed.upstreams[0]!)).toEqual(["blue", "green"]);
  });

  it("writes the ledger in comments and reads it back", () => {
    let managed = parse(SEED_000);
    managed = {
      ...managed,
      ledger: editLedger(
        managed.ledger,
        "green",
        { "cutover:version": "v2", "cutover:rollback-reason": "5xx at 45%\nover 1%" },
        [],
      ),
    };
    const text = renderManagedFile(managed);
    expect(text).toContain("# ledger green cutover:version=v2\n");
    expect(text).toContain("# ledger green cutover:rollback-reason=5xx at 45% over 1%\n");
    expect(parse(text).ledger).toEqual({
      blue: {},
      green: { "cutover:version": "v2", "cutover:rollback-reason": "5xx at 45% over 1%" },
    });
    expect(editLedger(parse(text).ledger, "green", {}, ["cutover:version"]).green).toEqual({
      "cutover:rollback-reason": "5xx at 45% over 1%",
    });
  });

  it.each([
    [
      "a server without a color",
      "upstream b {\n server 10.0.0.1:80;\n}\n",
      "line 2: a server line must end in '# blue' or '# green'",
    ],
    [
      "an unknown color",
      "upstream b {\n server 10.0.0.1:80; # red\n}\n",
      "line 2: a server line must end in '# blue' or '# green'",
    ],
    ["weight=0", "upstream b {\n server 10.0.0.1:80 weight=0; # blue\n}\n", "'weight=0' is not a weight of 1 or more"],
    ["a weight and down", "upstream b {\n server 10.0.0.1:80 weight=2 down; # blue\n}\n", "either 'down' or has a weight"],
    ["a backup server", "upstream b {\n server 10.0.0.1:80 backup; # blue\n}\n", "'backup' servers are not supported"],
    ["an unclosed block", "upstream b {\n server 10.0.0.1:80; # blue\n", "upstream 'b' is not closed"],
    ["a directive outside a block", "server { listen 80; }\n", "line 1: expected 'upstream NAME {'"],
    ["a nested block", "upstream b {\n if ($x) {\n}\n", "line 2: expected a server line"],
    ["a block defined twice", "upstream b {\n}\nupstream b {\n}\n", "upstream 'b' is defined twice"],
    ["a broken ledger line", "# ledger purple cutover:version=v1\n", "is not '# ledger blue|green KEY=VALUE'"],
    ["a server line without ;", "upstream b {\n server 10.0.0.1:80 # blue\n}\n", "is not 'server ADDRESS [PARAMETERS];'"],
    [
      "an include inside a block",
      "upstream b {\n server 10.0.0.1:80; # blue\n include /etc/nginx/more.conf;\n}\n",
      "line 3: 'include' in upstream b is not a directive cutover understands",
    ],
    ["NGINX Plus' state", "upstream b {\n state /var/lib/nginx/b.state;\n}\n", "line 2: 'state' in upstream b"],
    ["a '#' inside a word", "upstream b {\n server 10.0.0.1:80#x; # blue\n}\n", "line 2: a '#' inside a word"],
    ["quotes", 'upstream b {\n server "10.0.0.1:80"; # blue\n}\n', "line 2: quotes and escapes are not read"],
    ["two servers on one line", "upstream b {\n server 10.0.0.1:80; server 10.0.0.2:80; # blue\n}\n", "line 2:"],
  ])("refuses %s, naming the line and what it expected", (_, text, message) => {
    expect(() => parse(text)).toThrow(message);
    expect(() => parse(text)).toThrow(`${FILE} cannot be read`);
  });
});

describe("weights", () => {
  it.each([
    [
      { blue: 90, green: 10 },
      { blue: 1, green: 1 },
      { blue: 9, green: 1 },
    ],
    [
      { blue: 90, green: 10 },
      { blue: 2, green: 2 },
      { blue: 9, green: 1 },
    ],
    [
      { blue: 50, green: 50 },
      { blue: 2, green: 2 },
      { blue: 1, green: 1 },
    ],
    [
      { blue: 0, green: 100 },
      { blue: 2, green: 2 },
      { blue: 0, green: 1 },
    ],
    [
      { blue: 100, green: 0 },
      { blue: 1, green: 0 },
      { blue: 1, green: 0 },
    ],
    [
      { blue: 90, green: 10 },
      { blue: 2, green: 3 },
      { blue: 27, green: 2 },
    ],
  ])("maps %o over %o servers to %o per server", (weights, counts, expected) => {
    expect(serverWeights(weights, counts)).toEqual(expected);
  });

  it("marks a color at 0 % down and keeps it in the block", () => {
    const block = parse(SEED_000).upstreams[0]!;
    const servers = {
      blue: [{ address: "blue.internal:3000", params: [] }],
      green: [{ address: "green.internal:3000", params: [] }],
    };
    const text = renderManagedFile({
      upstreams: [weighBlock(block, { blue: 0, green: 100 }, servers)],
      ledger: { blue: {}, green: {} },
    });
    expect(text).toContain("    server blue.internal:3000 down; # blue\n");
    expect(text).toContain("    server green.internal:3000 weight=1; # green\n");
    expect(text).toContain("    keepalive 32;\n");
  });

  it("refuses what nginx could not express", () => {
    expect(() => serverWeights({ blue: 0, green: 0 }, { blue: 1, green: 1 })).toThrow("At least one color");
    expect(() => serverWeights({ blue: 10, green: 90 }, { blue: 0, green: 1 })).toThrow("blue has no servers");
    expect(() => serverWeights({ blue: 1.5, green: 90 }, { blue: 1, green: 1 })).toThrow("whole number");
  });
});

function arbitraryFile(next: () => number): {
  managed: ManagedFile;
  servers: Record<Color, Server[]>;
  weights: Record<Color, number>[];
} {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;
  const params = () =>
    Array.from({ length: Math.floor(next() * 3) }, () =>
      pick(["max_fails=3", "fail_timeout=5s", "max_conns=100", "slow_start=30s"]),
    );
  const servers: Record<Color, Server[]> = { blue: [], green: [] };
  for (const color of ["blue", "green"] as const) {
    const count = 1 + Math.floor(next() * 3);
    for (let i = 0; i < count; i++) servers[color].push({ address: `${color}-${i}.internal:${3000 + i}`, params: params() });
  }
  const names = next() < 0.5 ? ["backend"] : ["backend", "backend-test"];
  const weights = names.map(() => {
    const green = pick([0, 1, 10, 25, 50, 99, 100]);
    return { blue: 100 - green, green };
  });
  const upstreams = names.map((name, i) =>
    weighBlock({ name, directives: next() < 0.5 ? ["keepalive 16;"] : [], servers: [] }, weights[i]!, servers),
  );
  let ledger = { blue: {}, green: {} };
  for (const color of ["blue", "green"] as const) {
    if (next() < 0.7) ledger = editLedger(ledger, color, { "cutover:version": `v${Math.floor(next() * 100)}` }, []);
    if (next() < 0.5) ledger = editLedger(ledger, color, { "cutover:live-since": "2026-11-28T06:00:00Z" }, []);
    if (next() < 0.3) ledger = editLedger(ledger, color, { "cutover:rollback-reason": "error rate 12.5% = 5/40 > 1%" }, []);
  }
  return { managed: { upstreams, ledger }, servers, weights };
}

describe("render and parse, for 500 random files", () => {
  it("read back what was written: blocks, servers with their parameters, shares and ledger", () => {
    for (let seed = 1; seed <= 500; seed++) {
      const { managed, servers, weights } = arbitraryFile(random(seed));
      const text = renderManagedFile(managed);
      const back = parseManagedFile(text, FILE);
      expect(back.upstreams, `seed ${seed}`).toEqual(managed.upstreams);
      expect(back.ledger, `seed ${seed}`).toEqual(managed.ledger);
      expect(renderManagedFile(back), `seed ${seed}`).toBe(text);
      back.upstreams.forEach((block, i) => {
        expect(reduced(blockWeights(block)), `seed ${seed}`).toEqual(reduced(weights[i]!));
        for (const color of ["blue", "green"] as const) {
          const kept = block.servers.filter((s) => s.color === color).map(({ address, params }) => ({ address, params }));
          expect(kept, `seed ${seed}`).toEqual(servers[color]);
        }
      });
    }
  });
});
