import { expect } from '@open-wc/testing';
import { tagEvents, tagProperties, type MlTagName } from '../../src/frameworks/elements.js';

interface ManifestElement {
  tagName?: string;
  attributes?: { name: string; fieldName?: string }[];
  events?: { name: string }[];
}

/** Every `ml-*` tag the package registers is typed for React and Vue (a tag without an entry fails the type check). */
export type EveryRegisteredTagIsTyped = [
  Exclude<Extract<keyof HTMLElementTagNameMap, `ml-${string}`>, MlTagName>,
] extends [never]
  ? true
  : never;
const everyTagTyped: EveryRegisteredTagIsTyped = true;

// The manifest is generated from the element sources (and CI checks it is fresh), so it is what the elements really take.
async function manifestElements(): Promise<Map<string, ManifestElement>> {
  const manifest = (await (await fetch('/custom-elements.json')).json()) as {
    modules: { declarations?: ManifestElement[] }[];
  };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.tagName);
  return new Map(elements.map((d) => [d.tagName!, d]));
}

describe('framework typings (src/frameworks/elements.ts)', () => {
  it('cover every tag in the manifest, and no other', async () => {
    expect(everyTagTyped).to.equal(true);
    const tags = [...(await manifestElements()).keys()].sort();
    expect(Object.keys(tagProperties).sort()).to.deep.equal(tags);
    expect(Object.keys(tagEvents).sort()).to.deep.equal(tags);
  });

  it("type each tag's attributes, by property name (theme is common to all)", async () => {
    for (const [tag, element] of await manifestElements()) {
      const attributes = (element.attributes ?? [])
        .map((a) => a.fieldName ?? a.name)
        .filter((name) => name !== 'theme')
        .sort();
      expect([...tagProperties[tag as MlTagName]].sort(), tag).to.deep.equal(attributes);
    }
  });

  it("type each tag's events", async () => {
    for (const [tag, element] of await manifestElements()) {
      const events = (element.events ?? []).map((e) => e.name).sort();
      expect([...tagEvents[tag as MlTagName]].sort(), tag).to.deep.equal(events);
    }
  });
});
