// The throwaway consumer app of scripts/consumer-smoke.mjs, type-checked against the packed
// package with skipLibCheck: false and built with Vite.
import {
  AftercareChecklist,
  BookingBanner,
  JsonLd,
  type MedspaEvent,
  ProcedureExplainer,
  procedureJsonLd,
  pushToDataLayer,
  SideEffectAccordion,
  ThemeScope,
} from "medspa-ui";
import { examples, parseClinic, parseProcedure } from "medspa-ui/content";
import { checkContrast, createTheme, themeToCss } from "medspa-ui/theme";
import { createRoot } from "react-dom/client";
import "medspa-ui/styles.css";

const procedure = parseProcedure(examples.microneedling);
const clinic = parseClinic(examples.clinic);
const brand = createTheme({ name: "consumer", brand: "#1d6fb8" });
if (checkContrast(brand).length > 0 || !themeToCss(brand).includes("consumer")) {
  throw new Error("theme entry is broken");
}

function track(event: MedspaEvent) {
  pushToDataLayer(event);
}

function App() {
  return (
    <ThemeScope theme="clinical-blue">
      <JsonLd data={procedureJsonLd(procedure, clinic)} />
      <ProcedureExplainer procedure={procedure} headingLevel={2} layout="split" />
      <SideEffectAccordion
        sideEffects={procedure.sideEffects ?? []}
        clinic={clinic}
        onEvent={track}
      />
      <AftercareChecklist
        items={procedure.aftercare ?? []}
        storageKey="microneedling"
        clinic={clinic}
      />
      <BookingBanner clinic={clinic} layout="sticky" onEvent={track} />
    </ThemeScope>
  );
}

const container = document.getElementById("root");
if (container) {
  createRoot(container).render(<App />);
}
