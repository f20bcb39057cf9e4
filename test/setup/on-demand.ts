// How long testing-library waits for what appears: a part loaded on demand (the booking dialog) is
// its module's first import in that worker or page, and with two workers on CI's two cores that
// can take longer than testing-library's 1 s default. The unit and browser setups both use it.
export const onDemandTimeout = 5000;
