import type { ChildProcess } from 'node:child_process';

/** Asks a benchmark's client process to stop, and kills it if it has not exited 10 s later. */
export async function stopChild(child: ChildProcess, stop: unknown = { type: 'stop' }): Promise<void> {
  if (child.exitCode !== null) return;
  if (child.connected) child.send(stop as object);
  await new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => resolve(clearTimeout(kill)));
  });
}

/** A benchmark file runs as its own client process when started with `flag`, else as the benchmark. */
export function runBenchmark(flag: string, client: () => Promise<void>, main: () => Promise<void>): void {
  if (process.argv[2] === flag) {
    void client();
    return;
  }
  main().then(
    () => process.exit(0),
    (error) => {
      console.error(error);
      process.exit(1);
    },
  );
}
