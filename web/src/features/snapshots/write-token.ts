// The write token the user typed, kept for this browser tab only: sessionStorage, never localStorage or a
// cookie: it is gone when the tab closes, and it travels only in the Authorization header of a write.
import { useState } from 'react';

const KEY = 'knooppunt.writeToken';

function stored(): string {
  try {
    return sessionStorage.getItem(KEY) ?? '';
  } catch {
    // Storage can be switched off; the token then lives as long as the page.
    return '';
  }
}

export function useWriteToken(): [string, (token: string) => void] {
  const [token, setToken] = useState(stored);
  const update = (next: string) => {
    setToken(next);
    try {
      if (next === '') sessionStorage.removeItem(KEY);
      else sessionStorage.setItem(KEY, next);
    } catch {
      // See stored().
    }
  };
  return [token, update];
}
