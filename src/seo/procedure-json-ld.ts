import type {
  Graph,
  MedicalClinic,
  MedicalEntity,
  MedicalTherapy,
  MedicalWebPage,
  Person,
  TherapeuticProcedure,
} from "schema-dts";
import type { Clinic, Procedure, ProcedureType } from "../content/types";
import {
  aftercareKindValues,
  describeValue,
  isIsoDate,
  isNonEmptyText,
  isOneOf,
  isRecord,
  isSlug,
  procedureTypeValues,
  textItems,
  warnAboutTextList,
} from "../shared/content-checks";
import { warnInDevelopment } from "../shared/development";
import { toE164 } from "../shared/phone";
import { readClinic } from "../shared/read-clinic";
import { readFollowUp } from "../shared/read-follow-up";
import { toSafeHttpsUrl } from "../shared/url";

export interface ProcedureJsonLdOptions {
  /** The page's canonical https URL; ids of the graph's nodes hang off it. */
  url?: string;
  /** BCP 47 language of the page. */
  locale?: string;
}

const procedureTypes = {
  noninvasive: "https://schema.org/NoninvasiveProcedure",
  percutaneous: "https://schema.org/PercutaneousProcedure",
} as const satisfies Record<ProcedureType, string>;

const builder = "procedureJsonLd";

/** The records of a list that may hold anything: the structured data takes only what is valid. */
function records(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter(isRecord) : [];
}

/** The text of a list's records that hold text (suitability items, with how long to wait). */
function texts(value: unknown): string[] {
  return records(value)
    .filter((item) => isNonEmptyText(item.text))
    .map((item) => (isNonEmptyText(item.wait) ? `${item.text} (${item.wait})` : `${item.text}`));
}

/** Care items as sentences: "Stop retinoids." "Avoid: alcohol." (the kind said for avoid items). */
function careText(value: unknown): string[] {
  return records(value)
    .filter((item) => isNonEmptyText(item.text) && isOneOf(aftercareKindValues, item.kind))
    .map((item) => {
      const text = `${item.kind === "avoid" ? "Avoid: " : ""}${item.text}`;
      // One sentence each, so the items do not run together.
      return /[.!?]$/.test(text) ? text : `${text}.`;
    });
}

/** Non-empty parts joined by a space, or undefined when there are none. */
function joined(parts: Array<string | undefined>): string | undefined {
  const present = parts.filter((part): part is string => part !== undefined && part !== "");
  return present.length === 0 ? undefined : present.join(" ");
}

function stepText(
  steps: Record<string, unknown>[],
  phase: "before" | "during",
): string | undefined {
  const text = steps
    .filter((step) => step.phase === phase && isNonEmptyText(step.title))
    .map((step) =>
      isNonEmptyText(step.description) ? `${step.title}: ${step.description}` : `${step.title}`,
    );
  return text.length === 0 ? undefined : text.join(" ");
}

/**
 * A schema.org graph describing the page: a `MedicalWebPage` about the procedure (with its
 * medical review), the `TherapeuticProcedure` (preparation, how it is performed, follow-up, adverse
 * outcomes) and, when given, the `MedicalClinic` that offers it.
 *
 * Content from a CMS is checked as the components check it: a field of the wrong type is left out
 * (with a development warning for the fields only the structured data uses), so the graph holds
 * only schema.org values built from valid text and https URLs, and nothing throws.
 *
 * Structured data helps search engines understand the page; schema.org medical types bring no
 * rich result in Google Search, so treat it as meaning, not as a ranking feature.
 */
export function procedureJsonLd(
  procedure: Procedure,
  clinic?: Clinic,
  options: ProcedureJsonLdOptions = {},
): Graph {
  const source: Partial<Record<keyof Procedure, unknown>> = isRecord(procedure) ? procedure : {};
  if (!isRecord(procedure)) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        builder,
        "procedure must be a Procedure object; the graph describes no procedure",
      );
    }
  }
  const base = toSafeHttpsUrl(options.url) ?? "";
  const procedureId = `${base}#procedure-${isSlug(source.id) ? source.id : "procedure"}`;
  const clinicId = `${base}#clinic`;
  const name = isNonEmptyText(source.name) ? source.name : undefined;
  const steps = records(source.steps);
  const suitability = isRecord(source.suitability) ? source.suitability : {};
  const contraindications = texts(suitability.notSuitableIf);
  const tellClinicIf = texts(suitability.tellClinicIf);
  const followUp = readFollowUp(source.followUp, builder);
  const sideEffects = records(source.sideEffects).filter((effect) => isNonEmptyText(effect.name));
  const alsoKnownAs = textItems(source.alsoKnownAs);
  const bodyLocation = textItems(source.bodyLocation);
  if (process.env.NODE_ENV !== "production") {
    warnAboutTextList(builder, "procedure.bodyLocation", source.bodyLocation);
  }
  let procedureType: (typeof procedureTypes)[ProcedureType] | undefined;
  if (isOneOf(procedureTypeValues, source.procedureType)) {
    procedureType = procedureTypes[source.procedureType];
  } else if (source.procedureType !== undefined) {
    if (process.env.NODE_ENV !== "production") {
      warnInDevelopment(
        builder,
        `procedure.procedureType ${describeValue(source.procedureType)} is not one of ${procedureTypeValues.join(", ")}; it is left out`,
      );
    }
  }
  const preparation = joined([
    stepText(steps, "before"),
    ...careText(source.preparation),
    tellClinicIf.length === 0 ? undefined : `Tell the clinic first if: ${tellClinicIf.join("; ")}.`,
  ]);
  const howPerformed = stepText(steps, "during");
  const followup = joined([...careText(source.aftercare), followUp?.purpose]);

  // schema.org lists contraindications on MedicalTherapy, a kind of TherapeuticProcedure.
  const therapeuticProcedure: TherapeuticProcedure | MedicalTherapy = {
    "@type": contraindications.length > 0 ? "MedicalTherapy" : "TherapeuticProcedure",
    "@id": procedureId,
    ...(name === undefined ? {} : { name }),
    ...(isNonEmptyText(source.summary) ? { description: source.summary } : {}),
    ...(alsoKnownAs.length > 0 ? { alternateName: alsoKnownAs } : {}),
    ...(procedureType === undefined ? {} : { procedureType }),
    ...(bodyLocation.length > 0 ? { bodyLocation: bodyLocation.join(", ") } : {}),
    ...(preparation === undefined ? {} : { preparation }),
    ...(howPerformed === undefined ? {} : { howPerformed }),
    ...(followup === undefined ? {} : { followup }),
    ...(contraindications.length > 0 ? { contraindication: contraindications } : {}),
    ...(sideEffects.length > 0
      ? {
          adverseOutcome: sideEffects.map(
            (effect): MedicalEntity => ({
              "@type": "MedicalEntity",
              name: `${effect.name}`,
              ...(isNonEmptyText(effect.description) ? { description: effect.description } : {}),
            }),
          ),
        }
      : {}),
  };

  const review = isRecord(source.review) ? source.review : {};
  const reviewer: Person | undefined = isNonEmptyText(review.by)
    ? {
        "@type": "Person",
        name: review.by,
        ...(isNonEmptyText(review.credentials) ? { honorificSuffix: review.credentials } : {}),
      }
    : undefined;

  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": `${base}#webpage`,
    ...(base ? { url: base } : {}),
    ...(name === undefined ? {} : { name }),
    about: { "@id": procedureId },
    medicalAudience: { "@type": "MedicalAudience", audienceType: "Patient" },
    ...(isNonEmptyText(options.locale) ? { inLanguage: options.locale } : {}),
    ...(isIsoDate(review.date) ? { lastReviewed: review.date } : {}),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
  };

  const nodes: Array<MedicalWebPage | TherapeuticProcedure | MedicalTherapy | MedicalClinic> = [
    page,
    therapeuticProcedure,
  ];
  const { name: clinicName, phone, booking, address } = readClinic(clinic, builder);
  if (clinicName !== undefined) {
    const telephone = toE164(phone);
    const medicalClinic: MedicalClinic = {
      "@type": "MedicalClinic",
      "@id": clinicId,
      name: clinicName,
      ...(telephone ? { telephone } : {}),
      ...(address === undefined ? {} : { address }),
      ...(booking === undefined
        ? {}
        : { potentialAction: { "@type": "ReserveAction", target: booking.url } }),
      availableService: { "@id": procedureId },
    };
    nodes.push(medicalClinic);
  }
  return { "@context": "https://schema.org", "@graph": nodes };
}
