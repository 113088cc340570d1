/**
 * Records keyed by content ids. Ids are author-chosen strings, so `constructor`, `toString` or `__proto__` are ordinary
 * keys: read own properties only, and write into null-prototype copies (assigning `__proto__` on a plain object would
 * replace its prototype instead of adding an entry).
 */

/** Reads an own property only (ids such as "constructor" must not reach Object.prototype). */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

/** A null-prototype copy of `record` with `key` set to `value`, or removed when `value` is undefined. */
export function withEntry<T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: T | undefined,
): Record<string, T> {
  const copy = Object.assign(Object.create(null) as Record<string, T>, record);
  if (value === undefined) delete copy[key];
  else Object.defineProperty(copy, key, { value, enumerable: true, writable: true, configurable: true });
  return copy;
}

/** An empty null-prototype record. */
export function emptyRecord<T>(): Record<string, T> {
  return Object.create(null) as Record<string, T>;
}
