import type { ComponentType } from 'react';
import type { EditionRecord, LocalizedText, StandardItemKind } from '../types';

export interface InputsProps {
  edition: EditionRecord;
  isNew: boolean;
  /** keys of the items of this kind the edition already holds (a new item must not reuse one) */
  taken: string[];
}

/** How one kind of item is edited: its form values, its API input and its inputs. */
export interface FormSpec {
  kind: StandardItemKind;
  /** form values for an existing item, or a new one's defaults */
  toForm(item: any | undefined): object;
  /** the API's input from the form values */
  toInput(values: Record<string, any>): object;
  /** the item's key from the form values (KIND/CODE for classifiers) */
  keyOf(values: Record<string, any>): string;
  /** the item's display name */
  nameOf(item: any): LocalizedText | null | undefined;
  Inputs: ComponentType<InputsProps>;
}
