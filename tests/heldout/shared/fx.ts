export type Rates = Record<string, number>;

export async function rates(): Promise<Rates> {
  return { EUR: 1, USD: 1.08, GBP: 0.85 };
}

export async function convert<T extends { amount: number; currency: string }>(payment: T, table: Rates): Promise<T & { amountEur: number }> {
  return { ...payment, amountEur: payment.amount / (table[payment.currency] ?? 1) };
}
