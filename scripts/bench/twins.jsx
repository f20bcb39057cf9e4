// Raw Radix twins of our components, the baselines of `npm run bench`:
// - MinimalAccordion / MinimalDialog: the primitive used the least a component can;
// - SameDomAccordion: straight on Radix, the same DOM as SideEffectAccordion (tier prefix, name,
//   summary, badge and chevron SVGs, subheadings, lists, tel link, closed panels in the HTML and
//   hidden), so a ratio against it measures our JavaScript, not the richness of our markup.
import * as Accordion from "@radix-ui/react-accordion";
import * as Dialog from "@radix-ui/react-dialog";
import { useState } from "react";

export function MinimalAccordion({ items }) {
  return (
    <Accordion.Root type="multiple">
      {items.map((item) => (
        <Accordion.Item key={item.id} value={item.id}>
          <Accordion.Header>
            <Accordion.Trigger>{item.name}</Accordion.Trigger>
          </Accordion.Header>
          <Accordion.Content>{item.description}</Accordion.Content>
        </Accordion.Item>
      ))}
    </Accordion.Root>
  );
}

export function MinimalDialog({ title }) {
  return (
    <Dialog.Root>
      <Dialog.Trigger>Book online</Dialog.Trigger>
      <Dialog.Portal>
        <Dialog.Overlay />
        <Dialog.Content>
          <Dialog.Title>{title}</Dialog.Title>
          <Dialog.Description>{title}</Dialog.Description>
          <Dialog.Close>Close</Dialog.Close>
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

const tierPrefix = {
  expected: "Expected:",
  "contact-clinic": "Contact the clinic:",
  urgent: "Urgent:",
};
const tierLabel = {
  expected: "Expected",
  "contact-clinic": "Contact the clinic",
  urgent: "Urgent",
};

function TierIcon() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width="16"
      height="16"
      className="msu-side-effect-accordion-tier-icon"
    >
      <circle cx="10" cy="10" r="8" fill="currentColor" />
      <path
        d="M6 10.2l2.6 2.6L14 7.4"
        fill="none"
        stroke="var(--msu-color-surface)"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function Chevron() {
  return (
    <svg
      aria-hidden="true"
      focusable="false"
      viewBox="0 0 20 20"
      width="20"
      height="20"
      className="msu-side-effect-accordion-chevron"
    >
      <path
        d="M5 7.5l5 5 5-5"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

export function SameDomAccordion({ items, phone }) {
  const [open, setOpen] = useState([]);
  return (
    <div className="msu-side-effect-accordion" data-slot="side-effect-accordion">
      <Accordion.Root
        type="multiple"
        value={open}
        onValueChange={setOpen}
        className="msu-side-effect-accordion-list"
      >
        {items.map((item) => {
          const isOpen = open.includes(item.id);
          const summary = `${item.frequency} · Usually ${item.duration.min}–${item.duration.max} ${item.duration.unit}`;
          return (
            <Accordion.Item
              key={item.id}
              value={item.id}
              id={`side-effect-${item.id}`}
              className="msu-side-effect-accordion-item"
              data-tier={item.tier}
            >
              <Accordion.Header className="msu-side-effect-accordion-heading">
                <Accordion.Trigger
                  id={`side-effect-${item.id}-trigger`}
                  aria-controls={`side-effect-${item.id}-panel`}
                  className="msu-side-effect-accordion-trigger"
                  data-slot="side-effect-accordion-trigger"
                >
                  <span className="msu-side-effect-accordion-trigger-text">
                    <span className="msu-visually-hidden">{tierPrefix[item.tier]}</span>{" "}
                    <span className="msu-side-effect-accordion-name">{item.name}</span>{" "}
                    <span className="msu-side-effect-accordion-summary">{summary}</span>
                  </span>
                  <span
                    className="msu-side-effect-accordion-badge"
                    data-tier={item.tier}
                    aria-hidden="true"
                  >
                    <TierIcon />
                    {tierLabel[item.tier]}
                  </span>
                  <Chevron />
                </Accordion.Trigger>
              </Accordion.Header>
              {/* biome-ignore lint/a11y/useSemanticElements: the same DOM as ours, whose panel is a div with role=region. */}
              <div
                id={`side-effect-${item.id}-panel`}
                role="region"
                aria-labelledby={`side-effect-${item.id}-trigger`}
                hidden={!isOpen}
                data-state={isOpen ? "open" : "closed"}
                className="msu-side-effect-accordion-panel"
              >
                <div className="msu-side-effect-accordion-panel-body">
                  <p>{item.description}</p>
                  <h4 className="msu-side-effect-accordion-subheading">What helps</h4>
                  <ul>
                    {item.selfCare.map((advice, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: static list, as in ours.
                      <li key={index}>{advice}</li>
                    ))}
                  </ul>
                  <h4 className="msu-side-effect-accordion-subheading">Contact the clinic if</h4>
                  <ul>
                    {item.seekHelpIf.map((sign, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: static list, as in ours.
                      <li key={index}>{sign}</li>
                    ))}
                  </ul>
                  {item.tier === "expected" ? null : (
                    <p className="msu-side-effect-accordion-call">
                      Call us: <a href={`tel:${phone}`}>{phone}</a>
                    </p>
                  )}
                </div>
              </div>
            </Accordion.Item>
          );
        })}
      </Accordion.Root>
    </div>
  );
}
