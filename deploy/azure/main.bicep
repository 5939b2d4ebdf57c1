// CM/ECF Help Bot on Azure: App Service (Linux, Node 20) running the bot, an Azure Bot (single-tenant app
// registration) with the Direct Line and Teams channels, and a Storage account for STORAGE=blob.
// main.json beside this file is its ARM form: regenerate it with `az bicep build --file deploy/azure/main.bicep`
// (tests/deploy/azureTemplate.test.ts checks the two declare the same parameters and app settings).
// Every setting the bot reads is an app setting below (except PORT, which App Service sets); an empty value means
// "the bot's default" (see deploy/CONFIGURATION.md).

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

var suffix = uniqueString(resourceGroup().id)
var webAppName = '${namePrefix}-bot-${suffix}'
var botName = '${namePrefix}-bot-${suffix}'
var storageAccountName = toLower('${namePrefix}${suffix}')
var stateContainer = 'bot-state'
var transcriptContainer = 'bot-transcripts'

resource storage 'Microsoft.Storage/storageAccounts@2023-01-01' = {
  name: storageAccountName
  location: location
  kind: 'StorageV2'
  sku: { name: 'Standard_LRS' }
  properties: {
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
    allowBlobPublicAccess: false
    // The bot authenticates with the account key in AZURE_STORAGE_CONNECTION_STRING.
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
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // No sticky sessions: any instance can serve any conversation (Blob Storage + Azure Direct Line).
    clientAffinityEnabled: false
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // Not `npm start`: its prestart compiles TypeScript, and the package holds the compiled build only.
      appCommandLine: 'node --max-semi-space-size=8 --heap-growing-percent=50 --disable-warning=DEP0111 dist/bot/main.js'
      healthCheckPath: '/healthz'
      webSocketsEnabled: true
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
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
          isSecureSiteEnabled: false
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

// A separate resource (not siteConfig.appSettings) so the Bot can take the web app's host name and the settings
// can take the Direct Line key without a dependency cycle. PORT is absent on purpose: App Service sets it.
resource appSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  dependsOn: [stateBlobs, transcriptBlobs]
  properties: {
    // The zip holds the compiled build and its production node_modules: nothing to build on the server.
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false'
    WEBSITE_RUN_FROM_PACKAGE: '1'
    NODE_ENV: 'production'
    HOST: '0.0.0.0'
    MicrosoftAppId: microsoftAppId
    MicrosoftAppPassword: microsoftAppPassword
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: microsoftAppTenantId
    COURT_ID: courtId
    HELP_DESK_CONTACT: helpDeskContact
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
    AZURE_DIRECTLINE_SECRET: empty(azureDirectLineSecret) ? directLine.listChannelWithKeys().setting.sites[0].key : azureDirectLineSecret
    AZURE_DIRECTLINE_ENDPOINT: azureDirectLineEndpoint
    STORAGE: 'blob'
    DATA_DIR: ''
    CONVERSATION_TTL_HOURS: string(conversationTtlHours)
    TRANSCRIPT_RETENTION_DAYS: string(transcriptRetentionDays)
    STORAGE_SWEEP_MINUTES: ''
    AZURE_STORAGE_CONNECTION_STRING: storageConnection
    AZURE_STORAGE_STATE_CONTAINER: stateContainer
    AZURE_STORAGE_TRANSCRIPT_CONTAINER: transcriptContainer
    HANDOFF_WEBHOOK_URL: handoffWebhookUrl
    HANDOFF_WEBHOOK_SECRET: handoffWebhookSecret
    HANDOFF_TEAMS_WEBHOOK_URL: handoffTeamsWebhookUrl
    HANDOFF_RETRY_ATTEMPTS: ''
    TRIAGE_API_KEY: triageApiKey
    DESK_KEY: deskKey
    DESK_REPORT_DAYS: ''
    ANALYTICS_FLUSH_SECONDS: ''
  }
}

output webAppName string = webApp.name
output botName string = bot.name
output messagingEndpoint string = bot.properties.endpoint
output helpPageUrl string = 'https://${webApp.properties.defaultHostName}/'
output storageAccountName string = storage.name
