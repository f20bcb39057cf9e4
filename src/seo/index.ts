export { JsonLd, type JsonLdProps, serializeJsonLd } from "./JsonLd";
export { type ProcedureJsonLdOptions, procedureJsonLd } from "./procedure-json-ld";
