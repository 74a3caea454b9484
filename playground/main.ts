// Entry of the playground bundle: start the server on $PORT (default 8080) and say where it is.
import { DEFAULT_STATE_DIR, startPlayground } from './server';

startPlayground(Number(process.env.PORT) || 8080).then(({ url }) => {
  console.log(`Tutoring Toolkit playground: ${url}`);
  console.log(`Signed in as the demo coordinator; switch user at the top. State is saved in ${DEFAULT_STATE_DIR} (Reset starts over).`);
});
