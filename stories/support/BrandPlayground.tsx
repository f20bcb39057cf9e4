import { memo, type ReactNode, useEffect, useId, useState } from "react";
import { BookingBanner } from "../../src/components/BookingBanner";
import { ProcedurePage } from "../../src/components/ProcedurePage";
import { ThemeScope } from "../../src/components/ThemeScope";
import type { Clinic, Procedure } from "../../src/content/types";
import {
  checkContrast,
  createTheme,
  defaultThemeInput,
  parseColor,
  presetInputs,
  readDesignTokens,
  type Theme,
  ThemeError,
  type ThemeInput,
  themeToCss,
  themeToTokens,
  toHex,
} from "../../src/theme";
import { ThemeSwatches } from "../ThemeSwatches";

/** What the designer types: strings as the inputs hold them; empty optional fields are left out. */
export interface BrandFields {
  name: string;
  brand: string;
  accent: string;
  neutral: string;
  radius: string;
  bodyFont: string;
  headingFont: string;
}

const starters: Record<string, ThemeInput> = { default: defaultThemeInput, ...presetInputs };

export function fieldsFrom(input: ThemeInput): BrandFields {
  return {
    name: input.name,
    brand: input.brand ?? "",
    accent: input.accent ?? "",
    neutral: input.neutral ?? "",
    radius: String(input.radius ?? 8),
    bodyFont: input.fonts?.body ?? "",
    headingFont: input.fonts?.heading ?? "",
  };
}

/** The brand JSON the CLI reads (`medspa-ui theme brand.json`), without empty fields. */
export function brandJson(fields: BrandFields): ThemeInput {
  const input: ThemeInput = { name: fields.name.trim(), brand: fields.brand.trim() };
  if (fields.accent.trim() !== "") {
    input.accent = fields.accent.trim();
  }
  if (fields.neutral.trim() !== "") {
    input.neutral = fields.neutral.trim();
  }
  // A number input holds "" while what is typed is not a number: the default radius then.
  if (fields.radius.trim() !== "") {
    input.radius = Number(fields.radius);
  }
  const fonts = {
    ...(fields.bodyFont.trim() === "" ? {} : { body: fields.bodyFont.trim() }),
    ...(fields.headingFont.trim() === "" ? {} : { heading: fields.headingFont.trim() }),
  };
  if (Object.keys(fonts).length > 0) {
    input.fonts = fonts;
  }
  return input;
}

interface PlaygroundState {
  fields: BrandFields;
  /** The `ThemeError` of what the fields hold now, if createTheme refuses it. */
  error?: string;
  /** The last brand that worked: the current one unless there is an error. */
  good: { theme: Theme; input: ThemeInput };
}

/** A starting brand (a preset or the default): always valid, so createTheme cannot throw here. */
function startFrom(name: string): PlaygroundState {
  const fields = fieldsFrom(starters[name] ?? defaultThemeInput);
  const input = brandJson(fields);
  return { fields, good: { theme: createTheme(input), input } };
}

/** The state after an edit: the new theme, or its error with the preview kept on the last good one. */
function withFields(state: PlaygroundState, fields: BrandFields): PlaygroundState {
  const input = brandJson(fields);
  try {
    return { fields, good: { theme: createTheme(input), input } };
  } catch (error) {
    if (error instanceof ThemeError) {
      return { ...state, fields, error: error.message };
    }
    throw error;
  }
}

/**
 * The state after a design tokens file is opened or pasted: its brand in the fields (the theme's
 * name is kept), or the ThemeError naming the token that could not be used.
 */
function withTokens(state: PlaygroundState, text: string): PlaygroundState {
  try {
    let file: unknown;
    try {
      file = JSON.parse(text);
    } catch (error) {
      throw new ThemeError(`the tokens file is not valid JSON: ${(error as Error).message}`);
    }
    const input = readDesignTokens(file);
    return withFields(state, fieldsFrom({ ...input, name: state.fields.name }));
  } catch (error) {
    if (error instanceof ThemeError) {
      return { ...state, error: error.message };
    }
    throw error;
  }
}

/** The picker shows the typed colour when it parses, so either control can be used. */
function pickerValue(value: string, fallback: string): string {
  try {
    return toHex(parseColor(value));
  } catch {
    return fallback;
  }
}

const fontStacks = [
  'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  'Georgia, "Times New Roman", serif',
  '"Palatino Linotype", Palatino, "Book Antiqua", serif',
  '"Trebuchet MS", "Lucida Sans", sans-serif',
  '"Gill Sans", "Gill Sans MT", Calibri, sans-serif',
];

function ColorField({
  label,
  hint,
  value,
  fallback,
  onChange,
}: {
  label: string;
  hint?: string;
  value: string;
  fallback: string;
  onChange: (value: string) => void;
}) {
  const id = useId();
  return (
    <div className="msu-playground-field">
      <label htmlFor={id}>{label}</label>
      <div className="msu-playground-color">
        <input
          id={id}
          type="text"
          value={value}
          spellCheck={false}
          aria-describedby={hint === undefined ? undefined : `${id}-hint`}
          onChange={(event) => onChange(event.target.value)}
        />
        <input
          type="color"
          aria-label={`Pick ${label.toLowerCase()}`}
          value={pickerValue(value, fallback)}
          onChange={(event) => onChange(event.target.value)}
        />
      </div>
      {hint === undefined ? null : (
        <small id={`${id}-hint`} className="msu-playground-hint">
          {hint}
        </small>
      )}
    </div>
  );
}

function TextField({
  label,
  value,
  onChange,
  list,
  type = "text",
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  list?: string;
  type?: "text" | "number";
}) {
  const id = useId();
  return (
    <div className="msu-playground-field">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type={type}
        value={value}
        list={list}
        spellCheck={false}
        {...(type === "number" ? { min: 0, max: 64, step: 1 } : {})}
        onChange={(event) => onChange(event.target.value)}
      />
    </div>
  );
}

function CopyButton({
  label,
  text,
  onStatus,
}: {
  label: string;
  /** Empty while the brand has an error: nothing worth copying. */
  text: string;
  onStatus: (status: string) => void;
}) {
  return (
    <button
      type="button"
      className="msu-playground-button"
      disabled={text === ""}
      onClick={async () => {
        try {
          await navigator.clipboard.writeText(text);
          onStatus(`${label}: copied`);
        } catch {
          onStatus(`${label}: the browser refused the clipboard; select the text below instead`);
        }
      }}
    >
      {label}
    </button>
  );
}

/** A link that downloads `text` as a file, for as long as there is something to download. */
function DownloadLink({ label, file, text }: { label: string; file: string; text: string }) {
  const [href, setHref] = useState<string>();
  useEffect(() => {
    if (text === "") {
      setHref(undefined);
      return;
    }
    const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
    setHref(url);
    return () => URL.revokeObjectURL(url);
  }, [text]);
  return href === undefined ? (
    <span className="msu-playground-download" aria-disabled="true">
      {label}
    </span>
  ) : (
    <a className="msu-playground-download" href={href} download={file}>
      {label}
    </a>
  );
}

/** Open, drop or paste a W3C design tokens file (as Figma's variables or Tokens Studio export). */
function TokensImport({ onImport }: { onImport: (text: string) => void }) {
  const id = useId();
  const [pasted, setPasted] = useState("");
  return (
    <div className="msu-playground-import">
      <div className="msu-playground-field">
        <label htmlFor={`${id}-file`}>Open a design tokens file (.tokens.json)</label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,application/json"
          onChange={async (event) => {
            const file = event.target.files?.[0];
            if (file !== undefined) {
              onImport(await file.text());
            }
          }}
        />
      </div>
      <div className="msu-playground-field">
        <label htmlFor={`${id}-paste`}>Or paste or drop one here</label>
        <textarea
          id={`${id}-paste`}
          rows={4}
          spellCheck={false}
          value={pasted}
          onChange={(event) => setPasted(event.target.value)}
          onDrop={async (event) => {
            const file = event.dataTransfer.files[0];
            if (file !== undefined) {
              event.preventDefault();
              const text = await file.text();
              setPasted(text);
              onImport(text);
            }
          }}
        />
      </div>
      <button
        type="button"
        className="msu-playground-button"
        disabled={pasted.trim() === ""}
        onClick={() => onImport(pasted)}
      >
        Use these tokens
      </button>
    </div>
  );
}

// The preview's CSS is scoped to its own name, so a brand named like a preset (or "default") never
// mixes with the stylesheet's own rules for that name.
const previewScope = "msu-playground-preview";

// The previews take their colours from the playground's <style>, under the preview's own theme
// name: a keystroke in a field changes that stylesheet, never the previews' props, so React leaves
// the two pages alone (they were most of a keystroke's 200–350 ms).
const Preview = memo(function Preview({
  appearance,
  procedure,
  clinic,
}: {
  appearance: "light" | "dark";
  procedure: Procedure;
  clinic: Clinic;
}) {
  return (
    <ThemeScope
      theme={previewScope}
      appearance={appearance}
      className="msu-playground-preview"
      role="region"
      aria-label={`${appearance === "light" ? "Light" : "Dark"} preview`}
    >
      <div className="msu-playground-banners">
        {(["brand", "subtle", "contrast"] as const).map((tone) => (
          <BookingBanner
            key={tone}
            clinic={clinic}
            tone={tone}
            layout="compact"
            headline={`Book a consultation (${tone} tone)`}
          />
        ))}
      </div>
      <ProcedurePage
        procedure={{ ...procedure, id: `${procedure.id}-${appearance}` }}
        clinic={clinic}
        headingLevel={3}
      />
    </ThemeScope>
  );
});

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section aria-labelledby={id} className="msu-playground-section">
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/**
 * Try a spa's brand without writing JSON: every component and a full ProcedurePage in that brand,
 * light and dark side by side, its contrast report, the JSON (for the CLI) and CSS to copy, and
 * design tokens to download or open.
 */
export function BrandPlayground({
  start = "default",
  procedure,
  clinic,
}: {
  start?: string;
  procedure: Procedure;
  clinic: Clinic;
}) {
  const [{ fields, error, good }, setState] = useState(() => startFrom(start));
  const [status, setStatus] = useState("");
  const previewTheme = { ...good.theme, name: previewScope };
  // Nothing to copy while the fields hold something createTheme refuses.
  const css = error === undefined ? themeToCss(good.theme) : "";
  const json = error === undefined ? `${JSON.stringify(good.input, null, 2)}\n` : "";
  const tokens = themeToTokens(good.theme);
  const tokensText = (appearance: "light" | "dark") =>
    error === undefined ? `${JSON.stringify(tokens[appearance], null, 2)}\n` : "";
  const failures = checkContrast(good.theme);
  const set = (key: keyof BrandFields) => (value: string) => {
    setStatus("");
    setState((state) => withFields(state, { ...state.fields, [key]: value }));
  };
  const formId = useId();

  return (
    <div className="msu-playground">
      <style>{themeToCss(previewTheme)}</style>
      <Section title="Brand">
        <div className="msu-playground-form">
          <div className="msu-playground-field">
            <label htmlFor={`${formId}-start`}>Start from</label>
            <select
              id={`${formId}-start`}
              defaultValue={start}
              onChange={(event) => {
                setStatus("");
                setState(startFrom(event.target.value));
              }}
            >
              {Object.keys(starters).map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </div>
          <TextField label="Theme name" value={fields.name} onChange={set("name")} />
          <ColorField
            label="Brand colour"
            hint="#hex, rgb(), hsl() or oklch()"
            value={fields.brand}
            fallback="#8a3b5c"
            onChange={set("brand")}
          />
          <ColorField
            label="Accent colour"
            hint="Empty: the brand hue turned 40°"
            value={fields.accent}
            fallback="#b5895a"
            onChange={set("accent")}
          />
          <ColorField
            label="Neutral colour"
            hint="Tints the greys. Empty: the brand's hue"
            value={fields.neutral}
            fallback="#808080"
            onChange={set("neutral")}
          />
          <TextField
            label="Corner radius (px)"
            type="number"
            value={fields.radius}
            onChange={set("radius")}
          />
          <TextField
            label="Body font"
            value={fields.bodyFont}
            list={`${formId}-fonts`}
            onChange={set("bodyFont")}
          />
          <TextField
            label="Heading font"
            value={fields.headingFont}
            list={`${formId}-fonts`}
            onChange={set("headingFont")}
          />
          <datalist id={`${formId}-fonts`}>
            {fontStacks.map((stack) => (
              <option key={stack} value={stack} />
            ))}
          </datalist>
        </div>
        {error !== undefined ? (
          <div role="alert" className="msu-playground-error">
            <strong>ThemeError:</strong> {error}
            <p>The preview below still shows the last brand that worked.</p>
          </div>
        ) : null}
        <div className="msu-playground-actions">
          <CopyButton label="Copy brand JSON" text={json} onStatus={setStatus} />
          <CopyButton label="Copy CSS" text={css} onStatus={setStatus} />
          <DownloadLink
            label="Download light tokens"
            file={`${good.theme.name}.light.tokens.json`}
            text={tokensText("light")}
          />
          <DownloadLink
            label="Download dark tokens"
            file={`${good.theme.name}.dark.tokens.json`}
            text={tokensText("dark")}
          />
          <output aria-live="polite" aria-label="Clipboard">
            {status}
          </output>
        </div>
        <details>
          <summary>Design tokens (W3C DTCG), for Figma, Tokens Studio or Style Dictionary</summary>
          <TokensImport
            onImport={(text) => {
              setStatus("");
              setState((state) => withTokens(state, text));
            }}
          />
          <pre>{tokensText("light")}</pre>
        </details>
        <details>
          <summary>Brand JSON, for `npx medspa-ui theme brand.json -o brand.css`</summary>
          <pre>{json}</pre>
        </details>
        <details>
          <summary>Generated CSS</summary>
          <pre>{css}</pre>
        </details>
      </Section>

      <Section title="Contrast report">
        <p>
          {failures.length === 0
            ? "Every pair passes WCAG AA in light and dark."
            : `${failures.length} pairs fail WCAG AA.`}
        </p>
        <h3>What createTheme adjusted</h3>
        {good.theme.adjustments.length === 0 ? (
          <p>Nothing: the colours reach AA as given.</p>
        ) : (
          <ul>
            {good.theme.adjustments.map((adjustment) => (
              <li key={adjustment}>{adjustment}</li>
            ))}
          </ul>
        )}
        <div className="msu-playground-columns">
          <ThemeSwatches theme={previewTheme} appearance="light" title={good.theme.name} />
          <ThemeSwatches theme={previewTheme} appearance="dark" title={good.theme.name} />
        </div>
      </Section>

      <Section title="Components, light and dark">
        <div className="msu-playground-columns">
          <Preview appearance="light" procedure={procedure} clinic={clinic} />
          <Preview appearance="dark" procedure={procedure} clinic={clinic} />
        </div>
      </Section>
    </div>
  );
}
