// The reusable workflows on the nginx sandbox, end to end: test/workflows/router-story.ts.
import { routerStory } from "../workflows/router-story.ts";

routerStory("nginx");
