// Module resolution hook registered by kuzu-register.mjs: `kuzu`, imported from anywhere, resolves as if imported from
// this folder (its package.json pins the version); every other specifier resolves as usual.
export async function resolve(specifier, context, nextResolve) {
  return specifier === 'kuzu'
    ? nextResolve(specifier, { ...context, parentURL: import.meta.url })
    : nextResolve(specifier, context);
}
