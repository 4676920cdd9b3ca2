// When a step's window opens, for every weighted router: on verify-url's answers, after
// settle-time, at the read-back; and why Route 53 cannot show a split to one client.
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { awaitNewSplit, shareOf } from "../../src/flip/settle.ts";
import { readNeutralSettings } from "../../src/routers/neutral.ts";
import { readRoute53RouterConfig } from "../../src/routers/route53/config.ts";
import { albConfig } from "../support/alb.ts";

let logged: string[];
beforeEach(() => {
  logged = [];
  vi.spyOn(process.stdout, "write").mockImplementation((chunk) => {
    logged.push(String(chunk));
    return true;
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  for (const key of Object.keys(process.env)) if (key.startsWith("INPUT_")) delete process.env[key];
});

const step = { target: "green" as const, before: { blue: 100, green: 0 }, after: { blue: 90, green: 10 }, final: false };
// Nothing listens on port 9 (discard): a check that asked it would wait out its timeout and fail.
const verify = { url: new URL("http://127.0.0.1:9/version"), expected: "v2", header: "x-app-version", timeoutMs: 300 };
const signal = new AbortController().signal;

it("reads weights as shares of their total", () => {
  expect(shareOf({ blue: 3, green: 1 }, "blue")).toBe(75);
  expect(shareOf({ blue: 0, green: 0 }, "green")).toBe(0);
});

it("opens Route 53's window at the read-back, and says why verify-url cannot show a DNS split", async () => {
  for (const [name, value] of Object.entries({ "hosted-zone-id": "Z0123456789ABCDEFGHIJ", "record-name": "app.example.com" }))
    process.env[`INPUT_${name.toUpperCase()}`] = value;
  const config = readRoute53RouterConfig(readNeutralSettings());
  expect(await awaitNewSplit({ ...step, config, verify, signal })).toBeUndefined();
  expect(logged.join("")).toContain(
    "The step's window opens at the read-back, not on verify-url's answers: Route 53 splits by DNS answer, and one client's resolver keeps one answer for the record's TTL",
  );
});

it("fails a step whose traffic never shows the split within verify-timeout, naming the router", async () => {
  const problem = await awaitNewSplit({ ...step, config: albConfig([]), verify, signal });
  expect(problem).toMatch(
    /^Traffic did not show the new split within verify-timeout 300ms: after \S+, 0 of the last \d+ answers from \S+ \(written 10% on v2, 0% before\) came from v2, and 2 of 40 were needed\. The alb router stored the weights, but its data plane does not route by them$/,
  );
});

it("opens the window after settle-time without verify-url, or at the read-back without either, and says so", async () => {
  expect(await awaitNewSplit({ ...step, config: { ...albConfig([]), settleMs: 20 }, signal })).toBeUndefined();
  expect(await awaitNewSplit({ ...step, config: albConfig([]), signal })).toBeUndefined();
  const said = logged.join("");
  expect(said).toContain("The step's window opens after settle-time 20ms: without verify-url");
  expect(said).toContain("The step's window opens at the read-back: without verify-url no traffic shows the new split");
});
