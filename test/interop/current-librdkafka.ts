/**
 * A current librdkafka for the suites where Debian's 2.0.2 falls short (SCRAM against Kafka 4, see
 * security-clients.test.ts): confluent-kafka from PyPI, whose wheel bundles librdkafka, in a venv
 * the test set-up makes (tools/test-setup.mjs, pinned there).
 */
import { fileURLToPath } from 'node:url';

export const CURRENT_LIBRDKAFKA_VENV = fileURLToPath(new URL('./python/.venv-current/', import.meta.url));
export const CURRENT_LIBRDKAFKA_PYTHON = `${CURRENT_LIBRDKAFKA_VENV}bin/python`;
