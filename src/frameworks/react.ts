/**
 * React 19 typings for every ml-quiz tag. One import, once, anywhere in the app:
 *
 * ```ts
 * import type {} from 'ml-quiz/react';
 * ```
 *
 * Then `<ml-quiz bank="…" question="…" onml-answer={(e) => e.detail.correct} />` type-checks: properties by their
 * camelCase names (React 19 sets a prop as a property when the element has it), events as `on` + the event's name
 * (`onml-answer`, `onml-complete`, …; React 19 adds a listener for such props on custom elements), `ref` typed as the
 * element class. Registering the elements is still `import 'ml-quiz'`.
 * @module
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { MlListener, MlTagName, MlTags } from './elements.js';

/** `onml-answer`, `onml-complete`, …: React 19's names for listeners of custom events. */
export type ReactEventProps<E extends MlTags[MlTagName]['events']> = { [K in E as `on${K}`]?: MlListener<K> };

/** The JSX props of one tag: React's own (ref, key, className, style, children…), its properties and its events. */
export type ReactProps<T extends MlTagName> = Omit<
  DetailedHTMLProps<HTMLAttributes<MlTags[T]['element']>, MlTags[T]['element']>,
  keyof MlTags[T]['props']
> &
  MlTags[T]['props'] &
  ReactEventProps<MlTags[T]['events']> & { 'storage-key'?: string };

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- React's JSX types live in this namespace
  namespace JSX {
    interface IntrinsicElements {
      'ml-bank': ReactProps<'ml-bank'>;
      'ml-quiz': ReactProps<'ml-quiz'>;
      'ml-comparison': ReactProps<'ml-comparison'>;
      'ml-checklist': ReactProps<'ml-checklist'>;
      'ml-exam': ReactProps<'ml-exam'>;
      'ml-review': ReactProps<'ml-review'>;
      'ml-progress': ReactProps<'ml-progress'>;
    }
  }
}
