import { gql } from '$lib/graphql-client';
import { SURVEYS_PAGE } from '$lib/surveys/queries';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ fetch }) => gql(fetch, SURVEYS_PAGE);
