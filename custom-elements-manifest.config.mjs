/**
 * The manifest describes the shipped elements only: the element classes, their registering modules and the base class
 * they inherit from — not engine or bank internals. Paths are those of the published build (`lib/…js`), so tools that
 * read the manifest from the npm package find the files.
 */
const toLib = (path) => path.replace(/^src\//, 'lib/').replace(/\.ts$/, '.js');

function walk(node, visit) {
  if (Array.isArray(node)) node.forEach((item) => walk(item, visit));
  else if (node && typeof node === 'object') {
    visit(node);
    Object.values(node).forEach((value) => walk(value, visit));
  }
}

/** The manifest is the public API: private and protected members stay out of it (and so out of Storybook's docs). */
const publicOnly = {
  name: 'ml-quiz-public-only',
  packageLinkPhase({ customElementsManifest }) {
    walk(customElementsManifest, (node) => {
      if (Array.isArray(node.members)) node.members = node.members.filter((m) => !m.privacy || m.privacy === 'public');
    });
  },
};

/** Rewrites every module path and reference to the published `lib/…js` files. */
const publishedPaths = {
  name: 'ml-quiz-published-paths',
  packageLinkPhase({ customElementsManifest }) {
    walk(customElementsManifest, (node) => {
      if (typeof node.path === 'string' && node.path.startsWith('src/')) node.path = toLib(node.path);
      if (typeof node.module === 'string' && node.module.startsWith('src/')) node.module = toLib(node.module);
      if (typeof node.module === 'string' && node.module.startsWith('/src/')) node.module = toLib(node.module.slice(1));
    });
    // A stable order, so the CI freshness check (regenerate, then git diff) does not depend on file-system order.
    customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path));
  },
};

export default {
  globs: [
    'src/elements/*.ts',
    'src/elements/*/*.component.ts',
    'src/elements/shared/ml-element.ts',
    'src/elements/shared/record-element.ts',
  ],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicOnly, publishedPaths],
};
