import { HttpClient } from '@angular/common/http';
import { Injectable, computed, inject, signal } from '@angular/core';
import type { LoginRequest, SessionResponse, StaffUserResponse } from '@inbreng/contracts';
import { firstValueFrom } from 'rxjs';

/** The logged-in staff user, if any. */
@Injectable({ providedIn: 'root' })
export class SessionService {
  private readonly http = inject(HttpClient);
  private readonly state = signal<StaffUserResponse | null | undefined>(undefined);
  readonly user = computed(() => this.state() ?? null);
  readonly loaded = computed(() => this.state() !== undefined);

  async refresh(): Promise<StaffUserResponse | null> {
    try {
      const res = await firstValueFrom(this.http.get<SessionResponse>('/api/auth/me'));
      this.state.set(res.user);
    } catch {
      this.state.set(null);
    }
    return this.user();
  }

  async ensureLoaded(): Promise<StaffUserResponse | null> {
    return this.loaded() ? this.user() : this.refresh();
  }

  async login(body: LoginRequest): Promise<StaffUserResponse | null> {
    const res = await firstValueFrom(this.http.post<SessionResponse>('/api/auth/login', body));
    this.state.set(res.user);
    return res.user;
  }

  async logout(): Promise<void> {
    await firstValueFrom(this.http.post<void>('/api/auth/logout', {}));
    this.state.set(null);
  }
}
