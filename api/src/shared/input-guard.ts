import type { ApolloServerPlugin } from '@apollo/server';
import {
  Kind,
  OperationTypeNode,
  getNamedType,
  getNullableType,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isObjectType,
  isScalarType,
  type FragmentDefinitionNode,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  type VariableDefinitionNode,
} from 'graphql';
import { InputError, Violations } from './errors.js';

/**
 * Checks every argument of an operation before any resolver (or SQL) runs:
 * inline literals, variables, variables' defaults and nested input objects
 * alike, each refusal naming the argument path (`input.name.zh`).
 *
 * - No control characters. PostgreSQL cannot store NUL at all, and the others
 *   (escape, backspace, bidi-breaking C1 codes) only ever arrive by accident or
 *   attack. Bilingual prose (`LocalizedTextInput`: descriptions, duties,
 *   principles) may hold tabs and line breaks; codes, names in other inputs,
 *   searches, cursors, usernames and passwords may not.
 * - Every `ID` is a UUID, the only kind of id the API issues.
 * - Every Float literal is finite (`1e999` would otherwise parse as Infinity).
 *
 * It runs once per operation, not per field: one walk over the operation's
 * selections and each fragment's, looking only at fields' arguments.
 */
export const NO_CONTROL_CHARACTERS = 'no-control-characters';

// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_BUT_LINE_BREAKS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Input types whose strings are prose, where tabs and line breaks are legitimate. */
const PROSE_TYPES = new Set(['LocalizedTextInput']);

function codePoint(ch: string) {
  return 'U+' + ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
}

class ArgumentChecker {
  readonly violations = new Violations();

  constructor(
    private readonly variables: Record<string, unknown>,
    private readonly definitions: Map<string, VariableDefinitionNode>,
  ) {}

  private text(value: string, scalar: string, path: string, prose: boolean) {
    const found = (prose ? CONTROL_BUT_LINE_BREAKS : ANY_CONTROL).exec(value);
    if (found) {
      const allowed = prose ? ' (tabs and line breaks are fine in texts)' : '';
      this.violations.add(path, NO_CONTROL_CHARACTERS, `must not contain control characters; found ${codePoint(found[0])}${allowed}`);
    } else if (scalar === 'ID' && !UUID.test(value)) {
      this.violations.add(path, 'uuid', 'is not an id this API issued (ids are UUIDs)');
    }
  }

  /** A value given in the query text. */
  literal(node: ValueNode, type: GraphQLInputType, path: string, prose = false): void {
    const nullable = getNullableType(type);
    if (node.kind === Kind.VARIABLE) {
      const name = node.name.value;
      if (name in this.variables) return this.value(this.variables[name], type, path, prose);
      const fallback = this.definitions.get(name)?.defaultValue;
      if (fallback) this.literal(fallback, type, path, prose);
      return;
    }
    if (isListType(nullable)) {
      if (node.kind === Kind.LIST) node.values.forEach((item, i) => this.literal(item, nullable.ofType, `${path}[${i}]`, prose));
      else this.literal(node, nullable.ofType, path, prose);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (node.kind !== Kind.OBJECT) return;
      const fields = nullable.getFields();
      for (const field of node.fields) {
        const def = fields[field.name.value];
        if (def) this.literal(field.value, def.type, `${path}.${field.name.value}`, PROSE_TYPES.has(nullable.name));
      }
      return;
    }
    if (!isScalarType(nullable)) return;
    if (node.kind === Kind.STRING) this.text(node.value, nullable.name, path, prose);
    if (node.kind === Kind.FLOAT && !Number.isFinite(Number(node.value))) {
      this.violations.add(path, 'finite', 'is too large to be a number');
    }
  }

  /** A value sent as (part of) a variable; not yet coerced, so anything JSON can hold. */
  value(value: unknown, type: GraphQLInputType, path: string, prose = false): void {
    if (value === null || value === undefined) return;
    const nullable = getNullableType(type);
    if (isListType(nullable)) {
      if (Array.isArray(value)) value.forEach((item, i) => this.value(item, nullable.ofType, `${path}[${i}]`, prose));
      else this.value(value, nullable.ofType, path, prose);
      return;
    }
    if (isInputObjectType(nullable)) {
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const fields = nullable.getFields();
      for (const [key, item] of Object.entries(value)) {
        const def = fields[key];
        if (def) this.value(item, def.type, `${path}.${key}`, PROSE_TYPES.has(nullable.name));
      }
      return;
    }
    if (isScalarType(nullable) && typeof value === 'string') this.text(value, nullable.name, path, prose);
  }
}

/**
 * Visits the fields of a selection set, checking the arguments of those that
 * have any. A plain walk over selections with the parent type in hand: no
 * visitor, no TypeInfo, nothing allocated for fields without arguments, which
 * are nearly all of them. Fragment spreads are skipped here; every fragment
 * definition is walked once on its own.
 */
function walkSelections(schema: GraphQLSchema, checker: ArgumentChecker, selectionSet: SelectionSetNode, parentType: GraphQLNamedType | undefined | null): void {
  const fields = parentType && (isObjectType(parentType) || isInterfaceType(parentType)) ? parentType.getFields() : undefined;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      const def = fields?.[selection.name.value];
      if (!def) continue;
      if (selection.arguments?.length) {
        for (const arg of selection.arguments) {
          const argDef = def.args.find((a) => a.name === arg.name.value);
          if (argDef) checker.literal(arg.value, argDef.type, arg.name.value);
        }
      }
      if (selection.selectionSet) walkSelections(schema, checker, selection.selectionSet, getNamedType(def.type));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parentType;
      walkSelections(schema, checker, selection.selectionSet, type);
    }
  }
}

function rootTypeOf(schema: GraphQLSchema, operation: OperationDefinitionNode) {
  switch (operation.operation) {
    case OperationTypeNode.QUERY:
      return schema.getQueryType();
    case OperationTypeNode.MUTATION:
      return schema.getMutationType();
    default:
      return schema.getSubscriptionType();
  }
}

/** The checks above for one operation and the fragments it may use; throws an InputError listing every problem. */
export function checkOperationArguments(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  fragments: readonly FragmentDefinitionNode[],
  variables: Record<string, unknown> = {},
): void {
  const definitions = operation.variableDefinitions ?? [];
  const checker = new ArgumentChecker(variables, new Map(definitions.map((d) => [d.variable.name.value, d])));
  walkSelections(schema, checker, operation.selectionSet, rootTypeOf(schema, operation));
  for (const fragment of fragments) walkSelections(schema, checker, fragment.selectionSet, schema.getType(fragment.typeCondition.name.value));
  if (!checker.violations.empty) {
    const error = new InputError(checker.violations.list);
    // A refusal of the request's input, like a variable of the wrong type.
    Object.assign(error.extensions, { http: { status: 400 } });
    throw error;
  }
}

export function inputGuardPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, operation, document, request }) {
          if (!operation) return;
          const fragments = document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION);
          checkOperationArguments(schema, operation, fragments, request.variables ?? {});
        },
      };
    },
  };
}
