// The soak's probe judge on a virtual clock: synthetic answer streams go through the same
// ProbeJudge and breach counting that soak-monitor runs, driven the way its loop drives them (a
// probe when one is due and the in-flight limit allows, a judgement at every wake, at least 5 ms
// between wakes, each answer counted when it arrives), so that a ten-minute soak takes milliseconds.
import { countBreaches, ProbeJudge, type ProbeJudgeConfig } from "../../src/judge/probes.ts";
import { step as soakMonitor } from "../../src/steps/soak-monitor.ts";
import { inputEnv } from "./run-action.ts";

export type Rng = () => number;

/** mulberry32: a small seeded generator, so that every run of the figures is reproducible. */
export function seeded(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function normal(rng: Rng): number {
  return Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
}

/** What one probe sent at `t` (ms since the soak started) gets back. */
export type Stream = (t: number) => { failed: boolean; latencyMs: number };

export interface Health {
  errorRate: number;
  /** Median latency; answers spread around it log-normally. */
  medianMs: number;
  /** Share of answers that are spikes, eight times slower. */
  spikes: number;
}

/** The healthy green of the figures: 0.5% background errors, and latency jitter with spikes. */
export const HEALTHY: Health = { errorRate: 0.005, medianMs: 40, spikes: 0.01 };

const SIGMA = 0.5;
/** A log-normal latency has its p95 this many times above its median. */
export const P95_OVER_MEDIAN = Math.exp(1.645 * SIGMA);

export function stream(rng: Rng, health: Health): Stream {
  return () => {
    const spike = rng() < health.spikes ? 8 : 1;
    return { failed: rng() < health.errorRate, latencyMs: health.medianMs * Math.exp(SIGMA * normal(rng)) * spike };
  };
}

/** `before` until `onsetMs`, then `after`. */
export function faultAt(onsetMs: number, before: Stream, after: Stream): Stream {
  return (t) => (t < onsetMs ? before(t) : after(t));
}

export interface SimulatedSoak extends ProbeJudgeConfig {
  durationMs: number;
  consecutive: number;
  /** probe-timeout: a slower answer is a failure at this latency. */
  timeoutMs: number;
}

/** One soak on a virtual clock; `breachAt` is when it would have rolled back, in ms since its start. */
export function simulateSoak(config: SimulatedSoak, answers: Stream): { breachAt?: number; probes: number } {
  const judge = new ProbeJudge(config);
  const pending: { at: number; ticket: ReturnType<ProbeJudge["sent"]>; answer: ReturnType<Stream> }[] = [];
  let breaches = 0;
  let probes = 0;
  for (let now = 0; now < config.durationMs; ) {
    if (judge.canSend(now)) {
      probes += 1;
      const ticket = judge.sent(now);
      const raw = answers(now);
      const answer = raw.latencyMs > config.timeoutMs ? { failed: true, latencyMs: config.timeoutMs } : raw;
      pending.push({ at: now + answer.latencyMs, ticket, answer });
    }
    breaches = countBreaches(breaches, judge.verdict(now), config.consecutive);
    if (breaches >= config.consecutive) return { breachAt: now, probes };
    const next = Math.max(now + 5, Math.min(judge.nextProbeAt(), config.durationMs));
    pending.sort((a, b) => a.at - b.at);
    while (pending.length && (pending[0] as (typeof pending)[0]).at <= next) {
      const done = pending.shift() as (typeof pending)[0];
      judge.answered(done.ticket, done.answer, done.at);
    }
    now = next;
  }
  return { probes };
}

const ARNS = {
  "listener-arn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:listener/app/shop/50dc6c495c0c9188/f2f7dc8efc522ab2",
  "blue-target-group-arn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-blue/6d0ecf831eec9f09",
  "green-target-group-arn": "arn:aws:elasticloadbalancing:eu-west-1:123456789012:targetgroup/shop-green/7a2232595e5f1002",
};

/** soak-monitor's own reading of its default inputs (with a probe-url), for a soak of `durationMs`. */
export function defaultSoak(durationMs: number): SimulatedSoak {
  const env = inputEnv({ ...ARNS, "probe-url": "https://shop.example.com/health" });
  Object.assign(process.env, env);
  try {
    const { soak } = soakMonitor.readInputs();
    const probe = soak.probe as NonNullable<typeof soak.probe>;
    return { ...soak, durationMs, everyMs: probe.everyMs, timeoutMs: probe.options.timeoutMs ?? 5_000 };
  } finally {
    for (const key of Object.keys(env)) delete process.env[key];
  }
}
