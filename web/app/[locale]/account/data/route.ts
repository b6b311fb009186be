import { ApiUserError } from '../../../../lib/api-client';
import { myData } from '../../../../lib/accounts/account-api';
import { redirect } from '../../../../i18n/navigation';

/**
 * "Download my data": GET /<locale>/account/data answers the API's myData for the signed-in viewer (the
 * session cookie goes with the call) as a JSON attachment. Not signed in: to sign-in, coming back here.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/account/data'>) {
  const { locale } = await params;
  let data: Record<string, unknown>;
  try {
    data = await myData();
  } catch (error) {
    if (error instanceof ApiUserError && error.code === 'UNAUTHENTICATED') redirect({ href: '/sign-in?next=/account/data', locale });
    throw error;
  }
  return new Response(`${JSON.stringify(data, null, 2)}\n`, {
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'Content-Disposition': 'attachment; filename="casebook-my-data.json"',
      'Cache-Control': 'private, no-store',
    },
  });
}
