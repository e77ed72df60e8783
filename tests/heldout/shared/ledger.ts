// Helpers used by the corpus files; no Kafka client here.
export interface LedgerEntry {
  id: string;
  account: string;
  amount: number;
}

const applied = new Set<string>();

export async function applyLedgerEntry(entry: LedgerEntry): Promise<void> {
  if (applied.has(entry.id)) return;
  applied.add(entry.id);
}

export async function reconcile(entry: LedgerEntry): Promise<boolean> {
  return applied.has(entry.id);
}
