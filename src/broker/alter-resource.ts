/**
 * One resource of an (Incremental)AlterConfigs request: dispatch on the resource type and turn
 * config-change failures into the per-resource error Kafka reports.
 */
import { ErrorCode } from '../protocol/generated/error-codes.ts';
import type { BrokerServices } from './broker-services.ts';
import { ConfigChangeError, ResourceType, changeBrokerConfigs, changeTopicConfigs, type ConfigOp } from './config-changes.ts';

export interface AlterResult {
  errorCode: number;
  errorMessage: string | null;
  resourceType: number;
  resourceName: string;
}

export async function alterResource(b: BrokerServices, resourceType: number, resourceName: string, ops: ConfigOp[], opts: { replace: boolean; validateOnly: boolean }): Promise<AlterResult> {
  const base = { resourceType, resourceName };
  try {
    if (resourceType === ResourceType.TOPIC) await changeTopicConfigs(b, resourceName, ops, opts);
    else if (resourceType === ResourceType.BROKER) await changeBrokerConfigs(b, resourceName, ops, opts);
    else return { ...base, errorCode: ErrorCode.INVALID_REQUEST, errorMessage: `resource type ${resourceType} cannot be altered here` };
    return { ...base, errorCode: ErrorCode.NONE, errorMessage: null };
  } catch (e) {
    if (e instanceof ConfigChangeError) return { ...base, errorCode: ErrorCode[e.errorName], errorMessage: e.message };
    throw e;
  }
}
