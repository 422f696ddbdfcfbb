/**
 * A review's people and accounts as the server gives them (packages/server/src/routes/members.ts, auth.ts): members,
 * invitations, signing up and in. One function per request.
 */
import { del, get, patch, post, seg } from './client';
import type { Role } from './types';

export interface Member {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** The member's name in screening decisions, unique in the review. */
  handle: string;
  joinedAt: string;
}

/** A new invitation: the token is shown once, for the link. */
export interface Invitation {
  token: string;
  expiresAt: string;
}

export interface SignedIn {
  user: { id: string; email: string; name: string };
  csrfToken: string;
}

export interface SignUpInput {
  email: string;
  name: string;
  password: string;
  invitation?: string;
}

/** The shortest password the server takes (packages/server/src/routes/auth.ts). */
export const MIN_PASSWORD = 10;

const members = (reviewId: string) => `/api/reviews/${seg(reviewId)}/members`;

export const listMembers = (reviewId: string) => get<{ members: Member[] }>(members(reviewId)).then((r) => r.members);

export const changeMember = (reviewId: string, userId: string, change: { role?: Role; handle?: string }) =>
  patch<{ member: Member }>(`${members(reviewId)}/${seg(userId)}`, change).then((r) => r.member);

export const removeMember = (reviewId: string, userId: string) => del<void>(`${members(reviewId)}/${seg(userId)}`);

export const invite = (reviewId: string, email: string, role: Role) =>
  post<Invitation>(`/api/reviews/${seg(reviewId)}/invitations`, { email, role });

export const acceptInvitation = (token: string) =>
  post<{ reviewId: string; role: Role }>(`/api/invitations/${seg(token)}/accept`);

export const signUp = (input: SignUpInput) => post<SignedIn>('/api/auth/signup', input);

export const signIn = (email: string, password: string) => post<SignedIn>('/api/auth/login', { email, password });

/** The link that opens an invitation in this workbench. */
export const invitationLink = (token: string, page: { origin: string; pathname: string }) =>
  `${page.origin}${page.pathname}#/invitations/${encodeURIComponent(token)}`;

/** The reviews of the signed-in user (a new account made with an invitation has exactly the one it joined). */
export const myReviews = () => get<{ reviews: { id: string }[] }>('/api/reviews').then((r) => r.reviews);
