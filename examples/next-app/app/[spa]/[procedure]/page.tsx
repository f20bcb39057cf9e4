import { BookingDialog, ProcedurePage } from "medspa-ui";
import { parseClinic, parseProcedure } from "medspa-ui/content";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { spas } from "../../../content/spas";
import { Ready } from "../../ready";

// A Server Component: the explainer and the page's static parts ship no JavaScript; only the
// accordion, the checklist and the booking launchers hydrate.
export default async function TreatmentPage({
  params,
}: {
  params: Promise<{ spa: string; procedure: string }>;
}) {
  const { spa, procedure: procedureId } = await params;
  const record = spas[spa];
  const raw = record?.procedures[procedureId];
  if (record === undefined || raw === undefined) {
    notFound();
  }
  // Content is checked once, on the server: a ContentError here names every bad field.
  const procedure = parseProcedure(raw);
  const clinic = parseClinic(record.clinic);
  // The per-request nonce set by proxy.ts, for the style element the booking dialog's scroll
  // lock adds under the strict CSP.
  const nonce = (await headers()).get("x-nonce") ?? undefined;

  return (
    <main data-msu-theme={record.theme}>
      <Ready />
      <ProcedurePage
        procedure={procedure}
        clinic={clinic}
        url={`https://${spa}.example/${procedureId}`}
        banner={{ dialog: { nonce } }}
      />
      <BookingDialog
        clinic={clinic}
        nonce={nonce}
        trigger={<button type="button">Book a consultation</button>}
      />
    </main>
  );
}
