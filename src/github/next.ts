import { otherColor } from "../core/color.ts";
import { versionOf } from "../routers/ledger-keys.ts";
import type { Snapshot } from "../routing/state.ts";
import type { Word } from "./headline.ts";
import { leadingColor } from "./report.ts";

/** The outcome word and next step a step means when it says nothing else: the usual path of a release. */
export function nextByStep(step: string, snapshot: Snapshot | undefined): { word: Word; next: string; version?: string } {
  const active = snapshot ? leadingColor(snapshot.state) : "the live color";
  const standby = snapshot ? otherColor(leadingColor(snapshot.state)) : "the standby";
  // The steps before the switch are about the standby's release.
  const coming = snapshot ? versionOf(snapshot.tags[otherColor(leadingColor(snapshot.state))]) || undefined : undefined;
  const back = `to go back, run the rollback workflow (the rollback step, with a reason)`;
  switch (step) {
    case "migrate":
      return {
        word: "migrated",
        next: `deploy-standby puts the new release on ${standby}: the blue-green workflow's deploy job goes on after migrate.`,
      };
    case "deploy-standby":
      return {
        word: "deployed",
        next: `smoke-test ${standby} through its test route, then switch; the blue-green workflow runs both.`,
        version: coming,
      };
    case "smoke-test":
      return {
        word: "checked",
        next: `switch moves production to ${standby} (the blue-green workflow's next job).`,
        version: coming,
      };
    case "warm-caches":
      return {
        word: "warmed",
        next: `switch moves production to ${standby} (the blue-green workflow's next job).`,
        version: coming,
      };
    case "purge-cdn":
      return { word: "purged", next: `soak-monitor watches ${active}; ${back}.` };
    case "cutover":
      return {
        word: "released",
        next: `nothing to do; ${back}; teardown retires ${standby} after its ttl (the teardown workflow).`,
      };
    default:
      return { word: "nothing to do", next: "nothing to do." };
  }
}

/** After a failure: what to run, given where the verdict left the router. */
export function nextAfterFailure(step: string, word: Word, snapshot: Snapshot | undefined): string {
  const active = snapshot ? leadingColor(snapshot.state) : undefined;
  const live = active ? `${active} serves production` : "status shows where production is";
  if (word === "reverted") return `fix the release and run the blue-green workflow again; ${live}, nothing to undo.`;
  if (word === "rolled back")
    return `fix the release and run the blue-green workflow again; ${live}, and teardown retires the rolled-back color after its ttl.`;
  switch (step) {
    case "rollback":
    case "soak-monitor":
      return `fix what the verdict names, then run the rollback workflow again with the same reason: a second attempt finishes what is left and never moves traffic back. ${capital(live)}.`;
    case "status":
      return "run switch or rollback with to: set to the color that should be live, as the verdict says.";
    case "teardown":
      return `fix what the verdict names, then run the teardown workflow again; ${live}.`;
    default:
      return `fix what the verdict names, then run ${step} again (the blue-green workflow re-runs it); ${live}.`;
  }
}

function capital(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
