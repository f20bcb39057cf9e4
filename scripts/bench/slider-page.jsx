// The page `npm run bench:slider` drives: text, a results gallery whose photos arrive late, more
// text; every React commit under the gallery is counted (react-dom/profiling).

import { examples } from "medspa-ui/content";
import { ResultsGallery } from "medspa-ui/results-gallery";
import { Profiler } from "react";
import { createRoot } from "react-dom/client";

window.__commits = 0;
const words = "Most side effects are mild and pass on their own. ".repeat(12);
createRoot(document.getElementById("root")).render(
  <main>
    <h1>Microneedling</h1>
    <p>{words}</p>
    <Profiler id="results" onRender={() => window.__commits++}>
      <ResultsGallery
        results={examples.microneedling.results}
        treatment={examples.microneedling.name}
        priority
      />
    </Profiler>
    <p>{words}</p>
  </main>,
);
