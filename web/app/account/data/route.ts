import { redirect } from 'next/navigation';
import { ApiUserError } from '../../../lib/api-client';
import { myData } from '../../../lib/accounts/account-api';

/**
 * "Download my data": GET /account/data answers the API's myData for the signed-in viewer (the session
 * cookie goes with the call) as a JSON attachment. Not signed in: to sign-in, coming back here.
 */
export async function GET() {
  let data: Record<string, unknown>;
  try {
    data = await myData();
  } catch (error) {
    if (error instanceof ApiUserError && error.code === 'UNAUTHENTICATED') redirect('/sign-in?next=/account/data');
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
