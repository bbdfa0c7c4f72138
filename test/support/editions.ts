import type { createGraphqlClient } from './graphql.js';

type Client = Awaited<ReturnType<typeof createGraphqlClient>>;

/**
 * Takes a head-office draft through the approval workflow to publication, as
 * people do it: the author submits, another head-office approver approves the
 * revision submitted, the author publishes. Answers publishStandardEdition
 * with `fields`.
 */
export async function approveAndPublish(author: Client, approver: Client, code: string, version: number, fields = 'code status isCurrent version') {
  const submitted = (
    await author.ok(`mutation($e: String!, $v: Int!) { submitStandardEdition(editionCode: $e, expectedVersion: $v) { version } }`, { e: code, v: version })
  ).submitStandardEdition;
  const approved = (
    await approver.ok(`mutation($e: String!, $v: Int!) { approveStandardEdition(editionCode: $e, expectedVersion: $v) { version } }`, { e: code, v: submitted.version })
  ).approveStandardEdition;
  return (await author.ok(`mutation($e: String!, $v: Int!) { publishStandardEdition(editionCode: $e, expectedVersion: $v) { ${fields} } }`, { e: code, v: approved.version }))
    .publishStandardEdition;
}
