// Runs worker tasks (see robustness-worker.ts) with a deadline: a task that does not answer in time, or
// whose worker dies (stack overflow outside a try, out of memory), is reported as an error naming what it
// was doing, and the worker is replaced.
import { Worker } from 'node:worker_threads';
import * as path from 'node:path';
import type { Task } from './robustness-worker';

const WORKER = path.join(__dirname, 'robustness-worker.js');

export class TaskRunner {
  private worker: Worker | undefined;
  private nextId = 1;

  constructor(private readonly heapMb = 3072) {}

  private spawn(): Worker {
    if (!this.worker) {
      this.worker = new Worker(WORKER, { resourceLimits: { maxOldGenerationSizeMb: this.heapMb, stackSizeMb: 4 } });
      this.worker.unref();
    }
    return this.worker;
  }

  /** Runs a task; rejects after `deadlineMs`, when the task throws, or when the worker dies. */
  run<T>(task: Task, deadlineMs: number): Promise<T> {
    const worker = this.spawn();
    const id = this.nextId++;
    let progress = '';
    return new Promise<T>((resolve, reject) => {
      const done = () => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
      };
      const kill = (why: string) => {
        done();
        this.worker = undefined;
        void worker.terminate();
        reject(new Error(why));
      };
      const timer = setTimeout(() => kill(`did not finish within ${deadlineMs} ms${progress ? ` (at ${progress})` : ''}`), deadlineMs);
      const onMessage = (m: { id: number; progress?: string; result?: T; error?: string }) => {
        if (m.id !== id) return;
        if (m.progress !== undefined) progress = m.progress;
        else if (m.error !== undefined) {
          done();
          reject(new Error(m.error));
        } else {
          done();
          resolve(m.result as T);
        }
      };
      const onError = (err: Error) => kill(`worker failed${progress ? ` at ${progress}` : ''}: ${err.message}`);
      const onExit = (code: number) => kill(`worker exited with code ${code}${progress ? ` at ${progress}` : ''}`);
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.on('exit', onExit);
      worker.postMessage({ id, task });
    });
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = undefined;
    if (w) await w.terminate();
  }
}

/** A few task runners; run() waits for a free one. */
export class WorkerPool {
  private readonly runners: TaskRunner[];
  private readonly busy = new Set<TaskRunner>();
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.runners = Array.from({ length: size }, () => new TaskRunner());
  }

  async run<T>(task: Task, deadlineMs: number): Promise<T> {
    let runner = this.runners.find((r) => !this.busy.has(r));
    while (!runner) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      runner = this.runners.find((r) => !this.busy.has(r));
    }
    this.busy.add(runner);
    try {
      return await runner.run<T>(task, deadlineMs);
    } finally {
      this.busy.delete(runner);
      this.waiting.shift()?.();
    }
  }

  close(): Promise<void[]> {
    return Promise.all(this.runners.map((r) => r.close()));
  }
}
