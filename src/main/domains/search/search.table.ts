export interface SearchIndexTable {
  rowid: number;
  kind: string;
  ref_id: string;
  parent_id: string | null;
  question_id: string | null;
  title: string;
  body: string;
}

/** The tables of this area, as the composed Database (src/main/domains/database.ts) sees them. */
export interface SearchTables {
  search_index: SearchIndexTable;
}
