import type { NextConfig } from 'next';

const nextConfig: NextConfig = {
  // Workspace package shipped as compiled ESM in dist/; listed so Next bundles it like app code.
  transpilePackages: ['@casebook/taxonomy'],
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
