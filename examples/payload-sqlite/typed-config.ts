// The same config as a TypeScript site writes it (payload.config.ts): medspa-ui's collections go
// into Payload's buildConfig as they are, a users collection beside them. scripts/test-examples.mjs
// type-checks this file against Payload's own types.
import { sqliteAdapter } from "@payloadcms/db-sqlite";
import { payloadCollections } from "medspa-ui/cms/payload";
import { buildConfig, type CollectionConfig } from "payload";

const users: CollectionConfig = { slug: "users", auth: true, fields: [] };
const [procedures, media, clinics] = payloadCollections();

export default buildConfig({
  secret: process.env.PAYLOAD_SECRET ?? "",
  db: sqliteAdapter({ client: { url: "file:./medspa.db" }, transactionOptions: {} }),
  localization: { locales: ["en", "fr-CA"], defaultLocale: "en" },
  collections: [
    users,
    // A site changes what it needs, e.g. who may read: the rest stays medspa-ui's.
    ...(procedures === undefined ? [] : [{ ...procedures, access: { read: () => true } }]),
    ...[media, clinics].filter((collection) => collection !== undefined),
  ],
});
