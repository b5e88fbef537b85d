/** The health module's front door: `/api/health/` (liveness and readiness). */
export { healthRoutes } from './health.routes.ts';
