// CM/ECF Help Bot on Azure: App Service (Linux, Node 24 LTS) running the bot, an Azure Bot (single-tenant app
// registration) with the Direct Line and Teams channels, and a Storage account for STORAGE=blob.
// main.json beside this file is its ARM form: regenerate it with `az bicep build --file deploy/azure/main.bicep`
// (tests/deploy/azureTemplate.test.ts checks the two declare the same parameters and app settings).
// Every setting the bot reads is an app setting below (except PORT, which App Service sets); an empty value means
// "the bot's default" (see deploy/CONFIGURATION.md).
// Hardening: the web app has a system-assigned managed identity; every secret is a Key Vault secret that the app
// settings reference (@Microsoft.KeyVault(...)), readable by that identity only (RBAC: Key Vault Secrets User);
// HTTPS only and TLS 1.2 at the web app, the storage account and the SCM site; diagnostic logs of the web app,
// Key Vault, Blob Storage and the Azure Bot go to a Log Analytics workspace.

@description('Prefix of every resource name: 3-11 lower-case letters or digits, e.g. "cacdecf".')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Region of the App Service and the Storage account (the Azure Bot itself is global).')
param location string = resourceGroup().location

@description('App Service plan size. B1 is enough for one court; use S1 or P0v3 and up for scale-out and slots.')
@allowed(['B1', 'B2', 'B3', 'S1', 'S2', 'S3', 'P0v3', 'P1v3', 'P2v3'])
param appServicePlanSku string = 'B1'

@description('Number of instances. Above 1 is safe: state is in Blob Storage and the page uses Azure Direct Line.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('Azure Bot pricing tier. Standard channels (Teams, Direct Line, Web Chat) are free in both.')
@allowed(['F0', 'S1'])
param botSku string = 'F0'

@description('Name users see for the bot in channels.')
param botDisplayName string = 'CM/ECF Help'

@description('Application (client) id of the single-tenant app registration (az ad app create).')
param microsoftAppId string

@description('Directory (tenant) id of the app registration.')
param microsoftAppTenantId string = subscription().tenantId

@description('Client secret of the app registration.')
@secure()
param microsoftAppPassword string

@description('COURT_ID: the court this deployment serves (an id from content/courts.yaml). Empty: the bot asks.')
param courtId string = ''

@description('HELP_DESK_CONTACT: how users reach a person when the court entry has no help desk.')
param helpDeskContact string = ''

@description('BOT_SDK: the SDK hosting the bot, botbuilder or agents (Microsoft 365 Agents SDK; deploy/README.md, section 5a).')
@allowed(['botbuilder', 'agents'])
param botSdk string = 'botbuilder'

@description('LOG_LEVEL of the bot.')
@allowed(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
param logLevel string = 'info'

@description('AZURE_DIRECTLINE_SECRET. Empty: read from the Direct Line channel this template creates.')
@secure()
param azureDirectLineSecret string = ''

@description('AZURE_DIRECTLINE_ENDPOINT (a regional one keeps data in the region, e.g. https://europe.directline.botframework.com/v3/directline).')
param azureDirectLineEndpoint string = 'https://directline.botframework.com/v3/directline'

@description('CONVERSATION_TTL_HOURS: an idle conversation starts afresh after this; its blobs are deleted by a lifecycle rule.')
@minValue(1)
param conversationTtlHours int = 72

@description('TRANSCRIPT_RETENTION_DAYS: days redacted transcripts are kept (0 keeps none).')
@minValue(0)
param transcriptRetentionDays int = 30

@description('HANDOFF_WEBHOOK_URL: where new help-desk tickets are POSTed. Empty: none.')
param handoffWebhookUrl string = ''

@description('HANDOFF_WEBHOOK_SECRET (16+ characters): signs the webhook bodies.')
@secure()
param handoffWebhookSecret string = ''

@description('HANDOFF_TEAMS_WEBHOOK_URL: the clerks\' Teams channel webhook.')
@secure()
param handoffTeamsWebhookUrl string = ''

@description('DESK_KEY (12+ characters): key of the clerks\' page /desk. Empty: /desk is not served on Azure.')
@secure()
param deskKey string = ''

@description('TRIAGE_API_KEY (16+ characters): key of POST /api/triage. Empty: the endpoint answers 503.')
@secure()
param triageApiKey string = ''

@description('Origins of the pages that host the chat (e.g. https://www.cacd.uscourts.gov). Non-empty: Direct Line enhanced authentication, only these origins may use its tokens; include the web app\'s own https://<name>.azurewebsites.net for its help page. Empty: off (deploy/README.md, "Direct Line enhanced authentication").')
param directLineTrustedOrigins array = []

@description('Days the diagnostic logs are kept in the Log Analytics workspace.')
@minValue(30)
@maxValue(730)
param logRetentionDays int = 90

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-bot-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'
var storageAccountName = toLower('${namePrefix}${suffix}')
var stateContainer = 'bot-state'
var transcriptContainer = 'bot-transcripts'
var keyVaultName = take('${namePrefix}kv${suffix}', 24)
// Built-in role "Key Vault Secrets User": read secret values, nothing else.
var keyVaultSecretsUserRole = '4633458b-17de-408a-b874-0445c86b69e6'

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The bot authenticates with the account key in AZURE_STORAGE_CONNECTION_STRING (a Key Vault secret): it has
    // no token-credential mode yet, so shared keys stay on (SECURITY.md, "Deployment").
    allowSharedKeyAccess: true
  }
}

resource blobService 'Microsoft.Storage/storageAccounts/blobServices@2023-01-01' = {
  parent: storage
  name: 'default'
}

resource stateBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: stateContainer
  properties: { publicAccess: 'None' }
}

resource transcriptBlobs 'Microsoft.Storage/storageAccounts/blobServices/containers@2023-01-01' = {
  parent: blobService
  name: transcriptContainer
  properties: { publicAccess: 'None' }
}

// Blob Storage has no sweep: these rules do what the SQLite sweep does. Only conversation state expires
// (blob names are URI-encoded keys, "conversation/…" -> "conversation%2F…"); tickets and analytics are kept.
resource retention 'Microsoft.Storage/storageAccounts/managementPolicies@2023-01-01' = {
  parent: storage
  name: 'default'
  dependsOn: [stateBlobs, transcriptBlobs]
  properties: {
    policy: {
      rules: [
        {
          name: 'expire-conversations'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${stateContainer}/conversation%2F'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: (conversationTtlHours + 23) / 24 } } }
          }
        }
        {
          name: 'expire-transcripts'
          enabled: true
          type: 'Lifecycle'
          definition: {
            filters: { blobTypes: ['blockBlob'], prefixMatch: ['${transcriptContainer}/'] }
            actions: { baseBlob: { delete: { daysAfterModificationGreaterThan: max(transcriptRetentionDays, 1) } } }
          }
        }
      ]
    }
  }
}

resource plan 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: '${namePrefix}-plan'
  location: location
  kind: 'linux'
  sku: { name: appServicePlanSku, capacity: instanceCount }
  properties: { reserved: true }
}

resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  // The identity that reads the Key Vault secrets the app settings reference.
  identity: { type: 'SystemAssigned' }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can serve any conversation (Blob Storage + Azure Direct Line).
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|24-lts'
      // Not `npm start`: its prestart compiles TypeScript, and the package holds the compiled build only.
      appCommandLine: 'node --max-semi-space-size=8 --heap-growing-percent=50 dist/bot/main.js'
      healthCheckPath: '/healthz'
      webSocketsEnabled: true
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      scmMinTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: botName
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: 'SingleTenant'
    msaAppTenantId: microsoftAppTenantId
  }
}

// The Web Chat page talks to Azure's Direct Line through the bot's token exchange (/api/directline/token).
resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Court help page'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
          // Enhanced authentication when trusted origins are given: tokens work only from those pages.
          isSecureSiteEnabled: !empty(directLineTrustedOrigins)
          trustedOrigins: directLineTrustedOrigins
          isBlockUserUploadEnabled: true
        }
      ]
    }
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: { isEnabled: true }
  }
}

var storageConnection = 'DefaultEndpointsProtocol=https;AccountName=${storage.name};AccountKey=${storage.listKeys().keys[0].value};EndpointSuffix=${environment().suffixes.storage}'

// Secrets live in Key Vault (RBAC, soft delete and purge protection); app settings hold references to them
// (@Microsoft.KeyVault(VaultName=…;SecretName=…)), which App Service resolves with the web app's identity.
resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: keyVaultName
  location: location
  properties: {
    tenantId: subscription().tenantId
    sku: { family: 'A', name: 'standard' }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 90
    enablePurgeProtection: true
  }
}

resource appPasswordSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'MicrosoftAppPassword'
  properties: { value: microsoftAppPassword }
}

resource directLineSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'AzureDirectLineSecret'
  properties: { value: empty(azureDirectLineSecret) ? directLine.listChannelWithKeys().setting.sites[0].key : azureDirectLineSecret }
}

resource storageSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = {
  parent: vault
  name: 'AzureStorageConnectionString'
  properties: { value: storageConnection }
}

// Optional secrets: a Key Vault secret only when given (the app setting stays empty otherwise).
resource webhookSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(handoffWebhookSecret)) {
  parent: vault
  name: 'HandoffWebhookSecret'
  properties: { value: handoffWebhookSecret }
}

resource teamsWebhookSecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(handoffTeamsWebhookUrl)) {
  parent: vault
  name: 'HandoffTeamsWebhookUrl'
  properties: { value: handoffTeamsWebhookUrl }
}

resource deskKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(deskKey)) {
  parent: vault
  name: 'DeskKey'
  properties: { value: deskKey }
}

resource triageKeySecret 'Microsoft.KeyVault/vaults/secrets@2023-07-01' = if (!empty(triageApiKey)) {
  parent: vault
  name: 'TriageApiKey'
  properties: { value: triageApiKey }
}

resource appReadsSecrets 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, webApp.id, keyVaultSecretsUserRole)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUserRole)
    principalId: webApp.identity.principalId
    principalType: 'ServicePrincipal'
  }
}

// A separate resource (not siteConfig.appSettings) so the Bot can take the web app's host name and the settings
// can take the Direct Line key without a dependency cycle. PORT is absent on purpose: App Service sets it.
resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  // The references resolve only once the secrets exist and the identity may read them.
  dependsOn: [stateBlobs, transcriptBlobs, appReadsSecrets, appPasswordSecret, directLineSecret, storageSecret, webhookSecret, teamsWebhookSecret, deskKeySecret, triageKeySecret]
  properties: {
    // The zip holds the compiled build and its production node_modules: nothing to build on the server.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
    NODE_ENV: 'production'
    // npm start's (memory bounds, README "Performance"): glibc returns freed blocks over 128 KB to the system.
    MALLOC_MMAP_THRESHOLD_: '131072'
    HOST: '0.0.0.0'
    MicrosoftAppId: microsoftAppId
    MicrosoftAppPassword: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=MicrosoftAppPassword)'
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: microsoftAppTenantId
    // The app signs in with its client secret (Key Vault); a certificate is for servers that keep PEM files.
    MicrosoftAppCertificateFile: ''
    MicrosoftAppCertificateKeyFile: ''
    BOT_SDK: botSdk
    COURT_ID: courtId
    HELP_DESK_CONTACT: helpDeskContact
    // The links users keep (printable checklist, their conversation) start here, also when sent to Teams.
    PUBLIC_BASE_URL: 'https://${webApp.properties.defaultHostName}'
    CONTENT_DIR: ''
    MAX_MESSAGE_LENGTH: ''
    MAX_BODY_BYTES: ''
    RATE_LIMIT_CONVERSATION_BURST: ''
    RATE_LIMIT_CONVERSATION_PER_SECOND: ''
    // App Service's front ends add the visitor to X-Forwarded-For; set their addresses here to limit visitors apart.
    TRUST_PROXY: ''
    RATE_LIMIT_CLIENT_BURST: ''
    RATE_LIMIT_CLIENT_PER_SECOND: ''
    NLU_CACHE_DIR: ''
    LOG_LEVEL: logLevel
    DIRECTLINE_SECRET: ''
    DIRECTLINE_TOKEN_TTL_SECONDS: ''
    DIRECTLINE_MEMORY_MB: ''
    AZURE_DIRECTLINE_SECRET: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=AzureDirectLineSecret)'
    AZURE_DIRECTLINE_ENDPOINT: azureDirectLineEndpoint
    STORAGE: 'blob'
    DATA_DIR: ''
    CONVERSATION_TTL_HOURS: string(conversationTtlHours)
    TRANSCRIPT_RETENTION_DAYS: string(transcriptRetentionDays)
    STORAGE_SWEEP_MINUTES: ''
    AZURE_STORAGE_CONNECTION_STRING: '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=AzureStorageConnectionString)'
    AZURE_STORAGE_STATE_CONTAINER: stateContainer
    AZURE_STORAGE_TRANSCRIPT_CONTAINER: transcriptContainer
    HANDOFF_WEBHOOK_URL: handoffWebhookUrl
    HANDOFF_WEBHOOK_SECRET: empty(handoffWebhookSecret) ? '' : '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=HandoffWebhookSecret)'
    HANDOFF_TEAMS_WEBHOOK_URL: empty(handoffTeamsWebhookUrl) ? '' : '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=HandoffTeamsWebhookUrl)'
    HANDOFF_RETRY_ATTEMPTS: ''
    TRIAGE_API_KEY: empty(triageApiKey) ? '' : '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=TriageApiKey)'
    DESK_KEY: empty(deskKey) ? '' : '@Microsoft.KeyVault(VaultName=${vault.name};SecretName=DeskKey)'
    DESK_REPORT_DAYS: ''
    ANALYTICS_FLUSH_SECONDS: ''
    TEAMS_CLERKS_IDS: ''
  }
}

// Diagnostic logs: requests, console and platform logs of the web app, Key Vault's audit log (who read which
// secret), Blob Storage reads/writes/deletes, and the Azure Bot's requests, all into one workspace.
resource logs 'Microsoft.OperationalInsights/workspaces@2022-10-01' = {
  name: '${namePrefix}-logs-${suffix}'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: logRetentionDays
  }
}

resource webAppDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: webApp
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'AppServiceHTTPLogs', enabled: true }
      { category: 'AppServiceConsoleLogs', enabled: true }
      { category: 'AppServiceAppLogs', enabled: true }
      { category: 'AppServicePlatformLogs', enabled: true }
      { category: 'AppServiceAuditLogs', enabled: true }
    ]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

resource vaultDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: vault
  properties: {
    workspaceId: logs.id
    logs: [{ categoryGroup: 'audit', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

resource blobDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: blobService
  properties: {
    workspaceId: logs.id
    logs: [
      { category: 'StorageRead', enabled: true }
      { category: 'StorageWrite', enabled: true }
      { category: 'StorageDelete', enabled: true }
    ]
    metrics: [{ category: 'Transaction', enabled: true }]
  }
}

resource botDiagnostics 'Microsoft.Insights/diagnosticSettings@2021-05-01-preview' = {
  name: 'to-log-analytics'
  scope: bot
  properties: {
    workspaceId: logs.id
    logs: [{ category: 'BotRequest', enabled: true }]
    metrics: [{ category: 'AllMetrics', enabled: true }]
  }
}

output webAppName string = webApp.name
output botName string = bot.name
output messagingEndpoint string = bot.properties.endpoint
output helpPageUrl string = 'https://${webApp.properties.defaultHostName}/'
output storageAccountName string = storage.name
output keyVaultName string = vault.name
output logAnalyticsWorkspace string = logs.name
