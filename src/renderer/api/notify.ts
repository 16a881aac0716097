import { notifications } from '@mantine/notifications';
import { i18n } from '../i18n/i18n';
import { isKoersError } from './koers-error';

export function notifyError(error: unknown): void {
  notifications.show({
    color: 'red',
    title: i18n.t('errors.title'),
    // Koers errors carry a message the core already wrote in the UI language; anything else
    // (a dropped connection, a bug) gets a generic line rather than a stack trace.
    message: isKoersError(error) ? error.message : i18n.t('errors.unexpected'),
    autoClose: 10_000,
  });
}

export function notifySuccess(message: string): void {
  notifications.show({ color: 'teal', title: i18n.t('notify.done'), message, autoClose: 4_000 });
}
