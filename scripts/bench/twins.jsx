// Raw Radix twins of our components, the baselines of `npm run bench`:
// - MinimalAccordion / MinimalDialog: the primitive used the least a component can;
// - SameDomAccordion: straight on Radix, the same DOM as SideEffectAccordion (tier prefix, name,
//   summary, badge icons, subheadings, lists, tel link, closed panels in the HTML and
//   hidden, Show all button, emergency line), so a ratio against it measures our JavaScript, not
//   the richness of our markup.
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
const frequency = { common: "Common", uncommon: "Uncommon", rare: "Rare" };

/** The badge icons, the same empty spans as ours (the shapes are CSS masks in styles.css). */
const tierIcon = { expected: "check-circle", "contact-clinic": "phone", urgent: "warning" };

function TierIcon({ tier }) {
  return (
    <span className="msu-icon msu-side-effect-accordion-tier-icon" data-icon={tierIcon[tier]} />
  );
}

export function SameDomAccordion({ items, clinic }) {
  const [open, setOpen] = useState([]);
  const allOpen = open.length === items.length;
  return (
    <div
      className="msu-side-effect-accordion msu-side-effect-accordion--bordered msu-side-effect-accordion--md"
      data-slot="side-effect-accordion"
      data-appearance="bordered"
    >
      <button
        type="button"
        className="msu-side-effect-accordion-show-all"
        data-slot="side-effect-accordion-show-all"
        aria-expanded={allOpen}
        aria-controls={items.map((item) => `side-effect-${item.id}-panel`).join(" ")}
        onClick={() => setOpen(allOpen ? [] : items.map((item) => item.id))}
      >
        <span data-nosnippet="">{allOpen ? "Hide all sections" : "Show all sections"}</span>
      </button>
      <Accordion.Root
        type="multiple"
        value={open}
        onValueChange={setOpen}
        className="msu-side-effect-accordion-list"
        data-slot="side-effect-accordion-list"
      >
        {items.map((item) => {
          const isOpen = open.includes(item.id);
          const summary = `${frequency[item.frequency]} · Usually ${item.duration.min}–${item.duration.max} ${item.duration.unit}`;
          return (
            <Accordion.Item
              key={item.id}
              value={item.id}
              id={`side-effect-${item.id}`}
              className="msu-side-effect-accordion-item"
              data-slot="side-effect-accordion-item"
              data-tier={item.tier}
            >
              <Accordion.Header
                className="msu-side-effect-accordion-heading"
                data-slot="side-effect-accordion-heading"
              >
                <Accordion.Trigger
                  id={`side-effect-${item.id}-trigger`}
                  aria-controls={`side-effect-${item.id}-panel`}
                  className="msu-side-effect-accordion-trigger"
                  data-slot="side-effect-accordion-trigger"
                >
                  <span className="msu-side-effect-accordion-trigger-text">
                    <span className="msu-visually-hidden">{tierPrefix[item.tier]}</span>{" "}
                    <span
                      className="msu-side-effect-accordion-name"
                      data-slot="side-effect-accordion-name"
                    >
                      {item.name}
                    </span>{" "}
                    <span
                      className="msu-side-effect-accordion-summary"
                      data-slot="side-effect-accordion-summary"
                    >
                      {summary}
                    </span>
                  </span>
                  <span
                    className="msu-side-effect-accordion-badge"
                    data-slot="side-effect-accordion-badge"
                    data-tier={item.tier}
                    aria-hidden="true"
                  >
                    <TierIcon tier={item.tier} />
                    {tierLabel[item.tier]}
                  </span>
                </Accordion.Trigger>
              </Accordion.Header>
              {/* biome-ignore lint/a11y/useSemanticElements: the same DOM as ours, whose panel is a div with role=region. */}
              <div
                hidden={!isOpen}
                data-state={isOpen ? "open" : "closed"}
                id={`side-effect-${item.id}-panel`}
                role="region"
                aria-labelledby={`side-effect-${item.id}-trigger`}
                className="msu-side-effect-accordion-panel"
                data-slot="side-effect-accordion-panel"
              >
                <div className="msu-side-effect-accordion-panel-body">
                  <p>{item.description}</p>
                  <h4 className="msu-side-effect-accordion-subheading">What helps</h4>
                  <ul data-slot="side-effect-accordion-self-care">
                    {item.selfCare.map((advice, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: static list, as in ours.
                      <li key={index}>{advice}</li>
                    ))}
                  </ul>
                  <h4 className="msu-side-effect-accordion-subheading">Contact the clinic if</h4>
                  <ul data-slot="side-effect-accordion-seek-help">
                    {item.seekHelpIf.map((sign, index) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: static list, as in ours.
                      <li key={index}>{sign}</li>
                    ))}
                  </ul>
                  {item.tier === "expected" ? null : (
                    <p
                      className="msu-side-effect-accordion-call"
                      data-slot="side-effect-accordion-call"
                    >
                      {`Call ${clinic.name}:`}{" "}
                      <a
                        href={`tel:+1${clinic.phone.replaceAll("-", "")}`}
                        className="msu-side-effect-accordion-call-link"
                      >
                        {clinic.phone}
                      </a>
                    </p>
                  )}
                  {item.tier === "urgent" ? (
                    <p
                      className="msu-side-effect-accordion-emergency"
                      data-slot="side-effect-accordion-emergency"
                    >
                      If it feels like an emergency, call 911 or go to the nearest emergency
                      department.
                    </p>
                  ) : null}
                </div>
              </div>
            </Accordion.Item>
          );
        })}
      </Accordion.Root>
    </div>
  );
}
