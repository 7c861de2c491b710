import type { Workers } from './types.ts'

/**
 * Workers that run the first few tasks in this thread and hand the rest to threads, which start
 * with the first task they get: an incremental export checks a few documents and builds a few
 * pages, and starting the threads (each loads the checks and the build, about 0.6 s of CPU) cost
 * more than that work; a full export hands all but its first tasks to the threads. The output is
 * the same bytes either way.
 * @param threads the workers on threads
 * @param inline the workers in this thread
 * @param inlineTasks how many tasks (checks or builds) run in this thread first
 * @returns the workers
 */
export function threadsWhenMany(threads: Workers, inline: Workers, inlineTasks: number): Workers {
  let given = 0
  const next = () => (given++ < inlineTasks ? inline : threads)
  return {
    size: threads.size,
    check: (items) => next().check(items),
    build: (task) => next().build(task),
    idle: async () => threads.idle?.(),
    close: async () => {
      await inline.close()
      await threads.close()
    },
  }
}
