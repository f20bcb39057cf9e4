import { examples } from "medspa-ui/content";
import { renderToString } from "react-dom/server";
import { scenes } from "./app.jsx";

/** The props of every scene: n side effects, and the sample procedure and clinic. */
export function sceneProps(n) {
  return { n, procedure: examples.microneedling, clinic: examples.clinic };
}

/** The scene's server HTML. */
export function renderScene(scene, n) {
  const Scene = scenes[scene];
  return renderToString(<Scene {...sceneProps(n)} />);
}
