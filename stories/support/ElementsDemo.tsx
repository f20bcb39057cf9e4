import { useEffect, useRef } from "react";
import { examples } from "../../src/content/examples";
import { defineMedspaElements } from "../../src/elements/define";

/** JSON safe inside <script>, as a CMS template prints it. */
const json = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");

const content = {
  microneedling: json({ procedure: examples.microneedling, clinic: examples.clinic }),
  chemicalPeel: json({ procedure: examples.chemicalPeel, clinic: examples.clinic }),
  clinic: json({ clinic: examples.clinic }),
};

/** The markup a WordPress or plain HTML page would hold, with its content filled in. */
export function elementsMarkup(markup: string): string {
  return markup.replace(/\{\{(\w+)\}\}/g, (_, name: keyof typeof content) => content[name]);
}

/** Puts plain HTML with medspa-ui custom elements on the page, as a non-React site would. */
export function ElementsDemo({ markup }: { markup: string }) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    defineMedspaElements();
    if (host.current !== null) {
      host.current.innerHTML = elementsMarkup(markup);
    }
  }, [markup]);
  return <div ref={host} />;
}
