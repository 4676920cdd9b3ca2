// The authority check: each of the zone's name servers, asked directly over DNS, must answer only
// with colors that have weight. INSYNC says Route 53 has carried the change to every name server;
// this sees it from outside, as a resolver will.

import { Resolver } from "node:dns/promises";
import { isIP } from "node:net";
import type { Color } from "../../core/color.ts";
import { CutoverError, describeError } from "../../core/errors.ts";
import type { Route53Config } from "./config.ts";

/** One DNS query may take this long before it counts as no answer. */
const QUERY_TIMEOUT_MS = 2_000;

function server(address: string, port: number): string {
  return isIP(address) === 6 ? `[${address}]:${port}` : `${address}:${port}`;
}

/**
 * A fresh resolver per query: c-ares may cache an answer within a channel, and a weighted record
 * must be drawn anew each time.
 */
async function ask(address: string, port: number, name: string, type: string, signal?: AbortSignal): Promise<string[]> {
  const resolver = new Resolver({ timeout: QUERY_TIMEOUT_MS, tries: 1 });
  resolver.setServers([server(address, port)]);
  // A cancelled run does not wait out a query: cancel() ends it with ECANCELLED.
  const cancel = () => resolver.cancel();
  signal?.addEventListener("abort", cancel, { once: true });
  const host = name.slice(0, -1);
  try {
    const answers =
      type === "A"
        ? await resolver.resolve4(host)
        : type === "AAAA"
          ? await resolver.resolve6(host)
          : await resolver.resolveCname(host);
    return answers.map((a) => a.toLowerCase().replace(/\.$/, ""));
  } finally {
    signal?.removeEventListener("abort", cancel);
  }
}

/** The name servers' addresses, found through dns-resolver (or CUTOVER_DNS_RESOLVER), else the runner's resolver. */
export async function nameServerAddresses(names: string[], config: Route53Config): Promise<{ name: string; address: string }[]> {
  const resolver = new Resolver({ timeout: QUERY_TIMEOUT_MS, tries: 2 });
  if (config.resolver) resolver.setServers([config.resolver]);
  return Promise.all(
    names.map(async (name) => {
      const host = name.replace(/\.$/, "");
      if (isIP(host)) return { name, address: host };
      const found = await resolver.resolve4(host).catch(async () => resolver.resolve6(host));
      if (!found[0]) throw new CutoverError(`Name server ${host} has no address.`);
      return { name: host, address: found[0] };
    }),
  );
}

export interface AuthorityRound {
  /** Name servers whose every answer named a color with weight. */
  agreed: string[];
  /** Per name server that did not: what it said. */
  disagreed: { name: string; detail: string }[];
}

/** Asks each name server `queries` times, until its first failure; an answer outside the colors with weight is disagreement. */
export async function askAuthority(
  servers: { name: string; address: string }[],
  config: Route53Config,
  name: string,
  answers: Map<string, Color>,
  live: Color[],
  signal?: AbortSignal,
): Promise<AuthorityRound> {
  const round: AuthorityRound = { agreed: [], disagreed: [] };
  await Promise.all(
    servers.map(async (ns) => {
      const seen: string[] = [];
      try {
        for (let i = 0; i < config.authorityQueries; i++)
          seen.push(...(await ask(ns.address, config.nameServerPort, name, config.type, signal)));
      } catch (error) {
        round.disagreed.push({ name: ns.name, detail: `no answer (${describeError(error)})` });
        return;
      }
      const wrong = seen.filter((a) => !live.includes(answers.get(a) as Color));
      if (wrong.length === 0) round.agreed.push(ns.name);
      else
        round.disagreed.push({
          name: ns.name,
          detail: `answered ${[...new Set(wrong)].map((a) => `${a} (${answers.get(a) ?? "neither color"})`).join(", ")}`,
        });
    }),
  );
  return round;
}
