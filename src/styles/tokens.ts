import { css } from 'lit';

/**
 * Design tokens. Public `--ml-*` custom properties override private `--_*` ones; `light-dark()` picks the value for
 * the element's color scheme, which follows `prefers-color-scheme` unless `theme="light|dark"` pins it.
 */
export const tokens = css`
  :host {
    color-scheme: light dark;
    --_accent: var(--ml-accent, light-dark(#2c55c9, #8fb0ff));
    --_on-accent: light-dark(#ffffff, #0d1526);
    --_surface: var(--ml-surface, light-dark(#ffffff, #17191e));
    --_surface-2: light-dark(#f5f6f8, #21242b);
    --_text: var(--ml-text, light-dark(#1d2026, #e7e9ee));
    --_muted: var(--ml-muted, light-dark(#5b6270, #a4abb8));
    --_border: var(--ml-border, light-dark(#d5d9e0, #3a3f4a));
    --_correct: var(--ml-correct, light-dark(#1d7a3e, #6fd495));
    --_incorrect: var(--ml-incorrect, light-dark(#b3261e, #ff8a80));
    --_focus: var(--ml-focus, light-dark(#2c55c9, #a8c1ff));
    --_radius: var(--ml-radius, 10px);
    /* The host page's font unless --ml-font is set, so a card reads as part of the post. */
    --_font: var(--ml-font, inherit);
    --_font-mono: var(--ml-font-mono, ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace);
    /* Warnings that are not a wrong answer (the comparison's trap): amber, so "Incorrect" red keeps one meaning. */
    --_caution: var(--ml-caution, light-dark(#8a4b00, #f0b44c));
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  /* With forced colours the reader's palette wins over a pinned theme: the element takes the page's scheme, so its
     system colours match what surrounds it. */
  @media (forced-colors: active) {
    :host([theme]) {
      color-scheme: light dark;
    }
  }
`;

/** Host and control styles every element shares. Written defensively: host-page CSS must not leak in. */
export const baseStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--ml-font, inherit);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
    text-align: start;
    letter-spacing: normal;
    text-transform: none;
    max-inline-size: 100%;
  }
  :host([hidden]) {
    display: none;
  }
  /* A page's global reset can match the host itself (e.g. *:where(...) { all: unset }) and beat :host, and what
     the host then inherits flows inside. Page selectors cannot reach into the shadow root, so reset here. */
  :host > * {
    font-family: var(--ml-font, inherit);
    font-size: 1rem;
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-transform: none;
    text-align: start;
    text-indent: 0;
    text-shadow: none;
    white-space: normal;
    color: var(--_text);
    cursor: auto;
    visibility: visible;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [part~='base'] {
    background: var(--_surface);
    color: var(--_text);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    padding: clamp(0.875rem, 3vw, 1.5rem);
  }
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  button,
  .button {
    all: unset;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-block-size: 2.5rem;
    padding: 0.45rem 1rem;
    border-radius: calc(var(--_radius) * 0.7);
    border: 1px solid var(--_accent);
    background: var(--_accent);
    color: var(--_on-accent);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
    text-align: center;
    text-decoration: none;
  }
  button.secondary,
  .button.secondary {
    background: transparent;
    color: var(--_accent);
  }
  button:hover:not(:disabled) {
    filter: brightness(1.08);
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  /* Targets that receive focus only to move the reading position (feedback, a new question) need no ring. */
  [tabindex='-1']:focus {
    outline: none;
  }
  a {
    color: var(--_accent);
  }
  code,
  pre {
    font-family: var(--_font-mono);
    font-size: 0.9em;
  }
  code {
    background: var(--_surface-2);
    border-radius: 4px;
    padding: 0.05em 0.3em;
    overflow-wrap: anywhere;
  }
  pre {
    background: var(--_surface-2);
    border-radius: calc(var(--_radius) * 0.6);
    padding: 0.75rem;
    margin: 0.5rem 0;
    /* Code wraps at every width: a sideways scroller would hide what tells options apart. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  pre code {
    background: none;
    padding: 0;
  }
  code.block {
    display: block;
    white-space: pre-wrap;
    padding: 0.5rem 0.65rem;
    margin: 0.25rem 0;
    border-radius: calc(var(--_radius) * 0.5);
  }
  [part~='error'] {
    border: 1px solid var(--_incorrect);
    border-inline-start-width: 4px;
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    background: var(--_surface);
    color: var(--_text);
  }
  [part~='error'] h2 {
    font-size: 1rem;
    margin: 0 0 0.25rem;
    color: var(--_incorrect);
  }
  [part~='error'] ul {
    margin: 0;
    padding-inline-start: 1.2rem;
  }
  [part~='error'] code {
    color: var(--_text);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
    margin-block-start: 1rem;
  }
  .actions .spacer {
    flex: 1;
  }
  progress {
    appearance: none;
    border: 0;
    border-radius: 999px;
    overflow: hidden;
    background: var(--_surface-2);
  }
  progress::-webkit-progress-bar {
    background: var(--_surface-2);
  }
  progress::-webkit-progress-value {
    background: var(--_accent);
    border-radius: 999px;
  }
  progress::-moz-progress-bar {
    background: var(--_accent);
  }
  .notice {
    font-size: 0.875rem;
    color: var(--_muted);
    margin: 0.5rem 0 0;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    button,
    .button {
      border: 1px solid ButtonText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/**
 * The feedback panel after an answer, one look for the card, the deck, review and comparison practice:
 * `<div part="feedback" class="feedback correct|incorrect">` holding `part="verdict"` ("Correct" / "Incorrect", with a
 * ✓ / ✗ drawn before it), `part="explanation"` at body size, and `.sources`. Put the "Next" button after the panel.
 */
export const feedbackStyles = css`
  .feedback {
    margin-block-start: 1rem;
    padding: 0.875rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_border);
    border-radius: calc(var(--_radius) * 0.8);
    background: var(--_surface-2);
  }
  .feedback.correct {
    border-inline-start-color: var(--_correct);
  }
  .feedback.incorrect {
    border-inline-start-color: var(--_incorrect);
  }
  .feedback [part~='verdict'] {
    display: block;
    font-weight: 700;
    font-size: 1.0625rem;
    margin: 0 0 0.25rem;
  }
  .correct [part~='verdict'] {
    color: var(--_correct);
  }
  .incorrect [part~='verdict'] {
    color: var(--_incorrect);
  }
  .correct [part~='verdict']::before {
    content: '✓ ' / '';
  }
  .incorrect [part~='verdict']::before {
    content: '✗ ' / '';
  }
  .feedback [part~='explanation'] {
    font-size: 1rem;
  }
  .feedback p {
    margin: 0 0 0.5rem;
  }
  .feedback p:last-child {
    margin-block-end: 0;
  }
  /* On the grey panel, code takes the card's surface and a hairline so its padding never reads as stray spaces. */
  .feedback code,
  .feedback pre {
    background: var(--_surface);
    box-shadow: inset 0 0 0 1px var(--_border);
  }
  .feedback pre code {
    box-shadow: none;
  }
  .feedback .sources {
    margin: 0.25rem 0 0;
    font-size: 0.875rem;
    color: var(--_muted);
  }
`;
