// The sandbox's CloudFront-like edge keeps origin answers as long as CloudFront would: the default
// TTL without max-age, and errors for the error caching minimum TTL. An origin here answers what a
// test tells it, and the edge's clock is moved forward instead of waiting.
import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { closeServer, listenLocal } from "./serve.ts";
import { CdnCache, DEFAULT_TTL_SECONDS, ERROR_CACHING_MIN_TTL_SECONDS } from "./traffic/cdn.ts";

let origin: Server;
let cdn: CdnCache;
let edge = "";
let answer: { status: number; headers: Record<string, string> } = { status: 200, headers: {} };
let served = 0;
let offsetMs = 0;

beforeAll(async () => {
  origin = createServer((_req, res) => {
    served += 1;
    res.writeHead(answer.status, { "content-type": "text/plain", ...answer.headers }).end(`answer ${served}\n`);
  });
  cdn = new CdnCache(await listenLocal(origin));
  cdn.now = () => Date.now() + offsetMs;
  edge = await cdn.listen();
});
afterAll(async () => {
  await cdn.close();
  await closeServer(origin);
});
beforeEach(() => {
  cdn.clear();
  offsetMs = 0;
});

async function get(path: string): Promise<{ status: number; cache: string | null; body: string }> {
  const res = await fetch(`${edge}${path}`);
  return { status: res.status, cache: res.headers.get("x-cache"), body: await res.text() };
}

/** Sets the edge's clock `seconds` ahead of real time: entries stored at 0 are that old. */
function aged(seconds: number): void {
  offsetMs = seconds * 1000;
}

describe("the edge's expiration", () => {
  // "Managing how long content stays in the cache (expiration)": without Cache-Control max-age or
  // s-maxage (or Expires), an object stays for the default TTL, 86400 s by default.
  it("keeps a 200 without max-age for the default TTL, 86400 s", async () => {
    expect(DEFAULT_TTL_SECONDS).toBe(86_400);
    answer = { status: 200, headers: {} };
    const first = await get("/plain");
    expect(first).toMatchObject({ status: 200, cache: "Miss from cloudfront" });
    aged(DEFAULT_TTL_SECONDS - 1);
    expect(await get("/plain")).toMatchObject({ cache: "Hit from cloudfront", body: first.body });
    aged(DEFAULT_TTL_SECONDS);
    expect(await get("/plain")).toMatchObject({ cache: "Miss from cloudfront" });
  });

  it("keeps max-age over the default TTL, and stores nothing marked no-store", async () => {
    answer = { status: 200, headers: { "cache-control": "public, max-age=30" } };
    await get("/short");
    aged(29);
    expect((await get("/short")).cache).toBe("Hit from cloudfront");
    aged(30);
    expect((await get("/short")).cache).toBe("Miss from cloudfront");
    answer = { status: 200, headers: { "cache-control": "no-store" } };
    await get("/never");
    expect((await get("/never")).cache).toBe("Miss from cloudfront");
  });
});

describe("the edge's error caching", () => {
  // "Control how long CloudFront caches errors": error responses are cached for the error caching
  // minimum TTL, 10 s by default, then the next request goes to the origin again.
  it("serves an origin 5xx from the cache for 10 s, after the origin has recovered", async () => {
    expect(ERROR_CACHING_MIN_TTL_SECONDS).toBe(10);
    answer = { status: 503, headers: {} };
    expect(await get("/flaky")).toMatchObject({ status: 503, cache: "Miss from cloudfront" });
    answer = { status: 200, headers: { "cache-control": "max-age=60" } };
    aged(ERROR_CACHING_MIN_TTL_SECONDS - 1);
    expect(await get("/flaky")).toMatchObject({ status: 503, cache: "Hit from cloudfront" });
    aged(ERROR_CACHING_MIN_TTL_SECONDS);
    expect(await get("/flaky")).toMatchObject({ status: 200, cache: "Miss from cloudfront" });
  });

  // Same page: with max-age or s-maxage, the greater of it and the minimum TTL; no-store, no-cache
  // and private keep only a 404, 410, 414 or 501 out of the cache, other errors are cached anyway.
  it("keeps an error for the greater of max-age and 10 s, and ignores no-store on a 500", async () => {
    answer = { status: 500, headers: { "cache-control": "max-age=60" } };
    await get("/long");
    aged(59);
    expect(await get("/long")).toMatchObject({ status: 500, cache: "Hit from cloudfront" });

    aged(0);
    answer = { status: 500, headers: { "cache-control": "max-age=2" } };
    await get("/brief");
    aged(9);
    expect(await get("/brief")).toMatchObject({ status: 500, cache: "Hit from cloudfront" });
    aged(10);
    expect((await get("/brief")).cache).toBe("Miss from cloudfront");

    aged(0);
    answer = { status: 500, headers: { "cache-control": "no-store" } };
    await get("/stored-anyway");
    expect((await get("/stored-anyway")).cache).toBe("Hit from cloudfront");
    answer = { status: 404, headers: { "cache-control": "no-store" } };
    await get("/gone");
    expect((await get("/gone")).cache).toBe("Miss from cloudfront");
  });

  // "How CloudFront processes HTTP 4xx and 5xx status codes from your origin": 403 and the like are
  // cached only when the origin sends max-age or s-maxage; 401 is not among the codes it caches.
  it("caches a 403 only with max-age, and never a 401", async () => {
    answer = { status: 403, headers: {} };
    await get("/forbidden");
    expect((await get("/forbidden")).cache).toBe("Miss from cloudfront");
    answer = { status: 403, headers: { "cache-control": "s-maxage=30" } };
    await get("/forbidden-for-a-while");
    expect((await get("/forbidden-for-a-while")).cache).toBe("Hit from cloudfront");
    answer = { status: 401, headers: { "cache-control": "max-age=30" } };
    await get("/sign-in");
    expect((await get("/sign-in")).cache).toBe("Miss from cloudfront");
  });
});
