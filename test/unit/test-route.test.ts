// A test route left on the live color is named with the input of the router that declared it,
// whichever router that is: never ALB's input on an nginx or Kubernetes router.
import { describe, expect, it } from "vitest";
import type { RouteRef } from "../../src/routers/port.ts";
import { stateOf, testRouteProblem } from "../../src/routing/state.ts";

const route = (role: RouteRef["role"], input: string, blue: number) => ({
  ref: { id: `${role}-${input}`, role, name: input, short: input, input },
  weights: { blue, green: 100 - blue },
  raw: {},
});

describe("a test route on the live color", () => {
  for (const input of ["test-listener-arn", "nginx-test-upstream", "test-service", "test-httproute", "test-virtualservice"]) {
    it(`names ${input}, the input that declared it`, () => {
      const problem = testRouteProblem(stateOf([route("production", "service", 100), route("test", input, 100)]));
      expect(problem).toContain(`ran without ${input}.`);
      expect(problem).toContain(`run switch with to: blue and ${input} set`);
      if (input !== "test-listener-arn") expect(problem).not.toContain("test-listener-arn");
    });
  }
});
