// The throwaway consumer app of scripts/consumer-smoke.mjs, type-checked against the packed
// package with skipLibCheck: false and built with Vite.

import { formatDurationRange, type Procedure } from "medspa-ui";
import { examples, parseProcedure } from "medspa-ui/content";
import { createRoot } from "react-dom/client";
import "medspa-ui/styles.css";

const procedure: Procedure = parseProcedure(examples.microneedling);

function App() {
  return (
    <main>
      <h1>{procedure.name}</h1>
      <p>
        {procedure.facts?.treatmentTime ? formatDurationRange(procedure.facts.treatmentTime) : null}
      </p>
    </main>
  );
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<App />);
}
