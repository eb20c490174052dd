// Framework Advisor on Azure (issue 15): a Linux App Service web app, the Azure Bot resource with the
// Teams and Direct Line / Web Chat channels, the bot's identity, Application Insights and, unless
// turned off, Azure Cache for Redis for the conversation state. See README.md beside this file.

@description('Prefix of every resource name; letters, digits and hyphens.')
@minLength(3)
@maxLength(20)
param name string

@description('Where the resources go (the Azure Bot resource itself is global).')
param location string = resourceGroup().location

@description('The bot identity: a user-assigned managed identity (no secret to rotate) or a single-tenant app registration with a client secret.')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param appType string = 'UserAssignedMSI'

@description('SingleTenant only: the app registration\'s client id.')
param appId string = ''

@description('SingleTenant only: the app registration\'s client secret.')
@secure()
param appPassword string = ''

@description('Keep conversation state in Azure Cache for Redis (several instances). false: one instance on SQLite in the persisted /home/data folder.')
param useRedis bool = true

@description('Web app instances; more than one needs useRedis.')
@minValue(1)
@maxValue(10)
param instanceCount int = 1

@description('The App Service plan\'s size.')
param planSku string = 'B1'

@description('The Azure Bot resource\'s pricing tier.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

var msi = appType == 'UserAssignedMSI'
var botAppId = msi ? identity.properties.clientId : appId
var botTenantId = msi ? identity.properties.tenantId : tenant().tenantId
var siteName = '${name}-${uniqueString(resourceGroup().id)}'
var storageSettings = useRedis
  ? [
      { name: 'Storage__Provider', value: 'Redis' }
      {
        name: 'Storage__Redis__ConnectionString'
        value: '${redis!.properties.hostName}:${redis!.properties.sslPort},password=${redis!.listKeys().primaryKey},ssl=True,abortConnect=False'
      }
    ]
  : [
      { name: 'Storage__Provider', value: 'Sqlite' }
      { name: 'Storage__Sqlite__DataFolder', value: '/home/data' }
    ]
var secretSettings = msi ? [] : [{ name: 'MicrosoftAppPassword', value: appPassword }]

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: '${name}-identity'
  location: location
}

resource workspace 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: '${name}-logs'
  location: location
  properties: {
    sku: { name: 'PerGB2018' }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: '${name}-insights'
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: workspace.id
  }
}

resource redis 'Microsoft.Cache/redis@2024-03-01' = if (useRedis) {
  name: '${name}-state-${uniqueString(resourceGroup().id)}'
  location: location
  properties: {
    sku: {
      name: 'Basic'
      family: 'C'
      capacity: 0
    }
    enableNonSslPort: false
    minimumTlsVersion: '1.2'
  }
}

resource plan 'Microsoft.Web/serverfarms@2024-04-01' = {
  name: '${name}-plan'
  location: location
  kind: 'linux'
  sku: {
    name: planSku
    capacity: useRedis ? instanceCount : 1
  }
  properties: {
    reserved: true
  }
}

resource site 'Microsoft.Web/sites@2024-04-01' = {
  name: siteName
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      healthCheckPath: '/healthz/ready'
      alwaysOn: true
      webSocketsEnabled: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: concat(
        [
          { name: 'MicrosoftAppType', value: appType }
          { name: 'MicrosoftAppId', value: botAppId }
          { name: 'MicrosoftAppTenantId', value: botTenantId }
          { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: insights.properties.ConnectionString }
          // App Service's front ends terminate TLS; the app is reachable only through them, so their
          // X-Forwarded-* headers are trusted whatever their address (stream URLs become wss://).
          { name: 'ForwardedHeaders__KnownNetworks__0', value: '0.0.0.0/0' }
          { name: 'ForwardedHeaders__KnownNetworks__1', value: '::/0' }
          // /home (and with it /home/data, the SQLite folder) is persisted storage; said explicitly.
          { name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE', value: 'true' }
          // A 4 MiB gen0 budget takes another ~10 MiB off peak RSS (docs/benchmarks.md); environment only.
          { name: 'DOTNET_GCgen0size', value: '0x400000' }
        ],
        storageSettings,
        secretSettings
      )
    }
  }
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: '${name}-bot'
  location: 'global'
  kind: 'azurebot'
  sku: { name: botSku }
  properties: {
    displayName: 'Framework Advisor'
    description: 'Helps a team choose between Django and Flask.'
    endpoint: 'https://${site.properties.defaultHostName}/api/messages'
    msaAppId: botAppId
    msaAppType: appType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: msi ? identity.id : null
    developerAppInsightKey: insights.properties.InstrumentationKey
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

resource directLine 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'DirectLineChannel'
  location: 'global'
  properties: {
    channelName: 'DirectLineChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isV1Enabled: false
          isV3Enabled: true
        }
      ]
    }
  }
}

resource webChat 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'WebChatChannel'
  location: 'global'
  properties: {
    channelName: 'WebChatChannel'
    properties: {
      sites: [
        {
          siteName: 'Default Site'
          isEnabled: true
          isWebchatPreviewEnabled: true
        }
      ]
    }
  }
}

@description('The bot\'s messaging endpoint, as registered on the Azure Bot resource.')
output messagingEndpoint string = bot.properties.endpoint

@description('The Web Chat page served by the app.')
output webChatUrl string = 'https://${site.properties.defaultHostName}/'

@description('The bot\'s app id: build the Teams package with it (deploy/teams/build-package.sh).')
output botAppId string = botAppId

@description('The web app\'s name, for az webapp deploy.')
output webAppName string = site.name
