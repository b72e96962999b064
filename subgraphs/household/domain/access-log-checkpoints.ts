import { createHmac } from 'node:crypto';
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The chain head at one moment, kept outside the database so removing the newest records shows. */
export interface Checkpoint { seq: string; mac: string; at: string }
export interface CheckpointStore { dir: string; macKey: string }

const fileName = 'access-log-checkpoints.jsonl';

function checkOf(key: string, c: Checkpoint): string {
  return createHmac('sha256', key).update(`checkpoint\n${c.seq}\n${c.mac}\n${c.at}`).digest('hex');
}

/** Appends one line (the file is only ever opened for appending; give it a WORM volume in production). */
export async function appendCheckpoint(store: CheckpointStore, checkpoint: Checkpoint): Promise<void> {
  await mkdir(store.dir, { recursive: true, mode: 0o700 });
  await appendFile(join(store.dir, fileName), `${JSON.stringify({ ...checkpoint, check: checkOf(store.macKey, checkpoint) })}\n`, { flag: 'a', mode: 0o600 });
}

/** Every checkpoint in the file; a line that is not one the hub wrote (bad check) comes back as `invalid`. */
export async function readCheckpoints(store: CheckpointStore): Promise<{ checkpoints: Checkpoint[]; invalid: number[] }> {
  let text = '';
  try {
    text = await readFile(join(store.dir, fileName), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { checkpoints: [], invalid: [] };
    throw error;
  }
  const checkpoints: Checkpoint[] = [];
  const invalid: number[] = [];
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    try {
      const { seq, mac, at, check } = JSON.parse(line);
      const checkpoint = { seq: String(seq), mac: String(mac), at: String(at) };
      if (check === checkOf(store.macKey, checkpoint)) checkpoints.push(checkpoint);
      else invalid.push(index + 1);
    } catch {
      invalid.push(index + 1);
    }
  });
  return { checkpoints, invalid };
}
