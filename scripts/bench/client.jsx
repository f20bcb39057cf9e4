import { hydrateRoot } from "react-dom/client";
import { scenes, Timed } from "./app.jsx";

const { scene, n } = JSON.parse(document.getElementById("bench-props").textContent);
const Scene = scenes[scene];
window.__hydrationStart = performance.now();
hydrateRoot(
  document.getElementById("root"),
  <Timed>
    <Scene n={n} />
  </Timed>,
);

/** Clicks the index-th accordion trigger and resolves with the time to the next paint. */
window.__toggle = (index) =>
  new Promise((resolve) => {
    const triggers = document.querySelectorAll('[data-slot="side-effect-accordion-trigger"]');
    const start = performance.now();
    triggers[index % triggers.length].click();
    // rAF runs just before the frame is painted; a message posted from it arrives after the paint.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now() - start);
      channel.port2.postMessage(null);
    });
  });
