// TTL ahead of time: a record whose TTL is above max-ttl is lowered by deploy-standby, and a
// switch waits until resolvers can no longer hold an answer cached under the old TTL.
import type { Ledger } from "../port.ts";
import { type Pair, ttlOf } from "./records.ts";

/** The zone ledger's key: `<ISO time> from <old TTL>`. */
export const TTL_LOWERED = "cutover:ttl-lowered";

export function loweredEntry(at: Date, from: number): Ledger {
  return { [TTL_LOWERED]: `${at.toISOString()} from ${from}` };
}

/** When an answer cached under the old TTL is gone: the lowering plus one old TTL. */
export function oldTtlEnds(zone: Ledger): number | undefined {
  const match = /^(\S+) from (\d+)$/.exec(zone[TTL_LOWERED] ?? "");
  if (!match) return undefined;
  const at = Date.parse(match[1] as string);
  return Number.isNaN(at) ? undefined : at + Number(match[2]) * 1_000;
}

/** Why a switch may not start yet, or undefined. */
export function ttlProblem(pairs: Pair[], zone: Ledger, maxTtl: number, now: number): string | undefined {
  const ttl = Math.max(...pairs.map(ttlOf));
  if (ttl > maxTtl) {
    return `The records' TTL is ${ttl} s, above max-ttl (${maxTtl} s): resolvers would keep the old color that long. Run deploy-standby first, which lowers it to ${maxTtl} s, then switch once the old TTL has passed.`;
  }
  const ends = oldTtlEnds(zone);
  if (ends !== undefined && ends > now) {
    return `The TTL was lowered at ${zone[TTL_LOWERED]?.split(" ")[0]}, and resolvers may hold answers cached under the old TTL until ${new Date(ends).toISOString()}: switch after that (${Math.ceil((ends - now) / 1_000)} s from now).`;
  }
  return undefined;
}
