/**
 * Vue 3 typings for every ml-quiz tag. One import, once, anywhere in the app (e.g. in `main.ts` or an `env.d.ts`):
 *
 * ```ts
 * import type {} from 'ml-quiz/vue';
 * ```
 *
 * Then `vue-tsc` checks `<ml-quiz :bank="…" question="…" @ml-answer="(e) => e.detail.correct" />`: properties by their
 * camelCase or kebab-case names, events with `@ml-answer` (Vue listens to custom events by their exact name) and a
 * typed `detail`. Tell Vue's compiler the `ml-` tags are custom elements:
 * `vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('ml-') } } })`.
 * @module
 */
import type { DefineComponent } from 'vue';
import type { MlListener, MlTagName, MlTags } from './elements.js';

/** Vue's listener props: `@ml-answer` is checked against `onMlAnswer`. */
type Camel<S extends string> = S extends `${infer H}-${infer T}` ? `${H}${Capitalize<Camel<T>>}` : S;
export type VueEventProps<E extends MlTags[MlTagName]['events']> = {
  [K in E as `on${Capitalize<Camel<K>>}`]?: MlListener<K>;
};

/** A tag as Vue sees it: a component whose props are the element's properties and listeners. */
export type VueElement<T extends MlTagName> = DefineComponent<MlTags[T]['props'] & VueEventProps<MlTags[T]['events']>>;

declare module 'vue' {
  interface GlobalComponents {
    'ml-bank': VueElement<'ml-bank'>;
    'ml-quiz': VueElement<'ml-quiz'>;
    'ml-comparison': VueElement<'ml-comparison'>;
    'ml-checklist': VueElement<'ml-checklist'>;
    'ml-exam': VueElement<'ml-exam'>;
    'ml-review': VueElement<'ml-review'>;
    'ml-progress': VueElement<'ml-progress'>;
  }
}
