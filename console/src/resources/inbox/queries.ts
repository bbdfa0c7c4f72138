/** The inbox over GraphQL: one list of items of every subject type, typed by the generator. */
import { graphql } from '../../gql';
import type { InboxEntryFragment } from '../../gql/graphql';
import { gql } from '../../graphql';

graphql(`
  fragment InboxEntry on InboxItem {
    subjectType id code title { zh en } state revision submittedBy submittedAt decidedBy decidedAt comment itemComments { path comment }
    orgUnit { code name { zh en } }
  }
`);
const INBOX = graphql(`query Inbox { inbox { awaitingMe { ...InboxEntry } returnedToMe { ...InboxEntry } } }`);
const INBOX_COUNT = graphql(`query InboxCount { inbox { awaitingCount } }`);

export type InboxRecord = InboxEntryFragment;

export const fetchInbox = async (signal?: AbortSignal) => {
  const inbox = (await gql(INBOX, {}, { signal })).inbox;
  return { awaitingMe: inbox.awaitingMe as InboxRecord[], returnedToMe: inbox.returnedToMe as InboxRecord[] };
};

export const countInboxAwaiting = async (signal?: AbortSignal) => (await gql(INBOX_COUNT, {}, { signal })).inbox.awaitingCount;

/** The inbox's data-provider methods. */
export const inboxMethods = { getInbox: fetchInbox, countInboxAwaiting };
