import { useEffect, useState } from 'react';
import type { CityProfile } from '@/lib/model/city-profile';
import { BARCELONA_PROFILE } from '@/lib/profile/barcelona';
import { PROFILE_KEY, readProfile, watchStorage } from '@/lib/platform/storage';

/** The stored city profile, live. */
export function useProfile(): { profile: CityProfile; stored: boolean; error?: string } {
  const [state, setState] = useState<{ profile: CityProfile; stored: boolean; error?: string }>({ profile: BARCELONA_PROFILE, stored: false });
  useEffect(() => {
    let alive = true;
    const load = () => void readProfile().then((s) => { if (alive) setState(s); });
    load();
    const stop = watchStorage([PROFILE_KEY], load);
    return () => { alive = false; stop(); };
  }, []);
  return state;
}
