import { DOCUMENT, Injectable, inject } from '@angular/core';
import { DeviceStorage } from './device-storage';

function localStorageOf(doc: Document): Storage | null {
  try {
    return doc.defaultView?.localStorage ?? null;
  } catch {
    return null; // reading localStorage itself throws when storage is blocked
  }
}

/** The browser's localStorage as DeviceStorage, for the participant pages. */
@Injectable({ providedIn: 'root' })
export class ParticipationStorage extends DeviceStorage {
  constructor() {
    super(localStorageOf(inject(DOCUMENT)));
  }
}
