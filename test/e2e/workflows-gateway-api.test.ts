// The reusable workflows on the gateway-api sandbox, end to end: test/workflows/router-story.ts.
import { routerStory } from "../workflows/router-story.ts";

routerStory("gateway-api");
