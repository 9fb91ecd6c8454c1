/** The adapters that ship with Zijlijn, as raw data (validated where they are used). */
import demoRegistration from './demo-registration.json';

export const BUILTIN_ADAPTERS: readonly unknown[] = [demoRegistration];
