export { type FaqJsonLdOptions, faqJsonLd, faqPageJsonLd } from "./faq-json-ld";
export { JsonLd, type JsonLdProps, serializeJsonLd } from "./JsonLd";
export { type ProcedureJsonLdOptions, procedureJsonLd } from "./procedure-json-ld";
