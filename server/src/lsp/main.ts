// ccmsetup-language-server: speaks LSP over --stdio (or --node-ipc, --socket=<port>, as the client asks).
import { startServer } from './server';

startServer();
