// The administrator the no-NEXTAUTH_URL server creates at start-up (ADMIN_EMAIL, ADMIN_PASSWORD).
export const HOST_ADMIN = { name: "Administrator", email: "host-admin@newsroom.test", password: "trusted host password" };
