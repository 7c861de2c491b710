import type { ConfigEnv } from '../core/config/resolveConfig.ts'
import type { WebhookEnv } from '../webhook/io/webhookRunner.ts'
import type { PushEnv } from '../import/io/pushToContentLake.ts'
import type { NotifyEnv } from '../notify/io/notifyExport.ts'
import type { ContentLakeEnv } from '../sources/loadSource.ts'

/** A stream a command writes its report and messages to. */
export interface TextStream {
  write(s: string): unknown
  isTTY?: boolean
}

/** Every environment variable a command reads. */
export type CommandEnv = ConfigEnv &
  ContentLakeEnv &
  NotifyEnv &
  PushEnv &
  WebhookEnv & {
    NO_COLOR?: string | undefined
    XDG_CACHE_HOME?: string | undefined
    HOME?: string | undefined
  }

/** What a command may touch: its streams, the environment and the working folder. The entry point hands them in. */
export interface CommandIo {
  stdout: TextStream
  stderr: TextStream
  env: CommandEnv
  cwd: string
  /** Aborted when the process is asked to stop (SIGINT, SIGTERM): `jobld listen` finishes its run and closes. */
  signal?: AbortSignal | undefined
}
