/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query ConsoleMe {\n    me {\n      kind\n      username\n      displayName\n      roles\n      readOnly\n      orgUnit { code name { zh en } level ancestors { code name { zh en } level } }\n    }\n  }\n": typeof types.ConsoleMeDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt user { username } }\n  }\n": typeof types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout { logout }\n": typeof types.ConsoleLogoutDocument,
    "\n  fragment ConsoleApiTokenFields on ApiToken {\n    id\n    name\n    system\n    prefix\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    scopeUnit { code name { zh en } level status }\n  }\n": typeof types.ConsoleApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($first: Int!, $offset: Int, $after: String) {\n    apiTokens(first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleApiTokenFields }\n    }\n  }\n": typeof types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) { token apiToken { ...ConsoleApiTokenFields } }\n  }\n": typeof types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ConsoleApiTokenFields }\n  }\n": typeof types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEvents($filter: AuditEventFilter, $first: Int!, $offset: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id\n        occurredAt\n        actorName\n        operation\n        objectType\n        objectLabel\n        redactedFields\n        requestId\n        changes\n        unit { code name { zh en } level status }\n      }\n    }\n  }\n": typeof types.ConsoleAuditEventsDocument,
    "query ConsoleAuditOperations { auditOperations auditObjectTypes }": typeof types.ConsoleAuditOperationsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name { zh en }\n    level\n    tierTwoKind\n    category\n    status\n    city\n    address\n    closedAt\n    version\n    createdAt\n    updatedAt\n    childCount\n    parent { code name { zh en } level }\n  }\n": typeof types.OrgUnitFieldsFragmentDoc,
    "\n  fragment OrgUnitSummaryFields on OrgUnit { code name { zh en } level status childCount }\n": typeof types.OrgUnitSummaryFieldsFragmentDoc,
    "\n  query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $after: String, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {\n    orgUnits(filter: $filter, first: $first, offset: $offset, after: $after, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...OrgUnitFields }\n    }\n  }\n": typeof types.ConsoleOrgUnitsDocument,
    "\n  query ConsoleOrgUnit($code: String!) {\n    orgUnit(code: $code) {\n      ...OrgUnitFields\n      ancestors { code name { zh en } level }\n    }\n  }\n": typeof types.ConsoleOrgUnitDocument,
    "\n  query ConsoleOrgUnitChildren($code: String!) {\n    orgUnit(code: $code) {\n      code\n      children { ...OrgUnitSummaryFields }\n    }\n  }\n": typeof types.ConsoleOrgUnitChildrenDocument,
    "\n  query ConsoleOrgUnitRoot($code: String!) {\n    orgUnit(code: $code) { ...OrgUnitSummaryFields }\n  }\n": typeof types.ConsoleOrgUnitRootDocument,
    "\n  mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": typeof types.ConsoleCreateOrgUnitDocument,
    "\n  mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": typeof types.ConsoleUpdateOrgUnitDocument,
    "\n  mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { ...OrgUnitFields ancestors { code name { zh en } level } }\n  }\n": typeof types.ConsoleMoveOrgUnitDocument,
    "\n  mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": typeof types.ConsoleCloseOrgUnitDocument,
    "\n  query ConsoleOutletCategoriesInForce {\n    outletCategoriesInForce { code name { zh en } }\n  }\n": typeof types.ConsoleOutletCategoriesInForceDocument,
    "\n  query ConsoleOutletGaps($unit: String!, $kind: String, $planStatus: String, $first: Int!, $offset: Int, $after: String) {\n    outletGaps(orgUnitCode: $unit, kind: $kind, planStatus: $planStatus, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        outletCode outletName { zh en } branchCode branchName { zh en } planStatus planVersion\n        kind path requirementName { zh en } expectedMin expectedMax expectedRequirement actualCount actualZone addressed\n        setBy { unitCode layerCode unit { code name { zh en } } }\n        action { who dueDate what expectedEffect done }\n        justification\n      }\n    }\n  }\n": typeof types.ConsoleOutletGapsDocument,
    "\n  query ConsoleOutletPlans($unit: String!, $status: String, $first: Int!, $offset: Int, $after: String) {\n    outletPlans(orgUnitCode: $unit, status: $status, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id status version compliant gapCount submittedBy submittedAt decidedBy decidedAt\n        orgUnit { code name { zh en } category parent { code name { zh en } } }\n      }\n    }\n  }\n": typeof types.ConsoleOutletPlansDocument,
    "\n  fragment ConsoleUserFields on User {\n    id\n    username\n    displayName\n    roles\n    status\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    orgUnit { code name { zh en } level status }\n  }\n": typeof types.ConsoleUserFieldsFragmentDoc,
    "\n  query ConsoleUsers($filter: UserFilter, $first: Int!, $offset: Int, $after: String) {\n    users(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleUserFields }\n    }\n  }\n": typeof types.ConsoleUsersDocument,
    "\n  query ConsoleUser($username: String!) {\n    user(username: $username) { ...ConsoleUserFields }\n  }\n": typeof types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...ConsoleUserFields }\n  }\n": typeof types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { ...ConsoleUserFields }\n  }\n": typeof types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { ...ConsoleUserFields }\n  }\n": typeof types.ConsoleSetUserPasswordDocument,
    "\n  mutation ConsoleChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": typeof types.ConsoleChangeMyPasswordDocument,
    "\n  query ComplianceDashboard($code: String!) {\n    complianceRollup(orgUnitCode: $code) {\n      orgUnit { code level name { zh en } ancestors { code name { zh en } } }\n      ...RollupCounts\n      children { orgUnit { id code level name { zh en } } ...ChildRollupCounts }\n      rollout {\n        rolloutCode titleZh titleEn\n        byWave { wave outlets compliant late }\n        byPhase { phase outlets late }\n        children { unitId byWave { wave outlets compliant late } byPhase { phase outlets late } }\n      }\n    }\n  }\n": typeof types.ComplianceDashboardDocument,
    "\n  fragment RollupCounts on ComplianceRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n": typeof types.RollupCountsFragmentDoc,
    "\n  fragment ChildRollupCounts on ChildRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n": typeof types.ChildRollupCountsFragmentDoc,
    "\n  query ComplianceOutlets($code: String!, $offset: Int!, $limit: Int!) {\n    complianceOutlets(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { code nameZh nameEn category planStatus compliance gapCount gapKinds overdueActions }\n    }\n  }\n": typeof types.ComplianceOutletsDocument,
    "\n  query OverdueActionsList($code: String!, $offset: Int!, $limit: Int!) {\n    overdueActions(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { outletCode outletNameZh outletNameEn actionId who what dueDate path }\n    }\n  }\n": typeof types.OverdueActionsListDocument,
    "\n  query ComplianceGaps($code: String!, $first: Int!, $offset: Int) {\n    outletPlans(orgUnitCode: $code, status: \"APPROVED\", first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        orgUnit { code name { zh en } }\n        gaps { kind path expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode } }\n      }\n    }\n  }\n": typeof types.ComplianceGapsDocument,
    "\n  query ImpactPreview($localVersionId: ID, $editionCode: String) {\n    impactPreview(localVersionId: $localVersionId, editionCode: $editionCode) {\n      subjectKind subjectCode outletsBelow outletsAffected unitsAffected\n      compliance { outletsAssessed stopMeeting startMeeting examples { outletCode nameZh nameEn direction gapKinds } }\n      groups {\n        tierOneCode tierTwoCode outletCategory outlets\n        tierOneBranch { code name { zh en } }\n        tierTwoBranch { code name { zh en } }\n        changes {\n          path\n          before { ...ImpactSide }\n          after { ...ImpactSide }\n        }\n      }\n    }\n  }\n": typeof types.ImpactPreviewDocument,
    "\n  fragment ImpactSide on PolicedValue {\n    path policy setBy { unitCode layerCode }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on CodeListValue { codes: value { code } }\n    ... on RequirementValue { requirement: value }\n  }\n": typeof types.ImpactSideFragmentDoc,
    "\n  fragment InboxEntry on InboxItem {\n    subjectType id code title { zh en } state revision submittedBy submittedAt decidedBy decidedAt comment itemComments { path comment }\n    orgUnit { code name { zh en } }\n  }\n": typeof types.InboxEntryFragmentDoc,
    "query Inbox { inbox { awaitingMe { ...InboxEntry } returnedToMe { ...InboxEntry } } }": typeof types.InboxDocument,
    "query InboxCount { inbox { awaitingCount } }": typeof types.InboxCountDocument,
    "\n  query LvLocalItems($id: ID!) { localVersion(id: $id) { id version localItems { kind key path data conflict { rule message } } } }\n": typeof types.LvLocalItemsDocument,
    "\n  mutation LvAddLocalPosition($id: ID!, $v: Int!, $input: PositionInput!) { addLocalPosition(id: $id, expectedVersion: $v, input: $input) { ...LvRecord } }\n": typeof types.LvAddLocalPositionDocument,
    "\n  mutation LvRemoveLocalItem($id: ID!, $v: Int!, $kind: StandardItemKind!, $key: String!) {\n    removeLocalItem(id: $id, expectedVersion: $v, kind: $kind, key: $key) { ...LvRecord }\n  }\n": typeof types.LvRemoveLocalItemDocument,
    "\n  fragment LvRecord on LocalVersion {\n    id code status version title { zh en }\n    orgUnit { code name { zh en } parent { code } }\n    createdAt createdBy updatedAt submittedAt submittedBy decidedAt decidedBy hasConflicts\n    baseEdition { code }\n    changes { path kind policy value conflict { rule message } }\n    notApplicable { path conflict { rule message } }\n    history { id action fromState toState actorName comment revision occurredAt itemComments { path comment } }\n  }\n": typeof types.LvRecordFragmentDoc,
    "\n  fragment LvInherited on PolicedValue {\n    __typename kind path policy setBy { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on RequirementValue { requirement: value }\n    ... on CodeListValue { codes: value { code name { zh en } } }\n  }\n": typeof types.LvInheritedFragmentDoc,
    "\n  query LvList($unit: String!, $status: ApprovalState) { localVersions(orgUnitCode: $unit, status: $status) { ...LvRecord } }\n": typeof types.LvListDocument,
    "query LvOne($id: ID!) { localVersion(id: $id) { ...LvRecord } }": typeof types.LvOneDocument,
    "\n  query LvInheritedValues($unit: String!) { effectiveStandard(orgUnitCode: $unit) { values { ...LvInherited } } }\n": typeof types.LvInheritedValuesDocument,
    "\n  query LvReview($id: ID!) {\n    localVersionReview(id: $id) { path notApplicable change { path kind policy value conflict { rule message } } inherited { ...LvInherited } }\n  }\n": typeof types.LvReviewDocument,
    "\n  query LvLevels($unit: String!, $path: String!) {\n    valueAcrossLevels(orgUnitCode: $unit, path: $path) { setHere orgUnit { code name { zh en } level } value { ...LvInherited } }\n  }\n": typeof types.LvLevelsDocument,
    "mutation LvCreate($input: CreateLocalVersionInput!) { createLocalVersion(input: $input) { ...LvRecord } }": typeof types.LvCreateDocument,
    "mutation LvSet($input: SetLocalValueInput!) { setLocalValue(input: $input) { ...LvRecord } }": typeof types.LvSetDocument,
    "mutation LvClear($id: ID!, $v: Int!, $path: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }": typeof types.LvClearDocument,
    "\n  mutation LvNotApplicable($id: ID!, $v: Int!, $path: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }\n": typeof types.LvNotApplicableDocument,
    "mutation LvSubmit($id: ID!, $v: Int!, $c: String) { submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }": typeof types.LvSubmitDocument,
    "mutation LvWithdraw($id: ID!, $v: Int!, $c: String) { withdrawLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }": typeof types.LvWithdrawDocument,
    "mutation LvApprove($id: ID!, $r: Int!, $c: String) { approveLocalVersion(id: $id, revision: $r, comment: $c) { ...LvRecord } }": typeof types.LvApproveDocument,
    "\n  mutation LvReturn($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) {\n    returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) { ...LvRecord }\n  }\n": typeof types.LvReturnDocument,
    "\n  fragment OpPlan on OutletPlan {\n    id status version compliant gapCount submittedAt submittedBy decidedAt decidedBy\n    orgUnit { code category name { zh en } parent { code } }\n    facts { floorArea acknowledgedRules staffing { position current target } zones { zone status } devices { deviceType count } }\n    gaps { path kind addressed expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode unit { code name { zh en } } layerCode } }\n    actions { id path who what dueDate expectedEffect done }\n    justifications { path text }\n    history { id action actorName comment occurredAt }\n  }\n": typeof types.OpPlanFragmentDoc,
    "query OpOne($code: String!) { outletPlan(outletCode: $code) { ...OpPlan } }": typeof types.OpOneDocument,
    "\n  query OpPaths($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      values { path }\n      edition {\n        positions { code name { zh en } }\n        zones { code name { zh en } }\n        deviceTypes { code name { zh en } }\n        serviceRules { code core title { zh en } }\n      }\n      localItems { kind key data }\n    }\n    orgUnit(code: $code) { code category }\n  }\n": typeof types.OpPathsDocument,
    "mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) { saveOutletFacts(outletCode: $code, version: $v, facts: $f) { ...OpPlan } }": typeof types.OpSaveDocument,
    "mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) { addPlanAction(outletCode: $code, version: $v, action: $a) { ...OpPlan } }": typeof types.OpAddDocument,
    "mutation OpUpdate($code: String!, $v: Int!, $id: ID!, $a: PlanActionInput!) { updatePlanAction(outletCode: $code, version: $v, actionId: $id, action: $a) { ...OpPlan } }": typeof types.OpUpdateDocument,
    "mutation OpAcknowledge($code: String!, $v: Int!, $r: [String!]!) { acknowledgeCoreRules(outletCode: $code, version: $v, rules: $r) { ...OpPlan } }": typeof types.OpAcknowledgeDocument,
    "mutation OpWithdraw($code: String!, $v: Int!) { withdrawOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }": typeof types.OpWithdrawDocument,
    "mutation OpRemove($code: String!, $v: Int!, $id: ID!) { removePlanAction(outletCode: $code, version: $v, actionId: $id) { ...OpPlan } }": typeof types.OpRemoveDocument,
    "mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) { justifyGap(outletCode: $code, version: $v, path: $p, text: $t) { ...OpPlan } }": typeof types.OpJustifyDocument,
    "mutation OpSubmit($code: String!, $v: Int!) { submitOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }": typeof types.OpSubmitDocument,
    "mutation OpApprove($code: String!, $r: Int!, $c: String) { approveOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }": typeof types.OpApproveDocument,
    "mutation OpReturn($code: String!, $r: Int!, $c: String!) { returnOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }": typeof types.OpReturnDocument,
    "\n  fragment RoPlan on RolloutPlan {\n    id unitCode status version submittedBy submittedAt decidedBy decidedAt\n    orgUnit { code level name { zh en } parent { code } }\n    phases { phase start end }\n    pilotUnitCodes\n    waves { number start end unitCodes }\n    actions { what who dueDate }\n    history { id action actorName comment occurredAt }\n  }\n": typeof types.RoPlanFragmentDoc,
    "\n  fragment RoRollout on Rollout {\n    id code title { zh en } editionCode phases { phase start end } pilotUnitCodes createdBy version createdAt updatedAt\n  }\n": typeof types.RoRolloutFragmentDoc,
    "query RoList { rollouts { ...RoRollout } }": typeof types.RoListDocument,
    "query RoOne($code: String!) { rollout(code: $code) { ...RoRollout plans { ...RoPlan } } }": typeof types.RoOneDocument,
    "\n  query RoTimeline($code: String!, $units: [String!]!) {\n    rolloutTimeline(rolloutCode: $code, orgUnitCodes: $units) { unitCode phases { phase start end setBy late } wave { number start end setBy late } }\n  }\n": typeof types.RoTimelineDocument,
    "query RoPlanOne($code: String!, $unit: String!) { rolloutPlan(rolloutCode: $code, orgUnitCode: $unit) { ...RoPlan } }": typeof types.RoPlanOneDocument,
    "query RoChildren($unit: String!) { orgUnit(code: $unit) { code level children { code level name { zh en } } } }": typeof types.RoChildrenDocument,
    "query RoEditionInForce { currentStandardEdition { code title { zh en } } }": typeof types.RoEditionInForceDocument,
    "query RoPickUnits($filter: OrgUnitFilter!) { orgUnits(filter: $filter, first: 50) { nodes { code level name { zh en } } } }": typeof types.RoPickUnitsDocument,
    "mutation RoUpdate($code: String!, $v: Int!, $i: UpdateRolloutInput!) { updateRollout(code: $code, version: $v, input: $i) { ...RoRollout } }": typeof types.RoUpdateDocument,
    "mutation RoLaunch($i: LaunchRolloutInput!) { launchRollout(input: $i) { ...RoRollout } }": typeof types.RoLaunchDocument,
    "mutation RoSave($code: String!, $unit: String!, $v: Int, $i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v, input: $i) { ...RoPlan } }": typeof types.RoSaveDocument,
    "mutation RoSubmit($code: String!, $unit: String!, $v: Int!) { submitRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }": typeof types.RoSubmitDocument,
    "mutation RoWithdraw($code: String!, $unit: String!, $v: Int!) { withdrawRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }": typeof types.RoWithdrawDocument,
    "mutation RoApprove($code: String!, $unit: String!, $r: Int!, $c: String) { approveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }": typeof types.RoApproveDocument,
    "mutation RoReturn($code: String!, $unit: String!, $r: Int!, $c: String!) { returnRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }": typeof types.RoReturnDocument,
    "\n  query StdEffective($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      orgUnit { code name { zh en } level category }\n      layers { ...StdValueSource }\n      edition {\n        code title { zh en } status isCurrent version\n        positions { ...StdPositionFields }\n        zones { ...StdZoneFields }\n        deviceTypes { ...StdDeviceTypeFields }\n        customerTiers { code name { zh en } }\n        serviceRules { code title { zh en } parameters { code name { zh en } } }\n      }\n      values { ...StdShownValue }\n      localItems { kind key path data setBy { ...StdValueSource } }\n      outletCategory {\n        code name { zh en } description { zh en } notes { zh en }\n        marketingStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        salesServiceStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        lobbyStaffTotal { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } }\n        staffing { position range { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } } }\n        devices { deviceType min { value ...StdSourced overrode { value ...StdBefore } } }\n        smartDevices { value { code } ...StdSourced overrode { value { code name { zh en } } ...StdBefore } }\n        zones { zone requirement { value ...StdSourced overrode { value ...StdBefore } } }\n        outboundMarketing { value { zh en } ...StdSourced overrode { value { zh en } ...StdBefore } }\n      }\n    }\n  }\n": typeof types.StdEffectiveDocument,
    "\n  fragment StdValueSource on ValueSource { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n": typeof types.StdValueSourceFragmentDoc,
    "\n  fragment StdSourced on PolicedValue { path policy setBy { ...StdValueSource } }\n": typeof types.StdSourcedFragmentDoc,
    "\n  fragment StdBefore on PolicedValue { setBy { unitCode unit { code name { zh en } } layerCode } }\n": typeof types.StdBeforeFragmentDoc,
    "\n  fragment StdShownValue on PolicedValue {\n    path kind policy setBy { ...StdValueSource }\n    ... on IntValue { int: value overrode { int: value ...StdBefore } }\n    ... on RangeValue { range: value { min max } overrode { range: value { min max } ...StdBefore } }\n    ... on MoneyValue { money: value { amount currency } overrode { money: value { amount currency } ...StdBefore } }\n    ... on TextValue { text: value { zh en } overrode { text: value { zh en } ...StdBefore } }\n    ... on TextListValue { texts: value { zh en } overrode { texts: value { zh en } ...StdBefore } }\n    ... on CodeListValue { codes: value { code name { zh en } } overrode { codes: value { code name { zh en } } ...StdBefore } }\n    ... on RequirementValue { requirement: value overrode { requirement: value ...StdBefore } }\n  }\n": typeof types.StdShownValueFragmentDoc,
    "\n  fragment StdOutletCategoryFields on OutletCategory {\n    code categoryCode name { zh en } description { zh en } marketingStaffMin { value policy }\n    salesServiceStaffMin { value policy } lobbyStaffTotal { policy value { min max } }\n    staffing { position policy value { min max } note { zh en } } devices { deviceType value policy }\n    smartDevices { value policy } zones { zone value policy note { zh en } }\n    outboundMarketing { policy value { zh en } } notes { zh en }\n  }\n": typeof types.StdOutletCategoryFieldsFragmentDoc,
    "\n  fragment StdPositionFields on Position {\n    code kind name { zh en } reportsTo summary { zh en } duties { value { zh en } policy } capabilities { zh en }\n  }\n": typeof types.StdPositionFieldsFragmentDoc,
    "\n  fragment StdZoneFields on Zone {\n    code name { zh en } purpose { zh en } principles { zh en } positions equipment { value { code name { zh en } } policy }\n  }\n": typeof types.StdZoneFieldsFragmentDoc,
    "\n  fragment StdDeviceTypeFields on DeviceType { code kind name { zh en } }\n": typeof types.StdDeviceTypeFieldsFragmentDoc,
    "\n  fragment StdCustomerTierFields on CustomerTier {\n    code segment name { zh en } rule { zh en } principle { zh en }\n    assetsFrom { value { amount currency } policy } assetsBelow { value { amount currency } policy }\n    personalLoansFrom { value { amount currency } policy } thresholdPolicyReason { zh en } positions zones\n  }\n": typeof types.StdCustomerTierFieldsFragmentDoc,
    "\n  fragment StdServiceRuleFields on ServiceRule {\n    code category core title { zh en } text { zh en }\n    parameters {\n      __typename code type name { zh en } policy unit\n      # Each type's value under the name of the input field that carries it, so a form sends back what it read.\n      ... on IntParameter { intValue: value }\n      ... on RangeParameter { range: value { min max } }\n      ... on MoneyParameter { money: value { amount currency } }\n      ... on CodeListParameter { codes: value { code label { zh en } } }\n      ... on TextListParameter { texts: value { zh en } }\n    }\n  }\n": typeof types.StdServiceRuleFieldsFragmentDoc,
    "\n  fragment StdClassifierFields on Classifier { code kind name { zh en } }\n": typeof types.StdClassifierFieldsFragmentDoc,
    "\n  fragment StdEditionContent on StandardEdition {\n    outletCategories { ...StdOutletCategoryFields }\n    positions { ...StdPositionFields }\n    zones { ...StdZoneFields }\n    deviceTypes { ...StdDeviceTypeFields }\n    customerTiers { ...StdCustomerTierFields }\n    serviceRules { ...StdServiceRuleFields }\n    classifiers { ...StdClassifierFields }\n  }\n": typeof types.StdEditionContentFragmentDoc,
    "\n  fragment StdEditionLabels on StandardEdition {\n    outletCategories { code name { zh en } }\n    positions { code name { zh en } }\n    zones { code name { zh en } }\n    deviceTypes { code name { zh en } }\n    customerTiers { code name { zh en } }\n    serviceRules { code title { zh en } }\n    classifiers { kind code name { zh en } }\n  }\n": typeof types.StdEditionLabelsFragmentDoc,
    "\n  query StdKinds { standardKinds { kind listField saveMutation inputType keyFields reportKey auditOperations } }\n": typeof types.StdKindsDocument,
    "\n  fragment StdEditionSummary on StandardEdition {\n    code\n    title { zh en }\n    summary { zh en }\n    status\n    isCurrent\n    version\n    createdAt\n    createdBy\n    updatedAt\n    publishedAt\n    publishedBy\n    approvalState\n    approvedRevision\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    basedOn { code title { zh en } }\n  }\n": typeof types.StdEditionSummaryFragmentDoc,
    "\n  fragment StdEditionResult on StandardEdition {\n    ...StdEditionSummary\n    validation { ok problems { path rule message } }\n  }\n": typeof types.StdEditionResultFragmentDoc,
    "\n  fragment StdDiffChanges on EditionDiff {\n    changes { kind code change fields { field before after } }\n  }\n": typeof types.StdDiffChangesFragmentDoc,
    "\n  query StdEditions { standardEditions { ...StdEditionSummary } }\n": typeof types.StdEditionsDocument,
    "\n  mutation StdCreateDraft($input: CreateStandardDraftInput!) {\n    createStandardDraft(input: $input) { ...StdEditionResult }\n  }\n": typeof types.StdCreateDraftDocument,
    "\n  mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {\n    updateStandardEdition(input: $input) { ...StdEditionResult }\n  }\n": typeof types.StdUpdateEditionDocument,
    "\n  mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {\n    removeStandardItem(editionCode: $editionCode, expectedVersion: $expectedVersion, kind: $kind, code: $code) { ...StdEditionResult }\n  }\n": typeof types.StdRemoveItemDocument,
    "\n  mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {\n    publishStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion) { ...StdEditionResult }\n  }\n": typeof types.StdPublishDocument,
    "\n  mutation StdSubmit($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    submitStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": typeof types.StdSubmitDocument,
    "\n  mutation StdWithdraw($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    withdrawStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": typeof types.StdWithdrawDocument,
    "\n  mutation StdApprove($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    approveStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": typeof types.StdApproveDocument,
    "\n  mutation StdReturn($editionCode: String!, $expectedVersion: Int!, $comment: String!) {\n    returnStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": typeof types.StdReturnDocument,
    "\n  query StdValidation($code: String!) {\n    standardEdition(code: $code) { code version status approvalState validation { ok problems { path rule message } } }\n  }\n": typeof types.StdValidationDocument,
    "\n  query StdEdition($code: String!) {\n    standardEdition(code: $code) {\n      ...StdEditionSummary\n      ...StdEditionContent\n      validation { ok problems { path rule message } }\n      history { id action fromState toState actorName comment revision occurredAt }\n    }\n  }\n": typeof types.StdEditionDocument,
    "\n  query StdDiff($from: String!, $to: String!) {\n    standardEditionDiff(from: $from, to: $to) {\n      from { ...StdEditionSummary ...StdEditionLabels }\n      to { ...StdEditionSummary ...StdEditionLabels }\n      ...StdDiffChanges\n    }\n  }\n": typeof types.StdDiffDocument,
};
const documents: Documents = {
    "\n  query ConsoleMe {\n    me {\n      kind\n      username\n      displayName\n      roles\n      readOnly\n      orgUnit { code name { zh en } level ancestors { code name { zh en } level } }\n    }\n  }\n": types.ConsoleMeDocument,
    "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt user { username } }\n  }\n": types.ConsoleLoginDocument,
    "\n  mutation ConsoleLogout { logout }\n": types.ConsoleLogoutDocument,
    "\n  fragment ConsoleApiTokenFields on ApiToken {\n    id\n    name\n    system\n    prefix\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    scopeUnit { code name { zh en } level status }\n  }\n": types.ConsoleApiTokenFieldsFragmentDoc,
    "\n  query ConsoleApiTokens($first: Int!, $offset: Int, $after: String) {\n    apiTokens(first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleApiTokenFields }\n    }\n  }\n": types.ConsoleApiTokensDocument,
    "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) { token apiToken { ...ConsoleApiTokenFields } }\n  }\n": types.ConsoleIssueApiTokenDocument,
    "\n  mutation ConsoleRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ConsoleApiTokenFields }\n  }\n": types.ConsoleRevokeApiTokenDocument,
    "\n  query ConsoleAuditEvents($filter: AuditEventFilter, $first: Int!, $offset: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id\n        occurredAt\n        actorName\n        operation\n        objectType\n        objectLabel\n        redactedFields\n        requestId\n        changes\n        unit { code name { zh en } level status }\n      }\n    }\n  }\n": types.ConsoleAuditEventsDocument,
    "query ConsoleAuditOperations { auditOperations auditObjectTypes }": types.ConsoleAuditOperationsDocument,
    "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name { zh en }\n    level\n    tierTwoKind\n    category\n    status\n    city\n    address\n    closedAt\n    version\n    createdAt\n    updatedAt\n    childCount\n    parent { code name { zh en } level }\n  }\n": types.OrgUnitFieldsFragmentDoc,
    "\n  fragment OrgUnitSummaryFields on OrgUnit { code name { zh en } level status childCount }\n": types.OrgUnitSummaryFieldsFragmentDoc,
    "\n  query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $after: String, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {\n    orgUnits(filter: $filter, first: $first, offset: $offset, after: $after, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...OrgUnitFields }\n    }\n  }\n": types.ConsoleOrgUnitsDocument,
    "\n  query ConsoleOrgUnit($code: String!) {\n    orgUnit(code: $code) {\n      ...OrgUnitFields\n      ancestors { code name { zh en } level }\n    }\n  }\n": types.ConsoleOrgUnitDocument,
    "\n  query ConsoleOrgUnitChildren($code: String!) {\n    orgUnit(code: $code) {\n      code\n      children { ...OrgUnitSummaryFields }\n    }\n  }\n": types.ConsoleOrgUnitChildrenDocument,
    "\n  query ConsoleOrgUnitRoot($code: String!) {\n    orgUnit(code: $code) { ...OrgUnitSummaryFields }\n  }\n": types.ConsoleOrgUnitRootDocument,
    "\n  mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": types.ConsoleCreateOrgUnitDocument,
    "\n  mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": types.ConsoleUpdateOrgUnitDocument,
    "\n  mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { ...OrgUnitFields ancestors { code name { zh en } level } }\n  }\n": types.ConsoleMoveOrgUnitDocument,
    "\n  mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n": types.ConsoleCloseOrgUnitDocument,
    "\n  query ConsoleOutletCategoriesInForce {\n    outletCategoriesInForce { code name { zh en } }\n  }\n": types.ConsoleOutletCategoriesInForceDocument,
    "\n  query ConsoleOutletGaps($unit: String!, $kind: String, $planStatus: String, $first: Int!, $offset: Int, $after: String) {\n    outletGaps(orgUnitCode: $unit, kind: $kind, planStatus: $planStatus, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        outletCode outletName { zh en } branchCode branchName { zh en } planStatus planVersion\n        kind path requirementName { zh en } expectedMin expectedMax expectedRequirement actualCount actualZone addressed\n        setBy { unitCode layerCode unit { code name { zh en } } }\n        action { who dueDate what expectedEffect done }\n        justification\n      }\n    }\n  }\n": types.ConsoleOutletGapsDocument,
    "\n  query ConsoleOutletPlans($unit: String!, $status: String, $first: Int!, $offset: Int, $after: String) {\n    outletPlans(orgUnitCode: $unit, status: $status, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id status version compliant gapCount submittedBy submittedAt decidedBy decidedAt\n        orgUnit { code name { zh en } category parent { code name { zh en } } }\n      }\n    }\n  }\n": types.ConsoleOutletPlansDocument,
    "\n  fragment ConsoleUserFields on User {\n    id\n    username\n    displayName\n    roles\n    status\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    orgUnit { code name { zh en } level status }\n  }\n": types.ConsoleUserFieldsFragmentDoc,
    "\n  query ConsoleUsers($filter: UserFilter, $first: Int!, $offset: Int, $after: String) {\n    users(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleUserFields }\n    }\n  }\n": types.ConsoleUsersDocument,
    "\n  query ConsoleUser($username: String!) {\n    user(username: $username) { ...ConsoleUserFields }\n  }\n": types.ConsoleUserDocument,
    "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...ConsoleUserFields }\n  }\n": types.ConsoleCreateUserDocument,
    "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { ...ConsoleUserFields }\n  }\n": types.ConsoleUpdateUserDocument,
    "\n  mutation ConsoleSetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { ...ConsoleUserFields }\n  }\n": types.ConsoleSetUserPasswordDocument,
    "\n  mutation ConsoleChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n": types.ConsoleChangeMyPasswordDocument,
    "\n  query ComplianceDashboard($code: String!) {\n    complianceRollup(orgUnitCode: $code) {\n      orgUnit { code level name { zh en } ancestors { code name { zh en } } }\n      ...RollupCounts\n      children { orgUnit { id code level name { zh en } } ...ChildRollupCounts }\n      rollout {\n        rolloutCode titleZh titleEn\n        byWave { wave outlets compliant late }\n        byPhase { phase outlets late }\n        children { unitId byWave { wave outlets compliant late } byPhase { phase outlets late } }\n      }\n    }\n  }\n": types.ComplianceDashboardDocument,
    "\n  fragment RollupCounts on ComplianceRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n": types.RollupCountsFragmentDoc,
    "\n  fragment ChildRollupCounts on ChildRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n": types.ChildRollupCountsFragmentDoc,
    "\n  query ComplianceOutlets($code: String!, $offset: Int!, $limit: Int!) {\n    complianceOutlets(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { code nameZh nameEn category planStatus compliance gapCount gapKinds overdueActions }\n    }\n  }\n": types.ComplianceOutletsDocument,
    "\n  query OverdueActionsList($code: String!, $offset: Int!, $limit: Int!) {\n    overdueActions(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { outletCode outletNameZh outletNameEn actionId who what dueDate path }\n    }\n  }\n": types.OverdueActionsListDocument,
    "\n  query ComplianceGaps($code: String!, $first: Int!, $offset: Int) {\n    outletPlans(orgUnitCode: $code, status: \"APPROVED\", first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        orgUnit { code name { zh en } }\n        gaps { kind path expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode } }\n      }\n    }\n  }\n": types.ComplianceGapsDocument,
    "\n  query ImpactPreview($localVersionId: ID, $editionCode: String) {\n    impactPreview(localVersionId: $localVersionId, editionCode: $editionCode) {\n      subjectKind subjectCode outletsBelow outletsAffected unitsAffected\n      compliance { outletsAssessed stopMeeting startMeeting examples { outletCode nameZh nameEn direction gapKinds } }\n      groups {\n        tierOneCode tierTwoCode outletCategory outlets\n        tierOneBranch { code name { zh en } }\n        tierTwoBranch { code name { zh en } }\n        changes {\n          path\n          before { ...ImpactSide }\n          after { ...ImpactSide }\n        }\n      }\n    }\n  }\n": types.ImpactPreviewDocument,
    "\n  fragment ImpactSide on PolicedValue {\n    path policy setBy { unitCode layerCode }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on CodeListValue { codes: value { code } }\n    ... on RequirementValue { requirement: value }\n  }\n": types.ImpactSideFragmentDoc,
    "\n  fragment InboxEntry on InboxItem {\n    subjectType id code title { zh en } state revision submittedBy submittedAt decidedBy decidedAt comment itemComments { path comment }\n    orgUnit { code name { zh en } }\n  }\n": types.InboxEntryFragmentDoc,
    "query Inbox { inbox { awaitingMe { ...InboxEntry } returnedToMe { ...InboxEntry } } }": types.InboxDocument,
    "query InboxCount { inbox { awaitingCount } }": types.InboxCountDocument,
    "\n  query LvLocalItems($id: ID!) { localVersion(id: $id) { id version localItems { kind key path data conflict { rule message } } } }\n": types.LvLocalItemsDocument,
    "\n  mutation LvAddLocalPosition($id: ID!, $v: Int!, $input: PositionInput!) { addLocalPosition(id: $id, expectedVersion: $v, input: $input) { ...LvRecord } }\n": types.LvAddLocalPositionDocument,
    "\n  mutation LvRemoveLocalItem($id: ID!, $v: Int!, $kind: StandardItemKind!, $key: String!) {\n    removeLocalItem(id: $id, expectedVersion: $v, kind: $kind, key: $key) { ...LvRecord }\n  }\n": types.LvRemoveLocalItemDocument,
    "\n  fragment LvRecord on LocalVersion {\n    id code status version title { zh en }\n    orgUnit { code name { zh en } parent { code } }\n    createdAt createdBy updatedAt submittedAt submittedBy decidedAt decidedBy hasConflicts\n    baseEdition { code }\n    changes { path kind policy value conflict { rule message } }\n    notApplicable { path conflict { rule message } }\n    history { id action fromState toState actorName comment revision occurredAt itemComments { path comment } }\n  }\n": types.LvRecordFragmentDoc,
    "\n  fragment LvInherited on PolicedValue {\n    __typename kind path policy setBy { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on RequirementValue { requirement: value }\n    ... on CodeListValue { codes: value { code name { zh en } } }\n  }\n": types.LvInheritedFragmentDoc,
    "\n  query LvList($unit: String!, $status: ApprovalState) { localVersions(orgUnitCode: $unit, status: $status) { ...LvRecord } }\n": types.LvListDocument,
    "query LvOne($id: ID!) { localVersion(id: $id) { ...LvRecord } }": types.LvOneDocument,
    "\n  query LvInheritedValues($unit: String!) { effectiveStandard(orgUnitCode: $unit) { values { ...LvInherited } } }\n": types.LvInheritedValuesDocument,
    "\n  query LvReview($id: ID!) {\n    localVersionReview(id: $id) { path notApplicable change { path kind policy value conflict { rule message } } inherited { ...LvInherited } }\n  }\n": types.LvReviewDocument,
    "\n  query LvLevels($unit: String!, $path: String!) {\n    valueAcrossLevels(orgUnitCode: $unit, path: $path) { setHere orgUnit { code name { zh en } level } value { ...LvInherited } }\n  }\n": types.LvLevelsDocument,
    "mutation LvCreate($input: CreateLocalVersionInput!) { createLocalVersion(input: $input) { ...LvRecord } }": types.LvCreateDocument,
    "mutation LvSet($input: SetLocalValueInput!) { setLocalValue(input: $input) { ...LvRecord } }": types.LvSetDocument,
    "mutation LvClear($id: ID!, $v: Int!, $path: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }": types.LvClearDocument,
    "\n  mutation LvNotApplicable($id: ID!, $v: Int!, $path: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }\n": types.LvNotApplicableDocument,
    "mutation LvSubmit($id: ID!, $v: Int!, $c: String) { submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }": types.LvSubmitDocument,
    "mutation LvWithdraw($id: ID!, $v: Int!, $c: String) { withdrawLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }": types.LvWithdrawDocument,
    "mutation LvApprove($id: ID!, $r: Int!, $c: String) { approveLocalVersion(id: $id, revision: $r, comment: $c) { ...LvRecord } }": types.LvApproveDocument,
    "\n  mutation LvReturn($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) {\n    returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) { ...LvRecord }\n  }\n": types.LvReturnDocument,
    "\n  fragment OpPlan on OutletPlan {\n    id status version compliant gapCount submittedAt submittedBy decidedAt decidedBy\n    orgUnit { code category name { zh en } parent { code } }\n    facts { floorArea acknowledgedRules staffing { position current target } zones { zone status } devices { deviceType count } }\n    gaps { path kind addressed expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode unit { code name { zh en } } layerCode } }\n    actions { id path who what dueDate expectedEffect done }\n    justifications { path text }\n    history { id action actorName comment occurredAt }\n  }\n": types.OpPlanFragmentDoc,
    "query OpOne($code: String!) { outletPlan(outletCode: $code) { ...OpPlan } }": types.OpOneDocument,
    "\n  query OpPaths($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      values { path }\n      edition {\n        positions { code name { zh en } }\n        zones { code name { zh en } }\n        deviceTypes { code name { zh en } }\n        serviceRules { code core title { zh en } }\n      }\n      localItems { kind key data }\n    }\n    orgUnit(code: $code) { code category }\n  }\n": types.OpPathsDocument,
    "mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) { saveOutletFacts(outletCode: $code, version: $v, facts: $f) { ...OpPlan } }": types.OpSaveDocument,
    "mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) { addPlanAction(outletCode: $code, version: $v, action: $a) { ...OpPlan } }": types.OpAddDocument,
    "mutation OpUpdate($code: String!, $v: Int!, $id: ID!, $a: PlanActionInput!) { updatePlanAction(outletCode: $code, version: $v, actionId: $id, action: $a) { ...OpPlan } }": types.OpUpdateDocument,
    "mutation OpAcknowledge($code: String!, $v: Int!, $r: [String!]!) { acknowledgeCoreRules(outletCode: $code, version: $v, rules: $r) { ...OpPlan } }": types.OpAcknowledgeDocument,
    "mutation OpWithdraw($code: String!, $v: Int!) { withdrawOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }": types.OpWithdrawDocument,
    "mutation OpRemove($code: String!, $v: Int!, $id: ID!) { removePlanAction(outletCode: $code, version: $v, actionId: $id) { ...OpPlan } }": types.OpRemoveDocument,
    "mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) { justifyGap(outletCode: $code, version: $v, path: $p, text: $t) { ...OpPlan } }": types.OpJustifyDocument,
    "mutation OpSubmit($code: String!, $v: Int!) { submitOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }": types.OpSubmitDocument,
    "mutation OpApprove($code: String!, $r: Int!, $c: String) { approveOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }": types.OpApproveDocument,
    "mutation OpReturn($code: String!, $r: Int!, $c: String!) { returnOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }": types.OpReturnDocument,
    "\n  fragment RoPlan on RolloutPlan {\n    id unitCode status version submittedBy submittedAt decidedBy decidedAt\n    orgUnit { code level name { zh en } parent { code } }\n    phases { phase start end }\n    pilotUnitCodes\n    waves { number start end unitCodes }\n    actions { what who dueDate }\n    history { id action actorName comment occurredAt }\n  }\n": types.RoPlanFragmentDoc,
    "\n  fragment RoRollout on Rollout {\n    id code title { zh en } editionCode phases { phase start end } pilotUnitCodes createdBy version createdAt updatedAt\n  }\n": types.RoRolloutFragmentDoc,
    "query RoList { rollouts { ...RoRollout } }": types.RoListDocument,
    "query RoOne($code: String!) { rollout(code: $code) { ...RoRollout plans { ...RoPlan } } }": types.RoOneDocument,
    "\n  query RoTimeline($code: String!, $units: [String!]!) {\n    rolloutTimeline(rolloutCode: $code, orgUnitCodes: $units) { unitCode phases { phase start end setBy late } wave { number start end setBy late } }\n  }\n": types.RoTimelineDocument,
    "query RoPlanOne($code: String!, $unit: String!) { rolloutPlan(rolloutCode: $code, orgUnitCode: $unit) { ...RoPlan } }": types.RoPlanOneDocument,
    "query RoChildren($unit: String!) { orgUnit(code: $unit) { code level children { code level name { zh en } } } }": types.RoChildrenDocument,
    "query RoEditionInForce { currentStandardEdition { code title { zh en } } }": types.RoEditionInForceDocument,
    "query RoPickUnits($filter: OrgUnitFilter!) { orgUnits(filter: $filter, first: 50) { nodes { code level name { zh en } } } }": types.RoPickUnitsDocument,
    "mutation RoUpdate($code: String!, $v: Int!, $i: UpdateRolloutInput!) { updateRollout(code: $code, version: $v, input: $i) { ...RoRollout } }": types.RoUpdateDocument,
    "mutation RoLaunch($i: LaunchRolloutInput!) { launchRollout(input: $i) { ...RoRollout } }": types.RoLaunchDocument,
    "mutation RoSave($code: String!, $unit: String!, $v: Int, $i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v, input: $i) { ...RoPlan } }": types.RoSaveDocument,
    "mutation RoSubmit($code: String!, $unit: String!, $v: Int!) { submitRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }": types.RoSubmitDocument,
    "mutation RoWithdraw($code: String!, $unit: String!, $v: Int!) { withdrawRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }": types.RoWithdrawDocument,
    "mutation RoApprove($code: String!, $unit: String!, $r: Int!, $c: String) { approveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }": types.RoApproveDocument,
    "mutation RoReturn($code: String!, $unit: String!, $r: Int!, $c: String!) { returnRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }": types.RoReturnDocument,
    "\n  query StdEffective($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      orgUnit { code name { zh en } level category }\n      layers { ...StdValueSource }\n      edition {\n        code title { zh en } status isCurrent version\n        positions { ...StdPositionFields }\n        zones { ...StdZoneFields }\n        deviceTypes { ...StdDeviceTypeFields }\n        customerTiers { code name { zh en } }\n        serviceRules { code title { zh en } parameters { code name { zh en } } }\n      }\n      values { ...StdShownValue }\n      localItems { kind key path data setBy { ...StdValueSource } }\n      outletCategory {\n        code name { zh en } description { zh en } notes { zh en }\n        marketingStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        salesServiceStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        lobbyStaffTotal { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } }\n        staffing { position range { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } } }\n        devices { deviceType min { value ...StdSourced overrode { value ...StdBefore } } }\n        smartDevices { value { code } ...StdSourced overrode { value { code name { zh en } } ...StdBefore } }\n        zones { zone requirement { value ...StdSourced overrode { value ...StdBefore } } }\n        outboundMarketing { value { zh en } ...StdSourced overrode { value { zh en } ...StdBefore } }\n      }\n    }\n  }\n": types.StdEffectiveDocument,
    "\n  fragment StdValueSource on ValueSource { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n": types.StdValueSourceFragmentDoc,
    "\n  fragment StdSourced on PolicedValue { path policy setBy { ...StdValueSource } }\n": types.StdSourcedFragmentDoc,
    "\n  fragment StdBefore on PolicedValue { setBy { unitCode unit { code name { zh en } } layerCode } }\n": types.StdBeforeFragmentDoc,
    "\n  fragment StdShownValue on PolicedValue {\n    path kind policy setBy { ...StdValueSource }\n    ... on IntValue { int: value overrode { int: value ...StdBefore } }\n    ... on RangeValue { range: value { min max } overrode { range: value { min max } ...StdBefore } }\n    ... on MoneyValue { money: value { amount currency } overrode { money: value { amount currency } ...StdBefore } }\n    ... on TextValue { text: value { zh en } overrode { text: value { zh en } ...StdBefore } }\n    ... on TextListValue { texts: value { zh en } overrode { texts: value { zh en } ...StdBefore } }\n    ... on CodeListValue { codes: value { code name { zh en } } overrode { codes: value { code name { zh en } } ...StdBefore } }\n    ... on RequirementValue { requirement: value overrode { requirement: value ...StdBefore } }\n  }\n": types.StdShownValueFragmentDoc,
    "\n  fragment StdOutletCategoryFields on OutletCategory {\n    code categoryCode name { zh en } description { zh en } marketingStaffMin { value policy }\n    salesServiceStaffMin { value policy } lobbyStaffTotal { policy value { min max } }\n    staffing { position policy value { min max } note { zh en } } devices { deviceType value policy }\n    smartDevices { value policy } zones { zone value policy note { zh en } }\n    outboundMarketing { policy value { zh en } } notes { zh en }\n  }\n": types.StdOutletCategoryFieldsFragmentDoc,
    "\n  fragment StdPositionFields on Position {\n    code kind name { zh en } reportsTo summary { zh en } duties { value { zh en } policy } capabilities { zh en }\n  }\n": types.StdPositionFieldsFragmentDoc,
    "\n  fragment StdZoneFields on Zone {\n    code name { zh en } purpose { zh en } principles { zh en } positions equipment { value { code name { zh en } } policy }\n  }\n": types.StdZoneFieldsFragmentDoc,
    "\n  fragment StdDeviceTypeFields on DeviceType { code kind name { zh en } }\n": types.StdDeviceTypeFieldsFragmentDoc,
    "\n  fragment StdCustomerTierFields on CustomerTier {\n    code segment name { zh en } rule { zh en } principle { zh en }\n    assetsFrom { value { amount currency } policy } assetsBelow { value { amount currency } policy }\n    personalLoansFrom { value { amount currency } policy } thresholdPolicyReason { zh en } positions zones\n  }\n": types.StdCustomerTierFieldsFragmentDoc,
    "\n  fragment StdServiceRuleFields on ServiceRule {\n    code category core title { zh en } text { zh en }\n    parameters {\n      __typename code type name { zh en } policy unit\n      # Each type's value under the name of the input field that carries it, so a form sends back what it read.\n      ... on IntParameter { intValue: value }\n      ... on RangeParameter { range: value { min max } }\n      ... on MoneyParameter { money: value { amount currency } }\n      ... on CodeListParameter { codes: value { code label { zh en } } }\n      ... on TextListParameter { texts: value { zh en } }\n    }\n  }\n": types.StdServiceRuleFieldsFragmentDoc,
    "\n  fragment StdClassifierFields on Classifier { code kind name { zh en } }\n": types.StdClassifierFieldsFragmentDoc,
    "\n  fragment StdEditionContent on StandardEdition {\n    outletCategories { ...StdOutletCategoryFields }\n    positions { ...StdPositionFields }\n    zones { ...StdZoneFields }\n    deviceTypes { ...StdDeviceTypeFields }\n    customerTiers { ...StdCustomerTierFields }\n    serviceRules { ...StdServiceRuleFields }\n    classifiers { ...StdClassifierFields }\n  }\n": types.StdEditionContentFragmentDoc,
    "\n  fragment StdEditionLabels on StandardEdition {\n    outletCategories { code name { zh en } }\n    positions { code name { zh en } }\n    zones { code name { zh en } }\n    deviceTypes { code name { zh en } }\n    customerTiers { code name { zh en } }\n    serviceRules { code title { zh en } }\n    classifiers { kind code name { zh en } }\n  }\n": types.StdEditionLabelsFragmentDoc,
    "\n  query StdKinds { standardKinds { kind listField saveMutation inputType keyFields reportKey auditOperations } }\n": types.StdKindsDocument,
    "\n  fragment StdEditionSummary on StandardEdition {\n    code\n    title { zh en }\n    summary { zh en }\n    status\n    isCurrent\n    version\n    createdAt\n    createdBy\n    updatedAt\n    publishedAt\n    publishedBy\n    approvalState\n    approvedRevision\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    basedOn { code title { zh en } }\n  }\n": types.StdEditionSummaryFragmentDoc,
    "\n  fragment StdEditionResult on StandardEdition {\n    ...StdEditionSummary\n    validation { ok problems { path rule message } }\n  }\n": types.StdEditionResultFragmentDoc,
    "\n  fragment StdDiffChanges on EditionDiff {\n    changes { kind code change fields { field before after } }\n  }\n": types.StdDiffChangesFragmentDoc,
    "\n  query StdEditions { standardEditions { ...StdEditionSummary } }\n": types.StdEditionsDocument,
    "\n  mutation StdCreateDraft($input: CreateStandardDraftInput!) {\n    createStandardDraft(input: $input) { ...StdEditionResult }\n  }\n": types.StdCreateDraftDocument,
    "\n  mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {\n    updateStandardEdition(input: $input) { ...StdEditionResult }\n  }\n": types.StdUpdateEditionDocument,
    "\n  mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {\n    removeStandardItem(editionCode: $editionCode, expectedVersion: $expectedVersion, kind: $kind, code: $code) { ...StdEditionResult }\n  }\n": types.StdRemoveItemDocument,
    "\n  mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {\n    publishStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion) { ...StdEditionResult }\n  }\n": types.StdPublishDocument,
    "\n  mutation StdSubmit($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    submitStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": types.StdSubmitDocument,
    "\n  mutation StdWithdraw($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    withdrawStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": types.StdWithdrawDocument,
    "\n  mutation StdApprove($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    approveStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": types.StdApproveDocument,
    "\n  mutation StdReturn($editionCode: String!, $expectedVersion: Int!, $comment: String!) {\n    returnStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n": types.StdReturnDocument,
    "\n  query StdValidation($code: String!) {\n    standardEdition(code: $code) { code version status approvalState validation { ok problems { path rule message } } }\n  }\n": types.StdValidationDocument,
    "\n  query StdEdition($code: String!) {\n    standardEdition(code: $code) {\n      ...StdEditionSummary\n      ...StdEditionContent\n      validation { ok problems { path rule message } }\n      history { id action fromState toState actorName comment revision occurredAt }\n    }\n  }\n": types.StdEditionDocument,
    "\n  query StdDiff($from: String!, $to: String!) {\n    standardEditionDiff(from: $from, to: $to) {\n      from { ...StdEditionSummary ...StdEditionLabels }\n      to { ...StdEditionSummary ...StdEditionLabels }\n      ...StdDiffChanges\n    }\n  }\n": types.StdDiffDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleMe {\n    me {\n      kind\n      username\n      displayName\n      roles\n      readOnly\n      orgUnit { code name { zh en } level ancestors { code name { zh en } level } }\n    }\n  }\n"): typeof import('./graphql').ConsoleMeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogin($username: String!, $password: String!) {\n    login(username: $username, password: $password) { expiresAt user { username } }\n  }\n"): typeof import('./graphql').ConsoleLoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleLogout { logout }\n"): typeof import('./graphql').ConsoleLogoutDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleApiTokenFields on ApiToken {\n    id\n    name\n    system\n    prefix\n    createdAt\n    createdBy\n    expiresAt\n    lastUsedAt\n    revokedAt\n    scopeUnit { code name { zh en } level status }\n  }\n"): typeof import('./graphql').ConsoleApiTokenFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleApiTokens($first: Int!, $offset: Int, $after: String) {\n    apiTokens(first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleApiTokenFields }\n    }\n  }\n"): typeof import('./graphql').ConsoleApiTokensDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleIssueApiToken($input: IssueApiTokenInput!) {\n    issueApiToken(input: $input) { token apiToken { ...ConsoleApiTokenFields } }\n  }\n"): typeof import('./graphql').ConsoleIssueApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleRevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id) { ...ConsoleApiTokenFields }\n  }\n"): typeof import('./graphql').ConsoleRevokeApiTokenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleAuditEvents($filter: AuditEventFilter, $first: Int!, $offset: Int, $after: String) {\n    auditEvents(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id\n        occurredAt\n        actorName\n        operation\n        objectType\n        objectLabel\n        redactedFields\n        requestId\n        changes\n        unit { code name { zh en } level status }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleAuditEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ConsoleAuditOperations { auditOperations auditObjectTypes }"): typeof import('./graphql').ConsoleAuditOperationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitFields on OrgUnit {\n    id\n    code\n    name { zh en }\n    level\n    tierTwoKind\n    category\n    status\n    city\n    address\n    closedAt\n    version\n    createdAt\n    updatedAt\n    childCount\n    parent { code name { zh en } level }\n  }\n"): typeof import('./graphql').OrgUnitFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OrgUnitSummaryFields on OrgUnit { code name { zh en } level status childCount }\n"): typeof import('./graphql').OrgUnitSummaryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrgUnits($filter: OrgUnitFilter, $first: Int!, $offset: Int, $after: String, $orderBy: OrgUnitOrderField!, $descending: Boolean!) {\n    orgUnits(filter: $filter, first: $first, offset: $offset, after: $after, orderBy: $orderBy, descending: $descending) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...OrgUnitFields }\n    }\n  }\n"): typeof import('./graphql').ConsoleOrgUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrgUnit($code: String!) {\n    orgUnit(code: $code) {\n      ...OrgUnitFields\n      ancestors { code name { zh en } level }\n    }\n  }\n"): typeof import('./graphql').ConsoleOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrgUnitChildren($code: String!) {\n    orgUnit(code: $code) {\n      code\n      children { ...OrgUnitSummaryFields }\n    }\n  }\n"): typeof import('./graphql').ConsoleOrgUnitChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOrgUnitRoot($code: String!) {\n    orgUnit(code: $code) { ...OrgUnitSummaryFields }\n  }\n"): typeof import('./graphql').ConsoleOrgUnitRootDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateOrgUnit($input: CreateOrgUnitInput!) {\n    createOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n"): typeof import('./graphql').ConsoleCreateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateOrgUnit($input: UpdateOrgUnitInput!) {\n    updateOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleMoveOrgUnit($input: MoveOrgUnitInput!) {\n    moveOrgUnit(input: $input) { ...OrgUnitFields ancestors { code name { zh en } level } }\n  }\n"): typeof import('./graphql').ConsoleMoveOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCloseOrgUnit($input: CloseOrgUnitInput!) {\n    closeOrgUnit(input: $input) { ...OrgUnitFields }\n  }\n"): typeof import('./graphql').ConsoleCloseOrgUnitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutletCategoriesInForce {\n    outletCategoriesInForce { code name { zh en } }\n  }\n"): typeof import('./graphql').ConsoleOutletCategoriesInForceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutletGaps($unit: String!, $kind: String, $planStatus: String, $first: Int!, $offset: Int, $after: String) {\n    outletGaps(orgUnitCode: $unit, kind: $kind, planStatus: $planStatus, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        outletCode outletName { zh en } branchCode branchName { zh en } planStatus planVersion\n        kind path requirementName { zh en } expectedMin expectedMax expectedRequirement actualCount actualZone addressed\n        setBy { unitCode layerCode unit { code name { zh en } } }\n        action { who dueDate what expectedEffect done }\n        justification\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleOutletGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleOutletPlans($unit: String!, $status: String, $first: Int!, $offset: Int, $after: String) {\n    outletPlans(orgUnitCode: $unit, status: $status, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes {\n        id status version compliant gapCount submittedBy submittedAt decidedBy decidedAt\n        orgUnit { code name { zh en } category parent { code name { zh en } } }\n      }\n    }\n  }\n"): typeof import('./graphql').ConsoleOutletPlansDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConsoleUserFields on User {\n    id\n    username\n    displayName\n    roles\n    status\n    lastSignInAt\n    createdAt\n    updatedAt\n    version\n    orgUnit { code name { zh en } level status }\n  }\n"): typeof import('./graphql').ConsoleUserFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUsers($filter: UserFilter, $first: Int!, $offset: Int, $after: String) {\n    users(filter: $filter, first: $first, offset: $offset, after: $after) {\n      totalCount\n      pageInfo { hasNextPage hasPreviousPage endCursor }\n      nodes { ...ConsoleUserFields }\n    }\n  }\n"): typeof import('./graphql').ConsoleUsersDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ConsoleUser($username: String!) {\n    user(username: $username) { ...ConsoleUserFields }\n  }\n"): typeof import('./graphql').ConsoleUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleCreateUser($input: CreateUserInput!) {\n    createUser(input: $input) { ...ConsoleUserFields }\n  }\n"): typeof import('./graphql').ConsoleCreateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleUpdateUser($input: UpdateUserInput!) {\n    updateUser(input: $input) { ...ConsoleUserFields }\n  }\n"): typeof import('./graphql').ConsoleUpdateUserDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleSetUserPassword($input: SetUserPasswordInput!) {\n    setUserPassword(input: $input) { ...ConsoleUserFields }\n  }\n"): typeof import('./graphql').ConsoleSetUserPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConsoleChangeMyPassword($input: ChangeMyPasswordInput!) {\n    changeMyPassword(input: $input)\n  }\n"): typeof import('./graphql').ConsoleChangeMyPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceDashboard($code: String!) {\n    complianceRollup(orgUnitCode: $code) {\n      orgUnit { code level name { zh en } ancestors { code name { zh en } } }\n      ...RollupCounts\n      children { orgUnit { id code level name { zh en } } ...ChildRollupCounts }\n      rollout {\n        rolloutCode titleZh titleEn\n        byWave { wave outlets compliant late }\n        byPhase { phase outlets late }\n        children { unitId byWave { wave outlets compliant late } byPhase { phase outlets late } }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceDashboardDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RollupCounts on ComplianceRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n"): typeof import('./graphql').RollupCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChildRollupCounts on ChildRollupView {\n    outlets overdueActions\n    byPlanStatus { status outlets }\n    byCompliance { compliance outlets }\n    gapsByKind { kind outlets }\n  }\n"): typeof import('./graphql').ChildRollupCountsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceOutlets($code: String!, $offset: Int!, $limit: Int!) {\n    complianceOutlets(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { code nameZh nameEn category planStatus compliance gapCount gapKinds overdueActions }\n    }\n  }\n"): typeof import('./graphql').ComplianceOutletsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OverdueActionsList($code: String!, $offset: Int!, $limit: Int!) {\n    overdueActions(orgUnitCode: $code, offset: $offset, limit: $limit) {\n      total\n      items { outletCode outletNameZh outletNameEn actionId who what dueDate path }\n    }\n  }\n"): typeof import('./graphql').OverdueActionsListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ComplianceGaps($code: String!, $first: Int!, $offset: Int) {\n    outletPlans(orgUnitCode: $code, status: \"APPROVED\", first: $first, offset: $offset) {\n      totalCount\n      nodes {\n        orgUnit { code name { zh en } }\n        gaps { kind path expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode } }\n      }\n    }\n  }\n"): typeof import('./graphql').ComplianceGapsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImpactPreview($localVersionId: ID, $editionCode: String) {\n    impactPreview(localVersionId: $localVersionId, editionCode: $editionCode) {\n      subjectKind subjectCode outletsBelow outletsAffected unitsAffected\n      compliance { outletsAssessed stopMeeting startMeeting examples { outletCode nameZh nameEn direction gapKinds } }\n      groups {\n        tierOneCode tierTwoCode outletCategory outlets\n        tierOneBranch { code name { zh en } }\n        tierTwoBranch { code name { zh en } }\n        changes {\n          path\n          before { ...ImpactSide }\n          after { ...ImpactSide }\n        }\n      }\n    }\n  }\n"): typeof import('./graphql').ImpactPreviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImpactSide on PolicedValue {\n    path policy setBy { unitCode layerCode }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on CodeListValue { codes: value { code } }\n    ... on RequirementValue { requirement: value }\n  }\n"): typeof import('./graphql').ImpactSideFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InboxEntry on InboxItem {\n    subjectType id code title { zh en } state revision submittedBy submittedAt decidedBy decidedAt comment itemComments { path comment }\n    orgUnit { code name { zh en } }\n  }\n"): typeof import('./graphql').InboxEntryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query Inbox { inbox { awaitingMe { ...InboxEntry } returnedToMe { ...InboxEntry } } }"): typeof import('./graphql').InboxDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query InboxCount { inbox { awaitingCount } }"): typeof import('./graphql').InboxCountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LvLocalItems($id: ID!) { localVersion(id: $id) { id version localItems { kind key path data conflict { rule message } } } }\n"): typeof import('./graphql').LvLocalItemsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LvAddLocalPosition($id: ID!, $v: Int!, $input: PositionInput!) { addLocalPosition(id: $id, expectedVersion: $v, input: $input) { ...LvRecord } }\n"): typeof import('./graphql').LvAddLocalPositionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LvRemoveLocalItem($id: ID!, $v: Int!, $kind: StandardItemKind!, $key: String!) {\n    removeLocalItem(id: $id, expectedVersion: $v, kind: $kind, key: $key) { ...LvRecord }\n  }\n"): typeof import('./graphql').LvRemoveLocalItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LvRecord on LocalVersion {\n    id code status version title { zh en }\n    orgUnit { code name { zh en } parent { code } }\n    createdAt createdBy updatedAt submittedAt submittedBy decidedAt decidedBy hasConflicts\n    baseEdition { code }\n    changes { path kind policy value conflict { rule message } }\n    notApplicable { path conflict { rule message } }\n    history { id action fromState toState actorName comment revision occurredAt itemComments { path comment } }\n  }\n"): typeof import('./graphql').LvRecordFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LvInherited on PolicedValue {\n    __typename kind path policy setBy { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n    ... on IntValue { int: value }\n    ... on RangeValue { range: value { min max } }\n    ... on MoneyValue { money: value { amount currency } }\n    ... on TextValue { text: value { zh en } }\n    ... on TextListValue { texts: value { zh en } }\n    ... on RequirementValue { requirement: value }\n    ... on CodeListValue { codes: value { code name { zh en } } }\n  }\n"): typeof import('./graphql').LvInheritedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LvList($unit: String!, $status: ApprovalState) { localVersions(orgUnitCode: $unit, status: $status) { ...LvRecord } }\n"): typeof import('./graphql').LvListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query LvOne($id: ID!) { localVersion(id: $id) { ...LvRecord } }"): typeof import('./graphql').LvOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LvInheritedValues($unit: String!) { effectiveStandard(orgUnitCode: $unit) { values { ...LvInherited } } }\n"): typeof import('./graphql').LvInheritedValuesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LvReview($id: ID!) {\n    localVersionReview(id: $id) { path notApplicable change { path kind policy value conflict { rule message } } inherited { ...LvInherited } }\n  }\n"): typeof import('./graphql').LvReviewDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LvLevels($unit: String!, $path: String!) {\n    valueAcrossLevels(orgUnitCode: $unit, path: $path) { setHere orgUnit { code name { zh en } level } value { ...LvInherited } }\n  }\n"): typeof import('./graphql').LvLevelsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvCreate($input: CreateLocalVersionInput!) { createLocalVersion(input: $input) { ...LvRecord } }"): typeof import('./graphql').LvCreateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvSet($input: SetLocalValueInput!) { setLocalValue(input: $input) { ...LvRecord } }"): typeof import('./graphql').LvSetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvClear($id: ID!, $v: Int!, $path: String!) { clearLocalChange(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }"): typeof import('./graphql').LvClearDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LvNotApplicable($id: ID!, $v: Int!, $path: String!) { markLocalNotApplicable(id: $id, expectedVersion: $v, path: $path) { ...LvRecord } }\n"): typeof import('./graphql').LvNotApplicableDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvSubmit($id: ID!, $v: Int!, $c: String) { submitLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }"): typeof import('./graphql').LvSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvWithdraw($id: ID!, $v: Int!, $c: String) { withdrawLocalVersion(id: $id, expectedVersion: $v, comment: $c) { ...LvRecord } }"): typeof import('./graphql').LvWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation LvApprove($id: ID!, $r: Int!, $c: String) { approveLocalVersion(id: $id, revision: $r, comment: $c) { ...LvRecord } }"): typeof import('./graphql').LvApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LvReturn($id: ID!, $r: Int!, $c: String!, $items: [ItemCommentInput!]) {\n    returnLocalVersion(id: $id, revision: $r, comment: $c, itemComments: $items) { ...LvRecord }\n  }\n"): typeof import('./graphql').LvReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment OpPlan on OutletPlan {\n    id status version compliant gapCount submittedAt submittedBy decidedAt decidedBy\n    orgUnit { code category name { zh en } parent { code } }\n    facts { floorArea acknowledgedRules staffing { position current target } zones { zone status } devices { deviceType count } }\n    gaps { path kind addressed expectedMin expectedMax expectedRequirement actualCount actualZone setBy { unitCode unit { code name { zh en } } layerCode } }\n    actions { id path who what dueDate expectedEffect done }\n    justifications { path text }\n    history { id action actorName comment occurredAt }\n  }\n"): typeof import('./graphql').OpPlanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query OpOne($code: String!) { outletPlan(outletCode: $code) { ...OpPlan } }"): typeof import('./graphql').OpOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OpPaths($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      values { path }\n      edition {\n        positions { code name { zh en } }\n        zones { code name { zh en } }\n        deviceTypes { code name { zh en } }\n        serviceRules { code core title { zh en } }\n      }\n      localItems { kind key data }\n    }\n    orgUnit(code: $code) { code category }\n  }\n"): typeof import('./graphql').OpPathsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpSave($code: String!, $v: Int, $f: OutletFactsInput!) { saveOutletFacts(outletCode: $code, version: $v, facts: $f) { ...OpPlan } }"): typeof import('./graphql').OpSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpAdd($code: String!, $v: Int!, $a: PlanActionInput!) { addPlanAction(outletCode: $code, version: $v, action: $a) { ...OpPlan } }"): typeof import('./graphql').OpAddDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpUpdate($code: String!, $v: Int!, $id: ID!, $a: PlanActionInput!) { updatePlanAction(outletCode: $code, version: $v, actionId: $id, action: $a) { ...OpPlan } }"): typeof import('./graphql').OpUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpAcknowledge($code: String!, $v: Int!, $r: [String!]!) { acknowledgeCoreRules(outletCode: $code, version: $v, rules: $r) { ...OpPlan } }"): typeof import('./graphql').OpAcknowledgeDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpWithdraw($code: String!, $v: Int!) { withdrawOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }"): typeof import('./graphql').OpWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpRemove($code: String!, $v: Int!, $id: ID!) { removePlanAction(outletCode: $code, version: $v, actionId: $id) { ...OpPlan } }"): typeof import('./graphql').OpRemoveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpJustify($code: String!, $v: Int!, $p: String!, $t: String!) { justifyGap(outletCode: $code, version: $v, path: $p, text: $t) { ...OpPlan } }"): typeof import('./graphql').OpJustifyDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpSubmit($code: String!, $v: Int!) { submitOutletPlan(outletCode: $code, version: $v) { ...OpPlan } }"): typeof import('./graphql').OpSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpApprove($code: String!, $r: Int!, $c: String) { approveOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }"): typeof import('./graphql').OpApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation OpReturn($code: String!, $r: Int!, $c: String!) { returnOutletPlan(outletCode: $code, revision: $r, comment: $c) { ...OpPlan } }"): typeof import('./graphql').OpReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoPlan on RolloutPlan {\n    id unitCode status version submittedBy submittedAt decidedBy decidedAt\n    orgUnit { code level name { zh en } parent { code } }\n    phases { phase start end }\n    pilotUnitCodes\n    waves { number start end unitCodes }\n    actions { what who dueDate }\n    history { id action actorName comment occurredAt }\n  }\n"): typeof import('./graphql').RoPlanFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment RoRollout on Rollout {\n    id code title { zh en } editionCode phases { phase start end } pilotUnitCodes createdBy version createdAt updatedAt\n  }\n"): typeof import('./graphql').RoRolloutFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoList { rollouts { ...RoRollout } }"): typeof import('./graphql').RoListDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoOne($code: String!) { rollout(code: $code) { ...RoRollout plans { ...RoPlan } } }"): typeof import('./graphql').RoOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoTimeline($code: String!, $units: [String!]!) {\n    rolloutTimeline(rolloutCode: $code, orgUnitCodes: $units) { unitCode phases { phase start end setBy late } wave { number start end setBy late } }\n  }\n"): typeof import('./graphql').RoTimelineDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoPlanOne($code: String!, $unit: String!) { rolloutPlan(rolloutCode: $code, orgUnitCode: $unit) { ...RoPlan } }"): typeof import('./graphql').RoPlanOneDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoChildren($unit: String!) { orgUnit(code: $unit) { code level children { code level name { zh en } } } }"): typeof import('./graphql').RoChildrenDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoEditionInForce { currentStandardEdition { code title { zh en } } }"): typeof import('./graphql').RoEditionInForceDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query RoPickUnits($filter: OrgUnitFilter!) { orgUnits(filter: $filter, first: 50) { nodes { code level name { zh en } } } }"): typeof import('./graphql').RoPickUnitsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoUpdate($code: String!, $v: Int!, $i: UpdateRolloutInput!) { updateRollout(code: $code, version: $v, input: $i) { ...RoRollout } }"): typeof import('./graphql').RoUpdateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoLaunch($i: LaunchRolloutInput!) { launchRollout(input: $i) { ...RoRollout } }"): typeof import('./graphql').RoLaunchDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoSave($code: String!, $unit: String!, $v: Int, $i: RolloutPlanInput!) { saveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v, input: $i) { ...RoPlan } }"): typeof import('./graphql').RoSaveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoSubmit($code: String!, $unit: String!, $v: Int!) { submitRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }"): typeof import('./graphql').RoSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoWithdraw($code: String!, $unit: String!, $v: Int!) { withdrawRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, version: $v) { ...RoPlan } }"): typeof import('./graphql').RoWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoApprove($code: String!, $unit: String!, $r: Int!, $c: String) { approveRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }"): typeof import('./graphql').RoApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "mutation RoReturn($code: String!, $unit: String!, $r: Int!, $c: String!) { returnRolloutPlan(rolloutCode: $code, orgUnitCode: $unit, revision: $r, comment: $c) { ...RoPlan } }"): typeof import('./graphql').RoReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdEffective($code: String!) {\n    effectiveStandard(orgUnitCode: $code) {\n      orgUnit { code name { zh en } level category }\n      layers { ...StdValueSource }\n      edition {\n        code title { zh en } status isCurrent version\n        positions { ...StdPositionFields }\n        zones { ...StdZoneFields }\n        deviceTypes { ...StdDeviceTypeFields }\n        customerTiers { code name { zh en } }\n        serviceRules { code title { zh en } parameters { code name { zh en } } }\n      }\n      values { ...StdShownValue }\n      localItems { kind key path data setBy { ...StdValueSource } }\n      outletCategory {\n        code name { zh en } description { zh en } notes { zh en }\n        marketingStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        salesServiceStaffMin { value ...StdSourced overrode { value ...StdBefore } }\n        lobbyStaffTotal { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } }\n        staffing { position range { value { min max } ...StdSourced overrode { value { min max } ...StdBefore } } }\n        devices { deviceType min { value ...StdSourced overrode { value ...StdBefore } } }\n        smartDevices { value { code } ...StdSourced overrode { value { code name { zh en } } ...StdBefore } }\n        zones { zone requirement { value ...StdSourced overrode { value ...StdBefore } } }\n        outboundMarketing { value { zh en } ...StdSourced overrode { value { zh en } ...StdBefore } }\n      }\n    }\n  }\n"): typeof import('./graphql').StdEffectiveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdValueSource on ValueSource { unitCode unit { code name { zh en } } layerKind layerId layerCode revision }\n"): typeof import('./graphql').StdValueSourceFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdSourced on PolicedValue { path policy setBy { ...StdValueSource } }\n"): typeof import('./graphql').StdSourcedFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdBefore on PolicedValue { setBy { unitCode unit { code name { zh en } } layerCode } }\n"): typeof import('./graphql').StdBeforeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdShownValue on PolicedValue {\n    path kind policy setBy { ...StdValueSource }\n    ... on IntValue { int: value overrode { int: value ...StdBefore } }\n    ... on RangeValue { range: value { min max } overrode { range: value { min max } ...StdBefore } }\n    ... on MoneyValue { money: value { amount currency } overrode { money: value { amount currency } ...StdBefore } }\n    ... on TextValue { text: value { zh en } overrode { text: value { zh en } ...StdBefore } }\n    ... on TextListValue { texts: value { zh en } overrode { texts: value { zh en } ...StdBefore } }\n    ... on CodeListValue { codes: value { code name { zh en } } overrode { codes: value { code name { zh en } } ...StdBefore } }\n    ... on RequirementValue { requirement: value overrode { requirement: value ...StdBefore } }\n  }\n"): typeof import('./graphql').StdShownValueFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdOutletCategoryFields on OutletCategory {\n    code categoryCode name { zh en } description { zh en } marketingStaffMin { value policy }\n    salesServiceStaffMin { value policy } lobbyStaffTotal { policy value { min max } }\n    staffing { position policy value { min max } note { zh en } } devices { deviceType value policy }\n    smartDevices { value policy } zones { zone value policy note { zh en } }\n    outboundMarketing { policy value { zh en } } notes { zh en }\n  }\n"): typeof import('./graphql').StdOutletCategoryFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdPositionFields on Position {\n    code kind name { zh en } reportsTo summary { zh en } duties { value { zh en } policy } capabilities { zh en }\n  }\n"): typeof import('./graphql').StdPositionFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdZoneFields on Zone {\n    code name { zh en } purpose { zh en } principles { zh en } positions equipment { value { code name { zh en } } policy }\n  }\n"): typeof import('./graphql').StdZoneFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdDeviceTypeFields on DeviceType { code kind name { zh en } }\n"): typeof import('./graphql').StdDeviceTypeFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdCustomerTierFields on CustomerTier {\n    code segment name { zh en } rule { zh en } principle { zh en }\n    assetsFrom { value { amount currency } policy } assetsBelow { value { amount currency } policy }\n    personalLoansFrom { value { amount currency } policy } thresholdPolicyReason { zh en } positions zones\n  }\n"): typeof import('./graphql').StdCustomerTierFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdServiceRuleFields on ServiceRule {\n    code category core title { zh en } text { zh en }\n    parameters {\n      __typename code type name { zh en } policy unit\n      # Each type's value under the name of the input field that carries it, so a form sends back what it read.\n      ... on IntParameter { intValue: value }\n      ... on RangeParameter { range: value { min max } }\n      ... on MoneyParameter { money: value { amount currency } }\n      ... on CodeListParameter { codes: value { code label { zh en } } }\n      ... on TextListParameter { texts: value { zh en } }\n    }\n  }\n"): typeof import('./graphql').StdServiceRuleFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdClassifierFields on Classifier { code kind name { zh en } }\n"): typeof import('./graphql').StdClassifierFieldsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdEditionContent on StandardEdition {\n    outletCategories { ...StdOutletCategoryFields }\n    positions { ...StdPositionFields }\n    zones { ...StdZoneFields }\n    deviceTypes { ...StdDeviceTypeFields }\n    customerTiers { ...StdCustomerTierFields }\n    serviceRules { ...StdServiceRuleFields }\n    classifiers { ...StdClassifierFields }\n  }\n"): typeof import('./graphql').StdEditionContentFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdEditionLabels on StandardEdition {\n    outletCategories { code name { zh en } }\n    positions { code name { zh en } }\n    zones { code name { zh en } }\n    deviceTypes { code name { zh en } }\n    customerTiers { code name { zh en } }\n    serviceRules { code title { zh en } }\n    classifiers { kind code name { zh en } }\n  }\n"): typeof import('./graphql').StdEditionLabelsFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdKinds { standardKinds { kind listField saveMutation inputType keyFields reportKey auditOperations } }\n"): typeof import('./graphql').StdKindsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdEditionSummary on StandardEdition {\n    code\n    title { zh en }\n    summary { zh en }\n    status\n    isCurrent\n    version\n    createdAt\n    createdBy\n    updatedAt\n    publishedAt\n    publishedBy\n    approvalState\n    approvedRevision\n    submittedBy\n    submittedAt\n    decidedBy\n    decidedAt\n    basedOn { code title { zh en } }\n  }\n"): typeof import('./graphql').StdEditionSummaryFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdEditionResult on StandardEdition {\n    ...StdEditionSummary\n    validation { ok problems { path rule message } }\n  }\n"): typeof import('./graphql').StdEditionResultFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StdDiffChanges on EditionDiff {\n    changes { kind code change fields { field before after } }\n  }\n"): typeof import('./graphql').StdDiffChangesFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdEditions { standardEditions { ...StdEditionSummary } }\n"): typeof import('./graphql').StdEditionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdCreateDraft($input: CreateStandardDraftInput!) {\n    createStandardDraft(input: $input) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdCreateDraftDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdUpdateEdition($input: UpdateStandardEditionInput!) {\n    updateStandardEdition(input: $input) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdUpdateEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdRemoveItem($editionCode: String!, $expectedVersion: Int!, $kind: StandardItemKind!, $code: String!) {\n    removeStandardItem(editionCode: $editionCode, expectedVersion: $expectedVersion, kind: $kind, code: $code) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdRemoveItemDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdPublish($editionCode: String!, $expectedVersion: Int!) {\n    publishStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdPublishDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdSubmit($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    submitStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdSubmitDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdWithdraw($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    withdrawStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdWithdrawDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdApprove($editionCode: String!, $expectedVersion: Int!, $comment: String) {\n    approveStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdApproveDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StdReturn($editionCode: String!, $expectedVersion: Int!, $comment: String!) {\n    returnStandardEdition(editionCode: $editionCode, expectedVersion: $expectedVersion, comment: $comment) { ...StdEditionResult }\n  }\n"): typeof import('./graphql').StdReturnDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdValidation($code: String!) {\n    standardEdition(code: $code) { code version status approvalState validation { ok problems { path rule message } } }\n  }\n"): typeof import('./graphql').StdValidationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdEdition($code: String!) {\n    standardEdition(code: $code) {\n      ...StdEditionSummary\n      ...StdEditionContent\n      validation { ok problems { path rule message } }\n      history { id action fromState toState actorName comment revision occurredAt }\n    }\n  }\n"): typeof import('./graphql').StdEditionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StdDiff($from: String!, $to: String!) {\n    standardEditionDiff(from: $from, to: $to) {\n      from { ...StdEditionSummary ...StdEditionLabels }\n      to { ...StdEditionSummary ...StdEditionLabels }\n      ...StdDiffChanges\n    }\n  }\n"): typeof import('./graphql').StdDiffDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
