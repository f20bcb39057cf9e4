import { BookingDialog, ProcedurePage } from "medspa-ui";
import { parseClinic, parseProcedure } from "medspa-ui/content";
import { frCA } from "medspa-ui/locales/fr-CA";
import { headers } from "next/headers";
import { notFound } from "next/navigation";
import { spas } from "../content/spas";
import { Ready } from "./ready";

// A Server Component: the explainer and the page's static parts ship no JavaScript; only the
// accordions, the checklists and the booking launchers hydrate.
export async function Treatment({
  spa,
  procedureId,
  french,
}: {
  spa: string;
  procedureId: string;
  french: boolean;
}) {
  const record = spas[spa];
  const raw = (french ? record?.proceduresFr : record?.procedures)?.[procedureId];
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
    <main data-msu-theme={record.theme} lang={french ? "fr-CA" : "en"}>
      <Ready />
      <ProcedurePage
        procedure={procedure}
        clinic={clinic}
        url={`https://${spa}.example/${french ? "fr/" : ""}${procedureId}`}
        banner={{ dialog: { nonce } }}
        {...(french ? { locale: frCA } : {})}
      />
      <BookingDialog
        clinic={clinic}
        nonce={nonce}
        trigger={
          <button type="button">
            {french ? "Réserver une consultation" : "Book a consultation"}
          </button>
        }
        // A client component given a locale by a Server Component: the bundle's client reference.
        {...(french ? { locale: frCA.client } : {})}
      />
    </main>
  );
}
