import { MetadataStorage } from '@mikro-orm/core';

/**
 * The size of a string column as its entity declares it (`@Property({ length })`).
 * Input checks read their limits from here, so no check can allow more than
 * the column holds, and resizing a column moves its check with it. Pass the
 * class that declares the property (for inherited columns, the base class).
 */
export function columnLength(entity: abstract new (...args: never[]) => unknown, property: string): number {
  const props = MetadataStorage.getMetadataFromDecorator(entity).properties as Record<string, { length?: number }> | undefined;
  const length = props?.[property]?.length;
  if (!length) throw new Error(`${entity.name}.${property} declares no column length`);
  return length;
}

/** Cuts a text to fit its column, marking the cut, for values the caller does not type directly (audit labels). */
export function fitColumn(value: string, length: number): string {
  return value.length <= length ? value : value.slice(0, length - 1) + '…';
}
