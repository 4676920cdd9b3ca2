// The reusable workflows on a two-router environment (routers: a Kubernetes Service and a Gateway API
// HTTPRoute on one cluster), end to end: test/workflows/router-story.ts.
import { routerStory } from "../workflows/router-story.ts";

routerStory("kubernetes+gateway-api");
