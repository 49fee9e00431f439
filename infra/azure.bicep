// Quiet Circles on Azure: one Linux App Service (Node 20) that serves the bot endpoint
// (/api/messages) and the tab, plus the Azure Bot resource with the Microsoft Teams channel.
// Deployed by `arm/deploy` in teamsapp.yml; the outputs are written to env/.env.<env>.
// Scale out by raising the plan SKU/instance count: the app is stateless when MONGODB_URI is set.

@maxLength(20)
@minLength(4)
@description('Used to generate names for all resources in this file')
param resourceBaseName string

@description('App Service plan SKU, e.g. B1 for dev, P0v3 or larger for production')
param webAppSKU string = 'B1'

@maxLength(42)
@description('Name of the bot as shown in the Azure portal')
param botDisplayName string = 'Quiet Circles'

@description('Client id of the bot\'s Microsoft Entra app (BOT_ID from botAadApp/create)')
param botAadAppClientId string

@secure()
@description('Client secret of the bot\'s Microsoft Entra app (SECRET_BOT_PASSWORD)')
param botAadAppClientSecret string

@description('Tenant of the bot\'s Entra app; new bot registrations are single-tenant')
param botTenantId string = tenant().tenantId

@description('Client id of the Entra app the tab\'s SSO tokens are issued for (AAD_APP_CLIENT_ID)')
param ssoAppClientId string

@secure()
@description('MongoDB connection string (Atlas, replica set or Cosmos DB for MongoDB). Empty: embedded store in /home/data, single instance only')
param mongodbUri string = ''

param serverfarmsName string = resourceBaseName
param webAppName string = resourceBaseName
param location string = resourceGroup().location

// Compute for the web app (Linux)
resource serverfarm 'Microsoft.Web/serverfarms@2022-09-01' = {
  name: serverfarmsName
  location: location
  kind: 'linux'
  sku: {
    name: webAppSKU
  }
  properties: {
    reserved: true // Linux
  }
}

// Web app that hosts the bot and the tab
resource webApp 'Microsoft.Web/sites@2022-09-01' = {
  name: webAppName
  location: location
  kind: 'app,linux'
  properties: {
    serverFarmId: serverfarm.id
    httpsOnly: true
    siteConfig: {
      linuxFxVersion: 'NODE|20-lts'
      // The deploy stage ships node_modules and the built tab; the server runs TypeScript via tsx.
      appCommandLine: 'npx tsx bot/index.ts'
      alwaysOn: true
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
    }
  }
}

// App settings live in their own resource so they can use the site's host name.
resource webAppSettings 'Microsoft.Web/sites/config@2022-09-01' = {
  parent: webApp
  name: 'appsettings'
  properties: {
    WEBSITE_RUN_FROM_PACKAGE: '1' // run from the zip uploaded by azureAppService/zipDeploy
    SCM_DO_BUILD_DURING_DEPLOYMENT: 'false' // the deploy stage already installed and built
    RUNNING_ON_AZURE: '1'
    NODE_ENV: 'production'
    MicrosoftAppId: botAadAppClientId
    MicrosoftAppPassword: botAadAppClientSecret
    MicrosoftAppType: 'SingleTenant'
    MicrosoftAppTenantId: botTenantId
    AAD_APP_CLIENT_ID: ssoAppClientId
    MONGODB_URI: mongodbUri
    PUBLIC_URL: 'https://${webApp.properties.defaultHostName}'
    DATA_DIR: '/home/data' // writable and persistent (the package itself is read-only)
    LOG_LEVEL: 'info'
  }
}

// Register the web app as a bot with the Bot Framework
resource botService 'Microsoft.BotService/botServices@2022-09-15' = {
  name: resourceBaseName
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: 'F0'
  }
  properties: {
    displayName: botDisplayName
    endpoint: 'https://${webApp.properties.defaultHostName}/api/messages'
    msaAppId: botAadAppClientId
    msaAppType: 'SingleTenant'
    msaAppTenantId: botTenantId
  }
}

// Connect the bot to Microsoft Teams
resource botServiceMsTeamsChannel 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: botService
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
  }
}

// Persisted to env/.env.<env> by arm/deploy (https://aka.ms/teamsfx-actions/arm-deploy)
output BOT_AZURE_APP_SERVICE_RESOURCE_ID string = webApp.id
output BOT_DOMAIN string = webApp.properties.defaultHostName
output BOT_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
output TAB_DOMAIN string = webApp.properties.defaultHostName
output TAB_ENDPOINT string = 'https://${webApp.properties.defaultHostName}'
