import { sessionHref } from '../../app/router';

/**
 * Opens the room display in a window of its own, to drag onto the projector; in Electron that
 * is a second window on the same URL. Named per session, so a second click brings it back.
 */
export const openRoomDisplay = (engagementId: string, sessionId: string): void => {
  window.open(sessionHref(engagementId, sessionId, 'room'), `koers-room-${sessionId}`);
};
