// Entry of the playground bundle: start the server on $PORT (default 8080).
import { startPlayground } from './server';

startPlayground(Number(process.env.PORT) || 8080);
