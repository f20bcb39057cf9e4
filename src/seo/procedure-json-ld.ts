import type {
  Graph,
  MedicalClinic,
  MedicalEntity,
  MedicalWebPage,
  Person,
  TherapeuticProcedure,
} from "schema-dts";
import type { Clinic, Procedure, ProcedureType } from "../content/types";
import { isNonEmptyText, textItems, toE164, toSafeHttpsUrl } from "../shared";

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

function stepText(procedure: Procedure, phase: "before" | "during"): string | undefined {
  const steps = (procedure.steps ?? []).filter(
    (step) => step?.phase === phase && isNonEmptyText(step.title),
  );
  return steps.length === 0
    ? undefined
    : steps.map((step) => `${step.title}: ${step.description}`).join(" ");
}

/**
 * A schema.org graph describing the page: a `MedicalWebPage` about the procedure (with its
 * medical review), the `TherapeuticProcedure` (preparation, how it is performed, follow-up, adverse
 * outcomes) and, when given, the `MedicalClinic` that offers it.
 *
 * Structured data helps search engines understand the page; schema.org medical types bring no
 * rich result in Google Search, so treat it as meaning, not as a ranking feature.
 */
export function procedureJsonLd(
  procedure: Procedure,
  clinic?: Clinic,
  options: ProcedureJsonLdOptions = {},
): Graph {
  const base = toSafeHttpsUrl(options.url) ?? "";
  const procedureId = `${base}#procedure-${procedure.id}`;
  const clinicId = `${base}#clinic`;
  const aftercare = (procedure.aftercare ?? []).filter((item) => isNonEmptyText(item?.text));
  const sideEffects = (procedure.sideEffects ?? []).filter((effect) =>
    isNonEmptyText(effect?.name),
  );

  const therapeuticProcedure: TherapeuticProcedure = {
    "@type": "TherapeuticProcedure",
    "@id": procedureId,
    name: procedure.name,
    description: procedure.summary,
    ...(textItems(procedure.alsoKnownAs).length > 0
      ? { alternateName: textItems(procedure.alsoKnownAs) }
      : {}),
    ...(procedure.procedureType ? { procedureType: procedureTypes[procedure.procedureType] } : {}),
    ...(textItems(procedure.bodyLocation).length > 0
      ? { bodyLocation: textItems(procedure.bodyLocation).join(", ") }
      : {}),
    ...(stepText(procedure, "before") ? { preparation: stepText(procedure, "before") } : {}),
    ...(stepText(procedure, "during") ? { howPerformed: stepText(procedure, "during") } : {}),
    ...(aftercare.length > 0
      ? {
          followup: aftercare
            .map((item) => (item.kind === "avoid" ? `Avoid: ${item.text}` : item.text))
            .join(" "),
        }
      : {}),
    ...(sideEffects.length > 0
      ? {
          adverseOutcome: sideEffects.map(
            (effect): MedicalEntity => ({
              "@type": "MedicalEntity",
              name: effect.name,
              ...(isNonEmptyText(effect.description) ? { description: effect.description } : {}),
            }),
          ),
        }
      : {}),
  };

  const reviewer: Person | undefined =
    procedure.review && isNonEmptyText(procedure.review.by)
      ? {
          "@type": "Person",
          name: procedure.review.by,
          ...(isNonEmptyText(procedure.review.credentials)
            ? { honorificSuffix: procedure.review.credentials }
            : {}),
        }
      : undefined;

  const page: MedicalWebPage = {
    "@type": "MedicalWebPage",
    "@id": `${base}#webpage`,
    ...(base ? { url: base } : {}),
    name: procedure.name,
    about: { "@id": procedureId },
    medicalAudience: { "@type": "MedicalAudience", audienceType: "Patient" },
    ...(options.locale ? { inLanguage: options.locale } : {}),
    ...(procedure.review?.date ? { lastReviewed: procedure.review.date } : {}),
    ...(reviewer ? { reviewedBy: reviewer } : {}),
  };

  const nodes: Array<MedicalWebPage | TherapeuticProcedure | MedicalClinic> = [
    page,
    therapeuticProcedure,
  ];
  if (clinic && isNonEmptyText(clinic.name)) {
    const telephone = toE164(clinic.phone);
    const bookingUrl = toSafeHttpsUrl(clinic.booking?.url ?? clinic.bookingUrl);
    const medicalClinic: MedicalClinic = {
      "@type": "MedicalClinic",
      "@id": clinicId,
      name: clinic.name,
      ...(telephone ? { telephone } : {}),
      ...(isNonEmptyText(clinic.address) ? { address: clinic.address } : {}),
      ...(bookingUrl ? { potentialAction: { "@type": "ReserveAction", target: bookingUrl } } : {}),
      availableService: { "@id": procedureId },
    };
    nodes.push(medicalClinic);
  }
  return { "@context": "https://schema.org", "@graph": nodes };
}
