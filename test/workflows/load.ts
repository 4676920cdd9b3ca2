// Workflow and action files through GitHub's own parser (@actions/workflow-parser): schema errors
// fail the load, and the parsed tokens become plain values in which every `${{ }}` is an
// Expression. Job and step conditions come from the parser's converter, which adds the implicit
// `success() &&` as GitHub does.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  convertWorkflowTemplate,
  isBasicExpression,
  isLiteral,
  isMapping,
  isSequence,
  NoOperationTraceWriter,
  parseWorkflow,
} from "@actions/workflow-parser";
import { convertActionTemplate, parseAction } from "@actions/workflow-parser/actions/index";
import type { TemplateToken } from "@actions/workflow-parser/templates/tokens/template-token";
import { Expression } from "./expressions.ts";

export type Plain = Record<string, unknown>;

export interface StepDef {
  index: number;
  /** The step's own id, or empty. */
  id: string;
  /** The condition, with the implicit success() where the file has no status function. */
  if: string;
  raw: Plain;
}

export interface JobDef {
  id: string;
  needs: string[];
  if: string;
  raw: Plain;
  steps: StepDef[];
}

export interface WorkflowDef {
  file: string;
  raw: Plain;
  jobs: JobDef[];
}

export interface ActionDef {
  dir: string;
  raw: Plain;
  /** A composite action's step conditions, with the implicit success(). */
  stepIfs: string[];
}

export function plain(token: TemplateToken | undefined): unknown {
  if (!token) return undefined;
  if (isBasicExpression(token)) return new Expression(token.expression, token.source);
  if (isMapping(token)) {
    const out: Plain = {};
    for (const pair of token) out[String(plain(pair.key))] = plain(pair.value);
    return out;
  }
  if (isSequence(token)) return [...token].map(plain);
  if (isLiteral(token)) {
    const literal = token as unknown as { value?: unknown };
    return literal.value ?? null;
  }
  throw new Error(`unsupported token of type ${token.templateTokenType}`);
}

function failOnErrors(file: string, errors: { message: string }[]): void {
  if (errors.length) throw new Error(`${file} does not parse:\n${errors.map((e) => `  ${e.message}`).join("\n")}`);
}

const workflows = new Map<string, Promise<WorkflowDef>>();

/** A workflow file, parsed and converted once per path. */
export function loadWorkflow(file: string): Promise<WorkflowDef> {
  let loaded = workflows.get(file);
  if (!loaded) {
    loaded = parse(file);
    workflows.set(file, loaded);
  }
  return loaded;
}

async function parse(file: string): Promise<WorkflowDef> {
  const content = readFileSync(file, "utf8");
  const parsed = parseWorkflow({ name: path.basename(file), content }, new NoOperationTraceWriter());
  failOnErrors(file, parsed.context.errors.getErrors());
  if (!parsed.value) throw new Error(`${file} is empty`);
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  failOnErrors(file, [...parsed.context.errors.getErrors(), ...(template.errors ?? []).map((e) => ({ message: e.Message }))]);
  const raw = plain(parsed.value) as Plain;
  const rawJobs = raw.jobs as Record<string, Plain>;
  const jobs = template.jobs.map((job): JobDef => {
    const id = job.id.value;
    const rawJob = rawJobs[id] as Plain;
    const rawSteps = (rawJob.steps ?? []) as Plain[];
    const steps = job.type === "job" ? job.steps : [];
    return {
      id,
      needs: (job.needs ?? []).map((n) => n.value),
      if: job.if.expression,
      raw: rawJob,
      steps: rawSteps.map((step, index) => ({
        index,
        id: typeof step.id === "string" ? step.id : "",
        if: steps[index]?.if?.expression ?? "success()",
        raw: step,
      })),
    };
  });
  return { file, raw, jobs };
}

/** An action's metadata (action.yml or action.yaml in `dir`). */
export function loadAction(dir: string): ActionDef {
  const file = ["action.yml", "action.yaml"].map((f) => path.join(dir, f)).find((f) => existsSync(f));
  if (!file) throw new Error(`no action.yml in ${dir}`);
  const parsed = parseAction({ name: file, content: readFileSync(file, "utf8") }, new NoOperationTraceWriter());
  failOnErrors(file, parsed.context.errors.getErrors());
  if (!parsed.value) throw new Error(`${file} is empty`);
  const template = convertActionTemplate(parsed.context, parsed.value);
  failOnErrors(file, parsed.context.errors.getErrors());
  const steps = template.runs.using === "composite" ? template.runs.steps : [];
  return { dir, raw: plain(parsed.value) as Plain, stepIfs: steps.map((s) => s.if?.expression ?? "success()") };
}
