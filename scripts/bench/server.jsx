import { renderToString } from "react-dom/server";
import { scenes } from "./app.jsx";

export { scenes };

/** The scene's server HTML. */
export function renderScene(scene, n) {
  const Scene = scenes[scene];
  return renderToString(<Scene n={n} />);
}
