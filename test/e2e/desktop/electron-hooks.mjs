// Node module hooks for the main bundle's process: `import … from 'electron'` gets the double
// (resolved on through tsx, which compiles it).
const DOUBLE = new URL('./electron-double.ts', import.meta.url).href;

export async function resolve(specifier, context, next) {
  return next(specifier === 'electron' ? DOUBLE : specifier, context);
}
