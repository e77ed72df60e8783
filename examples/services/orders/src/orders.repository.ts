import { Pool } from 'pg';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });

export async function markOrderPaid(orderId: string, paymentId: string, paidAt: Date): Promise<void> {
  await pool.query(
    `UPDATE orders SET status = 'PAID', payment_id = $2, paid_at = $3 WHERE id = $1 AND status <> 'PAID'`,
    [orderId, paymentId, paidAt],
  );
}
