// Runs once when the server starts: validate the environment, prepare the database, provision an admin.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startServer } = await import("./lib/startup");
  await startServer();
}
