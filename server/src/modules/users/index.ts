/**
 * The users module's front door: identities and credentials (the `users` table), profiles and
 * avatars (`/api/user/`), password hashing and validation, and the user object's presentation.
 * It imports no other domain module but audit; `posts_count` comes in through the wiring.
 */
export { deleteAvatar } from './avatar.ts';
export { type CallerRow, callerCache } from './caller-cache.ts';
export {
  type CredentialRow,
  changeEmailAddress,
  countActiveAdmins,
  deleteUser,
  findCaller,
  findCredentialsByEmail,
  findCredentialsById,
  findCredentialsByUsername,
  findUserById,
  findUserByPublicId,
  findUserByUsername,
  insertUser,
  markEmailVerified,
  recordLogin,
  setUserActive,
  takenIdentifiers,
  type UserRow,
  updatePasswordHash,
} from './identity.service.ts';
export { validatePassword } from './password-validators.ts';
export {
  hashPassword,
  isUsablePassword,
  needsRehash,
  unusablePassword,
  verifyPassword,
} from './passwords.ts';
export { USER_COLUMNS } from './users.columns.ts';
export {
  avatarUrl,
  baseUrl,
  DEFAULT_AVATAR_PATH,
  isStaff,
  type PostsCounts,
  toUserDto,
  type UserDto,
} from './users.presenter.ts';
export { usersRoutes } from './users.routes.ts';
export { UserSchema } from './users.schemas.ts';
export {
  createUser,
  type PostsCounter,
  ROLES,
  setUserRole,
  type UserView,
  withPostsCounts,
} from './users.service.ts';
export { normalizeEmail, normalizeUsername, validateEmail, validateUsername } from './users.validators.ts';
