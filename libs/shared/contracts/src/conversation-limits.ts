/** Input limits of boards and conversations, shared by the server (validation) and clients. */
export const BoardLimits = {
  nameMinLength: 3,
  nameMaxLength: 60,
  descriptionMaxLength: 1000,
  slugPattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
  slugMaxLength: 50,
  /** Boards one account may create per rolling day. */
  boardsPerDay: 5,
  /** A board whose moderators have all been inactive this long can be adopted. */
  moderatorInactiveDays: 90,
} as const;

export const ConversationLimits = {
  titleMinLength: 3,
  titleMaxLength: 200,
  bodyMaxLength: 20_000,
  searchQueryMaxLength: 200,
} as const;
