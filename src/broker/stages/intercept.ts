/**
 * Test seam (kfake's ControlKey): the next request of an API key is answered by a function instead
 * of its handler — a chosen error, a delay, or a call through to `next`. One-shot; queue several by
 * calling `interceptNext` again. With nothing queued the request goes on untouched.
 */
import type { RequestContext } from '../handler.ts';
import type { Stage } from './stage.ts';

export type Interceptor = (req: unknown, ctx: RequestContext, next: () => unknown) => unknown;

export class InterceptStage {
  private readonly queued = new Map<number, Interceptor[]>();

  interceptNext(apiKey: number, answer: Interceptor): void {
    const list = this.queued.get(apiKey) ?? [];
    list.push(answer);
    this.queued.set(apiKey, list);
  }

  readonly stage: Stage = (req, next) => {
    const intercept = this.queued.get(req.ctx.apiKey)?.shift();
    return intercept ? intercept(req.body, req.ctx, next) : next();
  };
}
