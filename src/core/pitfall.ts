/** The production failure a rule prevents (DESIGN.md, "The pitfalls"). Part of the public contract. */
export type Pitfall = 'loss' | 'duplication' | 'skew' | 'rebalance' | 'ordering' | 'config';

export const PITFALLS: readonly Pitfall[] = ['loss', 'duplication', 'skew', 'rebalance', 'ordering', 'config'];
