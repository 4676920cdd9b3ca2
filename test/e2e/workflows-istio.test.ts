// The reusable workflows on the istio sandbox, end to end: test/workflows/router-story.ts.
import { routerStory } from "../workflows/router-story.ts";

routerStory("istio");
