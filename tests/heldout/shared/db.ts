export interface OutboxRow {
  id: number;
  aggregateId: string;
  type: string;
  payload: string;
  notifyLegacy: boolean;
}

export const db = {
  async query<T = OutboxRow>(sql: string, params: unknown[] = []): Promise<T[]> {
    void sql;
    void params;
    return [];
  },
  async insert(table: string, row: unknown): Promise<void> {
    void table;
    void row;
  },
};
