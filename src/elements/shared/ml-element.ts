import { LitElement, type PropertyDeclarations } from 'lit';
import type { Labels } from '../../labels.js';
import { cardLabels } from '../../labels-card.js';
import type { MlEventDetails, MlEventName } from '../../events.js';
import { baseStyles, tokens } from '../../styles/tokens.js';

/** An ml-* event: bubbles and is composed, so it crosses shadow roots to the host page. */
function mlEvent<K extends MlEventName>(name: K, detail: MlEventDetails[K]): CustomEvent<MlEventDetails[K]> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: false });
}

/**
 * The base of every ml-quiz element: theme, label overrides, a typed `emit()` (bubbles + composed), and a `define()`
 * that tolerates being called twice (the library may be loaded twice on one page). The theming properties below are
 * shared by every element (documented once here; the manifest lists them on each element through inheritance).
 *
 * @cssproperty --ml-accent - Buttons, selection, links, progress and chart bars.
 * @cssproperty --ml-surface - Card background.
 * @cssproperty --ml-text - Text colour.
 * @cssproperty --ml-muted - Secondary text (hints, notices, objective chips).
 * @cssproperty --ml-border - Borders and table rules.
 * @cssproperty --ml-correct - Correct marks, checked items and passing bars.
 * @cssproperty --ml-incorrect - Incorrect marks, failing bars and the error panel.
 * @cssproperty --ml-caution - Warnings that are not a wrong answer (the comparison's trap).
 * @cssproperty --ml-focus - Focus ring.
 * @cssproperty --ml-radius - Corner radius.
 * @cssproperty --ml-font - Text font (default: the host page's font).
 * @cssproperty --ml-font-mono - Code font.
 */
export class MlElement<K extends keyof Labels = keyof Labels> extends LitElement {
  // Declared without decorators: the decorator helpers would otherwise sit on the card's path (issue 17's budget).
  static override properties: PropertyDeclarations = { theme: { reflect: true }, labels: { attribute: false } };

  static override styles = [tokens, baseStyles];

  /**
   * The default texts, one per key this element may ask `label()` for. The base has the card's texts only, so that a
   * page with one card does not download every element's; an element with other texts sets all of `defaultLabels`.
   * @internal
   */
  static defaultLabels: Partial<Labels> = cardLabels;

  /** Defines the element unless the tag is taken (by this class or by an earlier copy of the library). */
  static define(tag: string, ctor: CustomElementConstructor = this): void {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }

  /** `light` or `dark`; by default the element follows `prefers-color-scheme`. */
  theme?: 'light' | 'dark';

  /** Overrides for any visible text (a partial `Labels` object). */
  labels: Partial<Labels> = {};

  /** The label for `key`, overridden or default. @internal */
  label(key: K): string {
    return this.labels?.[key] ?? (this.constructor as typeof MlElement).defaultLabels[key] ?? key;
  }

  /** Dispatches a typed ml-* event that bubbles and crosses shadow roots. */
  emit<K extends MlEventName>(name: K, detail: MlEventDetails[K]): boolean {
    return this.dispatchEvent(mlEvent(name, detail));
  }
}
