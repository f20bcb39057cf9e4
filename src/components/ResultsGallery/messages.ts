export interface ResultsGalleryMessages {
  /** The accessible name of the group of area filters. */
  filterLabel: string;
  /** The filter that shows every area. */
  allAreas: string;
  /** The status under the filters, announced when it changes: "Showing 3 of 7 results". */
  showing: (shown: number, total: number) => string;
  showMore: string;
}

/** The built-in English messages. Other locales come from `medspa-ui/locales/*`. */
export const resultsGalleryMessages: ResultsGalleryMessages = {
  filterLabel: "Show results for",
  allAreas: "All areas",
  showing: (shown, total) =>
    shown === total
      ? `Showing ${total === 1 ? "1 result" : `all ${total} results`}`
      : `Showing ${shown} of ${total} results`,
  showMore: "Show more results",
};
