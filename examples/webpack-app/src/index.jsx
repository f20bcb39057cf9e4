// Mounts medspa-ui into a server-made page, as a WordPress theme or plugin script does: the
// procedure named by the mount point, content checked with medspa-ui/content, analytics into
// Google Tag Manager's dataLayer.
import { BookingDialog, ProcedurePage, pushToDataLayer, ThemeScope } from "medspa-ui";
import { examples, parseClinic, parseProcedure } from "medspa-ui/content";
import { StrictMode, useEffect } from "react";
import { createRoot } from "react-dom/client";
import "medspa-ui/styles.css";

const mount = document.getElementById("treatment");
const procedure = parseProcedure(examples[mount.dataset.procedure]);
const clinic = parseClinic(examples.clinic);

function Treatment() {
  // The example driver waits for this before it acts on the page.
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return (
    <ThemeScope theme="rose-gold">
      <ProcedurePage procedure={procedure} clinic={clinic} onEvent={pushToDataLayer} />
      <BookingDialog
        clinic={clinic}
        onEvent={pushToDataLayer}
        trigger={<button type="button">Book a consultation</button>}
      />
    </ThemeScope>
  );
}

createRoot(mount).render(
  <StrictMode>
    <Treatment />
  </StrictMode>,
);
