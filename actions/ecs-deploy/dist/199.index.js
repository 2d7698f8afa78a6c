export const id=199;export const ids=[199,381];export const modules={2381:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{DEFAULT_MAX_ATTEMPTS:()=>DEFAULT_MAX_ATTEMPTS,
awsClientConfig:()=>awsClientConfig});var external_node_http_=__webpack_require__(7067);var external_node_https_=__webpack_require__(4708)
;var external_node_net_=__webpack_require__(7030);var external_node_tls_=__webpack_require__(1692)
;const first=(env,...names)=>names.map(name=>env[name]?.trim()).find(value=>value);function parseProxyUrl(name,value){let url;try{
url=new URL(/^[a-z][a-z\d+.-]*:\/\//i.test(value)?value:`http://${value}`)}catch{}if(!url||url.protocol!=="http:"&&url.protocol!=="https:"||!url.hostname){
const shown=value.replace(/\/\/[^/?#]*@/,"//***@")
;throw new Error(`${name} ${JSON.stringify(shown)} is not a proxy URL such as http://proxy.example:3128 (http:// and https:// proxies are supported)`)}
return url}const normalHost=host=>host.toLowerCase().replace(/^\[(.*)\]$/,"$1").replace(/\.$/,"");function parseNoProxyEntry(entry){
const bracketed=/^\[([^\]]+)\](?::(\d+))?$/.exec(entry);const hostPort=/^([^:]+):(\d+)$/.exec(entry)
;const[host,port]=bracketed?[bracketed[1],bracketed[2]]:hostPort?[hostPort[1],hostPort[2]]:[entry,void 0];return{host:normalHost(host.replace(/^\*?\.?/,"")),
port:port===void 0?void 0:Number(port)}}function proxySettingsFromEnv(env){const httpValue=first(env,"http_proxy","HTTP_PROXY")
;const httpsValue=first(env,"https_proxy","HTTPS_PROXY");if(!httpValue&&!httpsValue)return
;const entries=(first(env,"no_proxy","NO_PROXY")??"").split(/[\s,]+/).filter(Boolean);return{
http:httpValue?parseProxyUrl(env.http_proxy?.trim()?"http_proxy":"HTTP_PROXY",httpValue):void 0,
https:httpsValue?parseProxyUrl(env.https_proxy?.trim()?"https_proxy":"HTTPS_PROXY",httpsValue):void 0,bypassAll:entries.includes("*"),
noProxy:entries.filter(entry=>entry!=="*").map(parseNoProxyEntry).filter(rule=>rule.host)}}function bypassesProxy(settings,host,port){
if(settings.bypassAll)return true;const target=normalHost(host)
;return settings.noProxy.some(rule=>(rule.port===void 0||rule.port===port)&&(target===rule.host||target.endsWith(`.${rule.host}`)))}
function proxyFor(settings,protocol,host,port){const proxy=settings?.[protocol==="https:"?"https":"http"]
;return proxy&&!bypassesProxy(settings,host,port)?proxy:void 0}const proxyPort=proxy=>Number(proxy.port)||(proxy.protocol==="https:"?443:80)
;function proxyAuthorization(proxy){if(!proxy.username&&!proxy.password)return
;return`Basic ${Buffer.from(`${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`).toString("base64")}`}function connectToProxy(proxy){
const port=proxyPort(proxy);const host=normalHost(proxy.hostname);return proxy.protocol==="https:"?external_node_tls_.connect({host,port,
servername:external_node_net_.isIP(host)?void 0:host}):external_node_net_.connect({host,port})}const CONNECT_TIMEOUT_MS=3e4
;function tunnel(proxy,host,port,pending,timeoutMs){return new Promise((resolve,reject)=>{const socket=connectToProxy(proxy);pending.add(socket)
;const authority=external_node_net_.isIPv6(host)?`[${host}]:${port}`:`${host}:${port}`;const auth=proxyAuthorization(proxy);let received=Buffer.alloc(0)
;const done=()=>{pending.delete(socket);socket.setTimeout(0);socket.off("data",onData);socket.off("error",fail);socket.off("end",onClosed)
;socket.off("close",onClosed)};const fail=error=>{done();socket.destroy();reject(error)}
;const onClosed=()=>fail(new Error(`the proxy ${proxy.host} closed the connection before answering CONNECT ${authority}`));const onData=chunk=>{
received=Buffer.concat([received,chunk]);const end=received.indexOf("\r\n\r\n");if(end<0)return
;const statusLine=received.subarray(0,received.indexOf("\r\n")).toString("latin1");const status=Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1])
;if(status!==200){fail(new Error(`the proxy ${proxy.host} refused to connect to ${authority}: ${statusLine.slice(9,120)||"no HTTP answer"}`));return}done()
;const rest=received.subarray(end+4);if(rest.length)socket.unshift(rest);resolve(socket)};socket.on("data",onData);socket.on("error",fail)
;socket.on("end",onClosed);socket.on("close",onClosed);socket.setTimeout(timeoutMs,()=>{
fail(Object.assign(new Error(`the proxy ${proxy.host} did not answer CONNECT ${authority} within ${timeoutMs} ms`),{code:"ETIMEDOUT"}))})
;socket.write(`CONNECT ${authority} HTTP/1.1\r\nHost: ${authority}\r\n${auth?`Proxy-Authorization: ${auth}\r\n`:""}\r\n`)})}class PendingTunnels{timeoutMs
;sockets=new Set;constructor(timeoutMs){this.timeoutMs=timeoutMs}open(proxy,host,port,callback,wrap=s=>s){
tunnel(proxy,normalHost(host),port,this.sockets,this.timeoutMs).then(socket=>callback?.(null,wrap(socket)),error=>callback?.(error))}destroy(){
for(const socket of this.sockets)socket.destroy()}}class ProxyHttpsAgent extends external_node_https_.Agent{settings;pending
;constructor(settings,options,connectTimeoutMs){super(options);this.settings=settings;this.pending=new PendingTunnels(connectTimeoutMs)}destroy(){
this.pending.destroy();super.destroy()}createConnection(options,callback){const port=Number(options.port)||443
;const proxy=proxyFor(this.settings,"https:",options.host??"localhost",port);if(!proxy)return super.createConnection(options,callback)
;this.pending.open(proxy,options.host??"localhost",port,callback,socket=>external_node_tls_.connect({...options,socket}));return}}
class TunnelHttpAgent extends external_node_http_.Agent{proxy;pending;constructor(proxy,options,connectTimeoutMs){super(options);this.proxy=proxy
;this.pending=new PendingTunnels(connectTimeoutMs)}createConnection(options,callback){
this.pending.open(this.proxy,options.host??"localhost",Number(options.port)||80,callback);return}destroy(){this.pending.destroy();super.destroy()}}
class ProxyHttpAgent extends external_node_http_.Agent{settings;agentOptions;connectTimeoutMs;tunnels=new Map
;constructor(settings,agentOptions,connectTimeoutMs){super(agentOptions);this.settings=settings;this.agentOptions=agentOptions
;this.connectTimeoutMs=connectTimeoutMs}addRequest(request,options){const host=options.host??"localhost";const port=Number(options.port)||80
;const proxy=proxyFor(this.settings,"http:",host,port);const headWritten=Boolean(request._header);if(proxy&&headWritten){let agent=this.tunnels.get(proxy.href)
;if(!agent)this.tunnels.set(proxy.href,agent=new TunnelHttpAgent(proxy,this.agentOptions,this.connectTimeoutMs))
;return external_node_http_.Agent.prototype.addRequest.call(agent,request,options)}if(proxy){
request.path=`http://${external_node_net_.isIPv6(normalHost(host))?`[${normalHost(host)}]`:host}:${port}${request.path}`;const auth=proxyAuthorization(proxy)
;if(auth)request.setHeader("Proxy-Authorization",auth)}external_node_http_.Agent.prototype.addRequest.call(this,request,options)}
createConnection(options,callback){const proxy=proxyFor(this.settings,"http:",options.host??"localhost",Number(options.port)||80)
;return proxy?connectToProxy(proxy):super.createConnection(options,callback)}destroy(){for(const agent of this.tunnels.values())agent.destroy();super.destroy()}
}function proxyAgents(env,options={},connectTimeoutMs=CONNECT_TIMEOUT_MS){const settings=proxySettingsFromEnv(env);return{
httpAgent:new ProxyHttpAgent(settings,options,connectTimeoutMs),httpsAgent:new ProxyHttpsAgent(settings,options,connectTimeoutMs)}}const DEFAULT_MAX_ATTEMPTS=8
;function awsClientConfig(region,action,maxAttempts=DEFAULT_MAX_ATTEMPTS,env=process.env){const config={region,retryMode:maxAttempts===1?"standard":"adaptive",
maxAttempts,customUserAgent:`platform-actions/${action}`};if(proxySettingsFromEnv(env))config.requestHandler=proxyAgents(env,{keepAlive:true,maxSockets:50})
;return config}}),7199:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__)
;__webpack_require__.d(__webpack_exports__,{createCodeDeployApi:()=>createCodeDeployApi,createEcsApi:()=>createEcsApi,
createScheduledTasksApi:()=>createScheduledTasksApi,createServiceDeploymentsApi:()=>createServiceDeploymentsApi});var dist_cjs=__webpack_require__(212)
;var aws_client=__webpack_require__(2381);var errors=__webpack_require__(8860);async function describeOneService(ecs,cluster,service,signal){try{
const out=await ecs.send(new dist_cjs.H7c({cluster,services:[service]}),{abortSignal:signal});return out.services?.[0]}catch(error){throw(0,
errors.p$)(`Could not describe service ${service} in cluster ${cluster}`,error)}}function taskDefinitionApi(ecs,oneAttempt){return{
async describeTaskDefinition(ref,signal){try{const out=await ecs.send(new dist_cjs.Zy$({taskDefinition:ref,include:["TAGS"]}),{abortSignal:signal})
;if(!out.taskDefinition)throw new Error("DescribeTaskDefinition returned no task definition");const definition=out.taskDefinition;return{definition,
arn:out.taskDefinition.taskDefinitionArn??ref,tags:out.tags??[]}}catch(error){throw(0,errors.p$)(`Could not describe task definition ${ref}`,error)}},
async registerTaskDefinition(definition,signal){const input=definition;const out=await oneAttempt.send(new dist_cjs.$Hl(input),{abortSignal:signal})
;const arn=out.taskDefinition?.taskDefinitionArn;if(!arn)throw new Error("RegisterTaskDefinition returned no taskDefinitionArn");return arn}}}
function createEcsApi(region){const ecs=new dist_cjs.Zgc((0,aws_client.awsClientConfig)(region,"ecs-deploy"));const oneAttempt=new dist_cjs.Zgc((0,
aws_client.awsClientConfig)(region,"ecs-deploy",1));return{describeService:(cluster,service,signal)=>describeOneService(ecs,cluster,service,signal),
...taskDefinitionApi(ecs,oneAttempt),async updateService(input,signal){try{const out=await ecs.send(new dist_cjs.kZr(input),{abortSignal:signal})
;if(!out.service)throw new Error("UpdateService returned no service");return out.service}catch(error){throw(0,
errors.p$)(`Could not update service ${input.service}`,error)}},async stoppedTasks(cluster,service,taskDefinitionArn,limit,signal){
const listed=await ecs.send(new dist_cjs.MYg({cluster,serviceName:service,desiredStatus:"STOPPED",maxResults:100}),{abortSignal:signal})
;const arns=listed.taskArns??[];if(arns.length===0)return[];const described=await ecs.send(new dist_cjs.z8X({cluster,tasks:arns.slice(0,100)}),{
abortSignal:signal})
;return(described.tasks??[]).filter(t=>t.taskDefinitionArn===taskDefinitionArn).sort((a,b)=>(b.stoppedAt?.getTime()??0)-(a.stoppedAt?.getTime()??0)).slice(0,limit)
},async activeRevisions(family){const arns=[];for await(const page of(0,dist_cjs.XPO)({client:ecs},{familyPrefix:family,status:"ACTIVE",sort:"DESC"
}))arns.push(...(page.taskDefinitionArns??[]).filter(arn=>arn.split("/").pop()?.replace(/:\d+$/,"")===family));return arns},async deregisterTaskDefinition(arn){
await ecs.send(new dist_cjs.sjB({taskDefinition:arn}))}}}var external_node_crypto_=__webpack_require__(7598);var lazy=__webpack_require__(91)
;function createCodeDeployApi(region){let module;const sdk=()=>module??=(0,lazy.RD)();let client
;const codedeploy=()=>client??=sdk().then(({CodeDeployClient})=>new CodeDeployClient((0,aws_client.awsClientConfig)(region,"ecs-deploy")));const targets=new Map
;async function lifecycle(id,signal){const{ListDeploymentTargetsCommand,GetDeploymentTargetCommand}=await sdk();const c=await codedeploy()
;let ids=targets.get(id);if(!ids?.length){ids=(await c.send(new ListDeploymentTargetsCommand({deploymentId:id}),{abortSignal:signal})).targetIds??[]
;targets.set(id,ids)}const events=[];for(const targetId of ids){const out=await c.send(new GetDeploymentTargetCommand({deploymentId:id,targetId}),{
abortSignal:signal});for(const e of out.deploymentTarget?.ecsTarget?.lifecycleEvents??[])events.push({name:e.lifecycleEventName??"?",status:e.status??"Unknown",
diagnostic:e.diagnostics&&{code:e.diagnostics.errorCode,message:e.diagnostics.message,logTail:e.diagnostics.logTail}})}return events}return{
async deploymentGroup(application,group,signal){const{GetDeploymentGroupCommand}=await sdk();try{
const out=await(await codedeploy()).send(new GetDeploymentGroupCommand({applicationName:application,deploymentGroupName:group}),{abortSignal:signal})
;const info=out.deploymentGroupInfo;const blueGreen=info?.blueGreenDeploymentConfiguration;const ready=blueGreen?.deploymentReadyOption;return{
terminationWaitMinutes:blueGreen?.terminateBlueInstancesOnDeploymentSuccess?.terminationWaitTimeInMinutes??0,
readyWaitMinutes:ready?.actionOnTimeout==="STOP_DEPLOYMENT"?ready.waitTimeInMinutes??0:0,autoRollback:info?.autoRollbackConfiguration?.enabled===true}
}catch(error){throw(0,errors.p$)(`Could not read CodeDeploy deployment group ${group} of application ${application}`,error)}},
async createDeployment({application,group,appspec,description},signal){const{CreateDeploymentCommand}=await sdk();try{
const out=await(await codedeploy()).send(new CreateDeploymentCommand({applicationName:application,deploymentGroupName:group,description,revision:{
revisionType:"AppSpecContent",appSpecContent:{content:appspec,sha256:(0,external_node_crypto_.createHash)("sha256").update(appspec).digest("hex")}}}),{
abortSignal:signal});if(!out.deploymentId)throw new Error("CreateDeployment returned no deploymentId");return out.deploymentId}catch(error){throw(0,
errors.p$)(`Could not create a CodeDeploy deployment in ${application}/${group}`,error)}},async deployment(id,signal){const{GetDeploymentCommand}=await sdk()
;let info;try{info=(await(await codedeploy()).send(new GetDeploymentCommand({deploymentId:id}),{abortSignal:signal})).deploymentInfo}catch(error){throw(0,
errors.p$)(`Could not get CodeDeploy deployment ${id}`,error)}const state={id,status:info?.status??"Created",lifecycle:[],error:info?.errorInformation&&{
code:info.errorInformation.code,message:info.errorInformation.message},rollback:info?.rollbackInfo&&{deploymentId:info.rollbackInfo.rollbackDeploymentId,
message:info.rollbackInfo.rollbackMessage}};try{state.lifecycle=await lifecycle(id,signal)}catch{}return state},async stopWithRollback(id,signal){
const{StopDeploymentCommand}=await sdk();try{const out=await(await codedeploy()).send(new StopDeploymentCommand({deploymentId:id,autoRollbackEnabled:true}),{
abortSignal:signal});return`${out.status??"requested"}${out.statusMessage?`: ${out.statusMessage}`:""}`}catch(error){throw(0,
errors.p$)(`Could not stop CodeDeploy deployment ${id}`,error)}}}}function createScheduledTasksApi(region){let events;let scheduler
;const eb=()=>events??=eventBridge(region);const sc=()=>scheduler??=schedulerClient(region);async function listTargets(rule){const{sdk,client}=await eb()
;const targets=[];let token;do{const out=await client.send(new sdk.ListTargetsByRuleCommand({Rule:rule,NextToken:token}));targets.push(...out.Targets??[])
;token=out.NextToken}while(token);return targets}return{async ruleTargets(rule){try{return(await listTargets(rule)).map(t=>({id:t.Id??"",
taskDefinitionArn:t.EcsParameters?.TaskDefinitionArn}))}catch(error){throw(0,errors.p$)(`Could not list the targets of rule ${rule}`,error)}},
async moveRuleTargets(rule,targetIds,taskDefinitionArn){try{const{sdk,client}=await eb()
;const moved=(await listTargets(rule)).filter(t=>t.Id&&targetIds.includes(t.Id)&&t.EcsParameters).map(t=>({...t,EcsParameters:{...t.EcsParameters,
TaskDefinitionArn:taskDefinitionArn}}));const out=await client.send(new sdk.PutTargetsCommand({Rule:rule,Targets:moved}));const failed=out.FailedEntries??[]
;if((out.FailedEntryCount??failed.length)>0)throw new Error(failed.map(f=>`target ${f.TargetId}: ${f.ErrorCode??""} ${f.ErrorMessage??""}`.trim()).join("; ")||"PutTargets failed")
}catch(error){throw(0,errors.p$)(`Could not move the targets of rule ${rule}`,error)}},async scheduleTarget(group,name){try{const{sdk,client}=await sc()
;const out=await client.send(new sdk.GetScheduleCommand({GroupName:group,Name:name}));return{id:"target",
taskDefinitionArn:out.Target?.EcsParameters?.TaskDefinitionArn}}catch(error){throw(0,errors.p$)(`Could not read schedule ${name} of group ${group}`,error)}},
async moveSchedule(group,name,taskDefinitionArn){try{const{sdk,client}=await sc();const s=await client.send(new sdk.GetScheduleCommand({GroupName:group,
Name:name}));if(!s.Target?.EcsParameters||!s.ScheduleExpression||!s.FlexibleTimeWindow)throw new Error("the schedule has no ECS target")
;await client.send(new sdk.UpdateScheduleCommand({Name:name,GroupName:group,ScheduleExpression:s.ScheduleExpression,
ScheduleExpressionTimezone:s.ScheduleExpressionTimezone,StartDate:s.StartDate,EndDate:s.EndDate,Description:s.Description,State:s.State,KmsKeyArn:s.KmsKeyArn,
FlexibleTimeWindow:s.FlexibleTimeWindow,ActionAfterCompletion:s.ActionAfterCompletion,Target:{...s.Target,EcsParameters:{...s.Target.EcsParameters,
TaskDefinitionArn:taskDefinitionArn}}}))}catch(error){throw(0,errors.p$)(`Could not move schedule ${name} of group ${group}`,error)}}}}
async function eventBridge(region){const sdk=await(0,lazy.q1)();return{sdk,client:new sdk.EventBridgeClient((0,aws_client.awsClientConfig)(region,"ecs-deploy"))
}}async function schedulerClient(region){const sdk=await(0,lazy.mD)();return{sdk,client:new sdk.SchedulerClient((0,
aws_client.awsClientConfig)(region,"ecs-deploy"))}}function toState(d){const target=d.targetServiceRevision;return{arn:d.serviceDeploymentArn??"",
status:d.status??"PENDING",statusReason:d.statusReason,lifecycleStage:d.lifecycleStage,strategy:d.deploymentConfiguration?.strategy,
bakeTimeInMinutes:d.deploymentConfiguration?.bakeTimeInMinutes,target:target&&{requested:target.requestedTaskCount,running:target.runningTaskCount,
pending:target.pendingTaskCount,productionTrafficWeight:target.requestedProductionTrafficWeight},rollbackReason:d.rollback?.reason,
circuitBreaker:d.deploymentCircuitBreaker&&{status:d.deploymentCircuitBreaker.status,failureCount:d.deploymentCircuitBreaker.failureCount,
threshold:d.deploymentCircuitBreaker.threshold},triggeredAlarms:d.alarms?.triggeredAlarmNames??[]}}function createServiceDeploymentsApi(region){
const ecs=new dist_cjs.Zgc((0,aws_client.awsClientConfig)(region,"ecs-deploy"));return{async describe(arn,signal){try{
const out=await ecs.send(new dist_cjs.A6p({serviceDeploymentArns:[arn]}),{abortSignal:signal});const found=out.serviceDeployments?.[0]
;return found?toState(found):void 0}catch(error){throw(0,errors.p$)(`Could not describe service deployment ${arn}`,error)}},
async newest(cluster,service,after,signal){try{const out=await ecs.send(new dist_cjs.jz8({cluster,service,createdAt:{after}}),{abortSignal:signal})
;const newestFirst=[...out.serviceDeployments??[]].sort((a,b)=>(b.createdAt?.getTime()??0)-(a.createdAt?.getTime()??0))
;return newestFirst[0]?.serviceDeploymentArn}catch(error){throw(0,errors.p$)(`Could not list the service deployments of ${service}`,error)}},
async stopWithRollback(arn,signal){try{await ecs.send(new dist_cjs.a8L({serviceDeploymentArn:arn,stopType:"ROLLBACK"}),{abortSignal:signal})}catch(error){
throw(0,errors.p$)(`Could not stop service deployment ${arn}`,error)}}}}})};