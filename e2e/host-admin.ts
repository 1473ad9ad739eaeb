// The administrator who signs in on the second server (the one without NEXTAUTH_URL).
export const HOST_ADMIN = { name: "Administrator", email: "host-admin@newsroom.test", password: "trusted host password" };
