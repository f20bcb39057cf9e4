"use client";

import { type ComponentType, lazy, Suspense } from "react";
import type { ProcedureFaqProps } from "../ProcedureFaq";
import type { ResultsSectionProps, StructuredDataProps } from "./deferred";

// The page's client islands of its own: parts whose code (the results' gallery, slider and words;
// the questions; the structured data's builder) is not part of what the page loads up front.

type Deferred = typeof import("./deferred");
let loaded: Deferred | undefined;
const load = () =>
  import("./deferred").then((module) => {
    loaded = module;
    return module;
  });
// Asked for as soon as the page's code runs, beside it rather than in it: by the time a server
// renders (even with renderToString, which cannot wait) it is there, and in a browser it arrives
// while the rest of the page hydrates. A server that renders in the very task that imported the
// page (a test, a build script) awaits this first.
export const deferredPartsReady: Promise<unknown> = load().catch(() => undefined);

/**
 * A part of `./deferred`. Where its code is loaded, it renders at once; in a browser that hydrates
 * before the code arrives, React keeps the server's HTML (the results' photos side by side and
 * their captions, the structured data) in place until it does, then hydrates it.
 */
function deferred<Props extends object>(pick: (module: Deferred) => ComponentType<Props>) {
  // A part whose code cannot be had (a failed download) is left out, not the page.
  const Lazy = lazy<ComponentType<Props>>(() =>
    load().then(
      (module) => ({ default: pick(module) }),
      () => ({ default: () => null }),
    ),
  );
  return function DeferredPart(props: Props) {
    const Loaded = loaded === undefined ? Lazy : pick(loaded);
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  };
}

export const LazyResultsSection = deferred<ResultsSectionProps>((module) => module.ResultsSection);
export const LazyStructuredData = deferred<StructuredDataProps>((module) => module.StructuredData);
export const LazyProcedureFaq = deferred<ProcedureFaqProps>((module) => module.ProcedureFaq);
