export interface Device {
  serial: string;
  model: string;
  firmware: string;
}

const lastSeen = new Map<string, Date>();

export const registry = {
  async touch(serial: string, at: Date): Promise<void> {
    lastSeen.set(serial, at);
  },
};
