// A Payload 3 config with medspa-ui's collections, as a clinic site would write it: procedures,
// their photos and clinics, in English and Canadian French, on SQLite. The Local API runs it in
// plain Node (no Next.js, no server): prove.mjs seeds it and reads it back.
import path from "node:path";
import { sqliteAdapter } from "@payloadcms/db-sqlite";
import { payloadCollections } from "medspa-ui/cms/payload";
import { buildConfig } from "payload";

/** The config, with its database file and uploaded photos in `directory`. */
export function medspaConfig({ directory, mediaDirectory }) {
  return buildConfig({
    secret: "medspa-ui-example-only",
    telemetry: false,
    db: sqliteAdapter({
      client: { url: `file:${path.join(directory, "medspa.db")}` },
      push: true,
      // A save that fails half-way (a row the database refuses) rolls back the whole document.
      // Without it, SQLite keeps the document without the rows it refused.
      transactionOptions: {},
    }),
    localization: { locales: ["en", "fr-CA"], defaultLocale: "en", fallback: false },
    collections: payloadCollections().map((collection) =>
      collection.upload === undefined
        ? collection
        : { ...collection, upload: { ...collection.upload, staticDir: mediaDirectory } },
    ),
  });
}
