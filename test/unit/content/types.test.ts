import { describe, expectTypeOf, it } from "vitest";
import type { z } from "zod";
import type {
  AftercareItem,
  BookingProvider,
  CareItem,
  CareTiming,
  Clinic,
  DurationRange,
  FollowUp,
  Procedure,
  ProcedureFacts,
  ProcedureStep,
  Range,
  SideEffect,
  Suitability,
} from "../../../src/content";
import type {
  aftercareItemSchema,
  bookingProviderSchema,
  careItemSchema,
  careTimingSchema,
  clinicSchema,
  durationRangeSchema,
  followUpSchema,
  procedureFactsSchema,
  procedureSchema,
  procedureStepSchema,
  rangeSchema,
  sideEffectSchema,
  suitabilitySchema,
} from "../../../src/content/schema";

// Checked by `tsc` in `npm test`: the schemas and the public types describe the same data.
describe("content schemas", () => {
  it("should accept and produce exactly the public types", () => {
    expectTypeOf<z.infer<typeof rangeSchema>>().toExtend<Range>();
    expectTypeOf<Range>().toExtend<z.infer<typeof rangeSchema>>();
    expectTypeOf<z.infer<typeof durationRangeSchema>>().toExtend<DurationRange>();
    expectTypeOf<DurationRange>().toExtend<z.infer<typeof durationRangeSchema>>();
    expectTypeOf<z.infer<typeof procedureStepSchema>>().toExtend<ProcedureStep>();
    expectTypeOf<ProcedureStep>().toExtend<z.infer<typeof procedureStepSchema>>();
    expectTypeOf<z.infer<typeof procedureFactsSchema>>().toExtend<ProcedureFacts>();
    expectTypeOf<ProcedureFacts>().toExtend<z.infer<typeof procedureFactsSchema>>();
    expectTypeOf<z.infer<typeof sideEffectSchema>>().toExtend<SideEffect>();
    expectTypeOf<SideEffect>().toExtend<z.infer<typeof sideEffectSchema>>();
    expectTypeOf<z.infer<typeof aftercareItemSchema>>().toExtend<AftercareItem>();
    expectTypeOf<AftercareItem>().toExtend<z.infer<typeof aftercareItemSchema>>();
    expectTypeOf<z.infer<typeof careItemSchema>>().toExtend<CareItem>();
    expectTypeOf<CareItem>().toExtend<z.infer<typeof careItemSchema>>();
    expectTypeOf<z.infer<typeof careTimingSchema>>().toExtend<CareTiming>();
    expectTypeOf<CareTiming>().toExtend<z.infer<typeof careTimingSchema>>();
    expectTypeOf<z.infer<typeof suitabilitySchema>>().toExtend<Suitability>();
    expectTypeOf<Suitability>().toExtend<z.infer<typeof suitabilitySchema>>();
    expectTypeOf<z.infer<typeof followUpSchema>>().toExtend<FollowUp>();
    expectTypeOf<FollowUp>().toExtend<z.infer<typeof followUpSchema>>();
    expectTypeOf<z.infer<typeof procedureSchema>>().toExtend<Procedure>();
    expectTypeOf<Procedure>().toExtend<z.infer<typeof procedureSchema>>();
    expectTypeOf<z.infer<typeof bookingProviderSchema>>().toExtend<BookingProvider>();
    expectTypeOf<BookingProvider>().toExtend<z.infer<typeof bookingProviderSchema>>();
    expectTypeOf<z.infer<typeof clinicSchema>>().toExtend<Clinic>();
    expectTypeOf<Clinic>().toExtend<z.infer<typeof clinicSchema>>();
  });
});
