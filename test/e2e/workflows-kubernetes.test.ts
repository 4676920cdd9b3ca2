// The reusable workflows on the kubernetes sandbox, end to end: test/workflows/router-story.ts.
import { routerStory } from "../workflows/router-story.ts";

routerStory("kubernetes");
