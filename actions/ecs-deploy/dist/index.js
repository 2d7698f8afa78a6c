import{createRequire as __WEBPACK_EXTERNAL_createRequire}from"module";var __webpack_modules__={
1442:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Zv:()=>resolveRegion,
ag:()=>isRetryableAwsError});var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8860);function resolveRegion(input,env){
const region=input.trim()||env.AWS_REGION?.trim()||env.AWS_DEFAULT_REGION?.trim()||""
;if(!region)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("aws-region","no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)")
;if(!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("aws-region",`'${region}' is not an AWS region name such as us-east-1`)
;return region}const THROTTLING_ERROR_NAMES=["ThrottlingException","TooManyRequestsException","RequestLimitExceeded"];function isRetryableAwsError(error){
const e=error;if(e.$retryable)return true;if((e.$metadata?.httpStatusCode??0)>=500)return true
;if(THROTTLING_ERROR_NAMES.includes(e.name??"")||e.name==="TimeoutError")return true
;return["ECONNRESET","EPIPE","ETIMEDOUT","ECONNREFUSED","EAI_AGAIN"].includes(e.code??"")}}),
929:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{v:()=>runnerCancelSignal})
;function runnerCancelSignal(){const cancel=new AbortController;for(const signal of["SIGINT","SIGTERM"])process.once(signal,()=>cancel.abort())
;return cancel.signal}}),2301:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{m:()=>systemClock})
;const systemClock={now:()=>Date.now(),sleep:(ms,signal)=>new Promise(resolve=>{if(signal?.aborted)return resolve();const timer=setTimeout(done,Math.max(0,ms))
;function done(){clearTimeout(timer);signal?.removeEventListener("abort",done);resolve()}signal?.addEventListener("abort",done,{once:true})})}}),
8012:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.r(__webpack_exports__);__nccwpck_require__.d(__webpack_exports__,{
Summary:()=>Summary,debug:()=>debug,error:()=>error,getInput:()=>getInput,getState:()=>getState,info:()=>info,saveState:()=>saveState,setFailed:()=>setFailed,
setOutput:()=>setOutput,setSecret:()=>setSecret,summary:()=>summary,warning:()=>warning});var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(7598)
;__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);var node_fs__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(3024)
;__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);var node_fs_promises__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(1455)
;__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_2__);var node_os__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(8161)
;__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_3__);const escapeData=text=>text.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A")
;function issueCommand(name,data,property){
const escapedProperty=property?.[1]?` ${property[0]}=${escapeData(property[1]).replace(/:/g,"%3A").replace(/,/g,"%2C")}`:""
;process.stdout.write(`::${name}${escapedProperty}::${escapeData(data)}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`)}
function appendKeyValue(command,name,value){const path=process.env[`GITHUB_${command}`];if(!path){
if(command==="OUTPUT")process.stdout.write(node_os__WEBPACK_IMPORTED_MODULE_3__.EOL)
;issueCommand(command==="OUTPUT"?"set-output":"save-state",value,["name",name]);return}if(!(0,
node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)(path))throw new Error(`Missing file at path: ${path}`);const delimiter=`ghadelimiter_${(0,
node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID)()}`
;if(name.includes(delimiter))throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
;if(value.includes(delimiter))throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);(0,
node_fs__WEBPACK_IMPORTED_MODULE_1__.appendFileSync)(path,`${name}<<${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${value}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}${delimiter}${node_os__WEBPACK_IMPORTED_MODULE_3__.EOL}`,{
encoding:"utf8"})}function getInput(name){return(process.env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]||"").trim()}function setOutput(name,value){
appendKeyValue("OUTPUT",name,value)}function saveState(name,value){appendKeyValue("STATE",name,value)}function getState(name){
return process.env[`STATE_${name}`]||""}function setSecret(secret){issueCommand("add-mask",secret)}function info(message){
process.stdout.write(message+node_os__WEBPACK_IMPORTED_MODULE_3__.EOL)}function debug(message){issueCommand("debug",message)}function warning(message){
issueCommand("warning",message)}function error(message){issueCommand("error",message)}function setFailed(message){process.exitCode=1;error(message)}
class Summary{buffer="";addRaw(text,addEOL=false){this.buffer+=addEOL?text+node_os__WEBPACK_IMPORTED_MODULE_3__.EOL:text;return this}async write(){
const path=process.env.GITHUB_STEP_SUMMARY
;if(!path)throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");try{
await(0,
node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.access)(path,node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.R_OK|node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.W_OK)
}catch{throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`)}await(0,
node_fs_promises__WEBPACK_IMPORTED_MODULE_2__.appendFile)(path,this.buffer,{encoding:"utf8"});this.buffer="";return this}}const summary=new Summary}),
3979:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Nb:()=>CancelClock,Qb:()=>CANCEL_WINDOW,
iP:()=>withinDeadline,j3:()=>DeadlineError});var _clock_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(2301);const CANCEL_WINDOW={sigtermMs:7500,
budgetMs:5e3,multipartGraceMs:2e3,runTaskGraceMs:3e3,stopTaskMs:6e3,stoppedByMs:6500,reportMs:7e3};class DeadlineError extends Error{constructor(message){
super(message);this.name="DeadlineError"}}function signalAt(clock,at){return AbortSignal.timeout(Math.max(1,at-clock.now()))}class CancelClock{signal;clock;at
;waiting=new Set;constructor(signal,clock=_clock_js__WEBPACK_IMPORTED_MODULE_0__.m){this.signal=signal;this.clock=clock;const record=()=>{this.at=clock.now()
;for(const start of this.waiting)start();this.waiting.clear()};if(signal?.aborted)record();else signal?.addEventListener("abort",record,{once:true})}
get cancelled(){return this.at!==void 0}after(offsetMs){return(this.at??this.clock.now())+offsetMs}by(ms,budgetMs=CANCEL_WINDOW.budgetMs){
const own=this.clock.now()+ms;return this.at===void 0?own:Math.min(own,this.at+budgetMs)}within(ms,budgetMs=CANCEL_WINDOW.budgetMs){
return signalAt(this.clock,this.by(ms,budgetMs))}afterCancel(ms){const deadline=new AbortController;const released=new AbortController
;const reason=new DeadlineError(`gave up ${ms/1e3} s after the cancel, before the runner stops the step`);const start=()=>{
void this.clock.sleep(Math.max(1,this.after(ms)-this.clock.now()),released.signal).then(()=>{if(!released.signal.aborted)deadline.abort(reason)})}
;if(this.cancelled)start();else if(this.signal)this.waiting.add(start);return{signal:deadline.signal,dispose:()=>{this.waiting.delete(start);released.abort()}}}
}function withinDeadline(signal,call){if(signal.aborted)return Promise.reject(signal.reason);return new Promise((resolve,reject)=>{
const onAbort=()=>reject(signal.reason);signal.addEventListener("abort",onAbort,{once:true});let settled;try{settled=call(signal)}catch(error){
settled=Promise.reject(error)}settled.then(resolve,reject).finally(()=>signal.removeEventListener("abort",onAbort))})}}),
4558:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{E:()=>parseDuration,a:()=>formatDuration})
;const UNIT_MS={ms:1,s:1e3,m:6e4,h:36e5};function parseDuration(text){const value=text.trim().toLowerCase()
;if(/^\d+(\.\d+)?$/.test(value))return Math.round(Number(value)*1e3);if(!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value))return;let total=0
;for(const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))total+=Number(part[1])*UNIT_MS[part[2]];return Math.round(total)}function formatDuration(ms){
if(ms<1e3)return`${Math.round(ms)}ms`;if(ms<6e4)return`${Number((ms/1e3).toFixed(1))}s`;const totalSeconds=Math.round(ms/1e3)
;const h=Math.floor(totalSeconds/3600);const m=Math.floor(totalSeconds%3600/60);const s=totalSeconds%60
;return`${h?`${h}h`:""}${m?`${m}m`:""}${s?`${s}s`:""}`||"0s"}}),4050:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{m:()=>taskDefinitionView,z:()=>serviceNotFound});const taskDefinitionView=definition=>definition
;function serviceNotFound(service,name,cluster){return!service||service.status==="INACTIVE"?`Service ${name} was not found in cluster ${cluster}`:void 0}}),
8860:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{gJ:()=>errorMessage,
j1:()=>ConfigurationError,p$:()=>withStep});class ConfigurationError extends Error{input;constructor(input,expected,options){
super(`Input '${input}': ${expected}`,options);this.name="ConfigurationError";this.input=input}}function withStep(step,error){
const detail=error instanceof Error?`${error.name==="Error"?"":`${error.name}: `}${error.message}`:String(error);return new Error(`${step}: ${detail}`,{
cause:error})}function errorMessage(error){return error instanceof Error?error.message:String(error)}}),
7752:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{o:()=>createLogsApi})
;const sdk=()=>Promise.all([Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(303)]).then(__nccwpck_require__.t.bind(__nccwpck_require__,303,19)),__nccwpck_require__.e(381).then(__nccwpck_require__.bind(__nccwpck_require__,2381))])
;function createLogsApi(action){const clients=new Map;const clientFor=async region=>{
const[{CloudWatchLogsClient,GetLogEventsCommand},{awsClientConfig}]=await sdk();let client=clients.get(region)
;if(!client)clients.set(region,client=new CloudWatchLogsClient(awsClientConfig(region,action)));return{client,GetLogEventsCommand}};return{forRegion:region=>({
async page(group,stream,token,signal){const input={logGroupName:group,logStreamName:stream,startFromHead:true,nextToken:token}
;const{client,GetLogEventsCommand}=await clientFor(region);const out=await client.send(new GetLogEventsCommand(input),{abortSignal:signal});return{
events:out.events??[],nextForwardToken:out.nextForwardToken}},async tail(group,stream,limit,signal){const input={logGroupName:group,logStreamName:stream,
startFromHead:false,limit};const{client,GetLogEventsCommand}=await clientFor(region);const out=await client.send(new GetLogEventsCommand(input),{
abortSignal:signal});return(out.events??[]).map(e=>e.message??"")}})}}}),2999:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{TL:()=>quoted,ni:()=>checkEcsName,rd:()=>checkImageReference})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8860);const NEEDS_ESCAPES=/[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/
;const NOT_ESCAPED_BY_JSON=/[\u007f-\u009f\u2028\u2029]/g;function quotedInFull(value){if(!NEEDS_ESCAPES.test(value))return`'${value}'`
;return JSON.stringify(value).replace(NOT_ESCAPED_BY_JSON,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}function quoted(value){
if(value.length<=80)return quotedInFull(value);return`${quotedInFull(value.slice(0,80))}… (${value.length} characters)`}const ECS_NAME=/^[A-Za-z0-9_-]{1,255}$/
;const PARTITION_REGION_ACCOUNT="arn:aws[a-z-]*:ecs:[a-z]{2}(?:-[a-z]+)+-\\d+:\\d{12}"
;const CLUSTER_ARN=new RegExp(`^${PARTITION_REGION_ACCOUNT}:cluster/[A-Za-z0-9_-]{1,255}$`)
;const SERVICE_ARN=new RegExp(`^${PARTITION_REGION_ACCOUNT}:service/(?:[A-Za-z0-9_-]{1,255}/)?[A-Za-z0-9_-]{1,255}$`);const KIND_TEXT={
cluster:"an ECS cluster name (up to 255 letters, digits, hyphens and underscores) or a cluster ARN",
service:"an ECS service name (up to 255 letters, digits, hyphens and underscores) or a service ARN",
container:"a container name (up to 255 letters, digits, hyphens and underscores)",
family:"a task definition family (up to 255 letters, digits, hyphens and underscores)"};function checkEcsName(input,kind,value){
const arn=kind==="cluster"?CLUSTER_ARN:kind==="service"?SERVICE_ARN:void 0;if(ECS_NAME.test(value)||arn?.test(value))return value
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`expected ${KIND_TEXT[kind]}, got ${quoted(value)}`)}
const DOMAIN_COMPONENT="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
;const DOMAIN=`(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;const PATH_COMPONENT="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
;const TAG="[\\w][\\w.-]{0,127}";const DIGEST="[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"
;const REFERENCE=new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);function parseImageReference(value){
if(value.length>512)return;const match=REFERENCE.exec(value);if(!match)return;const[,,,tag,digest]=match;let[,registry,repository]=match
;if(registry&&!/[.:[]/.test(registry)&&registry!=="localhost"){if(!new RegExp(`^${PATH_COMPONENT}$`).test(registry))return
;repository=`${registry}/${repository}`;registry=void 0}if(repository.length>255)return
;if(digest?.startsWith("sha256:")&&!/^sha256:[0-9a-f]{64}$/.test(digest))return;return{registry,repository,tag,digest}}
function checkImageReference(input,value){if(parseImageReference(value))return value
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got ${quoted(value)}`)
}}),5084:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{FF:()=>parseKeyValueLines,
Li:()=>parseLines,S8:()=>parseBooleanInput,_p:()=>parseIntegerInput,ew:()=>parseDurationInput})
;var _errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8860);var _durations_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(4558)
;var _names_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(2999);function parseBooleanInput(name,raw,fallback){const value=raw.trim().toLowerCase()
;if(value==="")return fallback;if(["true","yes","on","1"].includes(value))return true;if(["false","no","off","0"].includes(value))return false
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(name,`expected true or false, got ${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__.TL)(raw.trim())}`)}
const MAX_TIMER_MS=2147483647;function parseDurationInput(name,raw,fallback){const text=raw.trim()===""?fallback:raw.trim();const ms=(0,
_durations_js__WEBPACK_IMPORTED_MODULE_1__.E)(text)
;if(ms===void 0||ms<=0)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(name,`expected a duration such as 90s, 5m or 1h30m, got ${(0,
_names_js__WEBPACK_IMPORTED_MODULE_2__.TL)(text)}`)
;if(ms>MAX_TIMER_MS)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(name,`expected a duration of at most 596h (about 24.8 days), got ${(0,
_names_js__WEBPACK_IMPORTED_MODULE_2__.TL)(text)}`);return ms}function parseIntegerInput(name,raw,fallback,min,max=Number.MAX_SAFE_INTEGER){
const text=raw.trim();if(text==="")return fallback;if(!/^\d+$/.test(text)||Number(text)<min||Number(text)>max){
const range=max===Number.MAX_SAFE_INTEGER?`${min} or more`:`from ${min} to ${max}`
;throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(name,`expected a whole number ${range}, got ${(0,_names_js__WEBPACK_IMPORTED_MODULE_2__.TL)(text)}`)}
return Number(text)}function parseLines(raw){return raw.split(/\r?\n/).map(line=>line.trim()).filter(line=>line!==""&&!line.startsWith("#"))}
function parseKeyValueLines(name,raw,separator,form){return parseLines(raw).map((line,index)=>{const at=line.indexOf(separator)
;const key=at>0?line.slice(0,at).trim():"";if(!key)throw new _errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(name,`line ${index+1} is not of the form ${form}`)
;return[key,line.slice(at+separator.length).trim()]})}}),1564:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{vQ:()=>actionClock});var _clock_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(2301)
;const TEST_CLOCK_VARIABLE="PLATFORM_ACTIONS_TEST_CLOCK_SPEED";const MAX_SPEED=100;function isLoopbackUrl(url){if(!url)return false;try{
const host=new URL(url).hostname;return host==="localhost"||host==="[::1]"||/^127(\.\d{1,3}){3}$/.test(host)}catch{return false}}
function endpointOf(env,suffix){if(env.AWS_IGNORE_CONFIGURED_ENDPOINT_URLS==="true")return;return env[`AWS_ENDPOINT_URL_${suffix}`]||env.AWS_ENDPOINT_URL}
function fastClock(speed,base=_clock_js__WEBPACK_IMPORTED_MODULE_0__.m){const origin=base.now();return{speed,now:()=>origin+(base.now()-origin)*speed,
sleep:(ms,signal)=>base.sleep(ms/speed,signal)}}function actionClock(env,logger,services){const raw=env[TEST_CLOCK_VARIABLE]
;if(raw===void 0||raw==="")return _clock_js__WEBPACK_IMPORTED_MODULE_0__.m;const speed=/^\d+$/.test(raw)?Number(raw):NaN;if(!(speed>=1&&speed<=MAX_SPEED)){
logger.warning(`${TEST_CLOCK_VARIABLE} is ignored: expected a whole number from 1 to ${MAX_SPEED}`);return _clock_js__WEBPACK_IMPORTED_MODULE_0__.m}
if(services.length===0||!services.every(suffix=>isLoopbackUrl(endpointOf(env,suffix)))){
logger.warning(`${TEST_CLOCK_VARIABLE} is ignored: it is a test setting, honoured only when every AWS service the action calls has a loopback endpoint`)
;return _clock_js__WEBPACK_IMPORTED_MODULE_0__.m}return speed===1?_clock_js__WEBPACK_IMPORTED_MODULE_0__.m:fastClock(speed)}}),
633:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Mp:()=>splitRunnerLines,
eU:()=>untrustedSafeLogger});var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(7598)
;__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);function isCommandLike(line){return/^[\s\u0085]*::/.test(line)||line.includes("##[")}
function splitRunnerLines(text){return text.split(/\r\n|\r|\n/)}function pauseToken(text,newToken){for(;;){const token=newToken().replace(/-/g,"")
;if(!text.toLowerCase().includes(token.toLowerCase()))return token}}function neutralize(text,newToken=node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID){
const lines=splitRunnerLines(text);const out=[];for(let i=0;i<lines.length;){if(!isCommandLike(lines[i])){out.push(lines[i]);i+=1;continue}let end=i
;while(end<lines.length&&isCommandLike(lines[end]))end+=1;const block=lines.slice(i,end);const token=pauseToken(block.join("\n"),newToken)
;out.push(`::stop-commands::${token}`,...block,`::${token}::`);i=end}return out.join("\n")}function untrustedSafeLogger(base){return{
info:message=>base.info(neutralize(message)),warning:message=>base.warning(message),error:message=>base.error(message),debug:message=>base.debug(message)}}}),
8257:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{h4:()=>diagnose,Nb:()=>formatDiagnosis})
;function awslogsTarget(container,clusterRegion){const config=container.logConfiguration;if(config?.logDriver!=="awslogs")return{
note:`container ${container.name} does not log with the awslogs driver (${config?.logDriver??"no logConfiguration"})`};const options=config.options??{}
;const group=options["awslogs-group"];const prefix=options["awslogs-stream-prefix"];if(!group||!prefix)return{
note:`container ${container.name}'s awslogs options lack ${group?"awslogs-stream-prefix":"awslogs-group"}, so its stream name cannot be known`};return{group,
region:options["awslogs-region"]||clusterRegion,streamPrefix:`${prefix}/${container.name}/`}}
const awslogsStream=(target,taskId)=>`${target.streamPrefix}${taskId}`;const nameOf=arnOrName=>arnOrName.split("/").pop()
;const consoleBase=region=>`https://${region}.console.aws.amazon.com`;const cloudWatchText=text=>encodeURIComponent(encodeURIComponent(text)).replace(/%/g,"$")
;function serviceConsoleUrl(region,cluster,service){
return`${consoleBase(region)}/ecs/v2/clusters/${nameOf(cluster)}/services/${nameOf(service)}/deployments?region=${region}`}
function taskConsoleUrl(region,cluster,taskId){return`${consoleBase(region)}/ecs/v2/clusters/${nameOf(cluster)}/tasks/${taskId}/configuration?region=${region}`}
function logStreamUrl(region,group,stream){
const base=`${consoleBase(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchText(group)}`
;return stream?`${base}/log-events/${cloudWatchText(stream)}`:base}var deadline=__nccwpck_require__(3979);var ecs_types=__nccwpck_require__(4050)
;var errors=__nccwpck_require__(8860);var untrusted=__nccwpck_require__(633);const diagnosis_nameOf=arnOrName=>arnOrName.split("/").pop()
;const containerDefinition=(definition,name)=>(0,ecs_types.m)(definition).containerDefinitions?.find(c=>c.name===name)??{name};const LOG_LINES=30
;const TASKS_SHOWN=3;const EVENTS_SHOWN=10;function failing(task){const containers=task.containers??[]
;const bad=containers.filter(c=>c.exitCode!==void 0&&c.exitCode!==0||c.reason||c.healthStatus==="UNHEALTHY");return bad.length>0?bad:containers}
async function diagnose(request,deps){const ours=request.serviceState?.deployments?.find(d=>d.taskDefinition===request.taskDefinitionArn)
;const recentEvents=(request.events.length>0?request.events:[...request.serviceState?.events??[]].reverse()).slice(-EVENTS_SHOWN);const diagnosis={
verdict:request.verdict,rolloutStateReason:ours?.rolloutStateReason,events:recentEvents.map(e=>`${e.createdAt?.toISOString()??""} ${e.message??""}`),tasks:[],
notes:[],serviceUrl:serviceConsoleUrl(request.region,request.cluster,request.service)};const signal=request.signal??(new AbortController).signal;let tasks=[]
;try{tasks=await(0,deadline.iP)(signal,s=>deps.ecs.stoppedTasks(request.cluster,request.service,request.taskDefinitionArn,TASKS_SHOWN,s))}catch(error){
diagnosis.notes.push(`the stopped tasks could not be listed: ${(0,errors.gJ)(error)}`)
;deps.logger.warning(`Could not list stopped tasks for the diagnosis: ${(0,errors.gJ)(error)}`)}for(const task of tasks){
const taskId=diagnosis_nameOf(task.taskArn??"");const entry={taskId,stopCode:task.stopCode,stoppedReason:task.stoppedReason,
url:taskConsoleUrl(request.region,request.cluster,taskId),containers:[]};for(const container of failing(task)){const name=container.name??"?";const item={name,
exitCode:container.exitCode,reason:container.reason,healthStatus:container.healthStatus}
;const where=awslogsTarget(containerDefinition(request.definition,name),request.region)
;if(!task.startedAt)item.logNote="the task never started, so the container wrote no logs";else if("note"in where)item.logNote=where.note;else{
const stream=awslogsStream(where,taskId);item.logUrl=logStreamUrl(where.region,where.group,stream);try{item.logs=await(0,
deadline.iP)(signal,s=>deps.logs.forRegion(where.region).tail(where.group,stream,LOG_LINES,s))}catch(error){
item.logNote=`no logs read from ${where.group}/${stream}: ${(0,errors.gJ)(error)}`}}entry.containers.push(item)}diagnosis.tasks.push(entry)}return diagnosis}
function underPrefix(prefix,text){return(0,untrusted.Mp)(text).map(line=>`${prefix}${line}`)}function formatDiagnosis(d){const lines=[`Verdict: ${d.verdict}`]
;if(d.rolloutStateReason)lines.push(`Rollout state reason: ${d.rolloutStateReason}`)
;if(d.events.length)lines.push("Recent service events:",...d.events.flatMap(e=>underPrefix("  ",e)))
;if(d.tasks.length===0&&d.notes.length===0)lines.push("No stopped tasks of the new task definition were found.")
;for(const note of d.notes)lines.push(`Not shown: ${note}`);for(const t of d.tasks){
lines.push(`Stopped task ${t.taskId}: ${t.stopCode??"no stop code"} — ${t.stoppedReason??"no reason given"} (${t.url})`);for(const c of t.containers){
const health=c.healthStatus&&c.healthStatus!=="UNKNOWN"?`, health ${c.healthStatus}`:""
;lines.push(`  container ${c.name}: exit code ${c.exitCode??"none"}${health}${c.reason?` — ${c.reason}`:""}`)
;if(c.logs?.length)lines.push(`    last ${c.logs.length} log lines (${c.logUrl}):`,...c.logs.flatMap(l=>underPrefix("    | ",l)));else if(c.logs)lines.push(`    the log stream is empty (${c.logUrl})`)
;if(c.logNote)lines.push(`    ${c.logNote}`)}}lines.push(`Deployments: ${d.serviceUrl}`);return lines.join("\n")}}),
5174:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Td:()=>yamlProblem,_i:()=>readObjectFile})
;var _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8860)
;var _common_src_names_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(2999);var _lazy_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(91)
;function lineAndColumn(text,offset){const before=text.slice(0,offset)
;return`at line ${before.split("\n").length}, column ${before.length-before.lastIndexOf("\n")}`}const END_OF_INPUT=/^Unexpected end of JSON input/
;function failsInside(prefix){try{JSON.parse(prefix);return false}catch(error){const message=error.message;if(END_OF_INPUT.test(message))return false
;const at=/at position (\d+)/.exec(message);return at?Number(at[1])<prefix.length:true}}function jsonSyntaxProblem(text,error){
if(END_OF_INPUT.test(error.message))return`${lineAndColumn(text,text.length)}: the text ends before the JSON value does`
;const positioned=/^(.*?) in JSON at position (\d+)/.exec(error.message);if(positioned&&!positioned[1].includes('"')){const phrase=positioned[1]
;return`${lineAndColumn(text,Number(positioned[2]))}: ${phrase.charAt(0).toLowerCase()}${phrase.slice(1)}`}let[low,high]=[1,text.length];while(low<high){
const mid=Math.floor((low+high)/2);if(failsInside(text.slice(0,mid)))high=mid;else low=mid+1}return`${lineAndColumn(text,low-1)}: unexpected character`}
function isYamlFile(path,text){return/\.ya?ml$/i.test(path)||!/^[\s\uFEFF]*[{[]/.test(text)}async function parseYaml(input,path,text){const yaml=await(0,
_lazy_js__WEBPACK_IMPORTED_MODULE_2__.yv)();const document=yaml.parseDocument(text,{prettyErrors:false,uniqueKeys:true,merge:false})
;const problem=document.errors[0];if(problem)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} is not valid YAML ${yamlProblem(text,problem)}`);let aliases=false;yaml.visit(document,{Alias:()=>{
aliases=true;return yaml.visit.BREAK}});if(aliases)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} uses YAML aliases (*name); write the values out`);return document.toJS({maxAliasCount:0})}
function yamlProblem(text,error){return`${lineAndColumn(text,error.pos[0])}: ${error.code.toLowerCase().replace(/_/g," ")}`}
async function readObjectFile(input,path,readFile,what){let text;try{text=readFile(path)}catch(error){
throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`cannot read ${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} (${error.code??error.message})`,{cause:error})}let content
;if(isYamlFile(path,text))content=await parseYaml(input,path,text);else try{content=JSON.parse(text)}catch(error){
throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} is not valid JSON ${jsonSyntaxProblem(text,error)}`)}
if(typeof content!=="object"||content===null||Array.isArray(content))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(path)} must hold a JSON or YAML object (${what})`);return content}}),
6443:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{En:()=>parseServices,
PX:()=>parseVolumeConfigurations,fp:()=>scheduledTaskLabel,fr:()=>parseCodeDeployName,jM:()=>parseScheduledTasks,uj:()=>parsePropagateTags,
zK:()=>checkVolumeNames});var _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8860)
;var _common_src_names_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(2999);var _common_src_parse_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(5084)
;var _files_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(5174);var _lazy_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(91)
;const RULE_NAME=/^[.\-_A-Za-z0-9]{1,64}$/;const SCHEDULE_NAME=/^[0-9a-zA-Z\-_.]{1,64}$/;function parseScheduledTasks(raw){const refs=[];for(const line of(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_2__.Li)(raw)){const parts=line.split("/");let ref
;if(parts[0]==="schedule"&&parts.length===3&&SCHEDULE_NAME.test(parts[1])&&SCHEDULE_NAME.test(parts[2]))ref={kind:"schedule",group:parts[1],name:parts[2]
};else if(parts.length===1&&RULE_NAME.test(line))ref={kind:"rule",name:line}
;if(!ref)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("scheduled-tasks",`expected an EventBridge rule name (up to 64 letters, digits, '.', '-', '_') or schedule/<group>/<name>, got ${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(line)}`);const key=scheduledTaskLabel(ref)
;if(refs.some(r=>scheduledTaskLabel(r)===key))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("scheduled-tasks",`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(key)} is listed twice`);refs.push(ref)}return refs}
const scheduledTaskLabel=ref=>ref.kind==="rule"?ref.name:`schedule/${ref.group}/${ref.name}`;function parseServices(serviceRaw,servicesRaw){
const one=serviceRaw.trim();const many=(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_2__.Li)(servicesRaw)
;if(one&&many.length>0)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("services","give either service (one) or services (several, one a line), not both")
;if(!one&&many.length===0)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("service","required: the ECS service name or ARN (or services: several, one a line)")
;if(one)return[(0,_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.ni)("service","service",one)];const names=many.map(name=>(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.ni)("services","service",name));const twice=names.find((name,i)=>names.indexOf(name)!==i)
;if(twice!==void 0)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("services",`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(twice)} is listed twice`);return names}const CODEDEPLOY_NAME=/^[\w.+=,@-]{1,100}$/
;function parseCodeDeployName(input,raw){const value=raw.trim();if(!value)return
;if(!CODEDEPLOY_NAME.test(value))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1(input,`expected a CodeDeploy name (1-100 letters, digits and . _ - + = , @), got ${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(value)}`);return value}const PROPAGATE_TAGS=["SERVICE","TASK_DEFINITION","NONE"]
;function parsePropagateTags(raw){const value=raw.trim().toUpperCase();if(!value)return
;if(!PROPAGATE_TAGS.includes(value))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("propagate-tags",`expected SERVICE, TASK_DEFINITION or NONE, got ${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(raw.trim())}`);return value}const EBS_FIELDS={encrypted:"boolean",kmsKeyId:"string",volumeType:"string",
sizeInGiB:"number",snapshotId:"string",volumeInitializationRate:"number",iops:"number",throughput:"number",tagSpecifications:"array",roleArn:"string",
filesystemType:"string"};const ROLE_ARN=/^arn:aws[a-z-]*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/
;const isObject=value=>typeof value==="object"&&value!==null&&!Array.isArray(value)
;const typeOf=value=>Array.isArray(value)?"array":value===null?"null":typeof value;async function parseVolumeConfigurations(raw){if(!raw.trim())return
;const yaml=await(0,_lazy_js__WEBPACK_IMPORTED_MODULE_4__.yv)();const document=yaml.parseDocument(raw,{prettyErrors:false,uniqueKeys:true,merge:false})
;const problem=document.errors[0]
;if(problem)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("volume-configurations",`is not valid JSON or YAML ${(0,
_files_js__WEBPACK_IMPORTED_MODULE_3__.Td)(raw,problem)}`);const value=document.toJS({maxAliasCount:0});const list=Array.isArray(value)?value:[value]
;const fail=(path,detail)=>{
throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("volume-configurations",`${path}: ${detail} (expected a list of {name, managedEBSVolume: {roleArn, sizeInGiB, volumeType, ...}})`)
};return list.map((entry,i)=>{if(!isObject(entry))return fail(`[${i}]`,`must be an object, got ${typeOf(entry)}`)
;for(const key of Object.keys(entry))if(key!=="name"&&key!=="managedEBSVolume")fail(`[${i}].${key}`,"is not a volume configuration field")
;if(typeof entry.name!=="string"||!/^[A-Za-z0-9_-]{1,255}$/.test(entry.name))fail(`[${i}].name`,"must be the name of a task definition volume")
;const ebs=entry.managedEBSVolume;if(!isObject(ebs))return fail(`[${i}].managedEBSVolume`,"must be an object");for(const[key,field]of Object.entries(ebs)){
const type=EBS_FIELDS[key]
;if(!type)fail(`[${i}].managedEBSVolume.${key}`,"is not a managed EBS volume field");else if(typeOf(field)!==type)fail(`[${i}].managedEBSVolume.${key}`,`must be a ${type}, got ${typeOf(field)}`)
}if(typeof ebs.roleArn!=="string"||!ROLE_ARN.test(ebs.roleArn))fail(`[${i}].managedEBSVolume.roleArn`,"must be an IAM role ARN (the ECS infrastructure role)")
;return entry})}function checkVolumeNames(configs,definition){if(!configs?.length)return
;const volumes=Array.isArray(definition.volumes)?definition.volumes.filter(isObject):[]
;const atLaunch=volumes.filter(v=>v.configuredAtLaunch===true).map(v=>String(v.name))
;for(const config of configs)if(!atLaunch.includes(String(config.name)))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_0__.j1("volume-configurations",`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_1__.TL)(String(config.name))} is not a volume of the task definition with configuredAtLaunch: true (such volumes: ${atLaunch.join(", ")||"none"})`)
}}),252:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{G:()=>getInputs})
;var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8012);var node_fs__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(3024)
;__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);var _common_src_aws_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(1442)
;var _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(8860)
;var _common_src_names_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(2999);var _common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__=__nccwpck_require__(5084)
;var _files_js__WEBPACK_IMPORTED_MODULE_6__=__nccwpck_require__(5174);var _input_rules_js__WEBPACK_IMPORTED_MODULE_7__=__nccwpck_require__(6443)
;const fromRunner={read:name=>_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.getInput(name),env:process.env,readFile:path=>(0,
node_fs__WEBPACK_IMPORTED_MODULE_1__.readFileSync)(path,"utf8")};function required(read,name,what){const value=read(name).trim()
;if(!value)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1(name,`required: ${what}`);return value}async function getInputs(sources=fromRunner){
const{read,env}=sources
;const cluster=(0,_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.ni)("cluster","cluster",required(read,"cluster","the ECS cluster name or ARN"))
;const services=(0,_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.En)(read("service"),read("services"));const codeDeploy={application:(0,
_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.fr)("codedeploy-application",read("codedeploy-application")),deploymentGroup:(0,
_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.fr)("codedeploy-deployment-group",read("codedeploy-deployment-group"))}
;for(const[input,value]of[["codedeploy-application",codeDeploy.application],["codedeploy-deployment-group",codeDeploy.deploymentGroup]])if(value&&services.length>1)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1(input,`names one service's CodeDeploy ${input.slice(11)}; with several services leave it empty (each uses AppECS-<cluster>-<service> / DgpECS-<cluster>-<service>)`)
;const appspecPath=read("codedeploy-appspec").trim();const region=(0,_common_src_aws_js__WEBPACK_IMPORTED_MODULE_2__.Zv)(read("aws-region"),env)
;const file=read("task-definition").trim();const arn=read("task-definition-arn").trim()
;if(file&&arn)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("task-definition-arn","give either task-definition (a file to register) or task-definition-arn (an existing revision), not both")
;if(arn&&!/^(arn:aws[\w-]*:ecs:[\w-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}:\d+$/.test(arn))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("task-definition-arn",`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.TL)(arn)} is not a task definition ARN or family:revision`);const containerRaw=read("container-name").trim()
;const containerName=containerRaw?(0,_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.ni)("container-name","container",containerRaw):void 0
;const image=read("image").trim();const images=new Map
;for(const[name,ref]of(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.FF)("images",read("images"),"=","container=image")){(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.ni)("images","container",name)
;if(images.has(name))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("images",`container '${name}' is listed twice`);images.set(name,(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.rd)("images",ref))}let imageForOnlyContainer;if(image)if(containerName)images.set(containerName,(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.rd)("image",image));else imageForOnlyContainer=(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.rd)("image",image);const environment=(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.FF)("environment-variables",read("environment-variables"),"=","KEY=VALUE")
;if(environment.length>0&&!containerName)throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("container-name","required with environment-variables: the container whose environment to change")
;if(arn&&(images.size>0||imageForOnlyContainer||environment.length>0))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("task-definition-arn","deploys an existing revision as it is; image, images and environment-variables need task-definition or the service's current definition")
;const waitUntil=read("wait-until").trim()||"deployed"
;if(!["deployed","stable","none"].includes(waitUntil))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("wait-until",`expected deployed, stable or none, got ${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.TL)(waitUntil)}`);const desiredRaw=read("desired-count").trim();const keepRaw=read("keep-revisions").trim()
;const tags=(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.FF)("tags",read("tags"),"=","key=value")
;const defaults=[["github-repository",env.GITHUB_REPOSITORY],["github-sha",env.GITHUB_SHA],["github-run-id",env.GITHUB_RUN_ID]]
;for(const[key,value]of defaults)if(value&&!tags.some(([k])=>k===key))tags.push([key,value])
;for(const[key,value]of tags)if(key.length>128||value.length>256||key.toLowerCase().startsWith("aws:"))throw new _common_src_errors_js__WEBPACK_IMPORTED_MODULE_3__.j1("tags",`${(0,
_common_src_names_js__WEBPACK_IMPORTED_MODULE_4__.TL)(key)} is not a valid tag (key up to 128 characters, value up to 256, no aws: prefix)`);return{cluster,
service:services[0],services,region,taskDefinitionFile:file?{path:file,content:await(0,
_files_js__WEBPACK_IMPORTED_MODULE_6__._i)("task-definition",file,sources.readFile,"a task definition")}:void 0,taskDefinitionArn:arn||void 0,images,
imageForOnlyContainer,containerName,environment,waitUntil,timeoutMs:(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.ew)("timeout",read("timeout"),"30m"),
forceNewDeployment:(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.S8)("force-new-deployment",read("force-new-deployment"),false),
desiredCount:desiredRaw===""?void 0:(0,_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__._p)("desired-count",desiredRaw,0,0),rollbackOnFailure:(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.S8)("rollback-on-failure",read("rollback-on-failure"),false),keepRevisions:keepRaw===""?void 0:(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__._p)("keep-revisions",keepRaw,0,1),tags,failFast:(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.S8)("fail-fast",read("fail-fast"),true),propagateTags:(0,
_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.uj)(read("propagate-tags")),enableEcsManagedTags:read("enable-ecs-managed-tags").trim()===""?void 0:(0,
_common_src_parse_js__WEBPACK_IMPORTED_MODULE_5__.S8)("enable-ecs-managed-tags",read("enable-ecs-managed-tags"),false),volumeConfigurations:await(0,
_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.PX)(read("volume-configurations")),codeDeploy:{...codeDeploy,appspec:appspecPath?{path:appspecPath,content:await(0,
_files_js__WEBPACK_IMPORTED_MODULE_6__._i)("codedeploy-appspec",appspecPath,sources.readFile,"an AppSpec")}:void 0},scheduledTasks:(0,
_input_rules_js__WEBPACK_IMPORTED_MODULE_7__.jM)(read("scheduled-tasks")),
runToken:[env.GITHUB_REPOSITORY,env.GITHUB_RUN_ID,env.GITHUB_RUN_ATTEMPT,env.GITHUB_JOB].map(v=>v??"-").join("/")}}}),
91:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{RD:()=>loadCodeDeploy,mD:()=>loadScheduler,
q1:()=>loadEventBridge,yv:()=>loadYaml});const loadYaml=()=>__nccwpck_require__.e(815).then(__nccwpck_require__.t.bind(__nccwpck_require__,8815,19))
;const loadCodeDeploy=()=>Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(507)]).then(__nccwpck_require__.t.bind(__nccwpck_require__,7507,19))
;const loadEventBridge=()=>Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(612)]).then(__nccwpck_require__.t.bind(__nccwpck_require__,6612,19))
;const loadScheduler=()=>Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(768)]).then(__nccwpck_require__.t.bind(__nccwpck_require__,768,19))}),
9339:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{v:()=>actionLogger})
;var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8012)
;var _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(633);const actionLogger=(0,
_common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_1__.eU)(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__)}),
1044:((module,__unused_webpack___webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.a(module,async(__webpack_handle_async_dependencies__,__webpack_async_result__)=>{try{
var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8012);var _common_src_cancel_js__WEBPACK_IMPORTED_MODULE_7__=__nccwpck_require__(929)
;var _common_src_logs_js__WEBPACK_IMPORTED_MODULE_8__=__nccwpck_require__(7752)
;var _common_src_test_clock_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(1564);var _inputs_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(252)
;var _log_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(9339);var _report_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(6373)
;var _run_js__WEBPACK_IMPORTED_MODULE_5__=__nccwpck_require__(8898);var _services_js__WEBPACK_IMPORTED_MODULE_6__=__nccwpck_require__(2193);const cancel=(0,
_common_src_cancel_js__WEBPACK_IMPORTED_MODULE_7__.v)();async function main(){try{const inputs=await(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__.G)()
;const{region}=inputs
;const aws=await Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(212),__nccwpck_require__.e(199)]).then(__nccwpck_require__.bind(__nccwpck_require__,7199))
;const report=await(0,_run_js__WEBPACK_IMPORTED_MODULE_5__.e)(inputs,{ecs:aws.createEcsApi(region),logs:(0,
_common_src_logs_js__WEBPACK_IMPORTED_MODULE_8__.o)("ecs-deploy"),serviceDeployments:aws.createServiceDeploymentsApi(region),
codedeploy:aws.createCodeDeployApi(region),scheduled:aws.createScheduledTasksApi(region),clock:(0,
_common_src_test_clock_js__WEBPACK_IMPORTED_MODULE_1__.vQ)(process.env,_log_js__WEBPACK_IMPORTED_MODULE_3__.v,["ECS","CLOUDWATCH_LOGS","CODEDEPLOY","EVENTBRIDGE","SCHEDULER"]),
logger:_log_js__WEBPACK_IMPORTED_MODULE_3__.v,random:Math.random,signal:cancel})
;for(const service of report.services)_log_js__WEBPACK_IMPORTED_MODULE_3__.v.info(`Verdict ${(0,_services_js__WEBPACK_IMPORTED_MODULE_6__.MT)(service)}`)
;for(const[name,value]of Object.entries((0,
_report_js__WEBPACK_IMPORTED_MODULE_4__.Yz)(report)))_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setOutput(name,value)
;await _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_report_js__WEBPACK_IMPORTED_MODULE_4__.eH)(report)).write()
;if(!_report_js__WEBPACK_IMPORTED_MODULE_4__.Lt.includes(report.result))_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed((0,
_report_js__WEBPACK_IMPORTED_MODULE_4__.oh)(report))}catch(error){
_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed(error instanceof Error?error.message:String(error))}}await main();if(cancel.aborted)process.exit()
;__webpack_async_result__()}catch(e){__webpack_async_result__(e)}},1)}),6373:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{Lt:()=>services.Lt,oh:()=>failureMessage,Yz:()=>outputsOf,eH:()=>summaryMarkdown})
;var durations=__nccwpck_require__(4558);function markdownTable(header,rows){const cell=text=>text.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>")
;const line=cells=>`| ${cells.map(cell).join(" | ")} |`;return[line(header),line(header.map(()=>"---")),...rows.map(line)].join("\n")}
var untrusted=__nccwpck_require__(633);var diagnosis=__nccwpck_require__(8257);var services=__nccwpck_require__(2193);function codeBlock(text){
const fence="`".repeat(Math.max(3,...(text.match(/`+/g)??[]).map(run=>run.length+1)));return`${fence}\n${text}\n${fence}`}
const several=report=>report.services.length>1;function outputsOf(report){const each=(value,single)=>several(report)?(0,
services.jk)(report.services,value):single;const outputs={"task-definition-arn":report.taskDefinitionArn,
"previous-task-definition-arn":each(r=>r.previousTaskDefinitionArn,report.previousTaskDefinitionArn),
"deployment-id":each(r=>r.deploymentId,report.deploymentId),"rollout-state":each(r=>r.rolloutState,report.rolloutState),result:report.result}
;if(report.services.some(r=>r.kind==="codedeploy"))outputs["codedeploy-deployment-id"]=each(r=>r.codeDeployDeploymentId??"",report.codeDeployDeploymentId??"")
;if(report.scheduled)outputs["scheduled-tasks-moved"]=report.scheduled.moved.join("\n");return outputs}function serviceFailure(report){const parts=[]
;if(report.rollback)parts.push(`rollback-on-failure: ${report.rollback}`)
;if(report.controllerNotes?.length)parts.push(["CodeDeploy:",...report.controllerNotes.map(l=>`  ${l}`)].join("\n"));if(report.diagnosis)parts.push((0,
diagnosis.Nb)(report.diagnosis));return parts}function failureMessage(report){if(!several(report)){
const head=`ecs-deploy ${report.result}: ${report.service} in ${report.cluster}, ${(0,services.pd)(report.previousTaskDefinitionArn)} → ${(0,
services.pd)(report.taskDefinitionArn)}`+` (deployment ${report.deploymentId||"none"}): ${report.reason??""}`
;return[head,...serviceFailure(report),...(report.scheduled?.problems??[]).map(p=>`scheduled-tasks: ${p}`)].join("\n")}
const parts=[`ecs-deploy ${report.result}: ${report.reason??""} (cluster ${report.cluster}, ${(0,services.pd)(report.taskDefinitionArn)})`]
;parts.push(...report.services.map(services.MT));for(const service of report.services.filter(r=>!services.Lt.includes(r.result))){
const details=serviceFailure(service);if(details.length)parts.push(`--- ${service.service} ---`,...details)}
parts.push(...(report.scheduled?.problems??[]).map(p=>`scheduled-tasks: ${p}`));return parts.join("\n")}function scheduledSection(report){
const s=report.scheduled;if(!s)return"";const lines=[...s.lines,...s.problems.map(p=>`❌ ${p}`)]
;return`\n#### Scheduled tasks\n\n${lines.length?lines.map(l=>`- ${(0,
untrusted.Mp)(l).join(" ")}`).join("\n"):"- not moved: the services did not all succeed"}\n`}function failureSections(report,heading){let text=""
;const ok=services.Lt.includes(report.result);if(!ok&&report.events.length)text+=`\n${heading} Service events\n\n${report.events.slice(-10).map(e=>`- ${(0,
untrusted.Mp)(e).join(" ")}`).join("\n")}\n`
;if(report.controllerNotes?.length)text+=`\n${heading} CodeDeploy\n\n${codeBlock(report.controllerNotes.join("\n"))}\n`
;if(report.diagnosis)text+=`\n${heading} Diagnosis\n\n${codeBlock((0,diagnosis.Nb)(report.diagnosis))}\n`;return text}function summaryMarkdown(report){
const ok=services.Lt.includes(report.result);if(several(report)){
const rows=report.services.map(r=>[r.service,`${services.Lt.includes(r.result)?"✅":"❌"} ${r.result}`,r.deploymentId||"—",r.rolloutState||"—",(0,
durations.a)(r.durationMs),r.reason??""]);let text=`### ${ok?"✅":"❌"} ecs-deploy: ${report.result}\n\n${(0,
services.pd)(report.taskDefinitionArn)} to ${report.services.length} services of ${report.cluster}\n\n`
;text+=`${markdownTable(["Service","Result","Deployment","State","Duration","Reason"],rows)}\n`
;for(const r of report.services)text+=failureSections(r,`#### ${r.service}:`);return text+scheduledSection(report)}
const rows=[["Cluster",report.cluster],["Service",report.service],["Task definition",`${(0,services.pd)(report.previousTaskDefinitionArn)} → ${(0,
services.pd)(report.taskDefinitionArn)}`],["Images",report.images.map(([c,i])=>`${c}: ${i}`).join("\n")],["Deployment",report.deploymentId||"—"],["Rollout state",report.rolloutState||"—"],["Result",report.result],["Duration",(0,
durations.a)(report.durationMs)]];if(report.serviceDeploymentArn)rows.splice(5,0,["Service deployment",report.serviceDeploymentArn])
;if(report.reason)rows.push(["Reason",report.reason]);if(report.rollback)rows.push(["Rollback",report.rollback])
;const text=`### ${ok?"✅":"❌"} ecs-deploy: ${report.result}\n\n${markdownTable(["",""],rows)}\n`
;return text+failureSections(report,"####")+scheduledSection(report)}}),8898:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{e:()=>run});var src_deadline=__nccwpck_require__(3979);var ecs_types=__nccwpck_require__(4050)
;var errors=__nccwpck_require__(8860);function codeDeployFailure(state){const lines=[]
;if(state.error?.message)lines.push(`${state.error.code?`${state.error.code}: `:""}${state.error.message}`)
;if(state.rollback?.message)lines.push(`rollback: ${state.rollback.message}`);for(const event of state.lifecycle.filter(e=>e.status==="Failed")){
const d=event.diagnostic;lines.push(`lifecycle event ${event.name} Failed${d?.code?` (${d.code})`:""}${d?.message?`: ${d.message}`:""}`)
;if(d?.logTail)lines.push(...d.logTail.split(/\r\n|\r|\n/).filter(l=>l.trim()).map(l=>`  | ${l}`))}return lines}function assessCodeDeploy(state){
if(state.status==="Succeeded")return{state:"deployed"};if(state.status==="Failed"||state.status==="Stopped"){
const why=codeDeployFailure(state)[0]??`the deployment ${state.status==="Failed"?"failed":"was stopped"}`;if(state.rollback?.deploymentId)return{
state:"rolled-back",reason:`CodeDeploy deployment ${state.id} ${state.status}; CodeDeploy rolled back (deployment ${state.rollback.deploymentId}): ${why}`}
;return{state:"failed",reason:`CodeDeploy deployment ${state.id} ${state.status}: ${why}`,ecsRollingBack:false}}return{state:"waiting"}}
function lifecycleLine(state){const shown=state.lifecycle.filter(e=>e.status!=="Pending")
;const events=shown.length?`: ${shown.map(e=>`${e.name} ${e.status}`).join(", ")}`:"";return`CodeDeploy ${state.id} ${state.status}${events}`}
function codeDeployBudgetMs(timeoutMs,group){return timeoutMs+(group.terminationWaitMinutes+group.readyWaitMinutes)*6e4}
const DESCRIBE_ONLY_FIELDS=["taskDefinitionArn","revision","status","requiresAttributes","compatibilities","registeredAt","registeredBy","deregisteredAt","deleteRequestedAt"]
;const isJsonObject=value=>typeof value==="object"&&value!==null&&!Array.isArray(value);function dropEmpty(value,path=""){if(value===null||value==="")return
;if(Array.isArray(value)){const items=value.map((item,i)=>dropEmpty(item,`${path}[${i}]`)).filter(item=>item!==void 0);return items.length?items:void 0}
if(isJsonObject(value)){const out={};for(const[key,child]of Object.entries(value)){
const kept=/\.environment\[\d+\]$/.test(path)&&key==="value"&&child===""?"":dropEmpty(child,`${path}.${key}`);if(kept!==void 0)out[key]=kept}
return Object.keys(out).length?out:void 0}return value}function toRegisterable(source){
const input=isJsonObject(source.taskDefinition)?source.taskDefinition:source;const removed=DESCRIBE_ONLY_FIELDS.filter(key=>key in input);const copy={}
;for(const[key,value]of Object.entries(input))if(!DESCRIBE_ONLY_FIELDS.includes(key))copy[key]=value;return{definition:dropEmpty(copy)??{},removed}}
function withoutRegistrationDefaults(definition){const copy=structuredClone(definition)
;for(const c of Array.isArray(copy.containerDefinitions)?copy.containerDefinitions.filter(isJsonObject):[]){if(c.cpu===0)delete c.cpu
;if(c.essential===true)delete c.essential;if(Array.isArray(c.portMappings))for(const p of c.portMappings.filter(isJsonObject)){
if(p.protocol==="tcp")delete p.protocol;if(copy.networkMode==="awsvpc"&&p.hostPort===p.containerPort)delete p.hostPort}}return dropEmpty(copy)??{}}
function definitionFingerprint(definition){const sort=value=>{if(Array.isArray(value))return value.map(sort)
;if(isJsonObject(value))return Object.fromEntries(Object.keys(value).sort().map(k=>[k,sort(value[k])]));return value}
;const{tags:_tags,...content}=withoutRegistrationDefaults(definition);return JSON.stringify(sort(content))}function buildAppSpec(taskDefinitionArn,service){
const lb=service.loadBalancers.find(l=>l.containerName&&l.containerPort!==void 0)
;if(!lb)throw new errors.j1("codedeploy-appspec",`service ${service.serviceName} has no load balancer with a container name and port to build an AppSpec from; give an AppSpec file`)
;const properties={TaskDefinition:taskDefinitionArn,LoadBalancerInfo:{ContainerName:lb.containerName,ContainerPort:lb.containerPort}}
;if(service.platformVersion)properties.PlatformVersion=service.platformVersion;if(service.awsvpc){const vpc={Subnets:service.awsvpc.subnets,
SecurityGroups:service.awsvpc.securityGroups};if(service.awsvpc.assignPublicIp)vpc.AssignPublicIp=service.awsvpc.assignPublicIp
;properties.NetworkConfiguration={AwsvpcConfiguration:vpc}}
if(service.capacityProviderStrategy.length)properties.CapacityProviderStrategy=service.capacityProviderStrategy.map(s=>{const entry={
CapacityProvider:s.capacityProvider};if(s.base!==void 0)entry.Base=s.base;if(s.weight!==void 0)entry.Weight=s.weight;return entry});return{version:0,
Resources:[{TargetService:{Type:"AWS::ECS::Service",Properties:properties}}]}}function keyOf(object,name){
return Object.keys(object).find(k=>k.toLowerCase()===name.toLowerCase())}function propertiesOf(resource){if(!isJsonObject(resource))return[]
;return Object.values(resource).flatMap(target=>{if(!isJsonObject(target))return[];const key=keyOf(target,"Properties");const properties=key?target[key]:void 0
;return isJsonObject(properties)?[properties]:[]})}function patchAppSpec(appspec,taskDefinitionArn,containers){const patched=structuredClone(appspec)
;const resourcesKey=keyOf(patched,"Resources");const resources=resourcesKey?patched[resourcesKey]:void 0
;const all=Array.isArray(resources)?resources.flatMap(propertiesOf):[]
;if(all.length===0)throw new errors.j1("codedeploy-appspec","has no Resources[].<name>.Properties to set the TaskDefinition of");for(const properties of all){
properties[keyOf(properties,"TaskDefinition")??"TaskDefinition"]=taskDefinitionArn;const lbKey=keyOf(properties,"LoadBalancerInfo")
;const lb=lbKey?properties[lbKey]:void 0;if(!isJsonObject(lb))continue;const name=lb[keyOf(lb,"ContainerName")??"ContainerName"]
;const port=Number(lb[keyOf(lb,"ContainerPort")??"ContainerPort"]);const ports=typeof name==="string"?containers.get(name):void 0
;if(!ports)throw new errors.j1("codedeploy-appspec",`LoadBalancerInfo.ContainerName ${JSON.stringify(name??null)} is not a container of the new revision (containers: ${[...containers.keys()].join(", ")||"none"})`)
;if(!ports.includes(port))throw new errors.j1("codedeploy-appspec",`LoadBalancerInfo.ContainerPort ${Number.isFinite(port)?port:"missing"} is not a containerPort of container ${name} (ports: ${ports.join(", ")||"none"})`)
}return patched}function containerPorts(definition){const ports=new Map
;const list=Array.isArray(definition.containerDefinitions)?definition.containerDefinitions.filter(isJsonObject):[];for(const c of list){
const mappings=Array.isArray(c.portMappings)?c.portMappings.filter(isJsonObject):[]
;ports.set(String(c.name),mappings.map(m=>Number(m.containerPort)).filter(Number.isFinite))}return ports}function defaultCodeDeployNames(cluster,service){
const short=nameOrArn=>nameOrArn.split("/").pop();return{application:`AppECS-${short(cluster)}-${short(service)}`,
deploymentGroup:`DgpECS-${short(cluster)}-${short(service)}`}}function appSpecContent(appspec){const versionKey=keyOf(appspec,"version")
;const{[versionKey??"version"]:version,...rest}=appspec;const body=JSON.stringify(rest,null,2);if(version===void 0)return body
;const written=version===0?"0.0":JSON.stringify(version);return`{\n  "${versionKey??"version"}": ${written}${body==="{}"?"\n}":`,${body.slice(1)}`}`}
var diagnosis=__nccwpck_require__(8257);async function explain(inputs,report,context,deps){report.diagnosis=await(0,diagnosis.h4)({region:inputs.region,
cluster:inputs.cluster,service:inputs.service,verdict:`${report.result}: ${report.reason}`,serviceState:context.outcome.service,events:context.outcome.events,
taskDefinitionArn:context.target.arn,definition:context.target.definition,signal:context.cancelWindow},deps);deps.logger.info((0,
diagnosis.Nb)(report.diagnosis))}const ROLLING_BACK=["ROLLBACK_REQUESTED","ROLLBACK_IN_PROGRESS","ROLLBACK_SUCCESSFUL"]
;const STOPPED=["STOP_REQUESTED","STOPPED"];function failureReason(state){const parts=[state.rollbackReason,state.statusReason].filter(p=>!!p)
;const unique=parts.filter((p,i)=>parts.indexOf(p)===i)
;if(state.circuitBreaker?.status==="TRIGGERED")unique.push(`circuit breaker triggered (${state.circuitBreaker.failureCount??"?"} of ${state.circuitBreaker.threshold??"?"} tasks failed)`)
;if(state.triggeredAlarms.length)unique.push(`alarms in ALARM: ${state.triggeredAlarms.join(", ")}`)
;return unique.join("; ")||`the service deployment ended ${state.status}`}function assessServiceDeployment(state,serviceStable,waitUntil){
if(state.status==="SUCCESSFUL")return waitUntil==="stable"&&!serviceStable?{state:"waiting"}:{state:"deployed"};if(ROLLING_BACK.includes(state.status))return{
state:"rolled-back",reason:`service deployment ${state.status}: ${failureReason(state)}`};if(state.status==="ROLLBACK_FAILED")return{state:"failed",
reason:`the service deployment failed and so did ECS's rollback: ${failureReason(state)}`,ecsRollingBack:false};if(STOPPED.includes(state.status))return{
state:"failed",reason:`the service deployment was stopped (${state.status}): ${failureReason(state)}`,ecsRollingBack:false};return{state:"waiting"}}
function stageLine(state){const t=state.target
;const tasks=t?`green running ${t.running??0}/${t.requested??0}${t.pending?`, pending ${t.pending}`:""}`:"green revision not started"
;const traffic=t?.productionTrafficWeight!==void 0?`, production traffic ${t.productionTrafficWeight}%`:""
;const bake=state.lifecycleStage==="BAKE_TIME"&&state.bakeTimeInMinutes!==void 0?`, bake time ${state.bakeTimeInMinutes} min`:""
;return`${state.strategy??"BLUE_GREEN"} stage ${state.lifecycleStage??"not started"} (${state.status}): ${tasks}${traffic}${bake}`}function inFlight(state){
return!!state&&["PENDING","IN_PROGRESS"].includes(state.status)}function blueGreenBudgetMs(timeoutMs,bakeTimeInMinutes){
return timeoutMs+(bakeTimeInMinutes??0)*6e4}class DeployError extends Error{}function need(adapter,what){
if(!adapter)throw new DeployError(`no ${what} adapter was given`);return adapter}async function findServiceDeployment(inputs,updated,since,deps){
if(updated.currentServiceDeployment)return updated.currentServiceDeployment
;const arn=await need(deps.serviceDeployments,"service-deployment").newest(inputs.cluster,inputs.service,since)
;if(!arn)throw new DeployError(`UpdateService started no service deployment of ${inputs.service} to follow`);return arn}
function blueGreenJudge(arn,waitUntil,states,deps){const api=need(deps.serviceDeployments,"service-deployment")
;return async(service,_placementFailures,signal)=>{const state=await api.describe(arn,signal);if(!state)return{assessment:{state:"failed",
reason:`service deployment ${arn} is not known to ECS`,ecsRollingBack:false},progress:`service deployment ${arn} not found`};states.last=state
;const deployments=service.deployments??[];const stable=deployments.length===1&&service.runningCount===service.desiredCount;return{
assessment:assessServiceDeployment(state,stable,waitUntil==="stable"?"stable":"deployed"),progress:stageLine(state)}}}const ROLLBACK_POLL_MS=2e3
;async function awaitStop(arn,until,deps){const api=need(deps.serviceDeployments,"service-deployment");try{for(;;){
const state=await api.describe(arn,deps.signal);if(state?.status==="ROLLBACK_SUCCESSFUL")return`rolled back: service deployment ${arn} ROLLBACK_SUCCESSFUL`
;if(state&&["ROLLBACK_FAILED","STOPPED","SUCCESSFUL"].includes(state.status))return`the stop with rollback ended ${state.status}${state.statusReason?`: ${state.statusReason}`:""}`
;if(deps.signal?.aborted||deps.clock.now()>=until)return`requested a stop with rollback of ${arn}; it was still ${state?.status??"unknown"} when the step stopped waiting`
;await deps.clock.sleep(ROLLBACK_POLL_MS,deps.signal)}}catch(error){return`the stop with rollback of ${arn} could not be followed: ${(0,errors.gJ)(error)}`}}
async function settleBlueGreen(inputs,report,context,deps){const arn=context.serviceDeploymentArn;let stopped=false
;if(inputs.rollbackOnFailure&&inFlight(context.state)){try{
await(0,src_deadline.iP)(context.cancelWindow,signal=>need(deps.serviceDeployments,"service-deployment").stopWithRollback(arn,signal));stopped=true
;report.rollback=deps.signal?.aborted?`requested a stop with rollback of service deployment ${arn} on the cancel; ECS shifts the traffic back, the step did not wait for it`:`requested a stop with rollback of service deployment ${arn}`
}catch(error){report.rollback=`the stop with rollback of ${arn} failed: ${(0,errors.gJ)(error)}`}deps.logger.info(`rollback-on-failure: ${report.rollback}`)}
await explain(inputs,report,context,deps);if(stopped&&!deps.signal?.aborted){report.rollback=await awaitStop(arn,deps.clock.now()+10*6e4,deps)
;if(report.rollback.startsWith("rolled back"))report.result="rolled-back";deps.logger.info(`rollback-on-failure: ${report.rollback}`)}}
function revisionsToDeregister(activeArns,keep,protectedArns){const revision=arn=>Number(/:(\d+)$/.exec(arn)?.[1]??0)
;const newestFirst=[...activeArns].sort((a,b)=>revision(b)-revision(a));const keepSet=new Set([...newestFirst.slice(0,keep),...protectedArns.filter(a=>!!a)])
;return newestFirst.filter(arn=>!keepSet.has(arn))}var untrusted=__nccwpck_require__(633);function failFastThreshold(desired){return Math.max(3,2*desired)}
const PLACEMENT_FAILURES_TO_FAIL=5;function assessRollout(service,target,waitUntil,failFast){const deployments=service.deployments??[]
;const ours=deployments.find(d=>d.id===target.deploymentId);const primary=deployments.find(d=>d.status==="PRIMARY")
;if(service.status&&service.status!=="ACTIVE")return{state:"failed",deployment:ours,reason:`the service is ${service.status}`,ecsRollingBack:false};if(!ours){
if(primary&&primary.taskDefinition!==target.taskDefinitionArn)return{state:"rolled-back",
reason:`deployment ${target.deploymentId} is gone and the service now runs ${primary.taskDefinition} (deployment ${primary.id}): ECS rolled back`};return{
state:"failed",reason:`deployment ${target.deploymentId} was replaced by ${primary?.id??"another deployment"} before it completed`,ecsRollingBack:false}}
if(ours.rolloutState==="FAILED"){const rollingBack=!!primary&&primary.id!==ours.id&&primary.taskDefinition!==target.taskDefinitionArn;return{state:"failed",
deployment:ours,reason:ours.rolloutStateReason??"the deployment failed",ecsRollingBack:rollingBack}}if(ours.status!=="PRIMARY"){
const reason=primary&&primary.taskDefinition!==target.taskDefinitionArn?`the service moved on to ${primary.taskDefinition} (deployment ${primary.id})`:`deployment ${ours.id} is no longer the primary one`
;return{state:"failed",deployment:ours,reason,ecsRollingBack:false}}
const done=ours.rolloutState?ours.rolloutState==="COMPLETED":deployments.length===1&&ours.runningCount===ours.desiredCount
;if(done&&(waitUntil!=="stable"||deployments.length===1&&service.runningCount===service.desiredCount))return{state:"deployed",deployment:ours}
;const circuitBreaker=service.deploymentConfiguration?.deploymentCircuitBreaker?.enable===true;if(failFast.enabled&&!circuitBreaker){
const failed=ours.failedTasks??0;if((ours.runningCount??0)===0&&failed>=failFastThreshold(ours.desiredCount??1))return{state:"failed",deployment:ours,
reason:`${failed} tasks of the new deployment failed and none is running (fail-fast; the circuit breaker is off)`,ecsRollingBack:false}
;if(failFast.placementFailures>=PLACEMENT_FAILURES_TO_FAIL)return{state:"failed",deployment:ours,
reason:`ECS reported ${failFast.placementFailures} times that it was unable to place a task (fail-fast)`,ecsRollingBack:false}}return{state:"waiting",
deployment:ours}}function progressLine(deployment){if(!deployment)return"deployment not found"
;return`${deployment.rolloutState??deployment.status}: running ${deployment.runningCount??0}/${deployment.desiredCount??0}, pending ${deployment.pendingCount??0}, failed ${deployment.failedTasks??0}`
}function rolloutKind(service){const type=service.deploymentController?.type??"ECS";if(type==="CODE_DEPLOY")return"codedeploy";if(type!=="ECS")return{
refused:`service ${service.serviceName} uses the ${type} deployment controller; ecs-deploy drives ECS deployments (rolling, blue/green, linear, canary) and CodeDeploy blue/green only`
};const strategy=service.deploymentConfiguration?.strategy;return strategy&&strategy!=="ROLLING"?"ecs-blue-green":"rolling"}function rollingJudge(request){
return async(service,placementFailures)=>{const assessment=assessRollout(service,request.target,request.waitUntil,{enabled:request.failFast,placementFailures})
;const progress=progressLine(assessment.state==="rolled-back"?void 0:assessment.deployment);return{assessment,
progress:`deployment ${request.target.deploymentId} ${progress}`}}}const POLL={firstMs:1e3,factor:1.25,maxMs:2500};const MAX_POLL_FAILURES=5
;const cancelled=(service,events)=>({result:{state:"cancelled",reason:"the workflow was cancelled"},service,events})
;async function waitForRollout(request,deps){const{clock,logger}=deps;const seen=new Set(request.knownEventIds);const events=[];let placementFailures=0
;let delay=POLL.firstMs;let failures=0;let lastProgress="";let service;const judge=request.judge??rollingJudge(request);for(;;){
if(deps.signal?.aborted)return cancelled(service,events);try{service=await deps.ecs.describeService(request.cluster,request.service,deps.signal);failures=0
;if(!service)return{result:{state:"failed",reason:`service ${request.service} is gone from cluster ${request.cluster}`,ecsRollingBack:false},events}
}catch(error){if(deps.signal?.aborted)return cancelled(service,events);failures+=1;logger.warning(`${(0,
errors.gJ)(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`);if(failures>=MAX_POLL_FAILURES)throw error}if(service){
const fresh=(service.events??[]).filter(e=>e.id&&!seen.has(e.id)).reverse();for(const event of fresh){seen.add(event.id);events.push(event)
;if(/unable to place a task/.test(event.message??""))placementFailures+=1;const[first="",...more]=(0,untrusted.Mp)(event.message??"")
;logger.info([`event ${event.createdAt?.toISOString()??""} ${first}`,...more.map(line=>`      ${line}`)].join("\n"))}let judged;try{
judged=await judge(service,placementFailures,deps.signal)}catch(error){if(deps.signal?.aborted)return cancelled(service,events);failures+=1
;logger.warning(`${(0,errors.gJ)(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`);if(failures>=MAX_POLL_FAILURES)throw error}if(judged){
if(judged.progress!==lastProgress){logger.info(judged.progress);lastProgress=judged.progress}if(judged.assessment.state!=="waiting")return{
result:judged.assessment,service,events}}}const left=request.deadline-clock.now();if(left<=0){
const where=request.judge?lastProgress:progressLine(service?.deployments?.find(d=>d.id===request.target.deploymentId));return{result:{state:"timed-out",
reason:`the rollout did not finish before the timeout (${where})`},service,events}}await clock.sleep(Math.min(delay,left),deps.signal)
;delay=Math.min(POLL.maxMs,delay*POLL.factor)}}async function requestRollback(inputs,previousArn,deadline,deps){const cancelled=deps.signal?.aborted===true
;deps.logger.info(`rollback-on-failure: updating ${inputs.service} back to ${previousArn}`+(cancelled?" first, as the workflow was cancelled; the diagnosis follows with the time left":""))
;try{const updated=await(0,src_deadline.iP)(deadline,signal=>deps.ecs.updateService({cluster:inputs.cluster,service:inputs.service,taskDefinition:previousArn
},signal));const deployment=updated.deployments?.find(d=>d.status==="PRIMARY"&&d.taskDefinition===previousArn);if(!deployment?.id)return{
text:`requested rollback to ${previousArn}, but UpdateService started no deployment of it`}
;const text=cancelled?`requested rollback to ${previousArn} (deployment ${deployment.id}) on the cancel; ECS rolls it out, the step did not wait for it`:`requested rollback to ${previousArn} (deployment ${deployment.id})`
;return{text,deploymentId:deployment.id}}catch(error){return{text:`rollback to ${previousArn} failed: ${(0,errors.gJ)(error)}`}}}
async function awaitRollback(inputs,previousArn,deploymentId,deadline,knownEventIds,deps){try{const outcome=await waitForRollout({cluster:inputs.cluster,
service:inputs.service,target:{deploymentId,taskDefinitionArn:previousArn},waitUntil:"deployed",deadline,failFast:inputs.failFast,knownEventIds},deps)
;return outcome.result.state==="deployed"?`rolled back to ${previousArn} (deployment ${deploymentId} completed)`:`rollback to ${previousArn} did not complete: ${"reason"in outcome.result?outcome.result.reason:outcome.result.state}`
}catch(error){return`rollback to ${previousArn} (deployment ${deploymentId}) could not be followed: ${(0,errors.gJ)(error)}`}}function failureResult(outcome){
const r=outcome.result;if(r.state==="rolled-back"||r.state==="failed"&&r.ecsRollingBack)return"rolled-back"
;if(r.state==="timed-out"||r.state==="cancelled")return r.state;return"failed"}function passThrough(inputs){const fields={}
;if(inputs.propagateTags)fields.propagateTags=inputs.propagateTags
;if(inputs.enableEcsManagedTags!==void 0)fields.enableECSManagedTags=inputs.enableEcsManagedTags
;if(inputs.volumeConfigurations)fields.volumeConfigurations=inputs.volumeConfigurations;return fields}async function pruneRevisions(inputs,family,keep,deps){
try{const stale=revisionsToDeregister(await deps.ecs.activeRevisions(family),inputs.keepRevisions,keep)
;for(const arn of stale)await deps.ecs.deregisterTaskDefinition(arn)
;if(stale.length)deps.logger.info(`keep-revisions: deregistered ${stale.length} older revision(s) of ${family}`)}catch(error){
deps.logger.warning(`keep-revisions: could not deregister older revisions of ${family}: ${(0,errors.gJ)(error)}`)}}async function follow(request,deps){try{
return await waitForRollout(request,deps)}catch(error){return{result:{state:"failed",reason:`could not follow deployment ${request.target.deploymentId}: ${(0,
errors.gJ)(error)}`,ecsRollingBack:false},events:[]}}}async function deployEcsService(inputs,report,context,deps){const{target,service}=context
;const blueGreen=report.kind==="ecs-blue-green";const previousArn=report.previousTaskDefinitionArn
;if(target.arn===service.taskDefinition&&!inputs.forceNewDeployment){if(inputs.desiredCount!==void 0&&inputs.desiredCount!==service.desiredCount){
await deps.ecs.updateService({cluster:inputs.cluster,service:inputs.service,desiredCount:inputs.desiredCount})
;deps.logger.info(`Task definition unchanged; desired count set to ${inputs.desiredCount}`)}
report.reason=`${target.arn} is already the service's task definition`;return}if(deps.signal?.aborted){report.result="cancelled"
;report.reason=`the workflow was cancelled before the service was updated; it still runs ${previousArn}`;return}
const knownEventIds=(service.events??[]).map(e=>e.id??"");const updateSent=new Date(deps.clock.now()-1e3);const updated=await(0,
src_deadline.iP)(context.cancelWindow,signal=>deps.ecs.updateService({cluster:inputs.cluster,service:inputs.service,taskDefinition:target.arn,
forceNewDeployment:inputs.forceNewDeployment||void 0,desiredCount:inputs.desiredCount,...passThrough(inputs)},signal)).catch(error=>{
if(!(error instanceof src_deadline.j3))throw error
;throw new DeployError(`UpdateService to ${target.arn} had no answer (${error.message}); whether ECS applied it is unknown`)})
;const ours=updated.deployments?.find(d=>d.status==="PRIMARY"&&d.taskDefinition===target.arn);let serviceDeploymentArn;if(blueGreen){
serviceDeploymentArn=await findServiceDeployment(inputs,updated,updateSent,deps);report.serviceDeploymentArn=serviceDeploymentArn}
const deploymentId=ours?.id??serviceDeploymentArn;if(!deploymentId)throw new DeployError(`UpdateService did not start a deployment of ${target.arn}`)
;report.deploymentId=deploymentId;report.rolloutState=ours?.rolloutState??""
;deps.logger.info(`Deployment ${deploymentId} started: ${previousArn} → ${target.arn}`+(serviceDeploymentArn?` (service deployment ${serviceDeploymentArn})`:""))
;if(inputs.waitUntil==="none"){report.result="started";return}const bakeMinutes=service.deploymentConfiguration?.bakeTimeInMinutes
;const deadline=context.started+(blueGreen?blueGreenBudgetMs(inputs.timeoutMs,bakeMinutes):inputs.timeoutMs);const states={};const outcome=await follow({
cluster:inputs.cluster,service:inputs.service,target:{deploymentId,taskDefinitionArn:target.arn},waitUntil:inputs.waitUntil,deadline,failFast:inputs.failFast,
knownEventIds,judge:serviceDeploymentArn?blueGreenJudge(serviceDeploymentArn,inputs.waitUntil,states,deps):void 0},deps)
;const last=outcome.service?.deployments?.find(d=>d.id===deploymentId)
;report.rolloutState=states.last?.status??last?.rolloutState??(outcome.result.state==="rolled-back"?"GONE":report.rolloutState)
;report.events=outcome.events.map(e=>e.message??"");if(outcome.result.state==="deployed"){report.result="deployed"
;if(inputs.keepRevisions)await pruneRevisions(inputs,String(target.definition.family),[target.arn,previousArn],deps);return}report.result=failureResult(outcome)
;report.reason="reason"in outcome.result?outcome.result.reason:outcome.result.state
;deps.logger.info(`Deployment ${deploymentId} ${report.result}: ${report.reason}`);if(serviceDeploymentArn){await settleBlueGreen(inputs,report,{...context,
outcome,serviceDeploymentArn,state:states.last},deps);return}await settleFailure(inputs,report,{...context,deadline,outcome,knownEventIds},deps)}
async function settleFailure(inputs,report,context,deps){const{target,outcome,cancelWindow}=context;const previousArn=report.previousTaskDefinitionArn
;let rollback;if(inputs.rollbackOnFailure&&report.result!=="rolled-back"&&previousArn!==target.arn){
rollback=await requestRollback(inputs,previousArn,cancelWindow,deps);report.rollback=rollback.text;deps.logger.info(`rollback-on-failure: ${report.rollback}`)}
await explain(inputs,report,context,deps);if(rollback?.deploymentId&&!deps.signal?.aborted){
const seen=[...context.knownEventIds,...outcome.events.map(e=>e.id??"")]
;report.rollback=await awaitRollback(inputs,previousArn,rollback.deploymentId,Math.max(context.deadline,deps.clock.now()+10*6e4),seen,deps)
;if(report.rollback.startsWith("rolled back"))report.result="rolled-back";deps.logger.info(`rollback-on-failure: ${report.rollback}`)}}
function appSpecView(service){const primary=service.taskSets?.find(t=>t.status==="PRIMARY")??service.taskSets?.[0]
;const vpc=service.networkConfiguration?.awsvpcConfiguration??primary?.networkConfiguration?.awsvpcConfiguration
;const strategy=service.capacityProviderStrategy?.length?service.capacityProviderStrategy:primary?.capacityProviderStrategy??[];return{
serviceName:service.serviceName??"",loadBalancers:(service.loadBalancers?.length?service.loadBalancers:primary?.loadBalancers??[]).map(l=>({
containerName:l.containerName,containerPort:l.containerPort})),platformVersion:service.platformVersion??primary?.platformVersion,awsvpc:vpc&&{
subnets:vpc.subnets??[],securityGroups:vpc.securityGroups??[],assignPublicIp:vpc.assignPublicIp},capacityProviderStrategy:strategy.map(s=>({
capacityProvider:s.capacityProvider??"",weight:s.weight,base:s.base}))}}function appSpecFor(inputs,service,taskDefinitionArn,definition){
const file=inputs.codeDeploy.appspec
;return file?patchAppSpec(file.content,taskDefinitionArn,containerPorts(definition)):buildAppSpec(taskDefinitionArn,appSpecView(service))}
function codeDeployJudge(id,states,deps){const api=need(deps.codedeploy,"CodeDeploy");return async(_service,_placementFailures,signal)=>{
const state=await api.deployment(id,signal);states.last=state;return{assessment:assessCodeDeploy(state),progress:lifecycleLine(state)}}}
const FINAL=["Succeeded","Failed","Stopped"];async function awaitStopped(id,until,deps){const api=need(deps.codedeploy,"CodeDeploy");try{for(;;){
const state=await api.deployment(id,deps.signal);if(FINAL.includes(state.status)){const rolledBack=state.status!=="Succeeded";return{
text:`CodeDeploy deployment ${id} ended ${state.status}${rolledBack?"; the traffic is back on the original task set":""}`,rolledBack}}
if(deps.signal?.aborted||deps.clock.now()>=until)return{
text:`requested a stop with rollback of ${id}; it was still ${state.status} when the step stopped waiting`,rolledBack:false}
;await deps.clock.sleep(2e3,deps.signal)}}catch(error){return{text:`the stop of ${id} could not be followed: ${(0,errors.gJ)(error)}`,rolledBack:false}}}
async function deployWithCodeDeploy(inputs,report,context,deps){const{target,service,cancelWindow}=context;const api=need(deps.codedeploy,"CodeDeploy")
;if(target.arn===service.taskDefinition&&!inputs.forceNewDeployment){report.reason=`${target.arn} is already the service's task definition`;return}
if(deps.signal?.aborted){report.result="cancelled"
;report.reason=`the workflow was cancelled before the CodeDeploy deployment was created; the service still runs ${report.previousTaskDefinitionArn}`;return}
const defaults=defaultCodeDeployNames(inputs.cluster,inputs.service);const application=inputs.codeDeploy.application??defaults.application
;const group=inputs.codeDeploy.deploymentGroup??defaults.deploymentGroup;const groupView=await(0,
src_deadline.iP)(cancelWindow,signal=>api.deploymentGroup(application,group,signal))
;const appspec=appSpecContent(appSpecFor(inputs,service,target.arn,target.definition));const knownEventIds=(service.events??[]).map(e=>e.id??"")
;const description=`ecs-deploy: ${inputs.service} to ${target.arn}`;const id=await(0,src_deadline.iP)(cancelWindow,signal=>api.createDeployment({application,
group,appspec,description},signal)).catch(error=>{throw new DeployError((0,errors.gJ)(error))});report.deploymentId=id;report.codeDeployDeploymentId=id
;deps.logger.info(`CodeDeploy deployment ${id} started in ${application}/${group}: ${report.previousTaskDefinitionArn} → ${target.arn}`)
;if(inputs.waitUntil==="none"){report.result="started";return}const deadline=context.started+codeDeployBudgetMs(inputs.timeoutMs,groupView);const states={}
;const outcome=await follow({cluster:inputs.cluster,service:inputs.service,target:{deploymentId:id,taskDefinitionArn:target.arn},waitUntil:inputs.waitUntil,
deadline,failFast:false,knownEventIds,judge:codeDeployJudge(id,states,deps)},deps);report.rolloutState=states.last?.status??""
;report.events=outcome.events.map(e=>e.message??"");if(outcome.result.state==="deployed"){report.result="deployed"
;if(inputs.keepRevisions)await pruneRevisions(inputs,String(target.definition.family),[target.arn,report.previousTaskDefinitionArn],deps);return}
report.result=failureResult(outcome);report.reason="reason"in outcome.result?outcome.result.reason:outcome.result.state
;report.controllerNotes=states.last?codeDeployFailure(states.last):[];deps.logger.info(`CodeDeploy deployment ${id} ${report.result}: ${report.reason}`)
;const running=!states.last||!FINAL.includes(states.last.status)
;const stop=running&&(deps.signal?.aborted||inputs.rollbackOnFailure&&report.result==="timed-out");if(stop){try{const answer=await(0,
src_deadline.iP)(cancelWindow,signal=>api.stopWithRollback(id,signal))
;report.rollback=`requested StopDeployment with rollback of ${id} (${answer})${deps.signal?.aborted?" on the cancel; the step did not wait for it":""}`
}catch(error){report.rollback=`StopDeployment of ${id} failed: ${(0,errors.gJ)(error)}`}deps.logger.info(`CodeDeploy: ${report.rollback}`)}
await explain(inputs,report,{...context,outcome},deps);for(const line of report.controllerNotes)deps.logger.info(`CodeDeploy: ${line}`)
;if(stop&&!deps.signal?.aborted&&!report.rollback?.startsWith("StopDeployment of")){const ended=await awaitStopped(id,deps.clock.now()+10*6e4,deps)
;report.rollback=ended.text;if(ended.rolledBack)report.result="rolled-back";deps.logger.info(`CodeDeploy: ${report.rollback}`)}}
var input_rules=__nccwpck_require__(6443)
;const REGISTER_FIELDS=new Set(["family","taskRoleArn","executionRoleArn","networkMode","containerDefinitions","volumes","placementConstraints","requiresCompatibilities","cpu","memory","tags","pidMode","ipcMode","proxyConfiguration","inferenceAccelerators","ephemeralStorage","runtimePlatform","enableFaultInjection"])
;const CONTAINER_INTEGERS=["cpu","memory","memoryReservation","startTimeout","stopTimeout"];class RenderError extends Error{path;constructor(path,detail){
super(`${path}: ${detail}`);this.path=path;this.name="RenderError"}}function containers(definition){const list=definition.containerDefinitions
;return Array.isArray(list)?list.filter(isJsonObject):[]}function findContainer(definition,name){const match=containers(definition).find(c=>c.name===name)
;if(!match){const names=containers(definition).map(c=>String(c.name)).join(", ")||"none"
;throw new RenderError("containerDefinitions",`no container named '${name}' (containers: ${names})`)}return match}function applyChanges(base,changes){
const definition=structuredClone(base);for(const[name,image]of changes.images)findContainer(definition,name).image=image
;if(changes.environment&&changes.environment.variables.length>0){const container=findContainer(definition,changes.environment.container)
;const env=(Array.isArray(container.environment)?container.environment.filter(isJsonObject):[]).map(e=>({...e}))
;for(const[name,value]of changes.environment.variables){const existing=env.find(e=>e.name===name);if(existing)existing.value=value;else env.push({name,value})}
container.environment=env}if(changes.tags.length>0){const tags=(Array.isArray(definition.tags)?definition.tags.filter(isJsonObject):[]).map(t=>({...t}))
;for(const[key,value]of changes.tags){const existing=tags.find(t=>t.key===key);if(existing)existing.value=value;else tags.push({key,value})}definition.tags=tags
}return definition}function check(condition,path,detail){if(!condition)throw new RenderError(path,detail)}function validateDefinition(definition){
for(const key of Object.keys(definition))check(REGISTER_FIELDS.has(key),key,`is not a task definition field (expected one of ${[...REGISTER_FIELDS].join(", ")})`)
;check(typeof definition.family==="string"&&/^[A-Za-z0-9_-]{1,255}$/.test(definition.family),"family","must be 1-255 letters, numbers, hyphens or underscores")
;for(const key of["cpu","memory"]){const value=definition[key]
;if(typeof value==="number")definition[key]=String(value);else check(value===void 0||typeof value==="string",key,'must be a string such as "512" or "1 vCPU"')}
const list=definition.containerDefinitions;check(Array.isArray(list)&&list.length>0,"containerDefinitions","must be a non-empty array of containers")
;const seen=new Set;list.forEach((container,i)=>{const at=`containerDefinitions[${i}]`;check(isJsonObject(container),at,"must be an object");const c=container
;check(typeof c.name==="string"&&/^[A-Za-z0-9_-]{1,255}$/.test(c.name),`${at}.name`,"must be 1-255 letters, numbers, hyphens or underscores")
;check(!seen.has(c.name),`${at}.name`,`duplicates another container's name '${c.name}'`);seen.add(c.name)
;check(typeof c.image==="string"&&c.image.trim()!=="",`${at}.image`,"must be an image reference");for(const key of CONTAINER_INTEGERS){const value=c[key]
;if(typeof value==="string"&&/^\d+$/.test(value))c[key]=Number(value);else check(value===void 0||typeof value==="number"&&Number.isInteger(value),`${at}.${key}`,"must be a whole number")
}const ports=c.portMappings;if(ports!==void 0){check(Array.isArray(ports),`${at}.portMappings`,"must be an array");ports.forEach((port,j)=>{const p=port
;for(const key of["containerPort","hostPort"]){if(typeof p[key]==="string"&&/^\d+$/.test(p[key]))p[key]=Number(p[key]);const value=p[key]
;check(value===void 0||typeof value==="number"&&Number.isInteger(value)&&value>=0&&value<=65535,`${at}.portMappings[${j}].${key}`,"must be a port number from 0 to 65535")
}})}if(Array.isArray(c.environment))c.environment.forEach((entry,j)=>{
check(isJsonObject(entry)&&typeof entry.name==="string"&&entry.name!=="",`${at}.environment[${j}].name`,"must be a variable name");const value=entry.value
;if(typeof value==="number"||typeof value==="boolean")entry.value=String(value)})});const compat=definition.requiresCompatibilities
;if(Array.isArray(compat)&&compat.includes("FARGATE")){
check(typeof definition.cpu==="string"&&typeof definition.memory==="string","cpu",'Fargate requires task-level cpu and memory (e.g. "cpu": "256", "memory": "512")')
;check(definition.networkMode==="awsvpc","networkMode",`Fargate requires "awsvpc", got ${JSON.stringify(definition.networkMode??null)}`)}return definition}
function containerImages(definition){return containers(definition).map(c=>[String(c.name),String(c.image)])}function familyOf(taskDefinition){
return taskDefinition.split("/").pop().replace(/:\d+$/,"")}function planTargetMoves(targets,family,taskDefinitionArn){const plan={move:[],keep:[]}
;for(const target of targets)if(!target.taskDefinitionArn)plan.keep.push(`${target.id} (not an ECS task)`);else if(target.taskDefinitionArn===taskDefinitionArn)plan.keep.push(`${target.id} (already on the new revision)`);else if(familyOf(target.taskDefinitionArn)!==family)plan.keep.push(`${target.id} (runs family ${familyOf(target.taskDefinitionArn)})`);else plan.move.push(target.id)
;return plan}async function moveScheduledTasks(refs,taskDefinitionArn,api,logger){const family=familyOf(taskDefinitionArn);const report={moved:[],lines:[],
problems:[]};for(const ref of refs){const label=(0,input_rules.fp)(ref);try{
const targets=ref.kind==="rule"?await api.ruleTargets(ref.name):[await api.scheduleTarget(ref.group,ref.name)]
;const plan=planTargetMoves(targets,family,taskDefinitionArn);const ofFamily=targets.filter(t=>t.taskDefinitionArn&&familyOf(t.taskDefinitionArn)===family)
;if(ofFamily.length===0){report.problems.push(`${label}: no ECS target runs family ${family} (${plan.keep.join(", ")||"no targets"})`);continue}
if(plan.move.length){
if(ref.kind==="rule")await api.moveRuleTargets(ref.name,plan.move,taskDefinitionArn);else await api.moveSchedule(ref.group,ref.name,taskDefinitionArn)
;report.moved.push(...ref.kind==="rule"?plan.move.map(id=>`${label}/${id}`):[label])}
const line=`${label}: ${plan.move.length?`moved ${ref.kind==="rule"?plan.move.join(", "):"its target"} to ${taskDefinitionArn}`:"nothing to move"}`+(plan.keep.length?`; left alone: ${plan.keep.join(", ")}`:"")
;report.lines.push(line);logger.info(`scheduled-tasks: ${line}`)}catch(error){report.problems.push(`${label}: ${(0,errors.gJ)(error)}`)}}
for(const problem of report.problems)logger.info(`scheduled-tasks: ${problem}`);return report}var services=__nccwpck_require__(2193)
;var aws=__nccwpck_require__(1442);function backoffDelay(retry,policy,random=Math.random){
const step=Math.min(policy.maxMs,policy.initialMs*policy.factor**Math.max(0,retry-1));const half=step/2;return Math.round(half+random()*half)}
async function retry(attempt,options){for(let n=1;;n++)try{return await attempt(n)}catch(error){const wait=backoffDelay(n,options.policy,options.random)
;const exhausted=options.attempts!==void 0&&n>=options.attempts;const late=options.deadline!==void 0&&options.clock.now()+wait>options.deadline
;if(!options.retryable(error)||exhausted||late||options.signal?.aborted)throw error;const done=await(options.beforeRetry?.(error,n,wait))
;if(done!==void 0)return done;await options.clock.sleep(wait,options.signal);if(options.signal?.aborted)throw error}}const RUN_TAG="platform-actions-run"
;const REGISTER_ATTEMPTS=4;function tagged(definition,runToken){
const tags=(Array.isArray(definition.tags)?definition.tags.filter(isJsonObject):[]).filter(t=>t.key!==RUN_TAG);return{...definition,tags:[...tags,{key:RUN_TAG,
value:runToken}]}}async function registerOnce(definition,runToken,deps,step){const family=String(definition.family);const request=tagged(definition,runToken)
;try{return await retry(()=>deps.ecs.registerTaskDefinition(request,deps.signal),{policy:{initialMs:1e3,maxMs:8e3,factor:2},clock:deps.clock,random:deps.random,
retryable:aws.ag,attempts:REGISTER_ATTEMPTS,signal:deps.signal,beforeRetry:async error=>{deps.logger.info(`RegisterTaskDefinition failed (${(0,
errors.gJ)(error)}); checking whether it registered before trying again`);const latest=await deps.ecs.describeTaskDefinition(family,deps.signal).catch(()=>{})
;const mine=latest?.tags.some(t=>t.key===RUN_TAG&&t.value===runToken)
;const same=latest&&definitionFingerprint(toRegisterable(latest.definition).definition)===definitionFingerprint(definition);if(!latest||!mine||!same)return
;deps.logger.info(`${latest.arn} carries this run's ${RUN_TAG} tag and the same content: it is this run's registration, not registering again`)
;return latest.arn}})}catch(error){throw(0,errors.p$)(step??`Could not register task definition for family ${family}`,error)}}
async function renderTarget(inputs,service,deps){const currentArn=service.taskDefinition
;const current=toRegisterable((await deps.ecs.describeTaskDefinition(currentArn)).definition).definition
;const source=inputs.taskDefinitionFile?`'${inputs.taskDefinitionFile.path}'`:`the service's task definition ${currentArn}`
;const input=inputs.taskDefinitionFile?"task-definition":"container-name";let base=current;if(inputs.taskDefinitionFile){
const{definition,removed}=toRegisterable(inputs.taskDefinitionFile.content)
;if(removed.length)deps.logger.info(`Ignoring fields only DescribeTaskDefinition returns: ${removed.join(", ")}`);base=definition}
const images=new Map(inputs.images);const names=(Array.isArray(base.containerDefinitions)?base.containerDefinitions:[]).map(c=>String(c.name))
;if(inputs.imageForOnlyContainer){
if(names.length!==1)throw new errors.j1("container-name",`required with image: ${source} has ${names.length} containers (${names.join(", ")})`)
;images.set(names[0],inputs.imageForOnlyContainer)}const named=[...images.keys(),...inputs.containerName&&inputs.environment.length>0?[inputs.containerName]:[]]
;const unknown=named.find(name=>!names.includes(name))
;if(unknown!==void 0)throw new errors.j1(unknown===inputs.containerName?"container-name":"images",`${source} has no container named '${unknown}' (containers: ${names.join(", ")||"none"})`)
;try{const changed=applyChanges(base,{images,environment:inputs.containerName?{container:inputs.containerName,variables:inputs.environment}:void 0,
tags:inputs.tags});return{definition:validateDefinition(changed),current}}catch(error){
if(error instanceof RenderError)throw new errors.j1(input,`${source}: ${error.message}`,{cause:error});throw error}}
async function resolveTarget(inputs,service,deps,check=()=>{}){if(inputs.taskDefinitionArn){
const named=await deps.ecs.describeTaskDefinition(inputs.taskDefinitionArn);check(named.definition);return{arn:named.arn,definition:named.definition,
registered:false,unchangedFromCurrent:named.arn===service.taskDefinition}}const{definition,current}=await renderTarget(inputs,service,deps);check(definition)
;if(definitionFingerprint(definition)===definitionFingerprint(current)){
deps.logger.info(`The rendered task definition equals the current revision ${service.taskDefinition}: not registering a new one`);return{
arn:service.taskDefinition,definition:current,registered:false,unchangedFromCurrent:true}}const arn=await registerOnce(definition,inputs.runToken,deps)
;deps.logger.info(`Registered ${arn}`);return{arn,definition,registered:true,unchangedFromCurrent:false}}
async function currentService(inputs,name,deps,cancelWindow){const service=await(0,
src_deadline.iP)(cancelWindow,signal=>deps.ecs.describeService(inputs.cluster,name,signal));const missing=(0,ecs_types.z)(service,name,inputs.cluster)
;if(missing||!service)throw new DeployError(missing)
;if(service.status!=="ACTIVE")throw new DeployError(`Service ${name} is ${service.status}; it must be ACTIVE to deploy`);const kind=rolloutKind(service)
;if(typeof kind!=="string")throw new DeployError(kind.refused);return{name,service,kind}}function checkBeforeRegister(inputs,targets){return definition=>{(0,
input_rules.zK)(inputs.volumeConfigurations,definition);for(const t of targets)if(t.kind==="codedeploy")appSpecFor({...inputs,service:t.name
},t.service,"arn:check",definition)}}async function run(inputs,deps){
const cancelWindow=new src_deadline.Nb(deps.signal).afterCancel(deps.cancelBudgetMs??src_deadline.Qb.budgetMs);try{
return await deployAll(inputs,cancelWindow.signal,deps)}finally{cancelWindow.dispose()}}async function deployAll(inputs,cancelWindow,deps){
const started=deps.clock.now();const targets=await Promise.all(inputs.services.map(name=>currentService(inputs,name,deps,cancelWindow)));const first=targets[0]
;const target=await resolveTarget({...inputs,service:first.name},first.service,deps,checkBeforeRegister(inputs,targets))
;const reports=await Promise.all(targets.map(async({name,service,kind})=>{const report={result:"unchanged",cluster:inputs.cluster,service:name,kind,
taskDefinitionArn:target.arn,previousTaskDefinitionArn:service.taskDefinition,deploymentId:"",rolloutState:"",images:containerImages(target.definition),
durationMs:0,events:[]};const context={target,service,started,cancelWindow};const forService={...inputs,service:name};try{
if(kind==="codedeploy")await deployWithCodeDeploy(forService,report,context,deps);else await deployEcsService(forService,report,context,deps)}catch(error){
report.result=deps.signal?.aborted?"cancelled":"failed";report.reason=(0,errors.gJ)(error)}return{...report,durationMs:deps.clock.now()-started}}))
;const combined=(0,services.B4)(reports,deps.clock.now()-started);if(inputs.scheduledTasks.length>0)if(["deployed","unchanged"].includes(combined.result)){
combined.scheduled=await moveScheduledTasks(inputs.scheduledTasks,target.arn,need(deps.scheduled,"scheduled-tasks"),deps.logger)
;if(combined.scheduled.problems.length){combined.result="failed"
;combined.reason=`the services are deployed, but scheduled-tasks failed: ${combined.scheduled.problems.join("; ")}`}}else{combined.scheduled={moved:[],lines:[],
problems:[]};deps.logger.info(`scheduled-tasks: not moved, as the services did not all succeed (${combined.result})`)}return combined}}),
2193:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{B4:()=>combineReports,
Lt:()=>SUCCESS_RESULTS,MT:()=>verdictLine,jk:()=>perService,pd:()=>revisionName})
;var _common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(4558);const SUCCESS_RESULTS=["deployed","unchanged","started"]
;const revisionName=arn=>arn.split("/").pop()??arn;function overallResult(results){const failures=results.filter(r=>!SUCCESS_RESULTS.includes(r))
;if(failures.length>0)return failures.every(r=>r===failures[0])?failures[0]:"failed";if(results.includes("deployed"))return"deployed"
;return results.includes("started")?"started":"unchanged"}function verdictLine(report){
const deployment=report.deploymentId?`, deployment ${report.deploymentId}`:""
;const reason=!SUCCESS_RESULTS.includes(report.result)&&report.reason?`: ${report.reason}`:""
;return`${report.service}: ${report.result} — ${revisionName(report.previousTaskDefinitionArn)} → ${revisionName(report.taskDefinitionArn)}${deployment}, ${(0,
_common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__.a)(report.durationMs)}${reason}`}function combineReports(reports,durationMs){if(reports.length===1)return{
...reports[0],services:reports};const first=reports[0];const result=overallResult(reports.map(r=>r.result))
;const failed=reports.filter(r=>!SUCCESS_RESULTS.includes(r.result));const previous=new Set(reports.map(r=>r.previousTaskDefinitionArn));return{result,
cluster:first.cluster,service:reports.map(r=>r.service).join(", "),taskDefinitionArn:first.taskDefinitionArn,
previousTaskDefinitionArn:previous.size===1?first.previousTaskDefinitionArn:"",deploymentId:"",rolloutState:"",images:first.images,durationMs,
reason:failed.length?`${failed.length} of ${reports.length} services did not deploy: ${failed.map(r=>`${r.service} ${r.result}`).join(", ")}`:void 0,events:[],
services:reports}}function perService(reports,value){return reports.map(r=>`${r.service}=${value(r)}`).join("\n")}}),181:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer")}),6698:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks")}),1421:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process")}),7598:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto")}),3024:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs")}),1455:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises")}),7067:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http")}),2467:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http2")}),4708:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https")}),7030:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net")}),8161:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os")}),6760:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path")}),1708:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:process")}),7075:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:stream")}),1692:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls")}),7975:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util")}),8522:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib")}),932:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("process")})};var __webpack_module_cache__={};function __nccwpck_require__(moduleId){
var cachedModule=__webpack_module_cache__[moduleId];if(cachedModule!==void 0)return cachedModule.exports;var module=__webpack_module_cache__[moduleId]={
exports:{}};var threw=true;try{__webpack_modules__[moduleId].call(module.exports,module,module.exports,__nccwpck_require__);threw=false}finally{
if(threw)delete __webpack_module_cache__[moduleId]}return module.exports}__nccwpck_require__.m=__webpack_modules__
;if(typeof __nccwpck_require__!=="undefined")__nccwpck_require__.ab=decodeURIComponent(new URL(".",import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/)?1:0,-1)+"/"
;(()=>{var webpackQueues=typeof Symbol==="function"?Symbol("webpack queues"):"__webpack_queues__"
;var webpackExports=typeof Symbol==="function"?Symbol("webpack exports"):"__webpack_exports__"
;var webpackError=typeof Symbol==="function"?Symbol("webpack error"):"__webpack_error__";var resolveQueue=queue=>{if(queue&&queue.d<1){queue.d=1
;queue.forEach(fn=>fn.r--);queue.forEach(fn=>fn.r--?fn.r++:fn())}};var wrapDeps=deps=>deps.map(dep=>{if(dep!==null&&typeof dep==="object"){
if(dep[webpackQueues])return dep;if(dep.then){var queue=[];queue.d=0;dep.then(r=>{obj[webpackExports]=r;resolveQueue(queue)},e=>{obj[webpackError]=e
;resolveQueue(queue)});var obj={};obj[webpackQueues]=fn=>fn(queue);return obj}}var ret={};ret[webpackQueues]=x=>{};ret[webpackExports]=dep;return ret})
;__nccwpck_require__.a=(module,body,hasAwait)=>{var queue;hasAwait&&((queue=[]).d=-1);var depQueues=new Set;var exports=module.exports;var currentDeps
;var outerResolve;var reject;var promise=new Promise((resolve,rej)=>{reject=rej;outerResolve=resolve});promise[webpackExports]=exports
;promise[webpackQueues]=fn=>(queue&&fn(queue),depQueues.forEach(fn),promise["catch"](x=>{}));module.exports=promise;body(deps=>{currentDeps=wrapDeps(deps)
;var fn;var getResult=()=>currentDeps.map(d=>{if(d[webpackError])throw d[webpackError];return d[webpackExports]});var promise=new Promise(resolve=>{
fn=()=>resolve(getResult);fn.r=0;var fnQueue=q=>q!==queue&&!depQueues.has(q)&&(depQueues.add(q),q&&!q.d&&(fn.r++,q.push(fn)))
;currentDeps.map(dep=>dep[webpackQueues](fnQueue))});return fn.r?promise:getResult()},err=>(err?reject(promise[webpackError]=err):outerResolve(exports),
resolveQueue(queue)));queue&&queue.d<0&&(queue.d=0)}})();(()=>{__nccwpck_require__.n=module=>{
var getter=module&&module.__esModule?()=>module["default"]:()=>module;__nccwpck_require__.d(getter,{a:getter});return getter}})();(()=>{
var getProto=Object.getPrototypeOf?obj=>Object.getPrototypeOf(obj):obj=>obj.__proto__;var leafPrototypes;__nccwpck_require__.t=function(value,mode){
if(mode&1)value=this(value);if(mode&8)return value;if(typeof value==="object"&&value){if(mode&4&&value.__esModule)return value
;if(mode&16&&typeof value.then==="function")return value}var ns=Object.create(null);__nccwpck_require__.r(ns);var def={}
;leafPrototypes=leafPrototypes||[null,getProto({}),getProto([]),getProto(getProto)]
;for(var current=mode&2&&value;typeof current=="object"&&!~leafPrototypes.indexOf(current);current=getProto(current))Object.getOwnPropertyNames(current).forEach(key=>def[key]=()=>value[key])
;def["default"]=()=>value;__nccwpck_require__.d(ns,def);return ns}})();(()=>{__nccwpck_require__.d=(exports,definition)=>{
for(var key in definition)if(__nccwpck_require__.o(definition,key)&&!__nccwpck_require__.o(exports,key))Object.defineProperty(exports,key,{enumerable:true,
get:definition[key]})}})();(()=>{__nccwpck_require__.f={};__nccwpck_require__.e=chunkId=>Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises,key)=>{
__nccwpck_require__.f[key](chunkId,promises);return promises},[]))})();(()=>{__nccwpck_require__.u=chunkId=>chunkId+".index.js"})();(()=>{
__nccwpck_require__.o=(obj,prop)=>Object.prototype.hasOwnProperty.call(obj,prop)})();(()=>{__nccwpck_require__.r=exports=>{
if(typeof Symbol!=="undefined"&&Symbol.toStringTag)Object.defineProperty(exports,Symbol.toStringTag,{value:"Module"})
;Object.defineProperty(exports,"__esModule",{value:true})}})();(()=>{var installedChunks={792:0};var installChunk=data=>{var{ids,modules,runtime}=data
;var moduleId,chunkId,i=0;for(moduleId in modules)if(__nccwpck_require__.o(modules,moduleId))__nccwpck_require__.m[moduleId]=modules[moduleId]
;if(runtime)runtime(__nccwpck_require__);for(;i<ids.length;i++){chunkId=ids[i]
;if(__nccwpck_require__.o(installedChunks,chunkId)&&installedChunks[chunkId])installedChunks[chunkId][0]();installedChunks[ids[i]]=0}}
;__nccwpck_require__.f.j=(chunkId,promises)=>{var installedChunkData=__nccwpck_require__.o(installedChunks,chunkId)?installedChunks[chunkId]:void 0
;if(installedChunkData!==0)if(installedChunkData)promises.push(installedChunkData[1]);else if(true){
var promise=import("./"+__nccwpck_require__.u(chunkId)).then(installChunk,e=>{if(installedChunks[chunkId]!==0)installedChunks[chunkId]=void 0;throw e})
;promise=Promise.race([promise,new Promise(resolve=>installedChunkData=installedChunks[chunkId]=[resolve])]);promises.push(installedChunkData[1]=promise)}}})()
;var __webpack_exports__=__nccwpck_require__(1044);__webpack_exports__=await __webpack_exports__;