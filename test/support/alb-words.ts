// ALB's vocabulary: the words that belong to src/routers/alb/ and the ALB-only features (CloudWatch's
// AWS/ApplicationELB figures in src/metrics/, CloudFront in src/cdn/), and that no other router's
// logs, summaries or messages should speak. One list for the grep of src/ (test/unit/vocabulary.test.ts)
// and for the runs on nginx and Kubernetes (test/e2e/nginx.test.ts, test/e2e/kubernetes.test.ts).
import { expect } from "vitest";

/** Each word with what it stands for in ELBv2 (API reference: DescribeTargetHealth, ModifyListener…). */
export const ALB_WORDS: { word: string; pattern: RegExp }[] = [
  { word: "target group", pattern: /target[ _-]?groups?/i },
  { word: "listener", pattern: /\blisteners?\b/i },
  { word: "deregister", pattern: /\bde-?register(s|ed|ing)?\b|DeregisterTargets/i },
  {
    word: "register targets",
    pattern: /\bregister(s|ed|ing)?\b.{0,24}\btargets?\b|\btargets?\b.{0,24}\bregistered\b|RegisterTargets/i,
  },
  // A pool's members are the router's own (servers, pods, records): "targets" is ALB's.
  { word: "targets", pattern: /\btargets\b|\btarget\(s\)/i },
  { word: "ELBv2", pattern: /\belbv2\b|elasticloadbalancing|ApplicationELB/i },
  { word: "Target.NotInUse", pattern: /NotInUse/ },
  { word: "load balancer", pattern: /\bload ?balancers?\b/i },
  { word: "ALB", pattern: /\bALBs?\b/ },
  // TargetHealth.State values that only ELBv2 reports (neutral: idle, draining).
  { word: "unused", pattern: /\bunused\b|unhealthy\.draining/ },
  { word: "region us-east-1", pattern: /\bregion us-east-1\b/ },
];

/**
 * Published inputs whose names hold an ALB word, kept so that no workflow breaks: a message that
 * names one tells the user which input to set, whatever the router.
 */
export const KEPT_INPUTS: Record<string, string> = {
  "min-healthy-targets": "switch, rollback and deploy-standby's health gate, for every router",
  "deregister-targets": "teardown's switch for retiring the pool's members, for every router",
  "register-targets": "deploy-standby's members for routers whose pools take them (alb)",
  "replace-targets": "goes with register-targets",
};

/** The ALB words in `text`, each once, in the list's order; the kept inputs' names are not words. */
export function albWordsIn(text: string): string[] {
  const said = Object.keys(KEPT_INPUTS).reduce((left, name) => left.split(name).join(""), text);
  return ALB_WORDS.filter(({ pattern }) => pattern.test(said)).map(({ word }) => word);
}

/** The lines of `text` that speak an ALB word, for a failure message that shows where. */
export function albLines(text: string): string[] {
  return text.split("\n").filter((line) => albWordsIn(line).length > 0);
}

/** A step's log and job summary on a router other than ALB: not one line of either speaks an ALB word. */
export function expectNoAlbWords(run: { stdout: string; summary: string }, what: string): void {
  expect(albLines(run.stdout), `${what}: log`).toEqual([]);
  expect(albLines(run.summary), `${what}: summary`).toEqual([]);
}
