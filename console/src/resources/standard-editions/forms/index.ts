import type { StandardItemKind } from '../types';
import { categoryForm } from './CategoryForm';
import { classifierForm, deviceTypeForm } from './SimpleForms';
import { positionForm } from './PositionForm';
import { ruleForm } from './RuleForm';
import { tierForm } from './TierForm';
import type { FormSpec } from './types';
import { zoneForm } from './ZoneForm';

export const FORMS: Record<StandardItemKind, FormSpec> = {
  OUTLET_CATEGORY: categoryForm,
  POSITION: positionForm,
  CUSTOMER_TIER: tierForm,
  SERVICE_RULE: ruleForm,
  ZONE: zoneForm,
  DEVICE_TYPE: deviceTypeForm,
  CLASSIFIER: classifierForm,
};

export type { FormSpec };
