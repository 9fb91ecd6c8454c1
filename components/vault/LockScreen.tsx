/** The lock screen: unlock with the PIN, or read what a forgotten PIN means. */
import { useState } from 'react';
import { ForgotPin } from './ForgotPin';
import { UnlockForm } from './UnlockForm';

export function LockScreen() {
  const [forgot, setForgot] = useState(false);
  return forgot ? (
    <ForgotPin onBack={() => setForgot(false)} />
  ) : (
    <UnlockForm onForgot={() => setForgot(true)} />
  );
}
