import { BookingDialog } from "medspa-ui/booking-dialog";
import { ProcedurePage } from "medspa-ui/procedure-page";
import { ThemeScope } from "medspa-ui/theme-scope";
import { useEffect } from "react";

/** The page, rendered on the server and hydrated in the browser from the same props. */
export function Page({ procedure, clinic, nonce }) {
  // The example driver waits for this before it acts on the page.
  useEffect(() => {
    document.documentElement.dataset.ready = "true";
  }, []);
  return (
    <ThemeScope theme="botanical-green">
      <ProcedurePage
        procedure={procedure}
        clinic={clinic}
        url="https://lakeshore.example/treatments/chemical-peel"
        banner={{ dialog: { nonce } }}
      />
      <BookingDialog
        clinic={clinic}
        nonce={nonce}
        trigger={<button type="button">Book a consultation</button>}
      />
    </ThemeScope>
  );
}
