/**
 * A port: something one module needs that another supplies, wired once at
 * composition (`modules/index.ts`). It lets a dependency point the other way
 * without an import, e.g. the org tree asking the standard for category codes.
 * Using a port that was never supplied is a wiring mistake, and says which.
 */
export function definePort<T>(what: string, wiredBy: string): { provide(impl: T): void; get(): T } {
  let provided: T | null = null;
  return {
    provide(impl) {
      provided = impl;
    },
    get() {
      if (provided === null) throw new Error(`no ${what} was provided; ${wiredBy} wires it`);
      return provided;
    },
  };
}
