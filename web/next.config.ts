import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  // Workspace package shipped as compiled ESM in dist/; listed so Next bundles it like app code.
  transpilePackages: ['@casebook/taxonomy'],
  poweredByHeader: false,
  reactStrictMode: true,
};

// next-intl reads its per-request configuration (locale, messages) from ./i18n/request.ts.
export default createNextIntlPlugin('./i18n/request.ts')(nextConfig);
