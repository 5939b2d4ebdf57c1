import { copyWebChatBundle } from '../deploy/tools/webChatBundle';

/** The help page serves Web Chat from the build output (dist/web); tests run from the sources, so copy it as the build does. */
export default function globalSetup(): void {
  copyWebChatBundle();
}
