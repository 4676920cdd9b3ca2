import * as core from "./runner.ts";

/** The group open now; the runner does not nest groups, so an inner one closes and reopens the outer. */
let open: string | undefined;

/** Runs `work` inside a collapsible `::group::` of the log, within the current group if there is one. */
export async function inGroup<T>(name: string, work: () => Promise<T>): Promise<T> {
  const outer = open;
  if (outer) core.endGroup();
  open = outer ? `${outer} › ${name}` : name;
  core.startGroup(open);
  try {
    return await work();
  } finally {
    core.endGroup();
    open = outer;
    if (outer) core.startGroup(`${outer} (continued)`);
  }
}
