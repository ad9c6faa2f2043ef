/** What a key press asks the page to do. */
export type KeyAction = 'opt-out' | 'next' | 'back' | 'restart' | 'new-group' | 'leave-workshop';

/** The key for "Don't count me" (N for "no", also in French: "non"), announced on the button with aria-keyshortcuts. */
export const OPT_OUT_KEY = 'N';

/** The facilitator's keys in a guided workshop. Page Up / Page Down are what presentation clickers send. */
const WORKSHOP_KEYS: Record<string, KeyAction> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ArrowLeft: 'back',
  PageUp: 'back',
  Home: 'restart',
  g: 'new-group',
  Escape: 'leave-workshop',
};

export interface KeyContext {
  /** A guided workshop is running. */
  workshop: boolean;
  /** The camera is running (an opt-out needs someone in view to mean anything). */
  cameraRunning: boolean;
  /** The key went to a text field or a menu, or came with Ctrl, Alt or Meta: it is not for the page. */
  consumed: boolean;
}

/** Maps a key (KeyboardEvent.key) to the page's action, or undefined to leave it to the browser. */
export function keyAction(key: string, context: KeyContext): KeyAction | undefined {
  if (context.consumed) return undefined;
  const k = key.length === 1 ? key.toLowerCase() : key;
  if (k === OPT_OUT_KEY.toLowerCase()) return context.cameraRunning ? 'opt-out' : undefined;
  return context.workshop ? WORKSHOP_KEYS[k] : undefined;
}
