/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** How the board directory is sorted. */
export type BoardOrder =
  /** Most recent post first. */
  | 'ACTIVE'
  /** Most members first. */
  | 'MEMBERS'
  /** Newest board first. */
  | 'NEWEST'
  /** Recent activity of distinct people, decayed by age; incubating boards left out. */
  | 'TRENDING';

export type CreateBoardInput = {
  description?: string;
  name: string;
  /** Lower-case letters and digits in dash-separated words; derived from the name if left out. */
  slug?: string | null | undefined;
};

/** Bucket size of a growth report, in UTC. */
export type GrowthInterval =
  /** One bucket per UTC day. */
  | 'DAY'
  /** Calendar months. */
  | 'MONTH'
  /** ISO weeks, starting on Monday. */
  | 'WEEK';

/** A report range, widened to whole UTC days: `from` inclusive, `to` exclusive, at most two years. */
export type GrowthRangeInput = {
  from: string;
  interval?: GrowthInterval | null | undefined;
  to: string;
};

/** What a public moderation log entry records. */
export type ModerationAction =
  /** A member adopted a board whose moderators had all been inactive. */
  | 'BOARD_ADOPTED'
  /** A post's flags were reviewed and dismissed. */
  | 'DISMISS_FLAGS'
  /** A post's body was hidden (by a board moderator or admin, or automatically after flags). */
  | 'HIDE_POST'
  /** An account stopped being staff. */
  | 'STAFF_ENDED'
  /** An account became staff (a verified email at a staff domain). */
  | 'STAFF_GRANTED'
  /** A hidden post was shown again after review. */
  | 'UNHIDE_POST';

/** Which notifications reach the viewer by mail. */
export type NotificationEmail =
  /** At most one mail a day listing what is new (the default). */
  | 'DAILY_DIGEST'
  /** A mail per notification, up to dailyEmailLimit a day; the rest wait for the daily digest. */
  | 'EACH'
  /** No notification mail; notifications stay in the app. */
  | 'NONE';

/** Why the viewer was notified. */
export type NotificationKind =
  | 'ANSWER_ACCEPTED'
  | 'MENTION'
  | 'POST_REPLY'
  | 'THREAD_REPLY';

export type ReplyInput = {
  /** Markdown. */
  body: string;
  /** The post in the same thread this answers. */
  replyToPostId?: string | number | null | undefined;
  threadId: string | number;
};

export type SignInInput = {
  email: string;
  password: string;
};

export type SignUpInput = {
  displayName: string;
  email: string;
  /** 3 to 30 characters: lower-case letters, digits and underscores. */
  handle: string;
  /** At least 10 characters. */
  password: string;
};

export type StartThreadInput = {
  boardId: string | number;
  /** Markdown. */
  body: string;
  title: string;
};

export type UpdateBoardInput = {
  boardId: string | number;
  description?: string | null | undefined;
  /** The slug stays, so links keep working. */
  name?: string | null | undefined;
};

export type UpdateNotificationSettingsInput = {
  email: NotificationEmail;
};

export type UpdateProfileInput = {
  bio?: string | null | undefined;
  displayName?: string | null | undefined;
  /** Staff only; an empty string removes the title. */
  staffTitle?: string | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string } | null };

export type SignUpMutationVariables = Exact<{
  input: SignUpInput;
}>;


export type SignUpMutation = { signUp: { user: { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string } } };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { signIn: { user: { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string } } };

export type SignOutMutationVariables = Exact<{
  everywhere?: boolean | null | undefined;
}>;


export type SignOutMutation = { signOut: boolean };

export type VerifyEmailMutationVariables = Exact<{
  token: string;
}>;


export type VerifyEmailMutation = { verifyEmail: { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string } };

export type ResendVerificationMutationVariables = Exact<{ [key: string]: never; }>;


export type ResendVerificationMutation = { resendVerification: boolean };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  token: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type UpdateProfileMutationVariables = Exact<{
  input: UpdateProfileInput;
}>;


export type UpdateProfileMutation = { updateProfile: { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string } };

export type ChangeEmailMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type ChangeEmailMutation = { changeEmail: boolean };

export type MySessionsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySessionsQuery = { mySessions: Array<{ id: string, userAgent: string | null, createdAt: string, lastSeenAt: string, current: boolean }> };

export type RevokeSessionMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeSessionMutation = { revokeSession: boolean };

export type DeleteAccountMutationVariables = Exact<{
  password: string;
  eraseContent?: boolean | null | undefined;
}>;


export type DeleteAccountMutation = { deleteAccount: boolean };

export type UserProfileQueryVariables = Exact<{
  handle: string;
}>;


export type UserProfileQuery = { user: { bio: string, createdAt: string, id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null } | null };

export type MyEmailQueryVariables = Exact<{ [key: string]: never; }>;


export type MyEmailQuery = { me: { id: string, email: string | null, pendingEmail: string | null, emailVerified: boolean | null } | null };

export type StaffDomainsQueryVariables = Exact<{ [key: string]: never; }>;


export type StaffDomainsQuery = { staffDomains: Array<string> };

export type SetStaffDomainsMutationVariables = Exact<{
  domains: Array<string> | string;
}>;


export type SetStaffDomainsMutation = { setStaffDomains: Array<string> };

export type BoardDirectoryQueryVariables = Exact<{
  orderBy: BoardOrder;
  query?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BoardDirectoryQuery = { boards: { edges: Array<{ node: { id: string, slug: string, name: string, description: string, official: boolean, incubating: boolean, memberCount: number, threadCount: number, lastActivityAt: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BoardPageQueryVariables = Exact<{
  slug: string;
  after?: string | null | undefined;
}>;


export type BoardPageQuery = { board: { postCount: number, createdAt: string, viewerIsMember: boolean, viewerIsModerator: boolean, id: string, slug: string, name: string, description: string, official: boolean, incubating: boolean, memberCount: number, threadCount: number, lastActivityAt: string, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }>, threads: { edges: Array<{ node: { id: string, title: string, createdAt: string, lastActivityAt: string, replyCount: number, firstStaffReplyAt: string | null, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, acceptedAnswer: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CreateBoardMutationVariables = Exact<{
  input: CreateBoardInput;
}>;


export type CreateBoardMutation = { createBoard: { id: string, slug: string } };

export type JoinBoardMutationVariables = Exact<{
  boardId: string | number;
}>;


export type JoinBoardMutation = { joinBoard: { id: string, memberCount: number, viewerIsMember: boolean, viewerIsModerator: boolean, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }> } };

export type LeaveBoardMutationVariables = Exact<{
  boardId: string | number;
  newModeratorHandle?: string | null | undefined;
}>;


export type LeaveBoardMutation = { leaveBoard: { id: string, memberCount: number, viewerIsMember: boolean, viewerIsModerator: boolean, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }> } };

export type UpdateBoardMutationVariables = Exact<{
  input: UpdateBoardInput;
}>;


export type UpdateBoardMutation = { updateBoard: { id: string, name: string, description: string } };

export type AddBoardModeratorMutationVariables = Exact<{
  boardId: string | number;
  handle: string;
}>;


export type AddBoardModeratorMutation = { addBoardModerator: { id: string, memberCount: number, viewerIsMember: boolean, viewerIsModerator: boolean, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }> } };

export type AdoptBoardMutationVariables = Exact<{
  boardId: string | number;
}>;


export type AdoptBoardMutation = { adoptBoard: { id: string, memberCount: number, viewerIsMember: boolean, viewerIsModerator: boolean, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }> } };

export type AuthorFieldsFragment = { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null };

export type ViewerFieldsFragment = { id: string, handle: string, displayName: string, bio: string, isStaff: boolean, staffTitle: string | null, isAdmin: boolean, emailVerified: boolean | null, createdAt: string };

export type PostFieldsFragment = { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null };

export type ThreadSummaryFieldsFragment = { id: string, title: string, createdAt: string, lastActivityAt: string, replyCount: number, firstStaffReplyAt: string | null, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, acceptedAnswer: { id: string } | null };

export type BoardSummaryFieldsFragment = { id: string, slug: string, name: string, description: string, official: boolean, incubating: boolean, memberCount: number, threadCount: number, lastActivityAt: string };

export type BoardRoleFieldsFragment = { id: string, memberCount: number, viewerIsMember: boolean, viewerIsModerator: boolean, moderators: Array<{ id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }> };

export type GrowthPointFieldsFragment = { start: string, newMembers: number, activeMembers: number, newBoards: number, memberCreatedBoards: number, threads: number, posts: number, memberToMemberReplies: number, staffReplies: number, unansweredThreads: number, medianFirstResponseMinutes: number | null, medianFirstStaffReplyMinutes: number | null, memberBoardPostShare: number | null, memberAnswerShare: number | null };

export type GrowthReportQueryVariables = Exact<{
  range: GrowthRangeInput;
}>;


export type GrowthReportQuery = { growth: { from: string, to: string, interval: GrowthInterval, points: Array<{ start: string, newMembers: number, activeMembers: number, newBoards: number, memberCreatedBoards: number, threads: number, posts: number, memberToMemberReplies: number, staffReplies: number, unansweredThreads: number, medianFirstResponseMinutes: number | null, medianFirstStaffReplyMinutes: number | null, memberBoardPostShare: number | null, memberAnswerShare: number | null }>, totals: { start: string, newMembers: number, activeMembers: number, newBoards: number, memberCreatedBoards: number, threads: number, posts: number, memberToMemberReplies: number, staffReplies: number, unansweredThreads: number, medianFirstResponseMinutes: number | null, medianFirstStaffReplyMinutes: number | null, memberBoardPostShare: number | null, memberAnswerShare: number | null }, topBoards: Array<{ posts: number, activeMembers: number, newMembers: number, staffCoverage: number | null, board: { id: string, slug: string, name: string } }> } };

export type FlagPostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type FlagPostMutation = { flagPost: boolean };

export type HidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type HidePostMutation = { hidePost: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } };

export type UnhidePostMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type UnhidePostMutation = { unhidePost: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } };

export type DismissFlagsMutationVariables = Exact<{
  postId: string | number;
  reason: string;
}>;


export type DismissFlagsMutation = { dismissFlags: number };

export type OpenFlagsQueryVariables = Exact<{
  boardId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type OpenFlagsQuery = { openFlags: { edges: Array<{ node: { id: string, reason: string, createdAt: string, flaggedBy: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, post: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, thread: { id: string, title: string, board: { slug: string } }, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ModerationLogQueryVariables = Exact<{
  boardId?: string | number | null | undefined;
  after?: string | null | undefined;
}>;


export type ModerationLogQuery = { moderationLog: { edges: Array<{ node: { id: string, action: ModerationAction, reason: string, automatic: boolean, createdAt: string, moderator: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, subject: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null } | null, board: { id: string, slug: string, name: string } | null, post: { id: string, thread: { id: string, title: string, board: { slug: string } } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type BoardNameQueryVariables = Exact<{
  slug: string;
}>;


export type BoardNameQuery = { board: { id: string, slug: string, name: string } | null };

export type NotificationsQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type NotificationsQuery = { notifications: { edges: Array<{ node: { id: string, kind: NotificationKind, createdAt: string, readAt: string | null, actor: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null } | null, thread: { id: string, title: string, board: { slug: string } } | null, post: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type MarkNotificationsReadMutationVariables = Exact<{
  upTo?: string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationSettingsQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationSettingsQuery = { notificationSettings: { email: NotificationEmail, dailyEmailLimit: number } };

export type UpdateNotificationSettingsMutationVariables = Exact<{
  input: UpdateNotificationSettingsInput;
}>;


export type UpdateNotificationSettingsMutation = { updateNotificationSettings: { email: NotificationEmail, dailyEmailLimit: number } };

export type UnsubscribeMutationVariables = Exact<{
  token: string;
}>;


export type UnsubscribeMutation = { unsubscribe: boolean };

export type MarkThreadNotificationsReadMutationVariables = Exact<{
  threadId: string | number;
}>;


export type MarkThreadNotificationsReadMutation = { markThreadNotificationsRead: number };

export type CatchUpPostFieldsFragment = { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string } | null };

export type CatchUpThreadPostsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type CatchUpThreadPostsQuery = { thread: { id: string, board: { id: string }, posts: { edges: Array<{ node: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type CatchUpBoardThreadsQueryVariables = Exact<{
  slug: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CatchUpBoardThreadsQuery = { board: { id: string, threads: { edges: Array<{ node: { id: string, title: string, createdAt: string, lastActivityAt: string, replyCount: number, participantCount: number, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null } } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type ThreadPageQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ThreadPageQuery = { thread: { id: string, title: string, createdAt: string, lastActivityAt: string, replyCount: number, participantCount: number, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, acceptedAnswer: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } | null, board: { id: string, slug: string, name: string, viewerIsModerator: boolean }, posts: { edges: Array<{ node: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type StartThreadMutationVariables = Exact<{
  input: StartThreadInput;
}>;


export type StartThreadMutation = { startThread: { id: string } };

export type ReplyMutationVariables = Exact<{
  input: ReplyInput;
}>;


export type ReplyMutation = { reply: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } };

export type EditPostMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type EditPostMutation = { editPost: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } };

export type DeletePostMutationVariables = Exact<{
  id: string | number;
}>;


export type DeletePostMutation = { deletePost: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } };

export type AcceptAnswerMutationVariables = Exact<{
  postId: string | number;
}>;


export type AcceptAnswerMutation = { acceptAnswer: { id: string, acceptedAnswer: { id: string, body: string, bodyHtml: string, createdAt: string, editedAt: string | null, hidden: boolean, deleted: boolean, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, replyTo: { id: string, author: { handle: string, displayName: string } } | null } | null } };

export type ThreadPostCursorsQueryVariables = Exact<{
  id: string | number;
  after?: string | null | undefined;
}>;


export type ThreadPostCursorsQuery = { thread: { id: string, posts: { edges: Array<{ cursor: string, node: { id: string } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } } | null };

export type SearchThreadsQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type SearchThreadsQuery = { search: { edges: Array<{ node: { id: string, title: string, createdAt: string, lastActivityAt: string, replyCount: number, firstStaffReplyAt: string | null, board: { slug: string, name: string }, author: { id: string, handle: string, displayName: string, isStaff: boolean, staffTitle: string | null }, acceptedAnswer: { id: string } | null } }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const ViewerFieldsFragmentDoc = new TypedDocumentString(`
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}
    `, {"fragmentName":"ViewerFields"}) as unknown as TypedDocumentString<ViewerFieldsFragment, unknown>;
export const AuthorFieldsFragmentDoc = new TypedDocumentString(`
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
    `, {"fragmentName":"AuthorFields"}) as unknown as TypedDocumentString<AuthorFieldsFragment, unknown>;
export const PostFieldsFragmentDoc = new TypedDocumentString(`
    fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`, {"fragmentName":"PostFields"}) as unknown as TypedDocumentString<PostFieldsFragment, unknown>;
export const ThreadSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment ThreadSummaryFields on Thread {
  id
  title
  createdAt
  lastActivityAt
  replyCount
  firstStaffReplyAt
  author {
    ...AuthorFields
  }
  acceptedAnswer {
    id
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`, {"fragmentName":"ThreadSummaryFields"}) as unknown as TypedDocumentString<ThreadSummaryFieldsFragment, unknown>;
export const BoardSummaryFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardSummaryFields on Board {
  id
  slug
  name
  description
  official
  incubating
  memberCount
  threadCount
  lastActivityAt
}
    `, {"fragmentName":"BoardSummaryFields"}) as unknown as TypedDocumentString<BoardSummaryFieldsFragment, unknown>;
export const BoardRoleFieldsFragmentDoc = new TypedDocumentString(`
    fragment BoardRoleFields on Board {
  id
  memberCount
  viewerIsMember
  viewerIsModerator
  moderators {
    ...AuthorFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`, {"fragmentName":"BoardRoleFields"}) as unknown as TypedDocumentString<BoardRoleFieldsFragment, unknown>;
export const GrowthPointFieldsFragmentDoc = new TypedDocumentString(`
    fragment GrowthPointFields on GrowthPoint {
  start
  newMembers
  activeMembers
  newBoards
  memberCreatedBoards
  threads
  posts
  memberToMemberReplies
  staffReplies
  unansweredThreads
  medianFirstResponseMinutes
  medianFirstStaffReplyMinutes
  memberBoardPostShare
  memberAnswerShare
}
    `, {"fragmentName":"GrowthPointFields"}) as unknown as TypedDocumentString<GrowthPointFieldsFragment, unknown>;
export const CatchUpPostFieldsFragmentDoc = new TypedDocumentString(`
    fragment CatchUpPostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`, {"fragmentName":"CatchUpPostFields"}) as unknown as TypedDocumentString<CatchUpPostFieldsFragment, unknown>;
export const MeDocument = new TypedDocumentString(`
    query Me {
  me {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}`) as unknown as TypedDocumentString<MeQuery, MeQueryVariables>;
export const SignUpDocument = new TypedDocumentString(`
    mutation SignUp($input: SignUpInput!) {
  signUp(input: $input) {
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}`) as unknown as TypedDocumentString<SignUpMutation, SignUpMutationVariables>;
export const SignInDocument = new TypedDocumentString(`
    mutation SignIn($input: SignInInput!) {
  signIn(input: $input) {
    user {
      ...ViewerFields
    }
  }
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}`) as unknown as TypedDocumentString<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = new TypedDocumentString(`
    mutation SignOut($everywhere: Boolean) {
  signOut(everywhere: $everywhere)
}
    `) as unknown as TypedDocumentString<SignOutMutation, SignOutMutationVariables>;
export const VerifyEmailDocument = new TypedDocumentString(`
    mutation VerifyEmail($token: String!) {
  verifyEmail(token: $token) {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}`) as unknown as TypedDocumentString<VerifyEmailMutation, VerifyEmailMutationVariables>;
export const ResendVerificationDocument = new TypedDocumentString(`
    mutation ResendVerification {
  resendVerification
}
    `) as unknown as TypedDocumentString<ResendVerificationMutation, ResendVerificationMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, password: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const UpdateProfileDocument = new TypedDocumentString(`
    mutation UpdateProfile($input: UpdateProfileInput!) {
  updateProfile(input: $input) {
    ...ViewerFields
  }
}
    fragment ViewerFields on User {
  id
  handle
  displayName
  bio
  isStaff
  staffTitle
  isAdmin
  emailVerified
  createdAt
}`) as unknown as TypedDocumentString<UpdateProfileMutation, UpdateProfileMutationVariables>;
export const ChangeEmailDocument = new TypedDocumentString(`
    mutation ChangeEmail($email: String!, $password: String!) {
  changeEmail(email: $email, password: $password)
}
    `) as unknown as TypedDocumentString<ChangeEmailMutation, ChangeEmailMutationVariables>;
export const MySessionsDocument = new TypedDocumentString(`
    query MySessions {
  mySessions {
    id
    userAgent
    createdAt
    lastSeenAt
    current
  }
}
    `) as unknown as TypedDocumentString<MySessionsQuery, MySessionsQueryVariables>;
export const RevokeSessionDocument = new TypedDocumentString(`
    mutation RevokeSession($id: ID!) {
  revokeSession(id: $id)
}
    `) as unknown as TypedDocumentString<RevokeSessionMutation, RevokeSessionMutationVariables>;
export const DeleteAccountDocument = new TypedDocumentString(`
    mutation DeleteAccount($password: String!, $eraseContent: Boolean) {
  deleteAccount(password: $password, eraseContent: $eraseContent)
}
    `) as unknown as TypedDocumentString<DeleteAccountMutation, DeleteAccountMutationVariables>;
export const UserProfileDocument = new TypedDocumentString(`
    query UserProfile($handle: String!) {
  user(handle: $handle) {
    ...AuthorFields
    bio
    createdAt
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`) as unknown as TypedDocumentString<UserProfileQuery, UserProfileQueryVariables>;
export const MyEmailDocument = new TypedDocumentString(`
    query MyEmail {
  me {
    id
    email
    pendingEmail
    emailVerified
  }
}
    `) as unknown as TypedDocumentString<MyEmailQuery, MyEmailQueryVariables>;
export const StaffDomainsDocument = new TypedDocumentString(`
    query StaffDomains {
  staffDomains
}
    `) as unknown as TypedDocumentString<StaffDomainsQuery, StaffDomainsQueryVariables>;
export const SetStaffDomainsDocument = new TypedDocumentString(`
    mutation SetStaffDomains($domains: [String!]!) {
  setStaffDomains(domains: $domains)
}
    `) as unknown as TypedDocumentString<SetStaffDomainsMutation, SetStaffDomainsMutationVariables>;
export const BoardDirectoryDocument = new TypedDocumentString(`
    query BoardDirectory($orderBy: BoardOrder!, $query: String, $first: Int, $after: String) {
  boards(orderBy: $orderBy, query: $query, first: $first, after: $after) {
    edges {
      node {
        ...BoardSummaryFields
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment BoardSummaryFields on Board {
  id
  slug
  name
  description
  official
  incubating
  memberCount
  threadCount
  lastActivityAt
}`) as unknown as TypedDocumentString<BoardDirectoryQuery, BoardDirectoryQueryVariables>;
export const BoardPageDocument = new TypedDocumentString(`
    query BoardPage($slug: String!, $after: String) {
  board(slug: $slug) {
    ...BoardSummaryFields
    postCount
    createdAt
    viewerIsMember
    viewerIsModerator
    moderators {
      ...AuthorFields
    }
    threads(first: 20, after: $after) {
      edges {
        node {
          ...ThreadSummaryFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment ThreadSummaryFields on Thread {
  id
  title
  createdAt
  lastActivityAt
  replyCount
  firstStaffReplyAt
  author {
    ...AuthorFields
  }
  acceptedAnswer {
    id
  }
}
fragment BoardSummaryFields on Board {
  id
  slug
  name
  description
  official
  incubating
  memberCount
  threadCount
  lastActivityAt
}`) as unknown as TypedDocumentString<BoardPageQuery, BoardPageQueryVariables>;
export const CreateBoardDocument = new TypedDocumentString(`
    mutation CreateBoard($input: CreateBoardInput!) {
  createBoard(input: $input) {
    id
    slug
  }
}
    `) as unknown as TypedDocumentString<CreateBoardMutation, CreateBoardMutationVariables>;
export const JoinBoardDocument = new TypedDocumentString(`
    mutation JoinBoard($boardId: ID!) {
  joinBoard(boardId: $boardId) {
    ...BoardRoleFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment BoardRoleFields on Board {
  id
  memberCount
  viewerIsMember
  viewerIsModerator
  moderators {
    ...AuthorFields
  }
}`) as unknown as TypedDocumentString<JoinBoardMutation, JoinBoardMutationVariables>;
export const LeaveBoardDocument = new TypedDocumentString(`
    mutation LeaveBoard($boardId: ID!, $newModeratorHandle: String) {
  leaveBoard(boardId: $boardId, newModeratorHandle: $newModeratorHandle) {
    ...BoardRoleFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment BoardRoleFields on Board {
  id
  memberCount
  viewerIsMember
  viewerIsModerator
  moderators {
    ...AuthorFields
  }
}`) as unknown as TypedDocumentString<LeaveBoardMutation, LeaveBoardMutationVariables>;
export const UpdateBoardDocument = new TypedDocumentString(`
    mutation UpdateBoard($input: UpdateBoardInput!) {
  updateBoard(input: $input) {
    id
    name
    description
  }
}
    `) as unknown as TypedDocumentString<UpdateBoardMutation, UpdateBoardMutationVariables>;
export const AddBoardModeratorDocument = new TypedDocumentString(`
    mutation AddBoardModerator($boardId: ID!, $handle: String!) {
  addBoardModerator(boardId: $boardId, handle: $handle) {
    ...BoardRoleFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment BoardRoleFields on Board {
  id
  memberCount
  viewerIsMember
  viewerIsModerator
  moderators {
    ...AuthorFields
  }
}`) as unknown as TypedDocumentString<AddBoardModeratorMutation, AddBoardModeratorMutationVariables>;
export const AdoptBoardDocument = new TypedDocumentString(`
    mutation AdoptBoard($boardId: ID!) {
  adoptBoard(boardId: $boardId) {
    ...BoardRoleFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment BoardRoleFields on Board {
  id
  memberCount
  viewerIsMember
  viewerIsModerator
  moderators {
    ...AuthorFields
  }
}`) as unknown as TypedDocumentString<AdoptBoardMutation, AdoptBoardMutationVariables>;
export const GrowthReportDocument = new TypedDocumentString(`
    query GrowthReport($range: GrowthRangeInput!) {
  growth(range: $range) {
    from
    to
    interval
    points {
      ...GrowthPointFields
    }
    totals {
      ...GrowthPointFields
    }
    topBoards {
      board {
        id
        slug
        name
      }
      posts
      activeMembers
      newMembers
      staffCoverage
    }
  }
}
    fragment GrowthPointFields on GrowthPoint {
  start
  newMembers
  activeMembers
  newBoards
  memberCreatedBoards
  threads
  posts
  memberToMemberReplies
  staffReplies
  unansweredThreads
  medianFirstResponseMinutes
  medianFirstStaffReplyMinutes
  memberBoardPostShare
  memberAnswerShare
}`) as unknown as TypedDocumentString<GrowthReportQuery, GrowthReportQueryVariables>;
export const FlagPostDocument = new TypedDocumentString(`
    mutation FlagPost($postId: ID!, $reason: String!) {
  flagPost(postId: $postId, reason: $reason)
}
    `) as unknown as TypedDocumentString<FlagPostMutation, FlagPostMutationVariables>;
export const HidePostDocument = new TypedDocumentString(`
    mutation HidePost($postId: ID!, $reason: String!) {
  hidePost(postId: $postId, reason: $reason) {
    ...PostFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<HidePostMutation, HidePostMutationVariables>;
export const UnhidePostDocument = new TypedDocumentString(`
    mutation UnhidePost($postId: ID!, $reason: String!) {
  unhidePost(postId: $postId, reason: $reason) {
    ...PostFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<UnhidePostMutation, UnhidePostMutationVariables>;
export const DismissFlagsDocument = new TypedDocumentString(`
    mutation DismissFlags($postId: ID!, $reason: String!) {
  dismissFlags(postId: $postId, reason: $reason)
}
    `) as unknown as TypedDocumentString<DismissFlagsMutation, DismissFlagsMutationVariables>;
export const OpenFlagsDocument = new TypedDocumentString(`
    query OpenFlags($boardId: ID, $after: String) {
  openFlags(boardId: $boardId, first: 20, after: $after) {
    edges {
      node {
        id
        reason
        createdAt
        flaggedBy {
          ...AuthorFields
        }
        post {
          ...PostFields
          thread {
            id
            title
            board {
              slug
            }
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<OpenFlagsQuery, OpenFlagsQueryVariables>;
export const ModerationLogDocument = new TypedDocumentString(`
    query ModerationLog($boardId: ID, $after: String) {
  moderationLog(boardId: $boardId, first: 20, after: $after) {
    edges {
      node {
        id
        action
        reason
        automatic
        createdAt
        moderator {
          ...AuthorFields
        }
        subject {
          ...AuthorFields
        }
        board {
          id
          slug
          name
        }
        post {
          id
          thread {
            id
            title
            board {
              slug
            }
          }
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`) as unknown as TypedDocumentString<ModerationLogQuery, ModerationLogQueryVariables>;
export const BoardNameDocument = new TypedDocumentString(`
    query BoardName($slug: String!) {
  board(slug: $slug) {
    id
    slug
    name
  }
}
    `) as unknown as TypedDocumentString<BoardNameQuery, BoardNameQueryVariables>;
export const NotificationsDocument = new TypedDocumentString(`
    query Notifications($after: String) {
  notifications(first: 20, after: $after) {
    edges {
      node {
        id
        kind
        createdAt
        readAt
        actor {
          ...AuthorFields
        }
        thread {
          id
          title
          board {
            slug
          }
        }
        post {
          id
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`) as unknown as TypedDocumentString<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkNotificationsRead($upTo: DateTime) {
  markNotificationsRead(upTo: $upTo)
}
    `) as unknown as TypedDocumentString<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationSettingsDocument = new TypedDocumentString(`
    query NotificationSettings {
  notificationSettings {
    email
    dailyEmailLimit
  }
}
    `) as unknown as TypedDocumentString<NotificationSettingsQuery, NotificationSettingsQueryVariables>;
export const UpdateNotificationSettingsDocument = new TypedDocumentString(`
    mutation UpdateNotificationSettings($input: UpdateNotificationSettingsInput!) {
  updateNotificationSettings(input: $input) {
    email
    dailyEmailLimit
  }
}
    `) as unknown as TypedDocumentString<UpdateNotificationSettingsMutation, UpdateNotificationSettingsMutationVariables>;
export const UnsubscribeDocument = new TypedDocumentString(`
    mutation Unsubscribe($token: String!) {
  unsubscribe(token: $token)
}
    `) as unknown as TypedDocumentString<UnsubscribeMutation, UnsubscribeMutationVariables>;
export const MarkThreadNotificationsReadDocument = new TypedDocumentString(`
    mutation MarkThreadNotificationsRead($threadId: ID!) {
  markThreadNotificationsRead(threadId: $threadId)
}
    `) as unknown as TypedDocumentString<MarkThreadNotificationsReadMutation, MarkThreadNotificationsReadMutationVariables>;
export const CatchUpThreadPostsDocument = new TypedDocumentString(`
    query CatchUpThreadPosts($id: ID!, $after: String) {
  thread(id: $id) {
    id
    board {
      id
    }
    posts(first: 100, after: $after) {
      edges {
        node {
          ...CatchUpPostFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment CatchUpPostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
  }
}`) as unknown as TypedDocumentString<CatchUpThreadPostsQuery, CatchUpThreadPostsQueryVariables>;
export const CatchUpBoardThreadsDocument = new TypedDocumentString(`
    query CatchUpBoardThreads($slug: String!, $first: Int, $after: String) {
  board(slug: $slug) {
    id
    threads(first: $first, after: $after) {
      edges {
        node {
          id
          title
          createdAt
          lastActivityAt
          replyCount
          participantCount
          author {
            ...AuthorFields
          }
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}`) as unknown as TypedDocumentString<CatchUpBoardThreadsQuery, CatchUpBoardThreadsQueryVariables>;
export const ThreadPageDocument = new TypedDocumentString(`
    query ThreadPage($id: ID!, $after: String) {
  thread(id: $id) {
    id
    title
    createdAt
    lastActivityAt
    replyCount
    participantCount
    author {
      ...AuthorFields
    }
    acceptedAnswer {
      ...PostFields
    }
    board {
      id
      slug
      name
      viewerIsModerator
    }
    posts(first: 50, after: $after) {
      edges {
        node {
          ...PostFields
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ThreadPageQuery, ThreadPageQueryVariables>;
export const StartThreadDocument = new TypedDocumentString(`
    mutation StartThread($input: StartThreadInput!) {
  startThread(input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<StartThreadMutation, StartThreadMutationVariables>;
export const ReplyDocument = new TypedDocumentString(`
    mutation Reply($input: ReplyInput!) {
  reply(input: $input) {
    ...PostFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<ReplyMutation, ReplyMutationVariables>;
export const EditPostDocument = new TypedDocumentString(`
    mutation EditPost($id: ID!, $body: String!) {
  editPost(id: $id, body: $body) {
    ...PostFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<EditPostMutation, EditPostMutationVariables>;
export const DeletePostDocument = new TypedDocumentString(`
    mutation DeletePost($id: ID!) {
  deletePost(id: $id) {
    ...PostFields
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<DeletePostMutation, DeletePostMutationVariables>;
export const AcceptAnswerDocument = new TypedDocumentString(`
    mutation AcceptAnswer($postId: ID!) {
  acceptAnswer(postId: $postId) {
    id
    acceptedAnswer {
      ...PostFields
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment PostFields on Post {
  id
  body
  bodyHtml
  createdAt
  editedAt
  hidden
  deleted
  author {
    ...AuthorFields
  }
  replyTo {
    id
    author {
      handle
      displayName
    }
  }
}`) as unknown as TypedDocumentString<AcceptAnswerMutation, AcceptAnswerMutationVariables>;
export const ThreadPostCursorsDocument = new TypedDocumentString(`
    query ThreadPostCursors($id: ID!, $after: String) {
  thread(id: $id) {
    id
    posts(first: 100, after: $after) {
      edges {
        cursor
        node {
          id
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ThreadPostCursorsQuery, ThreadPostCursorsQueryVariables>;
export const SearchThreadsDocument = new TypedDocumentString(`
    query SearchThreads($query: String!, $after: String) {
  search(query: $query, first: 20, after: $after) {
    edges {
      node {
        ...ThreadSummaryFields
        board {
          slug
          name
        }
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment AuthorFields on User {
  id
  handle
  displayName
  isStaff
  staffTitle
}
fragment ThreadSummaryFields on Thread {
  id
  title
  createdAt
  lastActivityAt
  replyCount
  firstStaffReplyAt
  author {
    ...AuthorFields
  }
  acceptedAnswer {
    id
  }
}`) as unknown as TypedDocumentString<SearchThreadsQuery, SearchThreadsQueryVariables>;