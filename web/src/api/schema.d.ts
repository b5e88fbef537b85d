/**
 * Generated from the server's OpenAPI document by web/scripts/generate-api.ts.
 * Do not edit by hand: run `npm run generate:api -w web`.
 */

export interface paths {
    "/api/health/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Health check */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness check */
        get: operations["getReady"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List posts
         * @description Newest first. Anonymous callers may read unless COMMUNITY_READ=members. Hidden posts only for their author and staff. Blocked and muted authors are left out, and posts matching the caller's `hide` filter words.
         */
        get: operations["getPost"];
        put?: never;
        /**
         * Create a post
         * @description A post whose text matches the crisis lexicon is published as usual; the answer then carries a `support` block with crisis resources.
         */
        post: operations["postPost"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Retrieve a post
         * @description Anonymous callers may read unless COMMUNITY_READ=members.
         */
        get: operations["getPostById"];
        /**
         * Edit your post
         * @description The author only (403 for anyone else); sets edited.
         */
        put: operations["putPostById"];
        post?: never;
        /**
         * Delete a post
         * @description The author, moderators and admins; a moderator deleting is audited.
         */
        delete: operations["deletePostById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{id}/like/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like a post
         * @description Body-less; idempotent. Answers with the post.
         */
        post: operations["postPostByIdLike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{id}/remove_like/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove your like
         * @description Body-less; idempotent. Answers with the post.
         */
        post: operations["postPostByIdRemoveLike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a post's comments
         * @description Newest first; the post must exist (404). Anonymous callers may read unless COMMUNITY_READ=members.
         */
        get: operations["getPostByPostIdComment"];
        put?: never;
        /**
         * Comment on a post
         * @description A comment whose text matches the crisis lexicon is published as usual; the answer then carries a `support` block with crisis resources.
         */
        post: operations["postPostByPostIdComment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a comment */
        get: operations["getPostByPostIdCommentById"];
        /**
         * Edit your comment
         * @description The author only (403 for anyone else); sets edited.
         */
        put: operations["putPostByPostIdCommentById"];
        post?: never;
        /**
         * Delete a comment
         * @description The comment author, the post author, moderators and admins.
         */
        delete: operations["deletePostByPostIdCommentById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/{id}/like/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Like a comment
         * @description Body-less; idempotent. Answers with the comment.
         */
        post: operations["postPostByPostIdCommentByIdLike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/{id}/remove_like/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Remove your like from a comment
         * @description Body-less; idempotent. Answers with the comment.
         */
        post: operations["postPostByPostIdCommentByIdRemoveLike"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{id}/appeal/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal the hiding of your post
         * @description Only the author of the hidden item (403 for others; 404 when the caller cannot see it), once per hiding (a second is a 400); a 400 too when it is not hidden.
         */
        post: operations["postPostByIdAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/{id}/appeal/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Appeal the hiding of your comment
         * @description Only the author of the hidden item (403 for others; 404 when the caller cannot see it), once per hiding (a second is a 400); a 400 too when it is not hidden.
         */
        post: operations["postPostByPostIdCommentByIdAppeal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/appeals/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Appeals waiting for a decision
         * @description Authors' appeals of hidings, oldest first. Moderators and admins only (403 otherwise); audited.
         */
        get: operations["getModerationAppeals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/appeals/{id}/decide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Decide an appeal
         * @description restore makes the item visible again; uphold keeps it hidden. Decided once (a 400 after). Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationAppealsByIdDecide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports/{id}/send-support/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send support resources to the author of reported content
         * @description Queues a kind, private e-mail with the crisis resources to the author; it names neither the reporter nor the content. 400 when the author's account is gone or inactive. Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationReportsByIdSendSupport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{id}/report/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a post
         * @description One open report per user per post (a second is a 400).
         */
        post: operations["postPostByIdReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/post/{post_id}/comment/{id}/report/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Report a comment
         * @description One open report per user per comment (a second is a 400).
         */
        post: operations["postPostByPostIdCommentByIdReport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The moderation queue
         * @description Newest first. Moderators and admins only (403 otherwise); audited.
         */
        get: operations["getModerationReports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports/{id}/resolve/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resolve a report
         * @description action: none, hide (hides the item) or delete (deletes it). Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationReportsByIdResolve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/reports/{id}/dismiss/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Dismiss a report
         * @description Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationReportsByIdDismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/posts/{id}/hide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a post
         * @description Body `{"reason", "note"}` (both optional, reason defaulting to other): the author sees both on their own hidden item and may appeal once. Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationPostsByIdHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/comments/{id}/hide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a comment
         * @description Body `{"reason", "note"}` (both optional, reason defaulting to other): the author sees both on their own hidden item and may appeal once. Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationCommentsByIdHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/posts/{id}/restore/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a hidden post
         * @description Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationPostsByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/moderation/comments/{id}/restore/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a hidden comment
         * @description Moderators and admins only (403 otherwise); audited.
         */
        post: operations["postModerationCommentsByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/register/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Create an account */
        post: operations["postAuthRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username or e-mail and password */
        post: operations["postAuthLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/refresh/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange a refresh token for new tokens */
        post: operations["postAuthRefresh"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out: revoke the session of a refresh token */
        post: operations["postAuthLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log out everywhere: revoke every session of the caller */
        post: operations["postAuthLogoutAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/token/verify/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Check whether a token is valid */
        post: operations["postAuthTokenVerify"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The authenticated user */
        get: operations["getAuthUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/.well-known/jwks.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public keys for verifying access tokens */
        get: operations["getWellKnownJwksJson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s live sessions */
        get: operations["getAuthSessions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/sessions/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke one of the caller’s sessions */
        delete: operations["deleteAuthSessionsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/security-events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s own login and security history */
        get: operations["getAuthSecurityEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/providers/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sign-in providers for the login page */
        get: operations["getAuthProviders"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{id}/start/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Start signing in with a provider (redirects to it) */
        get: operations["getAuthOidcByIdStart"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/oidc/{id}/callback/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The provider's redirect back: signs in and redirects to the web app */
        get: operations["getAuthOidcByIdCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/identities/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller’s linked sign-in providers */
        get: operations["getAuthIdentities"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/identities/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Unlink a sign-in provider (never the last way to sign in) */
        delete: operations["deleteAuthIdentitiesById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/registration/verify-email/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm an e-mail address with the key from the verification message */
        post: operations["postAuthRegistrationVerifyEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/registration/resend-email/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send the verification message again (same answer for every address) */
        post: operations["postAuthRegistrationResendEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** E-mail a password reset link (same answer for every address) */
        post: operations["postAuthPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/reset/confirm/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Set a new password with the uid and token of a reset link; signs out everywhere */
        post: operations["postAuthPasswordResetConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/password/change/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change the password; other sessions are signed out, this one stays */
        post: operations["postAuthPasswordChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/change/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ask to change the e-mail address; a confirmation link goes to the new address */
        post: operations["postAuthEmailChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/email/change/confirm/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm a new e-mail address with the key from the confirmation message */
        post: operations["postAuthEmailChangeConfirm"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List users
         * @description Newest first. Admins (superusers) are listed only to admins.
         */
        get: operations["getUser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retrieve a user */
        get: operations["getUserById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Update your own profile
         * @description JSON or multipart/form-data (for the avatar file). Only your own user; anyone else is a 403. email, role, is_active, is_staff, is_superuser, id and created are ignored.
         */
        patch: operations["patchUserById"];
        trace?: never;
    };
    "/api/journal/checkins/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your check-ins, newest first */
        get: operations["getJournalCheckins"];
        put?: never;
        /**
         * Record a check-in
         * @description A score-1 check-in’s response carries a `support` block with crisis resources.
         */
        post: operations["postJournalCheckins"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/journal/checkins/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your check-ins */
        get: operations["getJournalCheckinsById"];
        /** Change a check-in (score required; absent fields keep their value) */
        put: operations["putJournalCheckinsById"];
        post?: never;
        /** Delete a check-in (linked entries are kept, unlinked) */
        delete: operations["deleteJournalCheckinsById"];
        options?: never;
        head?: never;
        /** Change some fields of a check-in */
        patch: operations["patchJournalCheckinsById"];
        trace?: never;
    };
    "/api/journal/tags/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Built-in tags and your own custom ones */
        get: operations["getJournalTags"];
        put?: never;
        /**
         * Save a custom tag
         * @description Normalised as check-ins store tags; a built-in name or one you already saved is a 400.
         */
        post: operations["postJournalTags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/journal/tags/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a custom tag you saved
         * @description Check-ins that used it keep the text. Another person’s tag is a 404.
         */
        delete: operations["deleteJournalTagsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/journal/entries/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your entries, newest first; `search` matches title and body */
        get: operations["getJournalEntries"];
        put?: never;
        /** Write an entry */
        post: operations["postJournalEntries"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/journal/entries/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your entries */
        get: operations["getJournalEntriesById"];
        /** Change an entry (body required; absent fields keep their value) */
        put: operations["putJournalEntriesById"];
        post?: never;
        /** Delete an entry */
        delete: operations["deleteJournalEntriesById"];
        options?: never;
        head?: never;
        /** Change some fields of an entry */
        patch: operations["patchJournalEntriesById"];
        trace?: never;
    };
    "/api/journal/insights/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Patterns in your check-ins (see docs/insights.md) */
        get: operations["getJournalInsights"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/export/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download all of your data as JSON */
        get: operations["getAccountExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/export/checkins/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download your check-ins as CSV */
        get: operations["getAccountExportCheckins"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete your account and all of your data
         * @description Needs your password. By default the account is paused at once (it cannot sign in, every session is revoked) and deleted after 7 days; an e-mail carries a single-use link that restores it (202). With `when: "now"` it is deleted at once (204). Journal data, sessions and security history are deleted; posts and comments are deleted or anonymised as `content` says.
         */
        delete: operations["deleteAccount"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/restore/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a scheduled account deletion
         * @description With the key of the e-mailed restore link; single use, only during the grace period (400 on `key` otherwise). The account is active again with nothing lost.
         */
        post: operations["postAccountRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search, filter and sort users
         * @description Moderators and admins (403 otherwise).
         */
        get: operations["getAdminUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A user with counts, sessions and recent security events
         * @description Moderators and admins (403 otherwise). Journal data appears as counts only. Sessions and events are null for moderators.
         */
        get: operations["getAdminUsersById"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/deactivate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Deactivate an account (revokes every session at once)
         * @description Moderators and admins (403 otherwise). Moderators may act on ordinary users only; nobody on themself. Audited.
         */
        post: operations["postAdminUsersByIdDeactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/reactivate/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reactivate an account
         * @description Moderators and admins (403 otherwise). Moderators may act on ordinary users only; nobody on themself. Audited.
         */
        post: operations["postAdminUsersByIdReactivate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/role/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Set a role
         * @description Admins only (403 otherwise); audited. The last active admin cannot be demoted.
         */
        post: operations["postAdminUsersByIdRole"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/password-reset/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Force a password reset
         * @description Admins only (403 otherwise); audited. The password stops working, every session is revoked and a reset link is mailed.
         */
        post: operations["postAdminUsersByIdPasswordReset"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/{id}/resend-verification/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Resend the verification e-mail
         * @description Admins only (403 otherwise); audited. 400 when the address is confirmed already.
         */
        post: operations["postAdminUsersByIdResendVerification"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/users/bulk/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply an action to selected users
         * @description deactivate and reactivate: staff; set_role, password_reset, resend_verification: admins. Each item is checked and audited on its own.
         */
        post: operations["postAdminUsersBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/posts/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Posts with filters
         * @description Hidden ones and anonymous authors included. Moderators and admins (403 otherwise).
         */
        get: operations["getAdminPosts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/posts/{id}/hide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a post
         * @description Body `{"reason", "note"}` (optional; the author sees both and may appeal once). Also resolves its open reports. Moderators and admins (403 otherwise). Audited.
         */
        post: operations["postAdminPostsByIdHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/posts/{id}/restore/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a post
         * @description Moderators and admins (403 otherwise). Audited.
         */
        post: operations["postAdminPostsByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/posts/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a post
         * @description Resolves its open reports. Moderators and admins (403 otherwise). Audited.
         */
        delete: operations["deleteAdminPostsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comments/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Comments with filters
         * @description Hidden ones and anonymous authors included. Moderators and admins (403 otherwise).
         */
        get: operations["getAdminComments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comments/{id}/hide/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide a comment
         * @description Body `{"reason", "note"}` (optional; the author sees both and may appeal once). Also resolves its open reports. Moderators and admins (403 otherwise). Audited.
         */
        post: operations["postAdminCommentsByIdHide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comments/{id}/restore/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Restore a comment
         * @description Moderators and admins (403 otherwise). Audited.
         */
        post: operations["postAdminCommentsByIdRestore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/comments/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete a comment
         * @description Resolves its open reports. Moderators and admins (403 otherwise). Audited.
         */
        delete: operations["deleteAdminCommentsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/content/bulk/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Hide, restore or delete selected posts or comments
         * @description Moderators and admins (403 otherwise). Each item is checked and audited on its own.
         */
        post: operations["postAdminContentBulk"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit log
         * @description Every security event and every admin and moderation action: who, what, when, from where, before/after. Newest first. Admins only.
         */
        get: operations["getAdminAudit"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/audit/export/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the audit log as CSV
         * @description The same filters as the log, every matching entry, newest first; the export itself is recorded (admin.audit_export). Cells a spreadsheet would run as formulas are prefixed with an apostrophe. Admins only.
         */
        get: operations["getAdminAuditExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/dashboard/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Dashboard numbers
         * @description Users, posts and comments per day, open reports, failed logins per day, outbox backlog and failed mail. Counts only. Moderators and admins.
         */
        get: operations["getAdminDashboard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/admin/outbox/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Outbox status
         * @description Queued, sent and failed mail without bodies, newest first, with counts per status. Admins only.
         */
        get: operations["getAdminOutbox"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List my notifications
         * @description Newest first, cursor pages; `?unread=true` for unread ones only.
         */
        get: operations["getNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unread-count/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Count my unread notifications */
        get: operations["getNotificationsUnreadCount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/read-all/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark all my notifications read */
        post: operations["postNotificationsReadAll"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/read/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark one notification read
         * @description Another user's notification is a 404.
         */
        post: operations["postNotificationsByIdRead"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/{id}/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Delete one notification
         * @description Another user's notification is a 404.
         */
        delete: operations["deleteNotificationsById"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/preferences/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** My notification preferences */
        get: operations["getNotificationsPreferences"];
        /**
         * Change my notification preferences
         * @description Any subset of types and fields. An unknown type, or turning off the e-mail about a new sign-in, is a 400.
         */
        put: operations["putNotificationsPreferences"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/notifications/unsubscribe/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Stop notification e-mails (one click, no sign-in)
         * @description Turns off the digest and every per-type e-mail but the one about a new sign-in, for the user the signed token names. Idempotent. An invalid or expired token is a 400 on `token`.
         */
        post: operations["postNotificationsUnsubscribe"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/ticket/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a ticket for the live event stream
         * @description EventSource cannot send headers: open `/api/events/?ticket=…` with this ticket.
         */
        post: operations["postEventsTicket"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/events/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live events (Server-Sent Events)
         * @description `text/event-stream` of `notification`, `unread`, `post.created`, `comment.created` (`{"id", "post"}`, for a comment the listener may see) and `session.revoked` (then the stream ends), from every server process. A comment line every 20 s keeps it alive; `Last-Event-ID` (or `?last_event_id=`) replays what was missed in the last 5 minutes. Expired, used or unknown ticket → 401.
         */
        get: operations["getEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/{id}/block/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Block a user
         * @description Each of you stops seeing the other's posts (anonymous ones included) and comments; their detail, comments and likes answer 404. Yourself, moderators and admins cannot be blocked (400).
         */
        post: operations["postUserByIdBlock"];
        /**
         * Unblock a user
         * @description Idempotent.
         */
        delete: operations["deleteUserByIdBlock"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/blocks/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users you blocked */
        get: operations["getBlocks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/user/{id}/mute/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mute a user
         * @description You stop seeing the user's posts and comments; they notice nothing. You cannot mute yourself (400).
         */
        post: operations["postUserByIdMute"];
        /**
         * Unmute a user
         * @description Idempotent.
         */
        delete: operations["deleteUserByIdMute"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/mutes/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Users you muted */
        get: operations["getMutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/account/filters/": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your filter words */
        get: operations["getAccountFilters"];
        /**
         * Replace your filter words
         * @description Too many words or a word out of bounds is a 400 with field errors; nothing changes then.
         */
        put: operations["putAccountFilters"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: never;
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Always "ok" when the server can answer and reach its database.
                         * @enum {string}
                         */
                        status: "ok";
                        /** @description The database engine in use. */
                        database: "sqlite" | "postgres";
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getReady: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The database answers and its schema is up to date.
                         * @enum {string}
                         */
                        status: "ready";
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPost: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; invalid means the default. */
                limit?: unknown;
                /** @description Items to skip (limit/offset pages), default 0; invalid means 0. */
                offset?: unknown;
                /** @description Keyset cursor from a previous page's next/previous URL; empty for the first cursor page. Invalid → 400. */
                cursor?: string;
                /** @description Only this user's posts (hex or dashed UUID); anonymous posts only for the author and staff. */
                author__public_id?: string;
                /** @description Full-text search over body and content warning (at most 200 characters, else 400): words are ANDed, `"a phrase"` matches words in order, `word*` a prefix; any other syntax is read as plain words. Limit/offset pages put the best match first; cursor pages stay newest first. */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of posts, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items (limit/offset pages only). */
                        count?: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description A user. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Unique (case-insensitively) user name. */
                                username: string;
                                /** @description "first_name last_name" trimmed, or the username when both are empty. */
                                name: string;
                                /** @description Given name; may be empty. */
                                first_name: string;
                                /** @description Family name; may be empty. */
                                last_name: string;
                                /** @description About the user; may be empty. */
                                bio: string;
                                /** @description Absolute URL of the avatar image, served by this server. */
                                avatar: string;
                                /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                                email: string | null;
                                /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                                email_verified?: boolean | null;
                                /** @description False for deactivated accounts. */
                                is_active: boolean;
                                /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                                role: "user" | "moderator" | "admin";
                                /** @description Derived: role is moderator or admin. Read-only. */
                                is_staff: boolean;
                                /** @description Derived: role is admin. Read-only. */
                                is_superuser: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                updated: string;
                                /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                                posts_count: number;
                            };
                            /** @description The text of the post. */
                            body: string;
                            /** @description True once the author has changed the post. */
                            edited: boolean;
                            /** @description Whether the caller likes the post (false when anonymous). */
                            liked: boolean;
                            /** @description Number of likes. */
                            likes_count: number;
                            /** @description Number of comments that are not hidden. */
                            comments_count: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description The author's mood, 1 (low) to 5 (high), or null. */
                            mood: number | null;
                            /** @description Content warning, or null; clients blur the post until it is tapped. */
                            content_warning: string | null;
                            /** @description The author is hidden from everyone but the author and staff. */
                            anonymous: boolean;
                            /** @description Hidden by a moderator; only the author and staff see it. */
                            hidden: boolean;
                            /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                            filtered: string[];
                            /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                            moderation?: {
                                /**
                                 * @description Why a moderator hid it (one of the report reasons).
                                 * @enum {string}
                                 */
                                reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                                /** @description The moderator’s note to the author (may be empty). */
                                note: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                hidden_at: string;
                                /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                                appeal: {
                                    /**
                                     * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                     * @enum {string}
                                     */
                                    status: "open" | "upheld" | "restored";
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                     */
                                    created: string;
                                } | null;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPost: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A post as the author writes it. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The caller's own id (hex or dashed); may be omitted. Another user's id is a 400. */
                    author?: string | null;
                    /** @description The text of the post. */
                    body: string;
                    /** @description Mood 1–5, or null. Omitted on PUT: unchanged. */
                    mood?: number | null;
                    /** @description Content warning (at most 100 characters); "" or null for none. Omitted on PUT: unchanged. */
                    content_warning?: string | null;
                    /** @description Hide the author from everyone but themself and staff. Omitted on PUT: unchanged. */
                    anonymous?: boolean;
                };
            };
        };
        responses: {
            /** @description The created post; `support` only when its text matched the crisis lexicon. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPostById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putPostById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A post as the author writes it. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The caller's own id (hex or dashed); may be omitted. Another user's id is a 400. */
                    author?: string | null;
                    /** @description The text of the post. */
                    body: string;
                    /** @description Mood 1–5, or null. Omitted on PUT: unchanged. */
                    mood?: number | null;
                    /** @description Content warning (at most 100 characters); "" or null for none. Omitted on PUT: unchanged. */
                    content_warning?: string | null;
                    /** @description Hide the author from everyone but themself and staff. Omitted on PUT: unchanged. */
                    anonymous?: boolean;
                };
            };
        };
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deletePostById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByIdLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByIdRemoveLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPostByPostIdComment: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; invalid means the default. */
                limit?: unknown;
                /** @description Items to skip (limit/offset pages), default 0; invalid means 0. */
                offset?: unknown;
                /** @description Keyset cursor from a previous page's next/previous URL; empty for the first cursor page. Invalid → 400. */
                cursor?: string;
            };
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed); unknown → 404. */
                post_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of comments, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items (limit/offset pages only). */
                        count?: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                            post: string;
                            /** @description A user. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Unique (case-insensitively) user name. */
                                username: string;
                                /** @description "first_name last_name" trimmed, or the username when both are empty. */
                                name: string;
                                /** @description Given name; may be empty. */
                                first_name: string;
                                /** @description Family name; may be empty. */
                                last_name: string;
                                /** @description About the user; may be empty. */
                                bio: string;
                                /** @description Absolute URL of the avatar image, served by this server. */
                                avatar: string;
                                /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                                email: string | null;
                                /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                                email_verified?: boolean | null;
                                /** @description False for deactivated accounts. */
                                is_active: boolean;
                                /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                                role: "user" | "moderator" | "admin";
                                /** @description Derived: role is moderator or admin. Read-only. */
                                is_staff: boolean;
                                /** @description Derived: role is admin. Read-only. */
                                is_superuser: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                updated: string;
                                /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                                posts_count: number;
                            };
                            /** @description The text of the comment. */
                            body: string;
                            /** @description True once the author has changed the comment. */
                            edited: boolean;
                            /** @description Whether the caller likes the comment (false when anonymous). */
                            liked: boolean;
                            /** @description Number of likes. */
                            likes_count: number;
                            /** @description Hidden by a moderator; only the author and staff see it. */
                            hidden: boolean;
                            /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                            filtered: string[];
                            /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                            moderation?: {
                                /**
                                 * @description Why a moderator hid it (one of the report reasons).
                                 * @enum {string}
                                 */
                                reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                                /** @description The moderator’s note to the author (may be empty). */
                                note: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                hidden_at: string;
                                /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                                appeal: {
                                    /**
                                     * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                     * @enum {string}
                                     */
                                    status: "open" | "upheld" | "restored";
                                    /**
                                     * Format: date-time
                                     * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                     */
                                    created: string;
                                } | null;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByPostIdComment: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed); unknown → 404. */
                post_id: string;
            };
            cookie?: never;
        };
        /** @description A comment as the author writes it. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text of the comment. */
                    body: string;
                    /** @description The post (hex or dashed); may be omitted, must be the post in the URL otherwise. */
                    post?: string | null;
                    /** @description The caller's own id; may be omitted. Another user's id is a 400. */
                    author?: string | null;
                };
            };
        };
        responses: {
            /** @description The created comment; `support` only when its text matched the crisis lexicon. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getPostByPostIdCommentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putPostByPostIdCommentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A comment as the author writes it. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The text of the comment. */
                    body: string;
                    /** @description The post (hex or dashed); may be omitted, must be the post in the URL otherwise. */
                    post?: string | null;
                    /** @description The caller's own id; may be omitted. Another user's id is a 400. */
                    author?: string | null;
                };
            };
        };
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deletePostByPostIdCommentById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByPostIdCommentByIdLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByPostIdCommentByIdRemoveLike: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByIdAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The author’s one appeal of a hiding. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the author wants the moderators to know (1–2,000 characters). */
                    message: string;
                };
            };
        };
        responses: {
            /** @description The appeal, waiting for a moderator. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /**
                         * @description A new appeal is open.
                         * @enum {string}
                         */
                        status: "open";
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByPostIdCommentByIdAppeal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The author’s one appeal of a hiding. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description What the author wants the moderators to know (1–2,000 characters). */
                    message: string;
                };
            };
        };
        responses: {
            /** @description The appeal, waiting for a moderator. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /**
                         * @description A new appeal is open.
                         * @enum {string}
                         */
                        status: "open";
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getModerationAppeals: {
        parameters: {
            query?: {
                /** @description Which appeals: open (default), upheld, restored or all. */
                status?: "open" | "upheld" | "restored" | "all";
                /** @description Page size, default 10, at most 100. */
                limit?: unknown;
                /** @description Items to skip, default 0. */
                offset?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of appeals, oldest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description What was hidden. */
                            target_type: "post" | "comment";
                            /** @description Public UUID, 32 lowercase hex characters. */
                            target_id: string;
                            /** @description Public UUID, 32 lowercase hex characters. */
                            post: string;
                            /** @description Why it was hidden. */
                            reason: string;
                            /** @description The note the author was given (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal. */
                            message: string;
                            /** @description open, upheld (stays hidden) or restored (visible again). */
                            status: "open" | "upheld" | "restored";
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description When a moderator decided it, or null. */
                            decided: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationAppealsByIdDecide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A moderator’s decision on an appeal. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description restore (make the item visible again) or uphold (it stays hidden). */
                    decision: "restore" | "uphold";
                };
            };
        };
        responses: {
            /** @description An author’s appeal of a hiding, for moderators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description What was hidden. */
                        target_type: "post" | "comment";
                        /** @description Public UUID, 32 lowercase hex characters. */
                        target_id: string;
                        /** @description Public UUID, 32 lowercase hex characters. */
                        post: string;
                        /** @description Why it was hidden. */
                        reason: string;
                        /** @description The note the author was given (may be empty). */
                        note: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        hidden_at: string;
                        /** @description The author’s appeal. */
                        message: string;
                        /** @description open, upheld (stays hidden) or restored (visible again). */
                        status: "open" | "upheld" | "restored";
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /** @description When a moderator decided it, or null. */
                        decided: string | null;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationReportsByIdSendSupport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The message with the crisis resources is queued for the author. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A sentence for the moderator. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A report on a post or comment. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: spam, harassment, hate, self_harm, misinformation, other. */
                    reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description Optional details for moderators (at most 1,000 characters). */
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description A filed report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description What was reported. */
                        target_type: "post" | "comment";
                        /** @description Public UUID, 32 lowercase hex characters. */
                        target_id: string;
                        /** @description Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon. */
                        reason: string;
                        /** @description The reporter's details; may be empty. */
                        text: string;
                        /** @description open, resolved or dismissed. */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postPostByPostIdCommentByIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the post (hex or dashed). */
                post_id: string;
                /** @description Public id of the comment (hex or dashed); a comment of another post is a 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description A report on a post or comment. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why: spam, harassment, hate, self_harm, misinformation, other. */
                    reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description Optional details for moderators (at most 1,000 characters). */
                    text?: string | null;
                };
            };
        };
        responses: {
            /** @description A filed report. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description What was reported. */
                        target_type: "post" | "comment";
                        /** @description Public UUID, 32 lowercase hex characters. */
                        target_id: string;
                        /** @description Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon. */
                        reason: string;
                        /** @description The reporter's details; may be empty. */
                        text: string;
                        /** @description open, resolved or dismissed. */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getModerationReports: {
        parameters: {
            query?: {
                /** @description Which reports: open (default), resolved, dismissed or all. */
                status?: "open" | "resolved" | "dismissed" | "all";
                /** @description Page size, default 10, at most 100. */
                limit?: unknown;
                /** @description Items to skip, default 0. */
                offset?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of reports, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description What was reported. */
                            target_type: "post" | "comment";
                            /** @description Public UUID, 32 lowercase hex characters. */
                            target_id: string;
                            /** @description Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon. */
                            reason: string;
                            /** @description The reporter's details; may be empty. */
                            text: string;
                            /** @description open, resolved or dismissed. */
                            status: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description The post reported, or the post of the reported comment; null once deleted. */
                            post: string | null;
                            /** @description none, hide or delete once resolved; otherwise null. */
                            action: string | null;
                            /** @description The reported item, or null once deleted. */
                            target: {
                                /** @description Text of the reported item. */
                                body: string;
                                /** @description Whether it is hidden. */
                                hidden: boolean;
                                /** @description The user, or null once the account is gone. */
                                author: {
                                    /** @description Public UUID, 32 lowercase hex characters. */
                                    id: string;
                                    /** @description Username. */
                                    username: string;
                                } | null;
                            } | null;
                            /** @description The user, or null once the account is gone. */
                            reporter: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description The user, or null once the account is gone. */
                            resolver: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description When it was resolved or dismissed, or null. */
                            resolved: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationReportsByIdResolve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description How the report was resolved. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description none (nothing to change), hide (hide the item) or delete (delete it). */
                    action: "none" | "hide" | "delete";
                };
            };
        };
        responses: {
            /** @description A report with the reported item, for moderators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description What was reported. */
                        target_type: "post" | "comment";
                        /** @description Public UUID, 32 lowercase hex characters. */
                        target_id: string;
                        /** @description Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon. */
                        reason: string;
                        /** @description The reporter's details; may be empty. */
                        text: string;
                        /** @description open, resolved or dismissed. */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /** @description The post reported, or the post of the reported comment; null once deleted. */
                        post: string | null;
                        /** @description none, hide or delete once resolved; otherwise null. */
                        action: string | null;
                        /** @description The reported item, or null once deleted. */
                        target: {
                            /** @description Text of the reported item. */
                            body: string;
                            /** @description Whether it is hidden. */
                            hidden: boolean;
                            /** @description The user, or null once the account is gone. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                        } | null;
                        /** @description The user, or null once the account is gone. */
                        reporter: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Username. */
                            username: string;
                        } | null;
                        /** @description The user, or null once the account is gone. */
                        resolver: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Username. */
                            username: string;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description When it was resolved or dismissed, or null. */
                        resolved: string | null;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationReportsByIdDismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A report with the reported item, for moderators. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description What was reported. */
                        target_type: "post" | "comment";
                        /** @description Public UUID, 32 lowercase hex characters. */
                        target_id: string;
                        /** @description Why it was reported; `crisis` for the system’s reports on text matching the crisis lexicon. */
                        reason: string;
                        /** @description The reporter's details; may be empty. */
                        text: string;
                        /** @description open, resolved or dismissed. */
                        status: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /** @description The post reported, or the post of the reported comment; null once deleted. */
                        post: string | null;
                        /** @description none, hide or delete once resolved; otherwise null. */
                        action: string | null;
                        /** @description The reported item, or null once deleted. */
                        target: {
                            /** @description Text of the reported item. */
                            body: string;
                            /** @description Whether it is hidden. */
                            hidden: boolean;
                            /** @description The user, or null once the account is gone. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                        } | null;
                        /** @description The user, or null once the account is gone. */
                        reporter: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Username. */
                            username: string;
                        } | null;
                        /** @description The user, or null once the account is gone. */
                        resolver: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Username. */
                            username: string;
                        } | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description When it was resolved or dismissed, or null. */
                        resolved: string | null;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationPostsByIdHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why the item is hidden; its author sees both. Optional for older clients (no body: reason other); the web app always sends a reason. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is hidden, shown to its author: spam, harassment, hate, self_harm, misinformation, other. Default other. */
                    reason?: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description A note to the author (at most 1,000 characters). */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationCommentsByIdHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why the item is hidden; its author sees both. Optional for older clients (no body: reason other); the web app always sends a reason. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is hidden, shown to its author: spam, harassment, hate, self_harm, misinformation, other. Default other. */
                    reason?: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description A note to the author (at most 1,000 characters). */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationPostsByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A community post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the post. */
                        body: string;
                        /** @description True once the author has changed the post. */
                        edited: boolean;
                        /** @description Whether the caller likes the post (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Number of comments that are not hidden. */
                        comments_count: number;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description The author's mood, 1 (low) to 5 (high), or null. */
                        mood: number | null;
                        /** @description Content warning, or null; clients blur the post until it is tapped. */
                        content_warning: string | null;
                        /** @description The author is hidden from everyone but the author and staff. */
                        anonymous: boolean;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postModerationCommentsByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A comment on a post. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The post commented on, as a DASHED UUID (as the reference sends it). */
                        post: string;
                        /** @description A user. */
                        author: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description The text of the comment. */
                        body: string;
                        /** @description True once the author has changed the comment. */
                        edited: boolean;
                        /** @description Whether the caller likes the comment (false when anonymous). */
                        liked: boolean;
                        /** @description Number of likes. */
                        likes_count: number;
                        /** @description Hidden by a moderator; only the author and staff see it. */
                        hidden: boolean;
                        /** @description The caller's personal filter words found in the body or content warning (whole word, case-insensitive); clients blur the item while it is not empty. Always `[]` for anonymous callers. */
                        filtered: string[];
                        /** @description Why this was hidden. Sent only to its author, on their own hidden content; others never get the field. */
                        moderation?: {
                            /**
                             * @description Why a moderator hid it (one of the report reasons).
                             * @enum {string}
                             */
                            reason: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                            /** @description The moderator’s note to the author (may be empty). */
                            note: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            hidden_at: string;
                            /** @description The author’s appeal, or null while they have not appealed (one appeal per hiding). */
                            appeal: {
                                /**
                                 * @description open (waiting for a moderator), upheld (stays hidden) or restored (visible again).
                                 * @enum {string}
                                 */
                                status: "open" | "upheld" | "restored";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            } | null;
                        };
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthRegister: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Unique (case-insensitively) user name, ≤ 150 characters. */
                    username: string;
                    /** @description E-mail address, unique case-insensitively, ≤ 254 characters. */
                    email: string;
                    /** @description Password, 8–128 characters, checked by the validators. */
                    password: string;
                    /** @description Given name; may be empty. */
                    first_name?: string | null;
                    /** @description Family name; may be empty. */
                    last_name?: string | null;
                    /** @description About the user; may be empty or null. */
                    bio?: string | null;
                };
            };
        };
        responses: {
            /** @description A new session, or `{"detail": "Verification e-mail sent."}` when verification is mandatory. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A user. */
                        user: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description Refresh token (opaque). Left out in cookie mode, where it is set as an HttpOnly cookie. */
                        refresh?: string;
                        /** @description Access token (JWT), sent as `Authorization: Bearer <access>`. */
                        access: string;
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description User name; a value with @ that matches none is tried as an e-mail. */
                    username?: string;
                    /** @description E-mail address (instead of username). */
                    email?: string;
                    /** @description Password. */
                    password?: string;
                };
            };
        };
        responses: {
            /** @description A new session: the user and its tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A user. */
                        user: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        };
                        /** @description Refresh token (opaque). Left out in cookie mode, where it is set as an HttpOnly cookie. */
                        refresh?: string;
                        /** @description Access token (JWT), sent as `Authorization: Bearer <access>`. */
                        access: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthRefresh: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Refresh token; in cookie mode the cookie is used instead. */
                    refresh?: string;
                };
            };
        };
        responses: {
            /** @description A new access token, and with rotation a new refresh token. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Access token (JWT), sent as `Authorization: Bearer <access>`. */
                        access: string;
                        /** @description The next refresh token (rotation on; not in cookie mode). The one sent is now used up. */
                        refresh?: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Refresh token; in cookie mode the cookie is used instead. */
                    refresh?: string;
                };
            };
        };
        responses: {
            /** @description Logged out. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthLogoutAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every session revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthTokenVerify: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description An access token (or a refresh token) to check. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description An empty object: the token is valid. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthUser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Unique (case-insensitively) user name. */
                        username: string;
                        /** @description "first_name last_name" trimmed, or the username when both are empty. */
                        name: string;
                        /** @description Given name; may be empty. */
                        first_name: string;
                        /** @description Family name; may be empty. */
                        last_name: string;
                        /** @description About the user; may be empty. */
                        bio: string;
                        /** @description Absolute URL of the avatar image, served by this server. */
                        avatar: string;
                        /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                        email: string | null;
                        /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                        email_verified?: boolean | null;
                        /** @description False for deactivated accounts. */
                        is_active: boolean;
                        /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                        role: "user" | "moderator" | "admin";
                        /** @description Derived: role is moderator or admin. Read-only. */
                        is_staff: boolean;
                        /** @description Derived: role is admin. Read-only. */
                        is_superuser: boolean;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                        posts_count: number;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getWellKnownJwksJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The JSON Web Key Set for verifying access tokens. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Every key access tokens may be signed with. */
                        keys: {
                            /** @description Key type (OKP or EC). */
                            kty: string;
                            /** @description Key id, the JWK thumbprint; the `kid` header of tokens. */
                            kid: string;
                            /** @description The one algorithm this key signs with (EdDSA or ES256). */
                            alg: string;
                            /** @description Always "sig". */
                            use: string;
                            /** @description Curve (Ed25519 or P-256). */
                            crv: string;
                            /** @description Public key (x coordinate), base64url. */
                            x: string;
                            /** @description Y coordinate for EC keys, base64url. */
                            y?: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthSessions: {
        parameters: {
            query?: {
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller’s live sessions. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description A short description of the browser and system, from the user agent. */
                            device: string;
                            /** @description The client User-Agent at login. */
                            user_agent: string | null;
                            /** @description IP address of the latest use. */
                            ip: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            last_used: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            expires: string;
                            /** @description True for the session of the token making this request. */
                            current: boolean;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteAuthSessionsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Session id (32 hex or dashed UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthSecurityEvents: {
        parameters: {
            query?: {
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the caller’s security events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Machine name, e.g. login.success, login.failure, token.reuse, logout. */
                            type: string;
                            /** @description Client IP address. */
                            ip: string | null;
                            /** @description Client User-Agent. */
                            user_agent: string | null;
                            /** @description Event-specific details. */
                            details: {
                                [key: string]: unknown;
                            };
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthProviders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The configured providers. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Provider id, used in `/api/auth/oidc/{id}/start/`. */
                        id: string;
                        /** @description Name to show on the sign-in button. */
                        name: string;
                    }[];
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthOidcByIdStart: {
        parameters: {
            query?: {
                /** @description Path of the web app to land on after signing in; anything but a same-origin path means `/`. */
                next?: string;
            };
            header?: never;
            path: {
                /** @description Provider id from `OIDC_PROVIDERS`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (see `Location`). */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthOidcByIdCallback: {
        parameters: {
            query?: {
                /** @description Authorization code. */
                code?: string;
                /** @description The state sent at the start. */
                state?: string;
                /** @description Error code from the provider. */
                error?: string;
                /** @description The provider's explanation (never shown). */
                error_description?: string;
                /** @description Issuer (RFC 9207), checked when sent. */
                iss?: string;
            };
            header?: never;
            path: {
                /** @description Provider id from `OIDC_PROVIDERS`. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redirect (see `Location`). */
            302: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAuthIdentities: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller’s linked identities. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Provider id. */
                        provider: string;
                        /** @description Provider name, or its id when it is no longer configured. */
                        provider_name: string;
                        /** @description The address the provider reported when the identity was linked. */
                        email: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        last_used: string;
                    }[];
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteAuthIdentitiesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Identity id (32 hex or dashed UUID). */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unlinked. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthRegistrationVerifyEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The key from the e-mailed link (the last part of …/verify-email/<key> or …/confirm-email-change/<key>). */
                    key: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthRegistrationResendEmail: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The e-mail address of the account.
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The e-mail address of the account.
                     */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthPasswordResetConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The user id from the link …/reset-password/<uid>/<token>. */
                    uid: string;
                    /** @description The token from the link …/reset-password/<uid>/<token>. */
                    token: string;
                    /** @description The new password, checked by the password validators. */
                    new_password1: string;
                    /** @description The new password again; must equal new_password1. */
                    new_password2: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthPasswordChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The current password. */
                    old_password: string;
                    /** @description The new password, checked by the password validators. */
                    new_password1: string;
                    /** @description The new password again; must equal new_password1. */
                    new_password2: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthEmailChange: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /**
                     * Format: email
                     * @description The new e-mail address; it replaces the current one only once confirmed.
                     */
                    new_email: string;
                    /** @description The current password. */
                    password: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAuthEmailChangeConfirm: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The key from the e-mailed link (the last part of …/verify-email/<key> or …/confirm-email-change/<key>). */
                    key: string;
                };
            };
        };
        responses: {
            /** @description Success. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description What happened, as a sentence. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getUser: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; an invalid value means the default. */
                limit?: unknown;
                /** @description Number of users to skip, default 0; an invalid value means 0. */
                offset?: unknown;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Unique (case-insensitively) user name. */
                            username: string;
                            /** @description "first_name last_name" trimmed, or the username when both are empty. */
                            name: string;
                            /** @description Given name; may be empty. */
                            first_name: string;
                            /** @description Family name; may be empty. */
                            last_name: string;
                            /** @description About the user; may be empty. */
                            bio: string;
                            /** @description Absolute URL of the avatar image, served by this server. */
                            avatar: string;
                            /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                            email: string | null;
                            /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                            email_verified?: boolean | null;
                            /** @description False for deactivated accounts. */
                            is_active: boolean;
                            /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                            role: "user" | "moderator" | "admin";
                            /** @description Derived: role is moderator or admin. Read-only. */
                            is_staff: boolean;
                            /** @description Derived: role is admin. Read-only. */
                            is_superuser: boolean;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                            posts_count: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Unique (case-insensitively) user name. */
                        username: string;
                        /** @description "first_name last_name" trimmed, or the username when both are empty. */
                        name: string;
                        /** @description Given name; may be empty. */
                        first_name: string;
                        /** @description Family name; may be empty. */
                        last_name: string;
                        /** @description About the user; may be empty. */
                        bio: string;
                        /** @description Absolute URL of the avatar image, served by this server. */
                        avatar: string;
                        /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                        email: string | null;
                        /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                        email_verified?: boolean | null;
                        /** @description False for deactivated accounts. */
                        is_active: boolean;
                        /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                        role: "user" | "moderator" | "admin";
                        /** @description Derived: role is moderator or admin. Read-only. */
                        is_staff: boolean;
                        /** @description Derived: role is admin. Read-only. */
                        is_superuser: boolean;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                        posts_count: number;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    patchUserById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Profile fields the user may change about themself. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description New username: letters, digits and @/./+/-/_ only, unique case-insensitively, at most 150 characters. */
                    username?: string;
                    /** @description Given name; "" or null clears it. */
                    first_name?: string | null;
                    /** @description Family name; "" or null clears it. */
                    last_name?: string | null;
                    /** @description About the user; "" or null clears it. */
                    bio?: string | null;
                    /**
                     * Format: binary
                     * @description multipart/form-data: a PNG, JPEG, WebP or GIF image (at most 2 MB and 4096 × 4096 px), stored without metadata. JSON (or an empty form field): null or "" resets to the default avatar.
                     */
                    avatar?: string | null;
                };
                "multipart/form-data": {
                    /** @description New username: letters, digits and @/./+/-/_ only, unique case-insensitively, at most 150 characters. */
                    username?: string;
                    /** @description Given name; "" or null clears it. */
                    first_name?: string | null;
                    /** @description Family name; "" or null clears it. */
                    last_name?: string | null;
                    /** @description About the user; "" or null clears it. */
                    bio?: string | null;
                    /**
                     * Format: binary
                     * @description multipart/form-data: a PNG, JPEG, WebP or GIF image (at most 2 MB and 4096 × 4096 px), stored without metadata. JSON (or an empty form field): null or "" resets to the default avatar.
                     */
                    avatar?: string | null;
                };
            };
        };
        responses: {
            /** @description A user. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Unique (case-insensitively) user name. */
                        username: string;
                        /** @description "first_name last_name" trimmed, or the username when both are empty. */
                        name: string;
                        /** @description Given name; may be empty. */
                        first_name: string;
                        /** @description Family name; may be empty. */
                        last_name: string;
                        /** @description About the user; may be empty. */
                        bio: string;
                        /** @description Absolute URL of the avatar image, served by this server. */
                        avatar: string;
                        /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                        email: string | null;
                        /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                        email_verified?: boolean | null;
                        /** @description False for deactivated accounts. */
                        is_active: boolean;
                        /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                        role: "user" | "moderator" | "admin";
                        /** @description Derived: role is moderator or admin. Read-only. */
                        is_staff: boolean;
                        /** @description Derived: role is admin. Read-only. */
                        is_superuser: boolean;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                        posts_count: number;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalCheckins: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; an invalid value means the default. */
                limit?: string;
                /** @description Items to skip, default 0; an invalid value means 0. */
                offset?: string;
                /** @description Earliest occurred_at: a date (start of that day in tz) or a date-time. */
                from?: string;
                /** @description Latest occurred_at: a date (end of that day in tz) or a date-time. */
                to?: string;
                /** @description IANA time zone for dates, e.g. Europe/London (default UTC). */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of check-ins, newest occurred_at first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Mood from 1 (very low) to 5 (very good). */
                            score: number;
                            /** @description Emotion tags, normalised. */
                            emotions: string[];
                            /** @description Activity tags, normalised. */
                            activities: string[];
                            /** @description The note, or null. */
                            note: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            occurred_at: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                            /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                            support?: {
                                /** @description A short, calm message. */
                                message: string;
                                /** @description Free, confidential places to turn to. */
                                resources: {
                                    /** @description Name of the service. */
                                    name: string;
                                    /** @description What it offers and where. */
                                    description: string;
                                    /** @description Phone number, or null. */
                                    phone: string | null;
                                    /** @description Text-message contact, or null. */
                                    text: string | null;
                                    /** @description Web address, or null. */
                                    url: string | null;
                                }[];
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postJournalCheckins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mood from 1 (very low) to 5 (very good). */
                    score: number;
                    /** @description Emotion tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    emotions?: string[];
                    /** @description Activity tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    activities?: string[];
                    /** @description Free text, ≤ 5000 characters, encrypted at rest; "" or null for none. */
                    note?: string | null;
                    /**
                     * Format: date-time
                     * @description When you felt this (ISO-8601 with a zone); default now. May be in the past, not the future.
                     */
                    occurred_at?: string | null;
                };
            };
        };
        responses: {
            /** @description A mood check-in, visible only to its owner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Mood from 1 (very low) to 5 (very good). */
                        score: number;
                        /** @description Emotion tags, normalised. */
                        emotions: string[];
                        /** @description Activity tags, normalised. */
                        activities: string[];
                        /** @description The note, or null. */
                        note: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        occurred_at: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalCheckinsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A mood check-in, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Mood from 1 (very low) to 5 (very good). */
                        score: number;
                        /** @description Emotion tags, normalised. */
                        emotions: string[];
                        /** @description Activity tags, normalised. */
                        activities: string[];
                        /** @description The note, or null. */
                        note: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        occurred_at: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putJournalCheckinsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mood from 1 (very low) to 5 (very good). */
                    score: number;
                    /** @description Emotion tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    emotions?: string[];
                    /** @description Activity tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    activities?: string[];
                    /** @description Free text, ≤ 5000 characters, encrypted at rest; "" or null for none. */
                    note?: string | null;
                    /**
                     * Format: date-time
                     * @description When you felt this (ISO-8601 with a zone); default now. May be in the past, not the future.
                     */
                    occurred_at?: string | null;
                };
            };
        };
        responses: {
            /** @description A mood check-in, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Mood from 1 (very low) to 5 (very good). */
                        score: number;
                        /** @description Emotion tags, normalised. */
                        emotions: string[];
                        /** @description Activity tags, normalised. */
                        activities: string[];
                        /** @description The note, or null. */
                        note: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        occurred_at: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteJournalCheckinsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    patchJournalCheckinsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Mood from 1 (very low) to 5 (very good). */
                    score?: number;
                    /** @description Emotion tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    emotions?: string[];
                    /** @description Activity tags: built-in ones or your own (letters, numbers, spaces, ' - _), normalised to lower case; at most 16. */
                    activities?: string[];
                    /** @description Free text, ≤ 5000 characters, encrypted at rest; "" or null for none. */
                    note?: string | null;
                    /**
                     * Format: date-time
                     * @description When you felt this (ISO-8601 with a zone); default now. May be in the past, not the future.
                     */
                    occurred_at?: string | null;
                };
            };
        };
        responses: {
            /** @description A mood check-in, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Mood from 1 (very low) to 5 (very good). */
                        score: number;
                        /** @description Emotion tags, normalised. */
                        emotions: string[];
                        /** @description Activity tags, normalised. */
                        activities: string[];
                        /** @description The note, or null. */
                        note: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        occurred_at: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Crisis resources: on a single check-in whose score is 1, and on the create response of a post or comment whose text matches the crisis lexicon. Never blocks anything. */
                        support?: {
                            /** @description A short, calm message. */
                            message: string;
                            /** @description Free, confidential places to turn to. */
                            resources: {
                                /** @description Name of the service. */
                                name: string;
                                /** @description What it offers and where. */
                                description: string;
                                /** @description Phone number, or null. */
                                phone: string | null;
                                /** @description Text-message contact, or null. */
                                text: string | null;
                                /** @description Web address, or null. */
                                url: string | null;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Tags to offer when checking in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Emotion tags. */
                        emotions: {
                            /** @description Emotion tags every user has. */
                            built_in: string[];
                            /** @description Emotion tags you have saved or used that are not built in. */
                            custom: string[];
                            /** @description Emotion tags you saved (delete them by id). */
                            saved: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description The tag, normalised (lower case, single spaces). */
                                name: string;
                                /** @description emotion or activity. */
                                kind: "emotion" | "activity";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            }[];
                        };
                        /** @description Activity tags. */
                        activities: {
                            /** @description Activity tags every user has. */
                            built_in: string[];
                            /** @description Activity tags you have saved or used that are not built in. */
                            custom: string[];
                            /** @description Activity tags you saved (delete them by id). */
                            saved: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description The tag, normalised (lower case, single spaces). */
                                name: string;
                                /** @description emotion or activity. */
                                kind: "emotion" | "activity";
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                            }[];
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postJournalTags: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A custom tag to save. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The tag (at most 32 characters once normalised). */
                    name: string;
                    /** @description emotion or activity. */
                    kind: "emotion" | "activity";
                };
            };
        };
        responses: {
            /** @description A custom tag you saved. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The tag, normalised (lower case, single spaces). */
                        name: string;
                        /** @description emotion or activity. */
                        kind: "emotion" | "activity";
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteJournalTagsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalEntries: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; an invalid value means the default. */
                limit?: string;
                /** @description Items to skip, default 0; an invalid value means 0. */
                offset?: string;
                /** @description Only entries whose title or body contains this text (case-insensitive). */
                search?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description The title, or null. */
                            title: string | null;
                            /** @description The entry text. */
                            body: string;
                            /** @description Id of the linked check-in, or null. */
                            checkin: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postJournalEntries: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Optional title, ≤ 200 characters, encrypted at rest; "" or null for none. */
                    title?: string | null;
                    /** @description The entry, ≤ 50000 characters, encrypted at rest. */
                    body: string;
                    /** @description Id of one of your check-ins this entry is about, or null for none. */
                    checkin?: string | null;
                };
            };
        };
        responses: {
            /** @description A journal entry, visible only to its owner. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The title, or null. */
                        title: string | null;
                        /** @description The entry text. */
                        body: string;
                        /** @description Id of the linked check-in, or null. */
                        checkin: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A journal entry, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The title, or null. */
                        title: string | null;
                        /** @description The entry text. */
                        body: string;
                        /** @description Id of the linked check-in, or null. */
                        checkin: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putJournalEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Optional title, ≤ 200 characters, encrypted at rest; "" or null for none. */
                    title?: string | null;
                    /** @description The entry, ≤ 50000 characters, encrypted at rest. */
                    body: string;
                    /** @description Id of one of your check-ins this entry is about, or null for none. */
                    checkin?: string | null;
                };
            };
        };
        responses: {
            /** @description A journal entry, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The title, or null. */
                        title: string | null;
                        /** @description The entry text. */
                        body: string;
                        /** @description Id of the linked check-in, or null. */
                        checkin: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteJournalEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    patchJournalEntriesById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Optional title, ≤ 200 characters, encrypted at rest; "" or null for none. */
                    title?: string | null;
                    /** @description The entry, ≤ 50000 characters, encrypted at rest. */
                    body?: string;
                    /** @description Id of one of your check-ins this entry is about, or null for none. */
                    checkin?: string | null;
                };
            };
        };
        responses: {
            /** @description A journal entry, visible only to its owner. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description The title, or null. */
                        title: string | null;
                        /** @description The entry text. */
                        body: string;
                        /** @description Id of the linked check-in, or null. */
                        checkin: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getJournalInsights: {
        parameters: {
            query?: {
                /** @description First local day, YYYY-MM-DD (default: 29 days before to). */
                from?: string;
                /** @description Last local day, YYYY-MM-DD, inclusive (default: today in tz). */
                to?: string;
                /** @description IANA time zone for dates, e.g. Europe/London (default UTC). */
                tz?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Patterns in your check-ins over a range of days in your time zone. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date
                         * @description First day of the range.
                         */
                        from: string;
                        /**
                         * Format: date
                         * @description Last day of the range (inclusive).
                         */
                        to: string;
                        /** @description The time zone days were counted in. */
                        tz: string;
                        /** @description Check-ins in the range. */
                        checkins: number;
                        /** @description Days with at least one check-in. */
                        days_with_checkins: number;
                        /** @description Mean of the daily averages, or null without check-ins. */
                        average: number | null;
                        /** @description Days with check-ins, oldest first. */
                        daily: {
                            /**
                             * Format: date
                             * @description The local day.
                             */
                            date: string;
                            /** @description Mean score of that day’s check-ins. */
                            average: number;
                            /** @description Check-ins that day. */
                            count: number;
                        }[];
                        /** @description Weeks with check-ins, oldest first. */
                        weekly: {
                            /**
                             * Format: date
                             * @description Monday of the ISO week.
                             */
                            week_start: string;
                            /** @description Mean of that week’s daily averages. */
                            average: number;
                            /** @description Days of the week with check-ins. */
                            days: number;
                            /** @description Check-ins that week. */
                            count: number;
                        }[];
                        /** @description All seven weekdays, Monday first. */
                        by_weekday: {
                            /** @description ISO weekday: 1 = Monday … 7 = Sunday. */
                            weekday: number;
                            /** @description monday … sunday. */
                            name: string;
                            /** @description Mean of the daily averages on that weekday, or null. */
                            average: number | null;
                            /** @description Days counted. */
                            days: number;
                        }[];
                        /** @description Streaks of days with at least one check-in. */
                        streaks: {
                            /** @description Consecutive days with check-ins ending on "to" (or the day before, if "to" has none yet). */
                            current: number;
                            /** @description Longest run of consecutive days with check-ins in the range. */
                            longest: number;
                        };
                        /** @description Most frequent emotion tags (at most 20), most used first, ties by name. */
                        emotions: {
                            /** @description The emotion tag. */
                            tag: string;
                            /** @description Check-ins carrying it. */
                            count: number;
                        }[];
                        /** @description Most frequent activity tags (at most 20), most used first, ties by name. */
                        activities: {
                            /** @description The activity tag. */
                            tag: string;
                            /** @description Check-ins carrying it. */
                            count: number;
                        }[];
                        /** @description Activities with at least 3 days on each side, largest difference first. */
                        activity_effects: {
                            /** @description The activity tag. */
                            tag: string;
                            /** @description Mean daily average on days with it. */
                            with_average: number;
                            /** @description Days with it (≥ 3). */
                            with_days: number;
                            /** @description Mean daily average on days with check-ins but without it. */
                            without_average: number;
                            /** @description Days without it (≥ 3). */
                            without_days: number;
                            /** @description with_average − without_average. */
                            difference: number;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAccountExport: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description All of your data: besides `exported_at` and `format_version`, one key per contributing module — `account` ({profile, sessions, security_events}), `journal` ({checkins, entries}, decrypted) and the community module’s sections. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        exported_at: string;
                        /** @description Version of this document’s layout (1). */
                        format_version: number;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAccountExportCheckins: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180, UTF-8, CRLF): id, occurred_at, score, emotions, activities, note, created, updated; tags joined with "; ". */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description Your current password, to confirm. */
                    password: string;
                    /**
                     * @description What happens to your posts and comments: "delete" removes them, "anonymise" keeps them under a "deleted user" tombstone. Journal data is always deleted.
                     * @enum {string}
                     */
                    content: "delete" | "anonymise";
                    /**
                     * @description "later" (the default): the account is paused at once and deleted after a 7-day grace period; an e-mail carries a link that cancels it. "now": deleted at once.
                     * @enum {string}
                     */
                    when?: "later" | "now";
                };
            };
        };
        responses: {
            /** @description The account is paused and will be deleted at `scheduled_for` unless restored. */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        scheduled_for: string;
                        /** @description A sentence for the person leaving. */
                        detail: string;
                    };
                };
            };
            /** @description Deleted; every token of the account has stopped working. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAccountRestore: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Cancels a scheduled deletion. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The key of the restore link (`/restore-account/<key>`). */
                    key: string;
                };
            };
        };
        responses: {
            /** @description The account is active again; sign in as before. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A sentence for the person coming back. */
                        detail: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminUsers: {
        parameters: {
            query?: {
                /** @description Case-insensitive part of username, e-mail, first or last name. */
                search?: string;
                /** @description user, moderator or admin. */
                role?: "user" | "moderator" | "admin";
                /** @description true: active accounts; false: deactivated ones. */
                active?: boolean;
                /** @description true: confirmed addresses; false: unconfirmed. */
                verified?: boolean;
                /** @description Joined on or after this date (YYYY-MM-DD, UTC) or time. */
                joined_after?: string;
                /** @description Joined before this date (YYYY-MM-DD, UTC) or time. */
                joined_before?: string;
                /** @description Sort: created, username, email, last_login, role; a leading "-" sorts descending. Default -created. */
                ordering?: "created" | "-created" | "username" | "-username" | "email" | "-email" | "last_login" | "-last_login" | "role" | "-role";
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users in the requested order. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Username. */
                            username: string;
                            /** @description "first last", or the username when both are empty. */
                            name: string;
                            /** @description Given name, may be empty. */
                            first_name: string;
                            /** @description Family name, may be empty. */
                            last_name: string;
                            /** @description E-mail address. */
                            email: string;
                            /** @description Whether the address is confirmed. */
                            email_verified: boolean;
                            /** @description Absolute URL of the avatar (uploaded or the local default). */
                            avatar: string;
                            /** @description user, moderator or admin. */
                            role: "user" | "moderator" | "admin";
                            /** @description Moderator or admin (derived from role). */
                            is_staff: boolean;
                            /** @description Admin (derived from role). */
                            is_superuser: boolean;
                            /** @description False once deactivated: no login, no working token. */
                            is_active: boolean;
                            /** @description Last successful login, or null. */
                            last_login: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminUsersById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user with counts, sessions and recent security events. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Free text about the user. */
                        bio: string;
                        /** @description What the user has, as counts. */
                        counts: {
                            /** @description Posts written (anonymous and hidden ones included). */
                            posts: number;
                            /** @description Comments written. */
                            comments: number;
                            /** @description Reports this user filed. */
                            reports_filed: number;
                            /** @description Open reports on this user's posts and comments. */
                            reports_against: number;
                            /** @description Mood check-ins (how many only; content is never shown). */
                            journal_checkins: number;
                            /** @description Journal entries (how many only; content is never shown). */
                            journal_entries: number;
                        };
                        /** @description Live sessions, newest first (at most 50); null for moderators. */
                        sessions: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Browser and system, from the user agent. */
                            device: string;
                            /** @description User-Agent at login. */
                            user_agent: string | null;
                            /** @description IP address of the latest use. */
                            ip: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            last_used: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            expires: string;
                        }[] | null;
                        /** @description Number of live sessions; null for moderators. */
                        sessions_count: number | null;
                        /** @description The 20 latest audit entries about the user; null for moderators. */
                        security_events: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description What happened: e.g. login.success, login.failure, admin.deactivate, moderation.post_hide. */
                            type: string;
                            /** @description The user the entry concerns, or null. */
                            user: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description Who acted: the staff member for admin and moderation actions, the user themself for their own actions, null for the operator shell (source "cli") or unknown users. */
                            actor: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description web (an HTTP request) or cli (the operator shell). */
                            source: "web" | "cli";
                            /** @description Where it came from: client IP, or "cli". */
                            ip: string | null;
                            /** @description Client User-Agent, or null. */
                            user_agent: string | null;
                            /** @description The value before a change, or null. */
                            before: unknown;
                            /** @description The value after a change, or null. */
                            after: unknown;
                            /** @description Every recorded detail of the event (never secrets or journal content). */
                            details: {
                                [key: string]: unknown;
                            };
                        }[] | null;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersByIdDeactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user account as staff see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersByIdReactivate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user account as staff see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersByIdRole: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description The new role. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description user, moderator or admin. */
                    role: "user" | "moderator" | "admin";
                };
            };
        };
        responses: {
            /** @description A user account as staff see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersByIdPasswordReset: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user account as staff see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersByIdResendVerification: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A user account as staff see it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Username. */
                        username: string;
                        /** @description "first last", or the username when both are empty. */
                        name: string;
                        /** @description Given name, may be empty. */
                        first_name: string;
                        /** @description Family name, may be empty. */
                        last_name: string;
                        /** @description E-mail address. */
                        email: string;
                        /** @description Whether the address is confirmed. */
                        email_verified: boolean;
                        /** @description Absolute URL of the avatar (uploaded or the local default). */
                        avatar: string;
                        /** @description user, moderator or admin. */
                        role: "user" | "moderator" | "admin";
                        /** @description Moderator or admin (derived from role). */
                        is_staff: boolean;
                        /** @description Admin (derived from role). */
                        is_superuser: boolean;
                        /** @description False once deactivated: no login, no working token. */
                        is_active: boolean;
                        /** @description Last successful login, or null. */
                        last_login: string | null;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminUsersBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An action applied to each selected user; role is required for set_role. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description What to do: deactivate, reactivate, set_role, password_reset, resend_verification. */
                    action: "deactivate" | "reactivate" | "set_role" | "password_reset" | "resend_verification";
                    /** @description The selected users (1 to 100). */
                    ids: string[];
                    /** @description user, moderator or admin. */
                    role?: "user" | "moderator" | "admin";
                };
            };
        };
        responses: {
            /** @description Per-item outcomes; each applied item is audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One outcome per distinct id, in the order sent. */
                        results: {
                            /** @description The id as sent. */
                            id: string;
                            /** @description True when the action was applied. */
                            ok: boolean;
                            /** @description The status the single action would have answered. */
                            status: number;
                            /** @description Why it was refused, or null. */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminPosts: {
        parameters: {
            query?: {
                /** @description true: hidden items only; false: visible ones only. */
                hidden?: boolean;
                /** @description true: items with an open report; false: items without one. */
                reported?: boolean;
                /** @description Author: public id or username. */
                author?: string;
                /** @description Created on or after this date (YYYY-MM-DD, UTC) or time. */
                since?: string;
                /** @description Created before this date (YYYY-MM-DD, UTC) or time. */
                until?: string;
                /** @description Case-insensitive part of the text. */
                search?: string;
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of items, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Public UUID, 32 lowercase hex characters. */
                            post: string;
                            /** @description The text. */
                            body: string;
                            /** @description The author (also of anonymous items: staff see them), or null once the account is gone. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description Shown to members as by "Anonymous". */
                            anonymous: boolean;
                            /** @description Hidden by a moderator. */
                            hidden: boolean;
                            /** @description Changed by its author. */
                            edited: boolean;
                            /** @description Likes. */
                            likes_count: number;
                            /** @description Visible comments (posts); null for comments. */
                            comments_count: number | null;
                            /** @description Open reports on this item. */
                            open_reports: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminPostsByIdHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why the item is hidden; its author sees both. Optional for older clients (no body: reason other); the web app always sends a reason. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is hidden, shown to its author: spam, harassment, hate, self_harm, misinformation, other. Default other. */
                    reason?: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description A note to the author (at most 1,000 characters). */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminPostsByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteAdminPostsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminComments: {
        parameters: {
            query?: {
                /** @description true: hidden items only; false: visible ones only. */
                hidden?: boolean;
                /** @description true: items with an open report; false: items without one. */
                reported?: boolean;
                /** @description Author: public id or username. */
                author?: string;
                /** @description Created on or after this date (YYYY-MM-DD, UTC) or time. */
                since?: string;
                /** @description Created before this date (YYYY-MM-DD, UTC) or time. */
                until?: string;
                /** @description Case-insensitive part of the text. */
                search?: string;
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of items, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Public UUID, 32 lowercase hex characters. */
                            post: string;
                            /** @description The text. */
                            body: string;
                            /** @description The author (also of anonymous items: staff see them), or null once the account is gone. */
                            author: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description Shown to members as by "Anonymous". */
                            anonymous: boolean;
                            /** @description Hidden by a moderator. */
                            hidden: boolean;
                            /** @description Changed by its author. */
                            edited: boolean;
                            /** @description Likes. */
                            likes_count: number;
                            /** @description Visible comments (posts); null for comments. */
                            comments_count: number | null;
                            /** @description Open reports on this item. */
                            open_reports: number;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            updated: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminCommentsByIdHide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        /** @description Why the item is hidden; its author sees both. Optional for older clients (no body: reason other); the web app always sends a reason. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Why it is hidden, shown to its author: spam, harassment, hate, self_harm, misinformation, other. Default other. */
                    reason?: "spam" | "harassment" | "hate" | "self_harm" | "misinformation" | "other";
                    /** @description A note to the author (at most 1,000 characters). */
                    note?: string | null;
                };
            };
        };
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminCommentsByIdRestore: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteAdminCommentsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id (hex or dashed); unknown → 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postAdminContentBulk: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An action applied to each selected post or comment. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description post or comment. */
                    type: "post" | "comment";
                    /** @description hide, restore or delete. */
                    action: "hide" | "restore" | "delete";
                    /** @description The selected items (1 to 100). */
                    ids: string[];
                };
            };
        };
        responses: {
            /** @description Per-item outcomes; each applied item is audited. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description One outcome per distinct id, in the order sent. */
                        results: {
                            /** @description The id as sent. */
                            id: string;
                            /** @description True when the action was applied. */
                            ok: boolean;
                            /** @description The status the single action would have answered. */
                            status: number;
                            /** @description Why it was refused, or null. */
                            detail: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminAudit: {
        parameters: {
            query?: {
                /** @description Exact event type, or a prefix ending with "." (e.g. admin.). */
                type?: string;
                /** @description Entries about this user: public id or username. */
                user?: string;
                /** @description Entries by this staff member: public id or username. */
                actor?: string;
                /** @description Entries from this IP address (or "cli"). */
                ip?: string;
                /** @description From this date (YYYY-MM-DD, UTC) or ISO-8601 time, inclusive. */
                since?: string;
                /** @description Before this date (YYYY-MM-DD, UTC) or ISO-8601 time. */
                until?: string;
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries, newest first. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Total number of items. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description The items on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description What happened: e.g. login.success, login.failure, admin.deactivate, moderation.post_hide. */
                            type: string;
                            /** @description The user the entry concerns, or null. */
                            user: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description Who acted: the staff member for admin and moderation actions, the user themself for their own actions, null for the operator shell (source "cli") or unknown users. */
                            actor: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Username. */
                                username: string;
                            } | null;
                            /** @description web (an HTTP request) or cli (the operator shell). */
                            source: "web" | "cli";
                            /** @description Where it came from: client IP, or "cli". */
                            ip: string | null;
                            /** @description Client User-Agent, or null. */
                            user_agent: string | null;
                            /** @description The value before a change, or null. */
                            before: unknown;
                            /** @description The value after a change, or null. */
                            after: unknown;
                            /** @description Every recorded detail of the event (never secrets or journal content). */
                            details: {
                                [key: string]: unknown;
                            };
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminAuditExport: {
        parameters: {
            query?: {
                /** @description Exact event type, or a prefix ending with "." (e.g. admin.). */
                type?: string;
                /** @description Entries about this user: public id or username. */
                user?: string;
                /** @description Entries by this staff member: public id or username. */
                actor?: string;
                /** @description Entries from this IP address (or "cli"). */
                ip?: string;
                /** @description From this date (YYYY-MM-DD, UTC) or ISO-8601 time, inclusive. */
                since?: string;
                /** @description Before this date (YYYY-MM-DD, UTC) or ISO-8601 time. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CSV (RFC 4180, CRLF line ends) with a header row. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminDashboard: {
        parameters: {
            query?: {
                /** @description Days per series (1–90, default 14). */
                days?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Numbers for the admin dashboard (no personal data). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        generated: string;
                        /** @description Days in each series, oldest first, today last. */
                        days: number;
                        /** @description User numbers. */
                        users: {
                            /** @description All accounts. */
                            total: number;
                            /** @description Accounts not deactivated. */
                            active: number;
                            /** @description Deactivated accounts. */
                            deactivated: number;
                            /** @description Moderators and admins. */
                            staff: number;
                            /** @description Joined in the last 7 days. */
                            new_this_week: number;
                            /** @description Logged in during the last 7 days. */
                            logged_in_this_week: number;
                            /** @description E-mail address not confirmed. */
                            unverified: number;
                        };
                        /** @description Posts created per day. */
                        posts_per_day: {
                            /** @description UTC date, YYYY-MM-DD. */
                            date: string;
                            /** @description Number on that day. */
                            count: number;
                        }[];
                        /** @description Comments created per day. */
                        comments_per_day: {
                            /** @description UTC date, YYYY-MM-DD. */
                            date: string;
                            /** @description Number on that day. */
                            count: number;
                        }[];
                        /** @description Failed logins (login.failure events) per day. */
                        failed_logins_per_day: {
                            /** @description UTC date, YYYY-MM-DD. */
                            date: string;
                            /** @description Number on that day. */
                            count: number;
                        }[];
                        /** @description Reports waiting for a moderator. */
                        open_reports: number;
                        /** @description Mail outbox by status. */
                        outbox: {
                            /** @description Waiting to be sent (including retries). */
                            pending: number;
                            /** @description Being sent right now. */
                            sending: number;
                            /** @description Accepted by the mail server. */
                            sent: number;
                            /** @description Given up after every retry. */
                            failed: number;
                            /** @description pending + sending. */
                            backlog: number;
                        };
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAdminOutbox: {
        parameters: {
            query?: {
                /** @description Only messages with this status. */
                status?: "pending" | "sending" | "sent" | "failed";
                /** @description Page size (default 10, at most 100). */
                limit?: string;
                /** @description Items to skip (default 0). */
                offset?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mail outbox. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Messages matching the filter. */
                        count: number;
                        /** @description Absolute URL of the next page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous page, or null. */
                        previous: string | null;
                        /** @description Every message by status. */
                        counts: {
                            /** @description Waiting to be sent (including retries). */
                            pending: number;
                            /** @description Being sent right now. */
                            sending: number;
                            /** @description Accepted by the mail server. */
                            sent: number;
                            /** @description Given up after every retry. */
                            failed: number;
                        };
                        /** @description Messages, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description Template, e.g. verify_email, password_reset. */
                            kind: string;
                            /** @description Recipient address. */
                            to: string;
                            /** @description Subject line. */
                            subject: string;
                            /** @description pending, sending, sent or failed. */
                            status: string;
                            /** @description Delivery attempts so far. */
                            attempts: number;
                            /** @description When a pending message is tried next, else null. */
                            next_attempt: string | null;
                            /** @description The latest delivery error, or null. */
                            last_error: string | null;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description When the mail server accepted it, or null. */
                            sent: string | null;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getNotifications: {
        parameters: {
            query?: {
                /** @description Page size, default 10, at most 100; invalid means the default. */
                limit?: unknown;
                /** @description Keyset cursor from a previous page's next/previous URL. Invalid → 400. */
                cursor?: string;
                /** @description true: only unread notifications. */
                unread?: boolean;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A cursor page of notifications. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Absolute URL of the next (older) page, or null. */
                        next: string | null;
                        /** @description Absolute URL of the previous (newer) page, or null. */
                        previous: string | null;
                        /** @description The notifications on this page, newest first. */
                        results: {
                            /** @description Public UUID, 32 lowercase hex characters. */
                            id: string;
                            /** @description What happened: one of post.commented, post.liked, comment.liked, mention, report.closed, post.hidden, post.restored, comment.hidden, comment.restored, security.new_login. */
                            type: string;
                            /**
                             * Format: date-time
                             * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                             */
                            created: string;
                            /** @description True once the recipient read it. */
                            read: boolean;
                            /** @description Who acted; null when they must stay hidden (an anonymous author) and for system notices. */
                            actor: {
                                /** @description Public UUID, 32 lowercase hex characters. */
                                id: string;
                                /** @description Unique (case-insensitively) user name. */
                                username: string;
                                /** @description "first_name last_name" trimmed, or the username when both are empty. */
                                name: string;
                                /** @description Given name; may be empty. */
                                first_name: string;
                                /** @description Family name; may be empty. */
                                last_name: string;
                                /** @description About the user; may be empty. */
                                bio: string;
                                /** @description Absolute URL of the avatar image, served by this server. */
                                avatar: string;
                                /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                                email: string | null;
                                /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                                email_verified?: boolean | null;
                                /** @description False for deactivated accounts. */
                                is_active: boolean;
                                /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                                role: "user" | "moderator" | "admin";
                                /** @description Derived: role is moderator or admin. Read-only. */
                                is_staff: boolean;
                                /** @description Derived: role is admin. Read-only. */
                                is_superuser: boolean;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                created: string;
                                /**
                                 * Format: date-time
                                 * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                                 */
                                updated: string;
                                /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                                posts_count: number;
                            } | null;
                            /** @description The post concerned, if any. */
                            post: string | null;
                            /** @description The comment concerned, if any. */
                            comment: string | null;
                            /** @description How many events it stands for: likes of one post or comment within a day are folded into one. */
                            count: number;
                            /** @description A short sentence for display. */
                            text: string;
                        }[];
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getNotificationsUnreadCount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description How many notifications are unread. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Unread notifications. */
                        count: number;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postNotificationsReadAll: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postNotificationsByIdRead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the notification (32 hex); anything else is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteNotificationsById: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the notification (32 hex); anything else is a 404. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Notification preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Delivery per notification type. */
                        types: {
                            [key: string]: {
                                /** @description Listed in the app and sent live. */
                                in_app: boolean;
                                /** @description Included in e-mail (security.new_login: always, cannot be turned off). */
                                email: boolean;
                            };
                        };
                        /** @description E-mail digest of unread notifications: off, daily or weekly. */
                        email_digest: "off" | "daily" | "weekly";
                        /** @description IANA time zone whose morning (08:00) the digest goes out at; `UTC` until set. */
                        timezone: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putNotificationsPreferences: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A change of notification preferences (any subset). */
        requestBody: {
            content: {
                "application/json": {
                    /** @description Types to change; an unknown type is a 400. */
                    types?: {
                        [key: string]: {
                            /** @description Listed in the app and sent live. */
                            in_app?: boolean;
                            /** @description Included in e-mail. */
                            email?: boolean;
                        };
                    };
                    /** @description E-mail digest of unread notifications: off, daily or weekly. */
                    email_digest?: "off" | "daily" | "weekly";
                    /** @description IANA time zone, e.g. `Europe/Berlin` (the web app sends the browser's); unknown → 400. */
                    timezone?: string;
                };
            };
        };
        responses: {
            /** @description Notification preferences. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Delivery per notification type. */
                        types: {
                            [key: string]: {
                                /** @description Listed in the app and sent live. */
                                in_app: boolean;
                                /** @description Included in e-mail (security.new_login: always, cannot be turned off). */
                                email: boolean;
                            };
                        };
                        /** @description E-mail digest of unread notifications: off, daily or weekly. */
                        email_digest: "off" | "daily" | "weekly";
                        /** @description IANA time zone whose morning (08:00) the digest goes out at; `UTC` until set. */
                        timezone: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postNotificationsUnsubscribe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A one-click unsubscribe. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description The token after `#token=` in the link of a notification e-mail or digest. */
                    token: string;
                };
            };
        };
        responses: {
            /** @description Done; no body. */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postEventsTicket: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A ticket for `GET /api/events/`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Opens one stream, once, within 60 seconds. */
                        ticket: string;
                        /** @description When the ticket expires (ISO-8601 UTC). */
                        expires: string;
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getEvents: {
        parameters: {
            query?: {
                /** @description A ticket from `POST /api/events/ticket/` (or send a Bearer header). */
                ticket?: string;
                /** @description Replays what came after this event id, like the `Last-Event-ID` header (which wins when both are sent). A client reconnecting with a fresh ticket opens a new EventSource, which cannot carry the header. */
                last_event_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The event stream; it stays open until the client leaves or the session ends. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/event-stream": string;
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postUserByIdBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteUserByIdBlock: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getBlocks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, by username. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Unique (case-insensitively) user name. */
                        username: string;
                        /** @description "first_name last_name" trimmed, or the username when both are empty. */
                        name: string;
                        /** @description Given name; may be empty. */
                        first_name: string;
                        /** @description Family name; may be empty. */
                        last_name: string;
                        /** @description About the user; may be empty. */
                        bio: string;
                        /** @description Absolute URL of the avatar image, served by this server. */
                        avatar: string;
                        /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                        email: string | null;
                        /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                        email_verified?: boolean | null;
                        /** @description False for deactivated accounts. */
                        is_active: boolean;
                        /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                        role: "user" | "moderator" | "admin";
                        /** @description Derived: role is moderator or admin. Read-only. */
                        is_staff: boolean;
                        /** @description Derived: role is admin. Read-only. */
                        is_superuser: boolean;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                        posts_count: number;
                    }[];
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    postUserByIdMute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    deleteUserByIdMute: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Public id of the user: 32 hex characters or the dashed UUID form. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done (also when it already was). */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A path segment (an id) is longer than 200 characters. */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getMutes: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The users, by username. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Public UUID, 32 lowercase hex characters. */
                        id: string;
                        /** @description Unique (case-insensitively) user name. */
                        username: string;
                        /** @description "first_name last_name" trimmed, or the username when both are empty. */
                        name: string;
                        /** @description Given name; may be empty. */
                        first_name: string;
                        /** @description Family name; may be empty. */
                        last_name: string;
                        /** @description About the user; may be empty. */
                        bio: string;
                        /** @description Absolute URL of the avatar image, served by this server. */
                        avatar: string;
                        /** @description E-mail address; only the user themself and staff see it, everyone else gets null. */
                        email: string | null;
                        /** @description Whether the e-mail address was confirmed; like email, null for everyone but the user themself and staff. */
                        email_verified?: boolean | null;
                        /** @description False for deactivated accounts. */
                        is_active: boolean;
                        /** @description Privilege level, the source of truth for is_staff and is_superuser. */
                        role: "user" | "moderator" | "admin";
                        /** @description Derived: role is moderator or admin. Read-only. */
                        is_staff: boolean;
                        /** @description Derived: role is admin. Read-only. */
                        is_superuser: boolean;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        created: string;
                        /**
                         * Format: date-time
                         * @description ISO-8601 UTC timestamp with microseconds, e.g. 2026-01-15T02:28:00.123456Z.
                         */
                        updated: string;
                        /** @description Number of posts: all of them for the user themself and staff; for everyone else only those neither anonymous nor hidden. */
                        posts_count: number;
                    }[];
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    getAccountFilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller's personal filter words. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description At most 50 words or phrases of 2–40 characters; matched as whole words, case-insensitively, after Unicode NFKC normalisation (accents as typed). */
                        words: string[];
                        /** @description `hide` leaves matching posts and comments out of lists; `warn` lists them with `filtered` set. */
                        action: "hide" | "warn";
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
    putAccountFilters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description A new filter; an omitted part stays as it was. */
        requestBody: {
            content: {
                "application/json": {
                    /** @description At most 50 words or phrases of 2–40 characters; matched as whole words, case-insensitively, after Unicode NFKC normalisation (accents as typed). */
                    words?: string[];
                    /** @description `hide` leaves matching posts and comments out of lists; `warn` lists them with `filtered` set. */
                    action?: "hide" | "warn";
                };
            };
        };
        responses: {
            /** @description The caller's personal filter words. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description At most 50 words or phrases of 2–40 characters; matched as whole words, case-insensitively, after Unicode NFKC normalisation (accents as typed). */
                        words: string[];
                        /** @description `hide` leaves matching posts and comments out of lists; `warn` lists them with `filtered` set. */
                        action: "hide" | "warn";
                    };
                };
            };
            /** @description Invalid input: field errors (`{"field": ["message"]}`) or `{"detail": "..."}`. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: string[];
                    } | ({
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    });
                };
            };
            /** @description An error not tied to one field. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description An error not tied to one field. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description The request body is larger than BODY_LIMIT. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description A body in a content type this operation does not take. */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Throttled; `Retry-After` says when to try again. */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Unexpected error; the body never carries details. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Briefly unavailable (overloaded or the database is away); retry after `Retry-After`. */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A human-readable sentence. */
                        detail: string;
                        /** @description A stable machine code, where one is defined. */
                        code?: string;
                    } & {
                        [key: string]: unknown;
                    };
                };
            };
        };
    };
}
