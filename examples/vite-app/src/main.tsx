// A client-rendered clinic page, as a Vite single-page app renders it: every component of
// medspa-ui, content checked with medspa-ui/content, on React 18.3 (the oldest React of the
// peer range).
import { BookingDialog, type MedspaEvent, ProcedurePage, ThemeScope } from "medspa-ui";
import { examples, parseClinic, parseProcedure } from "medspa-ui/content";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import "medspa-ui/styles.css";

const procedure = parseProcedure(examples.microneedling);
const clinic = parseClinic(examples.clinic);
const events: MedspaEvent[] = [];

function App() {
  // The example driver waits for this before it acts on the page.
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return (
    <ThemeScope theme="clinical-blue">
      <main>
        <ProcedurePage
          procedure={procedure}
          clinic={clinic}
          url="https://lakeshore.example/microneedling"
          onEvent={(event) => events.push(event)}
        />
        <BookingDialog
          clinic={clinic}
          trigger={<button type="button">Book a consultation</button>}
        />
      </main>
    </ThemeScope>
  );
}

const container = document.getElementById("root");
if (container === null) {
  throw new Error("#root is missing");
}
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
