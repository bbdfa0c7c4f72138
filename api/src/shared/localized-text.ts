import { Embeddable, Property } from '@mikro-orm/core';
import { Field, InputType, ObjectType } from 'type-graphql';
import type { Violations } from './errors.js';
import { columnLength } from './limits.js';

/**
 * Text in both of the bank's working languages. Chinese is what users read
 * first; English is kept beside it, never machine-derived.
 */
@Embeddable()
@ObjectType({ description: 'Text in Chinese (read first) and English' })
@InputType('LocalizedTextInput', { description: 'Text in Chinese and English; both are required' })
export class LocalizedText {
  @Field(() => String, { description: 'Chinese' })
  @Property({ type: 'string', length: 200 })
  zh!: string;

  @Field(() => String, { description: 'English' })
  @Property({ type: 'string', length: 200 })
  en!: string;

  constructor(zh: string, en: string) {
    this.zh = zh;
    this.en = en;
  }
}

/** Size of each language's column where the text is stored in columns (names, titles). */
export const LOCALIZED_TEXT_COLUMN = columnLength(LocalizedText, 'zh');

/** Longest prose kept in JSON (descriptions, duties, summaries): no column bounds it, the standard's readers do. */
export const PROSE_MAX = 4000;

/** The same class serves as the input type, so nested standard content can reuse it. */
export const LocalizedTextInput = LocalizedText;
export type LocalizedTextInput = LocalizedText;

/** Trims both languages and records a violation for each one that is blank or too long. */
export function checkLocalizedText(
  v: Violations,
  field: string,
  input: LocalizedTextInput,
  maxLength = LOCALIZED_TEXT_COLUMN,
): LocalizedText {
  const zh = input.zh.trim();
  const en = input.en.trim();
  for (const [lang, value] of [['zh', zh], ['en', en]] as const) {
    if (!value) v.add(`${field}.${lang}`, 'required', `must not be blank`);
    else if (value.length > maxLength) v.add(`${field}.${lang}`, 'max-length', `must be at most ${maxLength} characters`);
  }
  return new LocalizedText(zh, en);
}
