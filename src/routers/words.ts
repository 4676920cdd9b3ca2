// How cutover speaks of a router's things when the router has no words of its own, or when
// several routers of different kinds move as one.
import type { RouterConfig, RouterWords } from "./port.ts";

export const NEUTRAL_WORDS: RouterWords = {
  member: "member",
  pool: "pool",
  retire: "retire",
  restore: "restore",
  retired: "retired",
  restored: "restored",
  testRoute: "test route",
};

/** The router's words, or the neutral ones. */
export function wordsOf(config: RouterConfig): RouterWords {
  return config.words ?? NEUTRAL_WORDS;
}

/** A word at the start of a sentence or a table heading: Target, Server, Pod. */
export function capitalized(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
