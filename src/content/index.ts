export { ContentError, type ContentIssue, formatContentPath } from "./errors";
export { examples, examplesFrCA, type SampleProcedure, type StarterLibrary } from "./examples";
export {
  clinicJsonSchema,
  parseClinic,
  parseProcedure,
  procedureJsonSchema,
  type SafeParseResult,
  safeParseClinic,
  safeParseProcedure,
} from "./parse";
export {
  aftercareItemSchema,
  bookingProviderSchema,
  careItemSchema,
  careTimingSchema,
  clinicSchema,
  durationRangeSchema,
  faqItemSchema,
  followUpSchema,
  procedureFactsSchema,
  procedureSchema,
  procedureStepSchema,
  rangeSchema,
  resultCaseSchema,
  resultPhotoSchema,
  sideEffectSchema,
  suitabilitySchema,
} from "./schema";
export type * from "./types";
