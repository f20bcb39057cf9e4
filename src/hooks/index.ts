// React hooks, and the client parts built on them, shared by the interactive components. Kept out
// of src/shared so that static components, which import src/shared, never import a client hook
// (React Server Component bundlers reject a server module that imports useState or useEffect).
export { useControllableState } from "./use-controllable-state";
export {
  AccordionList,
  type AccordionListProps,
  type FindableAccordion,
  FindableAccordionItem,
  type FindableAccordionItemProps,
  type FindableAccordionOptions,
  ShowAllButton,
  type ShowAllButtonProps,
  useFindableAccordion,
} from "./use-findable-accordion";
