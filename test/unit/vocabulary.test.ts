// No ALB words outside ALB's folder and the ALB-only features (issue 27): src/ is read outside
// src/routers/alb/, src/metrics/ and src/cdn/ by test/support/alb-vocabulary.ts, with the
// allow-list below, each entry with why it stays.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "../sandbox/run-action.ts";
import { ALB_NAMES, type Allowed, albVocabulary, pieces, sources } from "../support/alb-vocabulary.ts";
import { albWordsIn } from "../support/alb-words.ts";

/** Text that may stay, each with why (the inputs kept for ALB users: KEPT_INPUTS in test/support/alb-words.ts). */
const ALLOWED: Allowed[] = [
  {
    file: "src/core/errors.ts",
    text: "*",
    reason: "names the AWS service a failed call went to with its IAM action prefix, ELBv2 among the services cutover calls",
  },
  {
    file: "src/routers/registry.ts",
    text: "ALB's target group ARN",
    reason: "active-pool's description says what each router kind puts in it, ALB's among them",
  },
  {
    file: "src/routers/route53/propagation.ts",
    text: "the targets' addresses",
    reason: "Route 53's own word: an alias record's AliasTarget",
  },
  {
    file: "src/routing/teardown.ts",
    text: "aws elbv2 remove-tags",
    reason: "the AWS CLI command that clears the mark, given only when every router is alb (checked on the line before)",
  },
];

it("speaks no ALB word outside src/routers/alb/, src/metrics/ and src/cdn/", () => {
  expect(albVocabulary(ROOT, ALLOWED)).toEqual([]);
});

it("keeps no allow-list entry that nothing needs", () => {
  const unused = ALLOWED.filter((entry) => {
    const files = entry.file === "*" ? sources(path.join(ROOT, "src")).map((f) => path.relative(ROOT, f)) : [entry.file];
    return !files.some((file) => entry.text === "*" || readFileSync(path.join(ROOT, file), "utf8").includes(entry.text));
  });
  expect(unused).toEqual([]);
});

it("finds an ALB word in a message and an ALB name in code, and skips comments", () => {
  const found = (text: string) =>
    pieces(text).filter((p) => (p.kind === "string" ? albWordsIn(p.text).length : ALB_NAMES.test(p.text)));
  expect(found("throw new Error(`no targets registered on `);")).toHaveLength(1);
  // A template's expressions are code: a field named targets is not a word said to a user.
  expect(found("core.info(`Healthy: $" + "{describe(verdict.targets)}`);")).toHaveLength(0);
  expect(found("const d = pool.dimensions.targetGroup;")).toHaveLength(1);
  expect(found("// ALB: its target group\nconst members = 1;")).toHaveLength(0);
  expect(found('core.info("nginx marks the server down");')).toHaveLength(0);
});
