import { render } from "@testing-library/react";
import { renderToString } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { examples } from "../../../src/content/examples";
import type { Procedure } from "../../../src/content/types";
import { JsonLd, procedureJsonLd, serializeJsonLd } from "../../../src/seo";
import { expectConsole } from "../../support/console";

type Node = Record<string, any>;

function nodesOf(graph: unknown): Record<string, Node> {
  const nodes = (graph as { "@graph": Node[] })["@graph"];
  return Object.fromEntries(nodes.map((node) => [node["@type"], node]));
}

describe("procedureJsonLd", () => {
  describe("given microneedling and a clinic", () => {
    const graph = procedureJsonLd(examples.microneedling, examples.clinic, {
      url: "https://lakeshore.example/microneedling",
      locale: "en-CA",
    });
    const nodes = nodesOf(graph);

    it("should describe the page, the procedure and the clinic, linked by id", () => {
      expect((graph as Node)["@context"]).toBe("https://schema.org");
      expect(Object.keys(nodes)).toEqual([
        "MedicalWebPage",
        "TherapeuticProcedure",
        "MedicalClinic",
      ]);
      const procedureId = "https://lakeshore.example/microneedling#procedure-microneedling";
      expect(nodes.TherapeuticProcedure?.["@id"]).toBe(procedureId);
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
      const procedure = nodes.TherapeuticProcedure as Node;
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

  describe("given the chemical peel without a clinic or URL", () => {
    const nodes = nodesOf(procedureJsonLd(examples.chemicalPeel));

    it("should leave out what the content does not have", () => {
      expect(Object.keys(nodes)).toEqual(["MedicalWebPage", "TherapeuticProcedure"]);
      expect(nodes.MedicalWebPage).not.toHaveProperty("reviewedBy");
      expect(nodes.MedicalWebPage).not.toHaveProperty("url");
      expect(nodes.TherapeuticProcedure).not.toHaveProperty("alternateName");
      expect(nodes.TherapeuticProcedure?.["@id"]).toBe("#procedure-chemical-peel");
      expect(nodes.TherapeuticProcedure?.procedureType).toBe(
        "https://schema.org/NoninvasiveProcedure",
      );
      expect(nodes.TherapeuticProcedure?.howPerformed).toMatch(/^Peel application: /);
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
