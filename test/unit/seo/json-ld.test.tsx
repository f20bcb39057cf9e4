import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { examples } from "../../../src/content/examples";
import type { Procedure } from "../../../src/content/types";
import { JsonLd, procedureJsonLd, serializeJsonLd } from "../../../src/seo";
import { expectConsole } from "../../support/console";
import { reviewedMicroneedling } from "../../support/fixtures";

type Node = Record<string, any>;

function nodesOf(graph: unknown): Record<string, Node> {
  const nodes = (graph as { "@graph": Node[] })["@graph"];
  return Object.fromEntries(nodes.map((node) => [node["@type"], node]));
}

describe("procedureJsonLd", () => {
  describe("given microneedling and a clinic", () => {
    const graph = procedureJsonLd(reviewedMicroneedling, examples.clinic, {
      url: "https://lakeshore.example/microneedling",
      locale: "en-CA",
    });
    const nodes = nodesOf(graph);

    it("should describe the page, the procedure and the clinic, linked by id", () => {
      expect((graph as Node)["@context"]).toBe("https://schema.org");
      expect(Object.keys(nodes)).toEqual(["MedicalWebPage", "MedicalTherapy", "MedicalClinic"]);
      const procedureId = "https://lakeshore.example/microneedling#procedure-microneedling";
      expect(nodes.MedicalTherapy?.["@id"]).toBe(procedureId);
      expect(nodes.MedicalWebPage?.about).toEqual({ "@id": procedureId });
      expect(nodes.MedicalClinic?.availableService).toEqual({ "@id": procedureId });
    });

    it("should state the medical review and the audience", () => {
      expect(nodes.MedicalWebPage).toMatchObject({
        url: "https://lakeshore.example/microneedling",
        inLanguage: "en-CA",
        lastReviewed: "2026-03-14",
        reviewedBy: {
          "@type": "Person",
          name: "Dr. Amara Okafor",
          honorificSuffix: "MD, FRCPC (Dermatology)",
        },
        medicalAudience: { "@type": "MedicalAudience", audienceType: "Patient" },
      });
    });

    it("should map steps, aftercare and side effects onto the procedure", () => {
      const procedure = nodes.MedicalTherapy as Node;
      expect(procedure.name).toBe("Microneedling for acne scars");
      expect(procedure.alternateName).toEqual(["Collagen induction therapy", "CIT"]);
      expect(procedure.procedureType).toBe("https://schema.org/PercutaneousProcedure");
      expect(procedure.bodyLocation).toBe("Face");
      expect(procedure.preparation).toMatch(/^Consultation: .*Numbing cream: /);
      expect(procedure.howPerformed).toMatch(/^Treatment passes: /);
      expect(procedure.followup).toContain("Avoid: Wearing makeup");
      expect(procedure.adverseOutcome.map((outcome: Node) => outcome.name)).toEqual([
        "Redness",
        "Swelling",
        "Bruising",
        "Discomfort",
        "Infection",
        "Scarring or colour change",
      ]);
    });

    it("should map the care guide: preparation, who should not have it, the follow-up visit", () => {
      const procedure = nodes.MedicalTherapy as Node;
      expect(procedure.preparation).toContain(
        "Avoid: Isotretinoin (acne tablets). Avoid: Tanning, sunbeds and sunburn on the area.",
      );
      expect(procedure.preparation).toContain(
        "Tell the clinic first if: You get cold sores; You form raised (keloid) scars;",
      );
      expect(procedure.contraindication).toEqual([
        "You are pregnant or breastfeeding",
        "You have taken isotretinoin (acne tablets) recently (Until 6 months after your last dose)",
        "You have active, inflamed acne, a cold sore or an infection in the area (Until it has cleared)",
        "The area is sunburned or has an open wound (Until the skin has fully healed)",
      ]);
      expect(procedure.followup).toMatch(
        /Avoid: Picking or scratching flaking skin\. To see how your skin has responded and plan the next session of your course\.$/,
      );
    });

    it("should give the clinic's phone as E.164 and its booking page as a reserve action", () => {
      expect(nodes.MedicalClinic).toMatchObject({
        name: "Lakeshore Aesthetics",
        telephone: "+19055550123",
        address: "120 Lakeshore Road East, Oakville, ON",
        potentialAction: {
          "@type": "ReserveAction",
          target: "https://calendly.com/lakeshore-aesthetics/consultation",
        },
      });
    });
  });

  describe("given the chemical peel without a clinic, a URL or other names", () => {
    const { alsoKnownAs: _, ...peel } = examples.chemicalPeel;
    const nodes = nodesOf(procedureJsonLd(peel));

    it("should leave out what the content does not have", () => {
      expect(Object.keys(nodes)).toEqual(["MedicalWebPage", "MedicalTherapy"]);
      expect(nodes.MedicalWebPage).not.toHaveProperty("reviewedBy");
      expect(nodes.MedicalWebPage).not.toHaveProperty("url");
      expect(nodes.MedicalTherapy).not.toHaveProperty("alternateName");
      expect(nodes.MedicalTherapy?.["@id"]).toBe("#procedure-chemical-peel");
      expect(nodes.MedicalTherapy?.procedureType).toBe("https://schema.org/NoninvasiveProcedure");
      expect(nodes.MedicalTherapy?.howPerformed).toMatch(/^Peel application: /);
    });

    it("should stay a TherapeuticProcedure without contraindications and without a care guide", () => {
      const { suitability, preparation, followUp, aftercare, ...rest } = examples.chemicalPeel;
      const bare = nodesOf(procedureJsonLd(rest));
      expect(Object.keys(bare)).toEqual(["MedicalWebPage", "TherapeuticProcedure"]);
      expect(bare.TherapeuticProcedure).not.toHaveProperty("contraindication");
      expect(bare.TherapeuticProcedure).not.toHaveProperty("followup");
      expect(bare.TherapeuticProcedure?.preparation).toMatch(/^Two weeks of skin preparation: /);
    });
  });

  it("should ignore a page URL that is not https and a clinic phone that cannot be dialled", () => {
    const warn = expectConsole("warn");
    const nodes = nodesOf(
      procedureJsonLd(
        examples.chemicalPeel,
        { name: "Clinic", phone: "call us" },
        { url: "javascript:alert(1)" },
      ),
    );
    expect(nodes.MedicalWebPage?.["@id"]).toBe("#webpage");
    expect(nodes.MedicalClinic).not.toHaveProperty("telephone");
    expect(warn).toHaveBeenCalledWith(
      '[medspa-ui] procedureJsonLd: clinic.phone "call us" cannot be dialled; it is shown as text without a link',
    );
  });
});

describe("JsonLd", () => {
  const hostile = '</script><script>alert("x")</script><!-- & \u2028\u2029 &amp; &lt;';

  function everyTextField(text: string): Procedure {
    const procedure = structuredClone(examples.microneedling) as Procedure;
    procedure.name = text;
    procedure.summary = text;
    procedure.alsoKnownAs = [text];
    procedure.steps = procedure.steps.map((step) => ({ ...step, title: text, description: text }));
    procedure.sideEffects = procedure.sideEffects?.map((effect) => ({
      ...effect,
      name: text,
      description: text,
    }));
    procedure.aftercare = procedure.aftercare?.map((item) => ({ ...item, text }));
    procedure.preparation = procedure.preparation?.map((item) => ({ ...item, text }));
    procedure.suitability = {
      notSuitableIf: [{ id: "hostile", text, wait: text }],
      tellClinicIf: [{ id: "hostile", text }],
    };
    if (procedure.followUp) {
      procedure.followUp = { ...procedure.followUp, purpose: text };
    }
    if (procedure.review) {
      procedure.review = { ...procedure.review, by: text, credentials: text };
    }
    return procedure;
  }

  it("should keep hostile text inside one script element and parse back to the same data", () => {
    const data = procedureJsonLd(everyTextField(hostile), {
      ...examples.clinic,
      name: hostile,
      address: hostile,
    });
    const { container } = render(<JsonLd data={data} />);
    const scripts = container.querySelectorAll("script");
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toHaveAttribute("type", "application/ld+json");
    expect(JSON.parse(scripts[0]?.textContent ?? "")).toEqual(data);
  });

  it("should escape <, >, & and the line separators in the server HTML", () => {
    const html = renderToString(<JsonLd data={{ name: hostile }} nonce="abc123" />);
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html.match(/<\/script>/g)).toHaveLength(1);
    expect(html).toContain('nonce="abc123"');
    const json = html.slice(html.indexOf(">") + 1, html.lastIndexOf("</script>"));
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(json)).toEqual({ name: hostile });
  });

  it("should serialise to valid JSON", () => {
    expect(serializeJsonLd({ a: "<b>&</b>" })).toBe(
      '{"a":"\\u003cb\\u003e\\u0026\\u003c/b\\u003e"}',
    );
  });
});
