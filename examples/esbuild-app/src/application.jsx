// The browser bundle: reads the props the server embedded, checks them again with
// medspa-ui/content (zod, running jitless under the page's strict CSP) and hydrates the page.
import { parseClinic, parseProcedure } from "medspa-ui/content";
import { hydrateRoot } from "react-dom/client";
import { Page } from "./Page.jsx";

const props = JSON.parse(document.getElementById("page-props").textContent);
const nonce = document.querySelector('meta[name="csp-nonce"]').content;
hydrateRoot(
  document.getElementById("app"),
  <Page
    procedure={parseProcedure(props.procedure)}
    clinic={parseClinic(props.clinic)}
    nonce={nonce}
  />,
);
