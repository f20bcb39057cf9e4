import { hydrateRoot } from "react-dom/client";
import { scenes, Timed } from "./app.jsx";

const { scene, props } = JSON.parse(document.getElementById("bench-props").textContent);
const Scene = scenes[scene];

/**
 * Calls back after the effects React runs after a commit: React queues them behind a message
 * posted during the commit, and messages are delivered in order.
 */
function afterPassiveEffects(callback) {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => callback();
  channel.port2.postMessage(null);
}

/**
 * Hydrates the server HTML when the bench asks, once the page has loaded and is idle, and resolves
 * with the milliseconds from hydrateRoot to the end of the effects that follow React's commit.
 */
window.__hydrate = () =>
  new Promise((resolve) => {
    const start = performance.now();
    hydrateRoot(
      document.getElementById("root"),
      <Timed onCommit={() => afterPassiveEffects(() => resolve(performance.now() - start))}>
        <Scene {...props} />
      </Timed>,
    );
  });

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
