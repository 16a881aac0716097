// Constants that identify a Koers engagement file on disk. Changing APPLICATION_ID would make
// every existing file unreadable: never do it.

/** PRAGMA application_id: "KOER" in ASCII, so `file` and hex dumps recognise it. */
export const KOERS_APPLICATION_ID = 0x4b4f4552;
export const ENGAGEMENT_FILE_EXTENSION = '.koers';
export const SQLITE_HEADER = 'SQLite format 3\u0000';
