// The path a clinic's content takes, on a real database: medspa-ui's Payload collections on SQLite
// (a file in a fresh folder), the five starter treatments saved in English and French with their
// photos uploaded, read back and checked with parseProcedure, then rendered with ProcedurePage.
// Bad documents must be refused with the field's path, and a failed save must leave nothing.
//
// Writes public/ (the two rendered pages, the stylesheet, the uploaded photos) and
// public/report.json, each check with its outcome, which scripts/test-examples.mjs reads before it
// opens the pages in Chromium. Exits 1 when a check fails.
import assert from "node:assert/strict";
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { clinicFromPayload, clinicToPayload, fromPayload, toPayload } from "medspa-ui/cms/payload";
import { examples, examplesFrCA, parseClinic, parseProcedure } from "medspa-ui/content";
import { frCA } from "medspa-ui/locales/fr-CA";
import { ProcedurePage } from "medspa-ui/procedure-page";
import { getPayload } from "payload";
import { createElement } from "react";
import { prerender } from "react-dom/static";
import { medspaConfig } from "./payload.config.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const publicDirectory = path.join(here, "public");
const photosDirectory = path.join(path.dirname(require.resolve("medspa-ui/styles.css")), "results");
rmSync(publicDirectory, { recursive: true, force: true });
const mediaDirectory = path.join(publicDirectory, "api/media/file");
mkdirSync(mediaDirectory, { recursive: true });
const databaseDirectory = mkdtempSync(path.join(tmpdir(), "medspa-ui-payload-"));

const report = [];
async function check(name, body) {
  try {
    await body();
    report.push({ name });
    console.log(`  ✓ ${name}`);
  } catch (error) {
    report.push({ name, error: String(error?.stack ?? error) });
    console.log(
      `  ✗ ${name}\n      ${String(error?.message ?? error)
        .split("\n")
        .join("\n      ")}`,
    );
  }
}

const languages = [
  ["en", examples],
  ["fr-CA", examplesFrCA],
];
// The starter library's treatments (examples also holds a sample clinic).
const treatments = Object.keys(examples).filter((key) => "steps" in examples[key]);

/** The sample with each photo where Payload serves its upload. */
function servedByPayload(sample) {
  const copy = structuredClone(sample);
  for (const result of copy.results ?? []) {
    for (const photo of [result.before, result.after]) {
      photo.src = `/api/media/file/${path.basename(photo.src)}`;
    }
  }
  return copy;
}

/** A create that must be refused: the error's path, and nothing saved. */
async function refused(payload, collection, data, expectedPath) {
  const before = await payload.count({ collection });
  const error = await payload.create({ collection, locale: "en", data }).then(
    () => undefined,
    (caught) => caught,
  );
  assert.ok(error !== undefined, "the document was saved");
  assert.deepEqual(
    error.data?.errors?.map((problem) => problem.path),
    [expectedPath],
    `refused for another reason: ${error.message}`,
  );
  assert.deepEqual(await payload.count({ collection }), before, "a document was left behind");
}

let payload;
const saved = new Map();
let clinicId;
try {
  await check("Payload 3's Local API starts on SQLite with medspa-ui's collections", async () => {
    payload = await getPayload({
      config: medspaConfig({ directory: databaseDirectory, mediaDirectory }),
    });
    assert.deepEqual(payload.config.collections.map((collection) => collection.slug).slice(0, 3), [
      "procedures",
      "media",
      "clinics",
    ]);
  });

  await check("a clinic is saved and read back", async () => {
    const clinic = {
      name: "Lakeshore Skin Clinic",
      phone: "+1 905 555 0134",
      booking: { kind: "link", url: "https://lakeshore.example/book" },
    };
    const created = await payload.create({ collection: "clinics", data: clinicToPayload(clinic) });
    clinicId = created.id;
    const read = await payload.findByID({ collection: "clinics", id: clinicId });
    assert.deepEqual(parseClinic(clinicFromPayload(read)), clinic);
  });

  for (const treatment of treatments) {
    await check(
      `${treatment}: saved in English and French with its photos, read back as it went in`,
      async () => {
        const media = new Map();
        const [english, french] = [examples[treatment], examplesFrCA[treatment]];
        for (const [index, result] of (english.results ?? []).entries()) {
          for (const which of ["before", "after"]) {
            const photo = result[which];
            const uploaded = await payload.create({
              collection: "media",
              locale: "en",
              data: { alt: photo.alt },
              filePath: path.join(photosDirectory, path.basename(photo.src)),
            });
            await payload.update({
              collection: "media",
              id: uploaded.id,
              locale: "fr-CA",
              data: { alt: french.results[index][which].alt },
            });
            media.set(photo.src, uploaded.id);
          }
        }
        const byPhoto = (photo) => media.get(photo.src);
        const created = await payload.create({
          collection: "procedures",
          locale: "en",
          data: toPayload(english, { media: byPhoto }),
        });
        // French goes into the same rows: toPayload matches them by the model's ids.
        const existing = await payload.findByID({
          collection: "procedures",
          id: created.id,
          depth: 0,
        });
        await payload.update({
          collection: "procedures",
          id: created.id,
          locale: "fr-CA",
          data: toPayload(french, { media: byPhoto, existing }),
        });
        saved.set(treatment, created.id);
        for (const [locale, library] of languages) {
          const document = await payload.findByID({
            collection: "procedures",
            id: created.id,
            locale,
            depth: 1,
          });
          assert.deepEqual(
            parseProcedure(fromPayload(document)),
            servedByPayload(library[treatment]),
            `${locale} differs`,
          );
        }
      },
    );
  }

  const base = structuredClone(examples.dermalFiller);
  delete base.results;
  await check("a misspelt tier is refused at sideEffects.0.tier", async () => {
    const data = toPayload({ ...base, id: "misspelt-tier" });
    data.sideEffects[0].tier = "urgnet";
    await refused(payload, "procedures", data, "sideEffects.0.tier");
  });
  await check("an http: booking link is refused at booking.url", async () => {
    const data = clinicToPayload({
      name: "Harbour Aesthetics",
      booking: { kind: "link", url: "http://harbour.example/book" },
    });
    await refused(payload, "clinics", data, "booking.url");
  });
  await check(
    "a care item whose until comes before its from is refused at preparation.0.when",
    async () => {
      const data = toPayload({
        ...base,
        id: "until-before-from",
        preparation: [
          {
            id: "no-retinoids",
            text: "Stop retinoid creams.",
            kind: "avoid",
            when: { from: { before: 2, unit: "days" }, until: { before: 5, unit: "days" } },
          },
        ],
      });
      await refused(payload, "procedures", data, "preparation.0.when");
    },
  );
  await check("a result without consent is refused at results.0.consent.publish", async () => {
    const [result] = examples.botulinumToxin.results;
    const data = toPayload(
      { ...base, id: "no-consent", results: [{ ...result, consent: { publish: false } }] },
      { media: () => 1 },
    );
    await refused(payload, "procedures", data, "results.0.consent.publish");
  });
  await check("a save the database refuses half-way leaves nothing half-written", async () => {
    const before = await payload.count({ collection: "procedures" });
    const other = await payload.findByID({
      collection: "procedures",
      id: saved.get("dermalFiller"),
      depth: 0,
    });
    const data = toPayload({ ...base, id: "half-written" });
    // A row id another document owns: the document's own row goes in, its side effects cannot.
    data.sideEffects[0].id = other.sideEffects[0].id;
    await assert.rejects(payload.create({ collection: "procedures", locale: "en", data }));
    assert.deepEqual(await payload.count({ collection: "procedures" }), before);
    const { totalDocs } = await payload.find({
      collection: "procedures",
      where: { slug: { equals: "half-written" } },
    });
    assert.equal(totalDocs, 0);
  });

  await check(
    "ProcedurePage renders from what the database returned, in English and French",
    async () => {
      copyFileSync(
        require.resolve("medspa-ui/styles.css"),
        path.join(publicDirectory, "styles.css"),
      );
      const clinic = clinicFromPayload(
        await payload.findByID({ collection: "clinics", id: clinicId }),
      );
      for (const [locale, , title] of [
        ["en", examples, "Before and after"],
        ["fr-CA", examplesFrCA, "Résultats avant et après"],
      ]) {
        const document = await payload.findByID({
          collection: "procedures",
          id: saved.get("botulinumToxin"),
          locale,
          depth: 1,
        });
        const procedure = parseProcedure(fromPayload(document));
        // prerender waits for every part of the page, the deferred results section included.
        const { prelude } = await prerender(
          createElement(ProcedurePage, {
            procedure,
            clinic,
            url: "https://lakeshore.example/botox",
            ...(locale === "fr-CA" ? { locale: frCA } : {}),
          }),
        );
        const body = await new Response(prelude).text();
        assert.ok(body.includes(procedure.name), "no treatment name");
        assert.ok(body.includes(title), `no "${title}" section`);
        writeFileSync(
          path.join(publicDirectory, `${locale}.html`),
          // The clinic's site around the page: its name is the page's one h1 (ProcedurePage starts at h2).
          `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${procedure.name} · ${clinic.name}</title><link rel="icon" href="data:,"><link rel="stylesheet" href="/styles.css"></head><body><header><h1>${clinic.name}</h1></header><main>${body}</main></body></html>`,
        );
      }
    },
  );
} finally {
  await payload?.destroy?.();
  rmSync(databaseDirectory, { recursive: true, force: true });
  writeFileSync(path.join(publicDirectory, "report.json"), `${JSON.stringify(report, null, 2)}\n`);
}
const failed = report.filter((entry) => entry.error !== undefined).length;
console.log(`payload-sqlite: ${report.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
