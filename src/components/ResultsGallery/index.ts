"use client";

export { type ResultsGalleryMessages, resultsGalleryMessages } from "./messages";
export { ResultsGallery, type ResultsGalleryProps } from "./ResultsGallery";
