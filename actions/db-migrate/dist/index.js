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
4558:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{E:()=>parseDuration,a:()=>formatDuration})
;const UNIT_MS={ms:1,s:1e3,m:6e4,h:36e5};function parseDuration(text){const value=text.trim().toLowerCase()
;if(/^\d+(\.\d+)?$/.test(value))return Math.round(Number(value)*1e3);if(!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value))return;let total=0
;for(const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))total+=Number(part[1])*UNIT_MS[part[2]];return Math.round(total)}function formatDuration(ms){
if(ms<1e3)return`${Math.round(ms)}ms`;if(ms<6e4)return`${Number((ms/1e3).toFixed(1))}s`;const totalSeconds=Math.round(ms/1e3)
;const h=Math.floor(totalSeconds/3600);const m=Math.floor(totalSeconds%3600/60);const s=totalSeconds%60
;return`${h?`${h}h`:""}${m?`${m}m`:""}${s?`${s}s`:""}`||"0s"}}),8860:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{gJ:()=>errorMessage,j1:()=>ConfigurationError,p$:()=>withStep});class ConfigurationError extends Error{input
;constructor(input,expected,options){super(`Input '${input}': ${expected}`,options);this.name="ConfigurationError";this.input=input}}
function withStep(step,error){const detail=error instanceof Error?`${error.name==="Error"?"":`${error.name}: `}${error.message}`:String(error)
;return new Error(`${step}: ${detail}`,{cause:error})}function errorMessage(error){return error instanceof Error?error.message:String(error)}}),
7752:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{o:()=>createLogsApi})
;const sdk=()=>Promise.all([Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(303)]).then(__nccwpck_require__.t.bind(__nccwpck_require__,303,19)),__nccwpck_require__.e(381).then(__nccwpck_require__.bind(__nccwpck_require__,2381))])
;function createLogsApi(action){const clients=new Map;const clientFor=async region=>{
const[{CloudWatchLogsClient,GetLogEventsCommand},{awsClientConfig}]=await sdk();let client=clients.get(region)
;if(!client)clients.set(region,client=new CloudWatchLogsClient(awsClientConfig(region,action)));return{client,GetLogEventsCommand}};return{forRegion:region=>({
async page(group,stream,token,signal){const input={logGroupName:group,logStreamName:stream,startFromHead:true,nextToken:token}
;const{client,GetLogEventsCommand}=await clientFor(region);const out=await client.send(new GetLogEventsCommand(input),{abortSignal:signal});return{
events:out.events??[],nextForwardToken:out.nextForwardToken}},async tail(group,stream,limit,signal){const input={logGroupName:group,logStreamName:stream,
startFromHead:false,limit};const{client,GetLogEventsCommand}=await clientFor(region);const out=await client.send(new GetLogEventsCommand(input),{
abortSignal:signal});return(out.events??[]).map(e=>e.message??"")}})}}}),1564:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
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
1581:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{GP:()=>getInputs})
;var core=__nccwpck_require__(8012);var external_node_crypto_=__nccwpck_require__(7598);var aws=__nccwpck_require__(1442);var errors=__nccwpck_require__(8860)
;const NEEDS_ESCAPES=/[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/;const NOT_ESCAPED_BY_JSON=/[\u007f-\u009f\u2028\u2029]/g;function quotedInFull(value){
if(!NEEDS_ESCAPES.test(value))return`'${value}'`
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
;throw new errors.j1(input,`expected ${KIND_TEXT[kind]}, got ${quoted(value)}`)}const DOMAIN_COMPONENT="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
;const DOMAIN=`(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;const PATH_COMPONENT="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
;const TAG="[\\w][\\w.-]{0,127}";const DIGEST="[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"
;const REFERENCE=new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);function parseImageReference(value){
if(value.length>512)return;const match=REFERENCE.exec(value);if(!match)return;const[,,,tag,digest]=match;let[,registry,repository]=match
;if(registry&&!/[.:[]/.test(registry)&&registry!=="localhost"){if(!new RegExp(`^${PATH_COMPONENT}$`).test(registry))return
;repository=`${registry}/${repository}`;registry=void 0}if(repository.length>255)return
;if(digest?.startsWith("sha256:")&&!/^sha256:[0-9a-f]{64}$/.test(digest))return;return{registry,repository,tag,digest}}
function checkImageReference(input,value){if(parseImageReference(value))return value
;throw new errors.j1(input,`expected an image reference such as 123456789012.dkr.ecr.us-east-1.amazonaws.com/api:1.2.3 or …/api@sha256:<64 hex digits> (lower-case repository), got ${quoted(value)}`)
}var durations=__nccwpck_require__(4558);function parseBooleanInput(name,raw,fallback){const value=raw.trim().toLowerCase();if(value==="")return fallback
;if(["true","yes","on","1"].includes(value))return true;if(["false","no","off","0"].includes(value))return false
;throw new errors.j1(name,`expected true or false, got ${quoted(raw.trim())}`)}const MAX_TIMER_MS=2147483647;function parseDurationInput(name,raw,fallback){
const text=raw.trim()===""?fallback:raw.trim();const ms=(0,durations.E)(text)
;if(ms===void 0||ms<=0)throw new errors.j1(name,`expected a duration such as 90s, 5m or 1h30m, got ${quoted(text)}`)
;if(ms>MAX_TIMER_MS)throw new errors.j1(name,`expected a duration of at most 596h (about 24.8 days), got ${quoted(text)}`);return ms}
function parseIntegerInput(name,raw,fallback,min,max=Number.MAX_SAFE_INTEGER){const text=raw.trim();if(text==="")return fallback
;if(!/^\d+$/.test(text)||Number(text)<min||Number(text)>max){const range=max===Number.MAX_SAFE_INTEGER?`${min} or more`:`from ${min} to ${max}`
;throw new errors.j1(name,`expected a whole number ${range}, got ${quoted(text)}`)}return Number(text)}function parseLines(raw){
return raw.split(/\r?\n/).map(line=>line.trim()).filter(line=>line!==""&&!line.startsWith("#"))}function parseKeyValueLines(name,raw,separator,form){
return parseLines(raw).map((line,index)=>{const at=line.indexOf(separator);const key=at>0?line.slice(0,at).trim():""
;if(!key)throw new errors.j1(name,`line ${index+1} is not of the form ${form}`);return[key,line.slice(at+separator.length).trim()]})}const fromRunner={
read:name=>core.getInput(name),env:process.env};const LAUNCH_TYPES=["FARGATE","EC2","EXTERNAL","MANAGED_INSTANCES"];function parseCommand(raw){
const text=raw.trim();if(!text)return;if(!text.startsWith("["))return{form:"shell",argv:["sh","-c",text],text};let parsed;try{parsed=JSON.parse(text)
}catch(error){
throw new errors.j1("command",`starts with '[' but is not a JSON array of strings (${error.message}); write a shell command without a leading '[' or valid JSON such as ["php","artisan","migrate","--force"]`,{
cause:error})}
if(!Array.isArray(parsed)||parsed.length===0||!parsed.every(part=>typeof part==="string"))throw new errors.j1("command",'a JSON command must be a non-empty array of strings such as ["php","artisan","migrate","--force"]')
;return{form:"exec",argv:parsed,text}}function parseIds(name,raw,prefix){const ids=raw.split(/[\s,]+/).map(id=>id.trim()).filter(Boolean)
;if(ids.length===0)return
;for(const id of ids)if(!new RegExp(`^${prefix}-[0-9a-zA-Z]+$`).test(id))throw new errors.j1(name,`${quoted(id)} is not an id of the form ${prefix}-0abc123…`)
;if(name==="subnets"&&ids.length>16)throw new errors.j1(name,`at most 16 subnets, got ${ids.length}`)
;if(name==="security-groups"&&ids.length>5)throw new errors.j1(name,`at most 5 security groups, got ${ids.length}`);return ids}
function parseAssignPublicIp(raw){const value=raw.trim().toUpperCase();if(value==="")return;if(["ENABLED","TRUE"].includes(value))return"ENABLED"
;if(["DISABLED","FALSE"].includes(value))return"DISABLED";throw new errors.j1("assign-public-ip",`expected ENABLED or DISABLED, got ${quoted(raw.trim())}`)}
function parseCapacityProviderStrategy(raw){const items=raw.split(/[\n,]+/).map(item=>item.trim()).filter(Boolean);if(items.length===0)return
;const form="provider[:weight[:base]] items such as FARGATE_SPOT:3, FARGATE:1:1";const strategy=items.map(item=>{
const[provider="",weight="1",base="0",...rest]=item.split(":").map(part=>part.trim())
;if(!/^[\w.-]{1,255}$/.test(provider)||rest.length>0||!/^\d+$/.test(weight)||!/^\d+$/.test(base)||Number(weight)>1e3||Number(base)>1e5)throw new errors.j1("capacity-provider-strategy",`${quoted(item)} is not valid: expected ${form}`)
;return{capacityProvider:provider,weight:Number(weight),base:Number(base)}})
;if(strategy.filter(s=>s.base>0).length>1)throw new errors.j1("capacity-provider-strategy","only one provider may have a base");return strategy}
function clientTokenFor(env,stepIdentity){const run=[env.GITHUB_REPOSITORY,env.GITHUB_RUN_ID,env.GITHUB_RUN_ATTEMPT,env.GITHUB_JOB,env.GITHUB_ACTION]
;const unique=env.GITHUB_RUN_ID?"":(0,external_node_crypto_.randomUUID)();return(0,
external_node_crypto_.createHash)("sha256").update(JSON.stringify([...run,stepIdentity,unique])).digest("hex")}function parseImage(raw){const image=raw.trim()
;return image?checkImageReference("image",image):void 0}function required(read,name,what){const value=read(name).trim()
;if(!value)throw new errors.j1(name,`required: ${what}`);return value}function optional(read,name,kind){const value=read(name).trim()
;return value?checkEcsName(name,kind,value):void 0}function getInputs(sources=fromRunner){const{read,env}=sources
;const cluster=checkEcsName("cluster","cluster",required(read,"cluster","the ECS cluster name or ARN"));const region=(0,aws.Zv)(read("aws-region"),env)
;const mode=read("mode").trim()||"run-task";if(!["run-task","exec"].includes(mode))throw new errors.j1("mode",`expected run-task or exec, got ${quoted(mode)}`)
;const service=optional(read,"service","service");const taskDefinition=read("task-definition").trim()||void 0
;if(taskDefinition&&!/^(arn:aws[\w-]*:ecs:[\w-]+:\d{12}:task-definition\/)?[A-Za-z0-9_-]{1,255}(:\d+)?$/.test(taskDefinition))throw new errors.j1("task-definition",`${quoted(taskDefinition)} is not a family, family:revision or task definition ARN`)
;const command=parseCommand(read("command"));const environment=parseKeyValueLines("environment-variables",read("environment-variables"),"=","KEY=VALUE")
;for(const[key]of environment)if(!/^[A-Za-z_][A-Za-z0-9_]*$/.test(key))throw new errors.j1("environment-variables",`${quoted(key)} is not a variable name (letters, digits and _, not starting with a digit)`)
;const exitCodeFrom=read("exit-code-from").trim()||"container"
;if(!["container","all-essential"].includes(exitCodeFrom))throw new errors.j1("exit-code-from",`expected container or all-essential, got ${quoted(exitCodeFrom)}`)
;const launchRaw=read("launch-type").trim().toUpperCase()
;if(launchRaw&&!LAUNCH_TYPES.includes(launchRaw))throw new errors.j1("launch-type",`expected one of ${LAUNCH_TYPES.join(", ")}, got ${quoted(read("launch-type").trim())}`)
;const capacityProviderStrategy=parseCapacityProviderStrategy(read("capacity-provider-strategy"))
;if(launchRaw&&capacityProviderStrategy)throw new errors.j1("capacity-provider-strategy","give either launch-type or capacity-provider-strategy, not both")
;const platformVersion=read("platform-version").trim()||void 0
;if(platformVersion&&!/^(LATEST|\d+\.\d+\.\d+)$/.test(platformVersion))throw new errors.j1("platform-version",`expected LATEST or a version such as 1.4.0, got ${quoted(platformVersion)}`)
;const timeoutMs=parseDurationInput("timeout",read("timeout"),"30m")
;const startTimeoutMs=Math.min(timeoutMs,parseDurationInput("start-timeout",read("start-timeout"),"10m"));const inputs={cluster,service,taskDefinition,
containerName:optional(read,"container-name","container"),image:parseImage(read("image")),command,environment,mode,region,timeoutMs,startTimeoutMs,
subnets:parseIds("subnets",read("subnets"),"subnet"),securityGroups:parseIds("security-groups",read("security-groups"),"sg"),
assignPublicIp:parseAssignPublicIp(read("assign-public-ip")),launchType:launchRaw||void 0,capacityProviderStrategy,platformVersion,exitCodeFrom,
lock:parseBooleanInput("lock",read("lock"),true),maxLogLines:parseIntegerInput("max-log-lines",read("max-log-lines"),1e4,0,1e6),clientToken:""}
;if(mode==="exec"){if(!service)throw new errors.j1("service","required with mode exec: the service whose running task to exec into")
;if(!command)throw new errors.j1("command","required with mode exec: ECS Exec has no default command")
;if(inputs.image)throw new errors.j1("image","applies to mode run-task only: exec runs in a task that is already running, whose image cannot change; remove image, or use mode run-task to migrate with the new image")
;const taskOnly=["task-definition","environment-variables","subnets","security-groups","assign-public-ip","launch-type","capacity-provider-strategy","platform-version"].filter(name=>read(name).trim()!=="")
;if(taskOnly.length>0)throw new errors.j1(taskOnly[0],`applies to mode run-task only (exec runs in a task that is already running); remove ${taskOnly.join(", ")}`)
}else if(!service&&!taskDefinition)throw new errors.j1("task-definition","required without service: the task definition (family, family:revision or ARN) to run")
;const stepIdentity=JSON.stringify([cluster,service,taskDefinition,inputs.containerName,inputs.image,command?.text,environment]);return{...inputs,
clientToken:clientTokenFor(env,stepIdentity)}}}),2267:((module,__unused_webpack___webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.a(module,async(__webpack_handle_async_dependencies__,__webpack_async_result__)=>{try{
var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8012);var _common_src_cancel_js__WEBPACK_IMPORTED_MODULE_7__=__nccwpck_require__(929)
;var _common_src_logs_js__WEBPACK_IMPORTED_MODULE_8__=__nccwpck_require__(7752)
;var _common_src_test_clock_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(1564);var _inputs_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(1581)
;var _printers_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(9651);var _report_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(2832)
;var _run_js__WEBPACK_IMPORTED_MODULE_5__=__nccwpck_require__(6940);var _session_index_js__WEBPACK_IMPORTED_MODULE_6__=__nccwpck_require__(1823)
;const{logger,printLine}=(0,_printers_js__WEBPACK_IMPORTED_MODULE_3__.W)(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__);async function main(){
const cancel=(0,_common_src_cancel_js__WEBPACK_IMPORTED_MODULE_7__.v)();try{const inputs=(0,_inputs_js__WEBPACK_IMPORTED_MODULE_2__.GP)()
;const{createEcsApi}=await Promise.all([__nccwpck_require__.e(861),__nccwpck_require__.e(212),__nccwpck_require__.e(870)]).then(__nccwpck_require__.bind(__nccwpck_require__,7870))
;const report=await(0,_run_js__WEBPACK_IMPORTED_MODULE_5__.e)(inputs,{ecs:createEcsApi(inputs.region),logs:(0,
_common_src_logs_js__WEBPACK_IMPORTED_MODULE_8__.o)("db-migrate"),
clock:(0,_common_src_test_clock_js__WEBPACK_IMPORTED_MODULE_1__.vQ)(process.env,logger,["ECS","CLOUDWATCH_LOGS"]),logger,printLine,signal:cancel,session:{
commandLine:_session_index_js__WEBPACK_IMPORTED_MODULE_6__.tR,run:_session_index_js__WEBPACK_IMPORTED_MODULE_6__.r7}})
;for(const[name,value]of Object.entries((0,
_report_js__WEBPACK_IMPORTED_MODULE_4__.Yz)(report)))_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setOutput(name,value)
;await _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_report_js__WEBPACK_IMPORTED_MODULE_4__.eH)(report)).write()
;if(report.result!=="succeeded")_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed((0,_report_js__WEBPACK_IMPORTED_MODULE_4__.oh)(report))}catch(error){
_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed(error instanceof Error?error.message:String(error))}}await main();__webpack_async_result__()
}catch(e){__webpack_async_result__(e)}},1)}),9651:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{
W:()=>jobLog});var external_node_crypto_=__nccwpck_require__(7598);function isCommandLike(line){return/^[\s\u0085]*::/.test(line)||line.includes("##[")}
function splitRunnerLines(text){return text.split(/\r\n|\r|\n/)}function pauseToken(text,newToken){for(;;){const token=newToken().replace(/-/g,"")
;if(!text.toLowerCase().includes(token.toLowerCase()))return token}}function neutralize(text,newToken=external_node_crypto_.randomUUID){
const lines=splitRunnerLines(text);const out=[];for(let i=0;i<lines.length;){if(!isCommandLike(lines[i])){out.push(lines[i]);i+=1;continue}let end=i
;while(end<lines.length&&isCommandLike(lines[end]))end+=1;const block=lines.slice(i,end);const token=pauseToken(block.join("\n"),newToken)
;out.push(`::stop-commands::${token}`,...block,`::${token}::`);i=end}return out.join("\n")}function untrustedSafeLogger(base){return{
info:message=>base.info(neutralize(message)),warning:message=>base.warning(message),error:message=>base.error(message),debug:message=>base.debug(message)}}
function jobLog(base){const logger=untrustedSafeLogger(base);return{logger,printLine:line=>logger.info(line)}}}),
2832:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{OV:()=>SUMMARY_LOG_LINES,
oh:()=>failureMessage,Xe:()=>logDeliveryLine,Yz:()=>outputsOf,eH:()=>summaryMarkdown});var durations=__nccwpck_require__(4558)
;function markdownTable(header,rows){const cell=text=>text.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>");const line=cells=>`| ${cells.map(cell).join(" | ")} |`
;return[line(header),line(header.map(()=>"---")),...rows.map(line)].join("\n")}const SUMMARY_LOG_LINES=20;function outputsOf(report){return{
"task-arn":report.taskArn,"task-definition-arn":report.taskDefinition??"","exit-code":report.exitCode===void 0?"":String(report.exitCode),
"stopped-reason":report.stoppedReason,"log-url":report.logUrl,result:report.result}}function failureMessage(report){
const code=report.exitCode===void 0?"":` (exit code ${report.exitCode})`;const lines=[`db-migrate ${report.result}${code}: ${report.reason}`]
;if(report.taskArn)lines.push(`task: ${report.taskArn}`);if(report.stoppedReason)lines.push(`stopped reason: ${report.stoppedReason}`)
;for(const container of report.containers)lines.push(`container ${container}`);if(report.logUrl)lines.push(`logs: ${report.logUrl}`);return lines.join("\n")}
function logDeliveryLine(log){const printed=log.printed===log.lines?`all printed`:`${log.printed} printed`;const lag=log.lagMs?`, printed at most ${(0,
durations.a)(log.lagMs.max)} after the container wrote them (median ${(0,durations.a)(log.lagMs.p50)})`:"";return`${log.lines} log line(s), ${printed}${lag}`}
function summaryMarkdown(report){const ok=report.result==="succeeded"
;const rows=[["Command",report.command],["Task",report.taskArn||"—"],...report.taskDefinition?[["Task definition",`${report.taskDefinition}${report.taskDefinitionNote?`\n${report.taskDefinitionNote}`:""}`]]:[],["Container",report.container||"—"],["Exit code",report.exitCode===void 0?"—":String(report.exitCode)],["Duration",(0,
durations.a)(report.durationMs)],["Result",`${report.result}: ${report.reason}`]];if(report.stoppedReason)rows.push(["Stopped reason",report.stoppedReason])
;if(report.containers.length)rows.push(["Containers",report.containers.join("\n")]);if(report.logUrl)rows.push(["Logs",`[CloudWatch Logs](${report.logUrl})`])
;let text=`### ${ok?"✅":"❌"} db-migrate: ${report.result}\n\n${markdownTable(["",""],rows)}\n`;const tail=report.log.tail.slice(-SUMMARY_LOG_LINES)
;if(tail.length){const longest=Math.max(2,...tail.map(l=>Math.max(0,...(l.match(/`+/g)??[]).map(run=>run.length))));const fence="`".repeat(longest+1)
;text+=`\n#### Last ${tail.length} log line(s) of ${report.log.lines}\n\n${fence}\n${tail.join("\n")}\n${fence}\n`}
if(report.log.note)text+=`\n${report.log.note}\n`;return text}}),6940:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{e:()=>run});function awslogsTarget(container,clusterRegion){const config=container.logConfiguration
;if(config?.logDriver!=="awslogs")return{note:`container ${container.name} does not log with the awslogs driver (${config?.logDriver??"no logConfiguration"})`}
;const options=config.options??{};const group=options["awslogs-group"];const prefix=options["awslogs-stream-prefix"];if(!group||!prefix)return{
note:`container ${container.name}'s awslogs options lack ${group?"awslogs-stream-prefix":"awslogs-group"}, so its stream name cannot be known`};return{group,
region:options["awslogs-region"]||clusterRegion,streamPrefix:`${prefix}/${container.name}/`}}
const awslogsStream=(target,taskId)=>`${target.streamPrefix}${taskId}`;const nameOf=arnOrName=>arnOrName.split("/").pop()
;const consoleBase=region=>`https://${region}.console.aws.amazon.com`;const cloudWatchText=text=>encodeURIComponent(encodeURIComponent(text)).replace(/%/g,"$")
;function taskConsoleUrl(region,cluster,taskId){return`${consoleBase(region)}/ecs/v2/clusters/${nameOf(cluster)}/tasks/${taskId}/configuration?region=${region}`
}function logStreamUrl(region,group,stream){
const base=`${consoleBase(region)}/cloudwatch/home?region=${region}#logsV2:log-groups/log-group/${cloudWatchText(group)}`
;return stream?`${base}/log-events/${cloudWatchText(stream)}`:base}var src_clock=__nccwpck_require__(2301);const CANCEL_WINDOW={sigtermMs:7500,budgetMs:5e3,
multipartGraceMs:2e3,runTaskGraceMs:3e3,stopTaskMs:6e3,stoppedByMs:6500,reportMs:7e3};class DeadlineError extends Error{constructor(message){super(message)
;this.name="DeadlineError"}}function signalAt(clock,at){return AbortSignal.timeout(Math.max(1,at-clock.now()))}class CancelClock{signal;clock;at;waiting=new Set
;constructor(signal,clock=src_clock.m){this.signal=signal;this.clock=clock;const record=()=>{this.at=clock.now();for(const start of this.waiting)start()
;this.waiting.clear()};if(signal?.aborted)record();else signal?.addEventListener("abort",record,{once:true})}get cancelled(){return this.at!==void 0}
after(offsetMs){return(this.at??this.clock.now())+offsetMs}by(ms,budgetMs=CANCEL_WINDOW.budgetMs){const own=this.clock.now()+ms
;return this.at===void 0?own:Math.min(own,this.at+budgetMs)}within(ms,budgetMs=CANCEL_WINDOW.budgetMs){return signalAt(this.clock,this.by(ms,budgetMs))}
afterCancel(ms){const deadline=new AbortController;const released=new AbortController
;const reason=new DeadlineError(`gave up ${ms/1e3} s after the cancel, before the runner stops the step`);const start=()=>{
void this.clock.sleep(Math.max(1,this.after(ms)-this.clock.now()),released.signal).then(()=>{if(!released.signal.aborted)deadline.abort(reason)})}
;if(this.cancelled)start();else if(this.signal)this.waiting.add(start);return{signal:deadline.signal,dispose:()=>{this.waiting.delete(start);released.abort()}}}
}var durations=__nccwpck_require__(4558);var errors=__nccwpck_require__(8860);const taskDefinitionView=definition=>definition
;function serviceNotFound(service,name,cluster){return!service||service.status==="INACTIVE"?`Service ${name} was not found in cluster ${cluster}`:void 0}
var aws=__nccwpck_require__(1442);function backoffDelay(retry,policy,random=Math.random){
const step=Math.min(policy.maxMs,policy.initialMs*policy.factor**Math.max(0,retry-1));const half=step/2;return Math.round(half+random()*half)}
async function retry(attempt,options){for(let n=1;;n++)try{return await attempt(n)}catch(error){const wait=backoffDelay(n,options.policy,options.random)
;const exhausted=options.attempts!==void 0&&n>=options.attempts;const late=options.deadline!==void 0&&options.clock.now()+wait>options.deadline
;if(!options.retryable(error)||exhausted||late||options.signal?.aborted)throw error;const done=await(options.beforeRetry?.(error,n,wait))
;if(done!==void 0)return done;await options.clock.sleep(wait,options.signal);if(options.signal?.aborted)throw error}}
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
;const{tags:_tags,...content}=withoutRegistrationDefaults(definition);return JSON.stringify(sort(content))}const RUN_TAG="platform-actions-run"
;const REGISTER_ATTEMPTS=4;function tagged(definition,runToken){
const tags=(Array.isArray(definition.tags)?definition.tags.filter(isJsonObject):[]).filter(t=>t.key!==RUN_TAG);return{...definition,tags:[...tags,{key:RUN_TAG,
value:runToken}]}}async function registerOnce(definition,runToken,deps,step){const family=String(definition.family);const request=tagged(definition,runToken)
;try{return await retry(()=>deps.ecs.registerTaskDefinition(request,deps.signal),{policy:{initialMs:1e3,maxMs:8e3,factor:2},clock:deps.clock,random:deps.random,
retryable:aws.ag,attempts:REGISTER_ATTEMPTS,signal:deps.signal,beforeRetry:async error=>{deps.logger.info(`RegisterTaskDefinition failed (${(0,
errors.gJ)(error)}); checking whether it registered before trying again`);const latest=await deps.ecs.describeTaskDefinition(family,deps.signal).catch(()=>{})
;const mine=latest?.tags.some(t=>t.key===RUN_TAG&&t.value===runToken)
;const same=latest&&definitionFingerprint(toRegisterable(latest.definition).definition)===definitionFingerprint(definition);if(!latest||!mine||!same)return
;deps.logger.info(`${latest.arn} carries this run's ${RUN_TAG} tag and the same content: it is this run's registration, not registering again`)
;return latest.arn}})}catch(error){throw(0,errors.p$)(step??`Could not register task definition for family ${family}`,error)}}class MigrateError extends Error{
name="MigrateError"}var external_node_crypto_=__nccwpck_require__(7598);const STARTED_BY="platform-actions/db-migrate";class PlanError extends Error{
name="PlanError"}const essential=c=>c.essential!==false;function chooseContainer(definition,wanted){const containers=definition.containerDefinitions??[]
;const family=definition.family??"the task definition";if(wanted){const found=containers.find(c=>c.name===wanted)
;if(!found)throw new PlanError(`Input 'container-name': ${family} has no container '${wanted}' (it has ${containers.map(c=>c.name).join(", ")})`);return found}
const candidates=containers.filter(essential);if(candidates.length===1)return candidates[0]
;throw new PlanError(`Input 'container-name': required, because ${family} has ${candidates.length} essential containers (${candidates.map(c=>c.name).join(", ")})`)
}function logTargetOf(container,clusterRegion){const target=awslogsTarget(container,clusterRegion);return"note"in target?{
note:`${target.note}; its output cannot be followed`}:target}function describeCommand(inputs,container){if(inputs.command)return inputs.command.text
;const parts=[...container.entryPoint??[],...container.command??[]]
;return parts.length?`${parts.join(" ")} (from the task definition)`:"(the image's default command)"}function planRunTask(inputs,definition,service){
const container=chooseContainer(definition,inputs.containerName);const name=container.name;const family=definition.family
;const fromService=service?.networkConfiguration?.awsvpcConfiguration;const awsvpc=definition.networkMode==="awsvpc"
;const subnets=inputs.subnets??fromService?.subnets
;if(awsvpc&&!subnets?.length)throw new PlanError(`Input 'subnets': required, because ${family} uses the awsvpc network mode${inputs.service?` and service ${inputs.service} has no network configuration`:""} (or give service to copy it from)`)
;const request={cluster:inputs.cluster,taskDefinition:definition.taskDefinitionArn,count:1,startedBy:STARTED_BY,clientToken:inputs.clientToken}
;if(awsvpc)request.networkConfiguration={awsvpcConfiguration:{subnets,securityGroups:inputs.securityGroups??fromService?.securityGroups,
assignPublicIp:inputs.assignPublicIp??fromService?.assignPublicIp}
};else if(inputs.subnets||inputs.securityGroups||inputs.assignPublicIp)throw new PlanError(`Input 'subnets': ${family} uses the ${definition.networkMode??"bridge"} network mode, which takes no network configuration; remove subnets, security-groups and assign-public-ip`)
;if(inputs.launchType)request.launchType=inputs.launchType;else if(inputs.capacityProviderStrategy)request.capacityProviderStrategy=inputs.capacityProviderStrategy;else if(service?.capacityProviderStrategy?.length)request.capacityProviderStrategy=service.capacityProviderStrategy;else if(service?.launchType)request.launchType=service.launchType
;const platformVersion=inputs.platformVersion??service?.platformVersion
;const fargate=request.launchType==="FARGATE"||(request.capacityProviderStrategy??[]).some(s=>s.capacityProvider?.startsWith("FARGATE"))
;if(platformVersion&&fargate)request.platformVersion=platformVersion;if(inputs.command||inputs.environment.length>0)request.overrides={containerOverrides:[{
name,command:inputs.command?.argv,environment:inputs.environment.length?inputs.environment.map(([key,value])=>({name:key,value})):void 0}]};return{request,
family,mainContainer:name,essentialContainers:(definition.containerDefinitions??[]).filter(essential).map(c=>c.name),logs:logTargetOf(container,inputs.region),
commandText:describeCommand(inputs,container)}}const taskIdOf=taskArn=>taskArn.split("/").pop();var src_report=__nccwpck_require__(2832);const AGENT_WAIT_MS=3e4
;const agentOf=(task,container)=>task.containers?.find(c=>c.name===container)?.managedAgents?.find(a=>a.name==="ExecuteCommandAgent")
;async function pickTask(inputs,deps){const service=inputs.service;const described=await deps.ecs.describeService(inputs.cluster,service)
;const missing=serviceNotFound(described,service,inputs.cluster);if(missing||!described)throw new MigrateError(missing)
;if(!described.enableExecuteCommand)throw new MigrateError(`Service ${service} does not have ECS Exec enabled (enableExecuteCommand is false). Turn it on and replace its tasks: `+`aws ecs update-service --cluster ${inputs.cluster} --service ${service} --enable-execute-command --force-new-deployment `+"(the task role also needs the ssmmessages:* permissions), or use mode run-task.")
;const arns=await deps.ecs.listTasks({cluster:inputs.cluster,serviceName:service,desiredStatus:"RUNNING"})
;const running=arns.length?(await deps.ecs.describeTasks(inputs.cluster,arns)).filter(t=>t.lastStatus==="RUNNING"):[]
;if(running.length===0)throw new MigrateError(`Service ${service} has no RUNNING task to exec into`)
;const score=t=>(t.enableExecuteCommand?2:0)+(t.taskDefinitionArn===described.taskDefinition?1:0)
;return[...running].sort((a,b)=>score(b)-score(a)||(b.startedAt?.getTime()??0)-(a.startedAt?.getTime()??0))[0]}
async function awaitAgent(inputs,task,container,deps){const id=taskIdOf(task.taskArn);const end=deps.clock.now()+Math.min(AGENT_WAIT_MS,inputs.startTimeoutMs)
;let current=task;for(;;){const agent=agentOf(current,container);if(agent?.lastStatus==="RUNNING")return
;const status=agent?agent.lastStatus??"UNKNOWN":"missing"
;if(agent?.lastStatus!=="PENDING"||deps.clock.now()>=end||deps.signal?.aborted)throw new MigrateError(`Cannot exec into task ${id}: the ExecuteCommandAgent of container ${container} is ${status}`+`${agent?.reason?` (${agent.reason})`:""}. Tasks started before enableExecuteCommand was turned on have no agent: `+"force a new deployment; a STOPPED agent usually means the task role lacks ssmmessages:* permissions.")
;await deps.clock.sleep(1e3,deps.signal);current=(await deps.ecs.describeTasks(inputs.cluster,[task.taskArn]))[0]??current}}async function runExec(inputs,deps){
const{clock,logger}=deps;const started=clock.now();if(!deps.session)throw new MigrateError("mode exec needs the Session Manager client")
;const command=inputs.command;const task=await pickTask(inputs,deps);const taskArn=task.taskArn
;const{definition}=await deps.ecs.describeTaskDefinition(task.taskDefinitionArn)
;const container=chooseContainer(taskDefinitionView(definition),inputs.containerName);const name=container.name
;const target=logTargetOf(container,inputs.region);const report={result:"failed",mode:"exec",cluster:inputs.cluster,taskArn,container:name,command:command.text,
stoppedReason:"",logUrl:"note"in target?"":logStreamUrl(target.region,target.group,awslogsStream(target,taskIdOf(taskArn))),durationMs:0,reason:"",
containers:[],log:{lines:0,printed:0,tail:[],lagMs:void 0}};await awaitAgent(inputs,task,name,deps);const nonce=(0,
external_node_crypto_.randomBytes)(12).toString("hex");const commandLine=deps.session.commandLine(command.form==="exec"?command.argv:command.text,nonce)
;logger.info(`ECS Exec into task ${taskArn} (container ${name}): ${command.text}`);const session=await deps.ecs.executeCommand({cluster:inputs.cluster,
task:taskArn,container:name,command:commandLine});const stopSession=new AbortController;let timedOut=false;const onAbort=()=>stopSession.abort()
;deps.signal?.addEventListener("abort",onAbort,{once:true});if(deps.signal?.aborted)onAbort();const left=Math.max(1,started+inputs.timeoutMs-clock.now())
;void clock.sleep(left,stopSession.signal).then(()=>{if(!stopSession.signal.aborted){timedOut=true;stopSession.abort()}});const tail=[];const onOutput=line=>{
report.log.lines+=1;tail.push(line);if(tail.length>src_report.OV)tail.shift();if(report.log.printed<inputs.maxLogLines){report.log.printed+=1
;deps.printLine(line)}};let result;try{result=await deps.session.run({streamUrl:session.streamUrl,tokenValue:session.tokenValue,nonce,onOutput,
signal:stopSession.signal})}finally{deps.signal?.removeEventListener("abort",onAbort);if(!stopSession.signal.aborted)stopSession.abort()}report.log.tail=tail
;if(report.log.lines>report.log.printed)report.log.note=`${report.log.lines-report.log.printed} more output line(s) not shown here (max-log-lines ${inputs.maxLogLines})`
;report.exitCode=result.exitCode;if(result.closedBy==="sentinel"&&result.exitCode!==void 0){report.result=result.exitCode===0?"succeeded":"failed"
;report.reason=`the command exited with code ${result.exitCode}`}else if(result.closedBy==="aborted"||deps.signal?.aborted||timedOut){
report.result=timedOut?"timed-out":"cancelled";report.reason=`${timedOut?`timed out after ${(0,
durations.a)(inputs.timeoutMs)}`:"the workflow was cancelled"}; the session was closed, `+`but the command may still be running in task ${taskIdOf(taskArn)} (ECS Exec cannot stop it)`
}else report.reason=`the session ended without the command's exit status (${result.closedBy}${result.detail?`: ${result.detail}`:""}); the command may have been interrupted`
;if(report.log.note)logger.info(report.log.note);return{...report,durationMs:clock.now()-started}}const TAIL_LINES=20;const MAX_FAILURES=5
;const MAX_DRAIN_PAGES=1e3;class LogFollower{api;options;clock;logger;token;lines=0;printed=0;tail=[];lags=[];failures=0;stopRequested=false
;wake=new AbortController;running;problem;lateMs=2e3;deadline;constructor(api,options,clock,logger){this.api=api;this.options=options;this.clock=clock
;this.logger=logger}start(){this.running??=this.follow()}async finish(lateEventsMs=this.options.lateEventsMs??2e3,deadline){this.lateMs=lateEventsMs
;this.deadline=deadline;this.stopRequested=true;this.wake.abort();await(this.running??this.follow());const sorted=[...this.lags].sort((a,b)=>a-b);return{
lines:this.lines,printed:this.printed,tail:[...this.tail],lagMs:sorted.length?{max:sorted[sorted.length-1],p50:sorted[Math.floor(sorted.length/2)]}:void 0,
problem:this.problem}}async poll(){const{group,stream}=this.options;let page;if(this.deadline?.aborted)return this.stoppedAtDeadline();try{
page=await this.api.page(group,stream,this.token,this.deadline);this.failures=0}catch(error){if(error.name==="ResourceNotFoundException")return false
;if(this.deadline?.aborted)return this.stoppedAtDeadline();this.failures+=1;this.problem=`could not read log stream ${stream}: ${(0,errors.gJ)(error)}`
;if(this.failures===MAX_FAILURES)this.logger.warning(`${this.problem} (${this.failures} times in a row; still trying)`);return false}this.problem=void 0
;const now=this.clock.now();for(const event of page.events)this.emit(event.message??"",event.timestamp===void 0?void 0:now-event.timestamp)
;const moved=page.nextForwardToken!==void 0&&page.nextForwardToken!==this.token;if(page.nextForwardToken)this.token=page.nextForwardToken;return moved}
stoppedAtDeadline(){this.problem="reading stopped at the cancellation deadline";return false}emit(message,lag){const line=message.replace(/\r?\n$/,"")
;this.lines+=1;if(lag!==void 0)this.lags.push(Math.max(0,lag));this.tail.push(line);if(this.tail.length>TAIL_LINES)this.tail.shift()
;if(this.printed<this.options.maxPrinted){this.printed+=1;this.options.print(line)}}async follow(){const pollMs=this.options.pollMs??1e3
;while(!this.stopRequested){const more=await this.poll();if(!more&&!this.stopRequested)await this.clock.sleep(pollMs,this.wake.signal)}
for(let pages=0;pages<MAX_DRAIN_PAGES&&await this.poll();pages++);const lateMs=this.lateMs;const step=Math.max(1,Math.min(pollMs,lateMs/4))
;const hardEnd=this.clock.now()+5*lateMs;let quietUntil=this.clock.now()+lateMs;while(this.clock.now()<quietUntil&&!this.deadline?.aborted){
await this.clock.sleep(step,this.deadline);const before=this.lines;for(let pages=0;pages<MAX_DRAIN_PAGES&&await this.poll();pages++);
if(this.lines>before)quietUntil=Math.min(hardEnd,this.clock.now()+lateMs)}}}const userTags=tags=>tags.filter(t=>t.key&&!t.key.toLowerCase().startsWith("aws:"))
;function planImageRevision(described,containerName,image){if(!image)return;const definition=taskDefinitionView(described.definition)
;const chosen=chooseContainer(definition,containerName);const name=chosen.name;if(chosen.image===image)return;const family=definition.family
;const registerable=toRegisterable(described.definition).definition
;const containers=Array.isArray(registerable.containerDefinitions)?registerable.containerDefinitions.filter(isJsonObject):[]
;const target=containers.find(c=>c.name===name)
;if(!target)throw new PlanError(`Input 'image': container ${name} of ${family} is missing from its registerable form`);target.image=image
;const kept=userTags(described.tags);if(kept.length)registerable.tags=kept.map(t=>t.value===void 0?{key:t.key}:{key:t.key,value:t.value});return{family,
container:name,image,previousImage:chosen.image??"",from:described.arn,definition:registerable}}const CANCEL_REASON="cancelled by workflow"
;const TIMEOUT_STOP_MS=2e4;const STOP_BACKOFF={initialMs:200,maxMs:1e3,factor:2};async function stopTaskBy(cluster,taskArn,reason,deadline,deps){let attempts=0
;try{await retry(async()=>{attempts+=1;await deps.ecs.stopTask(cluster,taskArn,reason,signalAt(deps.clock,deadline))},{policy:STOP_BACKOFF,clock:deps.clock,
random:deps.random,retryable:aws.ag,deadline,beforeRetry:(error,_n,waitMs)=>void deps.logger.info(`StopTask failed (${(0,
errors.gJ)(error)}); trying again in ${waitMs}ms`)});return{accepted:true,attempts}}catch(error){return{accepted:false,attempts,error:(0,errors.gJ)(error)}}}
class TaskStopper{cluster;taskArn;deps;request;outcome;constructor(cluster,taskArn,deps){this.cluster=cluster;this.taskArn=taskArn;this.deps=deps}
stop(reason,deadline){this.request??=stopTaskBy(this.cluster,this.taskArn,reason,deadline,this.deps).then(outcome=>{this.outcome=outcome
;if(outcome.accepted)this.deps.logger.info(`StopTask sent for ${this.taskArn.split("/").pop()}: ${reason}`);else this.deps.logger.warning(`Could not stop task ${this.taskArn} (${outcome.attempts} attempt(s)): ${outcome.error}; it may still be running: `+`stop it by hand (aws ecs stop-task --cluster ${this.cluster} --task ${this.taskArn})`)
;return outcome});return this.request}}const KILLED_AT_STOP=[137,143];function containerLine(c){
const code=c.exitCode===void 0?"no exit code":`exit code ${c.exitCode}`;return`${c.name}: ${c.lastStatus??"UNKNOWN"}, ${code}${c.reason?` (${c.reason})`:""}`}
function judgeStoppedTask(task,policy){const containers=task.containers??[];const lines=containers.map(containerLine)
;const main=containers.find(c=>c.name===policy.mainContainer);const exitCode=main?.exitCode
;const reasons=containers.filter(c=>c.reason).map(c=>`${c.name}: ${c.reason}`);const because=[task.stoppedReason,...reasons].filter(Boolean).join("; ")
;const fail=summary=>({ok:false,exitCode,summary,containers:lines})
;if(task.stopCode==="TaskFailedToStart")return fail(`the task failed to start: ${because||"no reason given"}`)
;if(task.stopCode&&task.stopCode!=="EssentialContainerExited")return fail(`the task was stopped (${task.stopCode}) before the migration finished: ${because||"no reason given"}`)
;if(!main)return fail(`the stopped task has no container '${policy.mainContainer}'`)
;if(exitCode===void 0)return fail(`container ${policy.mainContainer} has no exit code: ${because||"it did not run to completion"}`)
;if(exitCode!==0)return fail(`container ${policy.mainContainer} exited with code ${exitCode}${main.reason?` (${main.reason})`:""}`)
;if(policy.exitCodeFrom==="all-essential"){const failed=containers.filter(c=>policy.essentialContainers.includes(c.name??"")&&c.exitCode!==0)
;if(failed.length>0){const list=failed.map(c=>`${c.name} ${c.exitCode===void 0?"has no exit code":`exited with code ${c.exitCode}`}`).join(", ")
;return fail(`exit-code-from all-essential: ${list}`)}return{ok:true,exitCode,summary:"every essential container exited with code 0",containers:lines}}
const ignored=containers.filter(c=>c.name!==policy.mainContainer&&c.exitCode!==void 0&&c.exitCode!==0)
;const note=ignored.length?` (not judged: ${ignored.map(c=>`${c.name} ${c.exitCode}${KILLED_AT_STOP.includes(c.exitCode)?", killed at stop":""}`).join("; ")})`:""
;return{ok:true,exitCode,summary:`container ${policy.mainContainer} exited with code 0${note}`,containers:lines}}
const CANCEL_AFTER_END="; the workflow was cancelled only after the migration had ended (the task was not stopped)";function stopText(stop,task,reason){
if(!stop?.accepted)return`StopTask failed${stop?` after ${stop.attempts} attempt(s)`:""} (${stop?.error??"not sent"}): the task may still be running; stop it by hand`
;const withReason=reason?` with reason "${reason}"`:"";if(task?.lastStatus==="STOPPED")return`the task was stopped${withReason}`
;return`the task was stopped${withReason} (last status ${task?.lastStatus??"unknown"})`}function judge(report,ending,plan,inputs){const{end,task}=ending
;report.stopCode=task?.stopCode;report.stoppedReason=task?.stoppedReason??""
;report.containers=(task?.containers??[]).map(c=>`${c.name}: ${c.lastStatus??"UNKNOWN"}${c.exitCode===void 0?"":`, exit code ${c.exitCode}`}${c.reason?` (${c.reason})`:""}`)
;const main=task?.containers?.find(c=>c.name===plan.mainContainer);report.exitCode=main?.lastStatus==="STOPPED"?main.exitCode:void 0
;const byVerdict=(stopped,note="")=>{const verdict=judgeStoppedTask(stopped,{mainContainer:plan.mainContainer,essentialContainers:plan.essentialContainers,
exitCodeFrom:inputs.exitCodeFrom});report.result=verdict.ok?"succeeded":"failed";report.reason=`${verdict.summary}${note}`;report.exitCode=verdict.exitCode}
;if(end.state==="cancelled")if(task?.lastStatus==="STOPPED"&&task.stopCode==="EssentialContainerExited")byVerdict(task,CANCEL_AFTER_END);else{
report.result="cancelled";report.reason=`the workflow was cancelled; ${stopText(ending.stop,task,CANCEL_REASON)}`
}else if(end.state==="start-timeout"||end.state==="run-timeout"){report.result="timed-out";const budget=end.state==="start-timeout"?`start-timeout ${(0,
durations.a)(inputs.startTimeoutMs)}`:`timeout ${(0,durations.a)(inputs.timeoutMs)}`;report.reason=`${end.reason} (${budget}); ${stopText(ending.stop,task)}`
}else if(end.state==="missing"||!task){report.result="failed";report.reason="reason"in end?end.reason:"the task could not be described"
}else byVerdict(task,ending.cancelledAfterEnd?CANCEL_AFTER_END:"")}function withNote(stats,maxLogLines,logUrl){const notes=[]
;if(stats.lines>stats.printed)notes.push(`${stats.lines-stats.printed} more log line(s) not shown here (max-log-lines ${maxLogLines}); the full log: ${logUrl}`)
;if(stats.problem)notes.push(`The log may be incomplete: ${stats.problem}; the full log: ${logUrl}`);return{lines:stats.lines,printed:stats.printed,
tail:stats.tail,lagMs:stats.lagMs,note:notes.join("\n")||void 0}}const TASK_POLL={firstMs:1e3,factor:1.5,maxMs:5e3};const MAX_POLL_FAILURES=5
;const STARTED=["RUNNING","DEACTIVATING","STOPPING","DEPROVISIONING","STOPPED"];async function waitForTask(request,deps,onStatus){const{clock,logger}=deps
;let delay=request.firstPollMs??TASK_POLL.firstMs;let failures=0;let task;let lastStatus="";for(;;){if(deps.signal?.aborted)return{state:"cancelled",task};try{
const found=(await deps.ecs.describeTasks(request.cluster,[request.taskArn],deps.signal))[0];failures=0;if(!found)return{state:"missing",task,
reason:`DescribeTasks no longer knows task ${request.taskArn}`};task=found}catch(error){if(deps.signal?.aborted)return{state:"cancelled",task};failures+=1
;logger.warning(`Could not describe task ${request.taskArn}: ${(0,errors.gJ)(error)} (attempt ${failures} of ${MAX_POLL_FAILURES}; still waiting)`)
;if(failures>=MAX_POLL_FAILURES)throw error}if(task){
const status=`${task.lastStatus}${task.desiredStatus==="STOPPED"&&task.lastStatus!=="STOPPED"?" (stopping)":""}`;if(status!==lastStatus){lastStatus=status
;onStatus?.(task)}if(task.lastStatus==="STOPPED")return{state:"stopped",task}}const now=clock.now();const started=STARTED.includes(task?.lastStatus??"")
;if(!started&&now>=request.startDeadline)return{state:"start-timeout",task,
reason:`the task was still ${task?.lastStatus??"not described"} after the start budget`};if(now>=request.runDeadline)return{state:"run-timeout",task,
reason:"the task was still running at the timeout"};const next=started?request.runDeadline:Math.min(request.startDeadline,request.runDeadline)
;await clock.sleep(Math.max(1,Math.min(delay,next-now)),deps.signal);delay=Math.min(TASK_POLL.maxMs,delay*TASK_POLL.factor)}}
async function waitForStopped(cluster,taskArn,end,deps){const start=deps.clock.now();let task;while(deps.clock.now()<end){try{
task=(await deps.ecs.describeTasks(cluster,[taskArn],signalAt(deps.clock,end)))[0]??task}catch(error){deps.logger.debug(`DescribeTasks after StopTask: ${(0,
errors.gJ)(error)}`)}if(task?.lastStatus==="STOPPED"){deps.logger.info(`Task ${taskArn.split("/").pop()}: STOPPED`);return task}
await deps.clock.sleep(Math.min(1e3,Math.max(1,end-deps.clock.now())))}deps.logger.info(`Task ${taskArn} was not STOPPED ${(0,
durations.a)(deps.clock.now()-start)} after StopTask (last status ${task?.lastStatus??"unknown"})`);return task}
const ENDED_STATUSES=["DEPROVISIONING","STOPPED"];const ABANDON_READ_MS=2e3;async function run(inputs,deps){
return inputs.mode==="exec"?runExec(inputs,deps):runTaskMode(inputs,deps)}async function activeService(inputs,deps){if(!inputs.service)return
;const service=await deps.ecs.describeService(inputs.cluster,inputs.service);const missing=serviceNotFound(service,inputs.service,inputs.cluster)
;if(missing)throw new MigrateError(missing);return service}async function refuseWhileRunning(inputs,family,deps){const arns=await deps.ecs.listTasks({
cluster:inputs.cluster,family,desiredStatus:"RUNNING"},deps.signal);if(arns.length===0)return
;const ours=(await deps.ecs.describeTasks(inputs.cluster,arns,deps.signal)).filter(t=>t.startedBy===STARTED_BY&&!ENDED_STATUSES.includes(t.lastStatus??""))
;if(ours.length===0)return;const list=ours.map(t=>`${t.taskArn} (${t.lastStatus}, started ${t.createdAt?.toISOString()??"at an unknown time"})`).join(", ")
;throw new MigrateError(`Refusing to start: a migration of ${family} started by db-migrate is still running in cluster ${inputs.cluster}: ${list}. `+"Wait for it to finish, stop it (aws ecs stop-task), or set lock: false.")
}function describeFailures(failures){return failures.map(f=>[f.reason,f.detail,f.arn].filter(Boolean).join(" ")).join("; ")||"no task and no failure reported"}
async function runTaskMode(inputs,deps){const{clock}=deps;const timings={logPollMs:1e3,taskPollMs:TASK_POLL.firstMs,lateEventsMs:2e3,stopWaitMs:2e4,
...deps.timings};const started=clock.now();const cancel=new CancelClock(deps.signal,clock);const service=await activeService(inputs,deps)
;const ref=inputs.taskDefinition??service?.taskDefinition;const described=await deps.ecs.describeTaskDefinition(ref,deps.signal)
;const plan=planRunTask(inputs,taskDefinitionView(described.definition),service);const revision=planImageRevision(described,inputs.containerName,inputs.image)
;if(inputs.lock)await refuseWhileRunning(inputs,plan.family,deps);const report={result:"failed",mode:"run-task",cluster:inputs.cluster,taskArn:"",
container:plan.mainContainer,command:plan.commandText,taskDefinition:revision?void 0:plan.request.taskDefinition,
taskDefinitionNote:inputs.image&&!revision?`already has image ${inputs.image} in container ${plan.mainContainer}`:void 0,stoppedReason:"",logUrl:"",
durationMs:0,reason:"",containers:[],log:{lines:0,printed:0,tail:[],lagMs:void 0}};const finish=()=>({...report,durationMs:clock.now()-started})
;if(deps.signal?.aborted)return{...finish(),result:"cancelled",reason:"the workflow was cancelled before the task started"};try{
await migrate(inputs,plan,revision,report,{...deps,started,timings,cancel})}catch(error){const beforeStart=!report.taskArn&&cancel.cancelled
;report.result=beforeStart?"cancelled":"failed";report.reason=beforeStart?`the workflow was cancelled before the task started: ${(0,errors.gJ)(error)}`:(0,
errors.gJ)(error);if(report.taskArn&&!report.stoppedReason)report.reason+=`; task ${report.taskArn} was not followed to its end and may still be running`}
return finish()}async function migrate(inputs,plan,revision,report,deps){const{clock,logger,cancel,timings}=deps
;if(report.taskDefinitionNote)logger.info(`${plan.request.taskDefinition} ${report.taskDefinitionNote}: running it as is, registering no revision`)
;let request=plan.request;if(revision){const arn=await registerRevision(revision,inputs.clientToken,deps);request={...plan.request,taskDefinition:arn}
;report.taskDefinition=arn
;const forImage=`for image ${revision.image} in container ${revision.container} (${revisionName(revision.from)} has ${revision.previousImage})`
;report.taskDefinitionNote=`registered by this step ${forImage}`;logger.info(`Registered ${arn} ${forImage}`)}if(cancel.cancelled){report.result="cancelled"
;report.reason=`the workflow was cancelled before the task started${revision?` (${report.taskDefinition} was registered, and not run)`:""}`;return}
logger.info(`Running ${revisionName(request.taskDefinition??plan.family)} in cluster ${inputs.cluster}: ${plan.commandText} (container ${plan.mainContainer})`)
;const task=await startTask(request,plan,deps);report.taskArn=task.taskArn;const taskId=taskIdOf(report.taskArn)
;const stopper=new TaskStopper(inputs.cluster,report.taskArn,{...deps,random:deps.random??Math.random});let ended=false;const onAbort=()=>{
if(!ended)void stopper.stop(CANCEL_REASON,cancel.after(CANCEL_WINDOW.stopTaskMs))};deps.signal?.addEventListener("abort",onAbort,{once:true})
;if(deps.signal?.aborted)onAbort();logger.info(`Task ${report.taskArn} started: ${taskConsoleUrl(inputs.region,inputs.cluster,taskId)}`)
;const follower=startFollower(plan,taskId,report,inputs.maxLogLines,timings,deps);try{const end=await waitForTask({cluster:inputs.cluster,
taskArn:report.taskArn,startDeadline:deps.started+inputs.startTimeoutMs,runDeadline:deps.started+inputs.timeoutMs,firstPollMs:timings.taskPollMs
},deps,t=>logger.info(`Task ${taskId}: ${t.lastStatus}${t.desiredStatus==="STOPPED"&&t.lastStatus!=="STOPPED"?" (stopping)":""}`));ended=end.state==="stopped"
;const finalTask=await settle(end,inputs,stopper,deps);const readBy=cancel.cancelled?signalAt(clock,cancel.after(CANCEL_WINDOW.reportMs)):void 0
;const stats=follower?await follower.finish(cancel.cancelled?Math.min(500,timings.lateEventsMs):timings.lateEventsMs,readBy):void 0;judge(report,{end,
task:finalTask,stop:stopper.outcome,cancelledAfterEnd:cancel.cancelled&&end.state!=="cancelled"},plan,inputs)
;if(stats)report.log=withNote(stats,inputs.maxLogLines,report.logUrl);if(report.log.note)logger.info(report.log.note);if(stats)logger.info(`Log delivery: ${(0,
src_report.Xe)(report.log)}`)}catch(error){
if(follower)report.log=withNote(await follower.finish(0,signalAt(clock,clock.now()+ABANDON_READ_MS)),inputs.maxLogLines,report.logUrl);throw error}finally{
deps.signal?.removeEventListener("abort",onAbort)}}async function startTask(request,plan,deps){
const giveUp=deps.cancel.afterCancel(CANCEL_WINDOW.runTaskGraceMs);try{const{tasks,failures}=await deps.ecs.runTask(request,giveUp.signal).catch(error=>{
if(!giveUp.signal.aborted)throw error;throw new MigrateError(`RunTask did not answer within ${(0,
durations.a)(CANCEL_WINDOW.runTaskGraceMs)} of the cancel; a task may have started: `+`look for tasks started by ${STARTED_BY} in cluster ${request.cluster} and stop it`,{
cause:error})});const task=tasks[0];if(!task?.taskArn)throw new MigrateError(`RunTask started no task of ${plan.family}: ${describeFailures(failures)}`)
;return task}finally{giveUp.dispose()}}const revisionName=ref=>ref.split("/").pop();function registerRevision(revision,runToken,deps){
return registerOnce(revision.definition,runToken,{ecs:deps.ecs,clock:deps.clock,logger:deps.logger,random:deps.random??Math.random,signal:deps.signal
},`Could not register a task definition revision for family ${revision.family} with image ${revision.image}`)}
function startFollower(plan,taskId,report,maxPrinted,timings,deps){if("note"in plan.logs){deps.logger.warning(`Logs will not be followed: ${plan.logs.note}`)
;return}const stream=awslogsStream(plan.logs,taskId);report.logUrl=logStreamUrl(plan.logs.region,plan.logs.group,stream)
;deps.logger.info(`Logs: ${report.logUrl}`);const follower=new LogFollower(deps.logs.forRegion(plan.logs.region),{group:plan.logs.group,stream,maxPrinted,
pollMs:timings.logPollMs,print:deps.printLine},deps.clock,deps.logger);follower.start();return follower}async function settle(end,inputs,stopper,deps){
if(end.state==="stopped"||end.state==="missing")return end.task;const{clock,cancel}=deps;const cancelled=end.state==="cancelled"
;const outcome=cancelled?await stopper.stop(CANCEL_REASON,cancel.after(CANCEL_WINDOW.stopTaskMs)):await stopper.stop(`db-migrate: timed out after ${(0,
durations.a)(end.state==="start-timeout"?inputs.startTimeoutMs:inputs.timeoutMs)}`,clock.now()+TIMEOUT_STOP_MS);if(!outcome.accepted)return end.task
;const by=cancelled?cancel.by(deps.timings.stopWaitMs,CANCEL_WINDOW.stoppedByMs):clock.now()+deps.timings.stopWaitMs
;return await waitForStopped(inputs.cluster,stopper.taskArn,by,deps)??end.task}}),1823:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{tR:()=>execCommandLine,r7:()=>runExecSession});var external_node_crypto_=__nccwpck_require__(7598)
;var src_clock=__nccwpck_require__(2301);const MessageType={InputStreamData:"input_stream_data",OutputStreamData:"output_stream_data",Acknowledge:"acknowledge",
ChannelClosed:"channel_closed",StartPublication:"start_publication",PausePublication:"pause_publication"};const PayloadType={Output:1,Error:2,Size:3,
Parameter:4,HandshakeRequest:5,HandshakeResponse:6,HandshakeComplete:7,EncChallengeRequest:8,EncChallengeResponse:9,Flag:10,StdErr:11,ExitCode:12}
;const ActionStatus={Success:1,Failed:2,Unsupported:3};const HEADER_LENGTH=116;const TYPE_OFFSET=4;const TYPE_LENGTH=32;const SCHEMA_OFFSET=36
;const CREATED_OFFSET=40;const SEQUENCE_OFFSET=48;const FLAGS_OFFSET=56;const ID_OFFSET=64;const DIGEST_OFFSET=80;const PAYLOAD_TYPE_OFFSET=112
;const PAYLOAD_LENGTH_OFFSET=116;class ProtocolError extends Error{name="ProtocolError"}function sha256(bytes){return new Uint8Array((0,
external_node_crypto_.createHash)("sha256").update(bytes).digest())}function encodeAgentMessage(message){
if(message.messageType.length>TYPE_LENGTH)throw new ProtocolError(`message type "${message.messageType}" is longer than 32 bytes`)
;const out=new Uint8Array(HEADER_LENGTH+4+message.payload.length);const view=new DataView(out.buffer);view.setUint32(0,HEADER_LENGTH)
;out.fill(32,TYPE_OFFSET,TYPE_OFFSET+TYPE_LENGTH);out.set((new TextEncoder).encode(message.messageType),TYPE_OFFSET)
;view.setUint32(SCHEMA_OFFSET,message.schemaVersion);view.setBigUint64(CREATED_OFFSET,BigInt(message.createdDate))
;view.setBigInt64(SEQUENCE_OFFSET,BigInt(message.sequenceNumber));view.setBigUint64(FLAGS_OFFSET,BigInt(message.flags))
;out.set(uuidToWire(message.messageId),ID_OFFSET);out.set(sha256(message.payload),DIGEST_OFFSET);view.setUint32(PAYLOAD_TYPE_OFFSET,message.payloadType)
;view.setUint32(PAYLOAD_LENGTH_OFFSET,message.payload.length);out.set(message.payload,HEADER_LENGTH+4);return out}function decodeAgentMessage(input){
const bytes=input instanceof Uint8Array?input:new Uint8Array(input)
;if(bytes.length<HEADER_LENGTH+4)throw new ProtocolError(`agent message of ${bytes.length} bytes is shorter than its header`)
;const view=new DataView(bytes.buffer,bytes.byteOffset,bytes.byteLength);const headerLength=view.getUint32(0)
;if(headerLength<HEADER_LENGTH||headerLength+4>bytes.length)throw new ProtocolError(`bad header length ${headerLength}`)
;const payloadLength=view.getUint32(PAYLOAD_LENGTH_OFFSET);const payload=bytes.slice(headerLength+4)
;if(payload.length!==payloadLength)throw new ProtocolError(`payload length ${payload.length} does not match the header's ${payloadLength}`)
;const digest=bytes.subarray(DIGEST_OFFSET,DIGEST_OFFSET+32);return{messageType:trimField(bytes.subarray(TYPE_OFFSET,TYPE_OFFSET+TYPE_LENGTH)),
schemaVersion:view.getUint32(SCHEMA_OFFSET),createdDate:Number(view.getBigUint64(CREATED_OFFSET)),sequenceNumber:Number(view.getBigInt64(SEQUENCE_OFFSET)),
flags:Number(view.getBigUint64(FLAGS_OFFSET)),messageId:uuidFromWire(bytes.subarray(ID_OFFSET,ID_OFFSET+16)),payloadType:view.getUint32(PAYLOAD_TYPE_OFFSET),
payload,digestValid:payload.length===0||equalBytes(digest,sha256(payload))}}function trimField(field){
return(new TextDecoder).decode(field).replace(/^[\0\s]+|[\0\s]+$/g,"")}function uuidToWire(uuid){const hex=uuid.replace(/-/g,"")
;if(!/^[0-9a-fA-F]{32}$/.test(hex))throw new ProtocolError(`"${uuid}" is not a UUID`)
;const canonical=Uint8Array.from(hex.match(/../g).map(pair=>parseInt(pair,16)));const wire=new Uint8Array(16);wire.set(canonical.subarray(8,16),0)
;wire.set(canonical.subarray(0,8),8);return wire}function uuidFromWire(wire){const canonical=new Uint8Array(16);canonical.set(wire.subarray(8,16),0)
;canonical.set(wire.subarray(0,8),8);const hex=Array.from(canonical,b=>b.toString(16).padStart(2,"0")).join("")
;return`${hex.slice(0,8)}-${hex.slice(8,12)}-${hex.slice(12,16)}-${hex.slice(16,20)}-${hex.slice(20)}`}function equalBytes(a,b){
return a.length===b.length&&a.every((value,index)=>value===b[index])}function openDataChannelFrame(fields){return JSON.stringify({MessageSchemaVersion:"1.0",
RequestId:fields.requestId,TokenValue:fields.tokenValue,ClientId:fields.clientId,ClientVersion:fields.clientVersion})}
function acknowledgeFor(received,messageId,now){const content={AcknowledgedMessageType:received.messageType,AcknowledgedMessageId:received.messageId,
AcknowledgedMessageSequenceNumber:received.sequenceNumber,IsSequentialMessage:true};return{messageType:MessageType.Acknowledge,schemaVersion:1,createdDate:now,
sequenceNumber:0,flags:3,messageId,payloadType:0,payload:jsonBytes(content)}}function inputStreamMessage(fields){return{messageType:MessageType.InputStreamData,
schemaVersion:1,createdDate:fields.now,sequenceNumber:fields.sequenceNumber,flags:0,messageId:fields.messageId,payloadType:fields.payloadType,
payload:fields.payload}}function jsonBytes(value){return(new TextEncoder).encode(JSON.stringify(value))}function parseJsonPayload(payload){try{
return JSON.parse((new TextDecoder).decode(payload))}catch{return}}const CLIENT_VERSION="1.2.694.0";const TERMINAL_SIZE={cols:250,rows:50}
;const MAX_HELD_MESSAGES=1e4;class DataChannel{newId;now;stats={received:0,repeats:0,acksSent:0,acksReceived:0,invalidMessages:0,handshake:"none"}
;expectedSequence=0;held=new Map;nextInputSequence=0;paused=false;pending=[];sizeSent=false;constructor(newId,now){this.newId=newId;this.now=now}receive(frame){
const step={send:[],output:[]};let message;try{message=decodeAgentMessage(frame)}catch(error){if(!(error instanceof ProtocolError))throw error
;this.stats.invalidMessages+=1;return step}if(!message.digestValid){this.stats.invalidMessages+=1;return step}this.stats.received+=1
;switch(message.messageType){case MessageType.OutputStreamData:this.receiveStreamData(message,step);break;case MessageType.Acknowledge:
this.stats.acksReceived+=1;break;case MessageType.ChannelClosed:step.closed={detail:parseJsonPayload(message.payload)?.Output??""};break
;case MessageType.PausePublication:this.paused=true;break;case MessageType.StartPublication:this.paused=false;step.send.push(...this.pending.splice(0));break}
return step}input(payloadType,payload,step={send:[],output:[]}){const frame=encodeAgentMessage(inputStreamMessage({sequenceNumber:this.nextInputSequence++,
payloadType,payload,messageId:this.newId(),now:this.now()}));if(this.paused)this.pending.push(frame);else step.send.push(frame);return step}sizeMessage(step){
this.sizeSent=true;return this.input(PayloadType.Size,jsonBytes(TERMINAL_SIZE),step)}receiveStreamData(message,step){const sequence=message.sequenceNumber
;if(sequence<this.expectedSequence||this.held.has(sequence)){this.stats.repeats+=1;this.acknowledge(message,step);return}if(sequence>this.expectedSequence){
if(this.held.size>=MAX_HELD_MESSAGES)return;this.held.set(sequence,message);this.acknowledge(message,step);return}this.acknowledge(message,step)
;this.process(message,step);this.expectedSequence+=1;for(let next=this.held.get(this.expectedSequence);next;next=this.held.get(this.expectedSequence)){
this.held.delete(this.expectedSequence);this.process(next,step);this.expectedSequence+=1}}acknowledge(message,step){
step.send.push(encodeAgentMessage(acknowledgeFor(message,this.newId(),this.now())));this.stats.acksSent+=1}process(message,step){switch(message.payloadType){
case PayloadType.HandshakeRequest:this.stats.handshake="requested"
;this.input(PayloadType.HandshakeResponse,jsonBytes(handshakeResponse(parseJsonPayload(message.payload))),step);break;case PayloadType.HandshakeComplete:
this.stats.handshake="complete";if(!this.sizeSent)this.sizeMessage(step);break;case PayloadType.Output:case PayloadType.StdErr:
if(!this.sizeSent&&this.stats.handshake==="none")this.sizeMessage(step);step.output.push(message.payload);break}}}function handshakeResponse(request){
const errors=[];const processed=(request?.RequestedClientActions??[]).map(action=>{if(action.ActionType==="SessionType")return{ActionType:action.ActionType,
ActionStatus:ActionStatus.Success};const error=`${action.ActionType??"unknown"} is not supported by this client`;errors.push(error);return{
ActionType:action.ActionType,ActionStatus:ActionStatus.Unsupported,Error:error}});return{ClientVersion:CLIENT_VERSION,ProcessedClientActions:processed,
Errors:errors}}const HEAD="@@EXEC";const TAIL="_STATUS";const NONCE=/^[A-Za-z0-9-]{8,64}$/;function shellQuote(word){return`'${word.replace(/'/g,`'\\''`)}'`}
function execCommandLine(command,nonce){if(!NONCE.test(nonce))throw new TypeError(`nonce must be 8-64 letters, digits or '-', got "${nonce}"`)
;if(typeof command==="string"?command.trim()==="":command.length===0)throw new TypeError("the command is empty")
;const user=typeof command==="string"?`/bin/sh -c ${shellQuote(command)}`:command.map(shellQuote).join(" ")
;const script=`${user}\ns=$?\nprintf '%s%s %s %s@@\\n' '${HEAD}' '${TAIL}' '${nonce}' "$s"`;return`/bin/sh -c ${shellQuote(script)}`}
function sentinelPattern(nonce){return new RegExp(`${HEAD}${TAIL} ${nonce} (\\d{1,3})@@`)}class SentinelScanner{decoder=new TextDecoder;pattern;partial=""
;status;constructor(nonce){this.pattern=sentinelPattern(nonce)}get exitCode(){return this.status}push(chunk){
this.partial+=typeof chunk==="string"?chunk:this.decoder.decode(chunk,{stream:true});const pieces=this.partial.split("\n");this.partial=pieces.pop()??""
;return this.take(pieces)}flush(){const rest=this.partial+this.decoder.decode();this.partial="";return this.take(rest===""?[]:[rest])}take(rawLines){
const lines=[];for(const raw of rawLines){if(this.status!==void 0)break;const line=terminalLine(raw);const match=this.pattern.exec(line);if(match){
this.status=Number(match[1]);const before=line.slice(0,match.index);if(before!=="")lines.push(before);continue}lines.push(line)}return this.status===void 0?{
lines}:{lines,exitCode:this.status}}}function terminalLine(raw){const trimmed=raw.replace(/\r+$/,"");const lastReturn=trimmed.lastIndexOf("\r")
;return lastReturn===-1?trimmed:trimmed.slice(lastReturn+1)}const DEFAULT_KEEP_ALIVE_MS=6e4;const DEFAULT_CONNECT_TIMEOUT_MS=3e4
;const DEFAULT_CLOSE_GRACE_MS=2e3;const INTERRUPT=new Uint8Array([3]);function runExecSession(options){const Socket=options.webSocket??globalThis.WebSocket
;if(!Socket)return Promise.resolve({exitCode:void 0,closedBy:"error",detail:"no WebSocket implementation (Node 22+ or the ws package)"})
;const clock=options.clock??src_clock.m;const scanner=new SentinelScanner(options.nonce)
;const channel=new DataChannel(external_node_crypto_.randomUUID,()=>clock.now());const timers=new AbortController;return new Promise(resolve=>{let settled=false
;let opened=false;let socket;const finish=(result,beforeClose)=>{if(settled)return;settled=true;timers.abort()
;options.signal?.removeEventListener("abort",onAbort);try{for(const frame of beforeClose??[])socket.send(frame);socket.close(1e3,"done")}catch{}
options.onStats?.({...channel.stats});resolve(result)};const emit=lines=>{for(const line of lines)options.onOutput(line)};let verdict;const settle=result=>{
if(verdict)return;verdict=result;void clock.sleep(options.closeGraceMs??DEFAULT_CLOSE_GRACE_MS,timers.signal).then(()=>finish(result))};const apply=step=>{
for(const frame of step.send)socket.send(frame);for(const chunk of step.output){const scan=scanner.push(chunk);emit(scan.lines)
;if(scan.exitCode!==void 0)settle({exitCode:scan.exitCode,closedBy:"sentinel"})}if(step.closed){if(verdict)return finish(verdict);const rest=scanner.flush()
;emit(rest.lines);const exitCode=rest.exitCode;finish({exitCode,closedBy:exitCode===void 0?"channel-closed":"sentinel",
detail:step.closed.detail===""?void 0:step.closed.detail})}};function onAbort(){if(verdict)return finish(verdict)
;const interrupt=opened?channel.input(PayloadType.Output,INTERRUPT).send:[];finish({exitCode:void 0,closedBy:"aborted",detail:reasonText(options.signal?.reason)
},interrupt)}try{socket=new Socket(options.streamUrl);socket.binaryType="arraybuffer"}catch(error){resolve({exitCode:void 0,closedBy:"error",
detail:`could not open ${options.streamUrl}: ${reasonText(error)}`});return}if(options.signal?.aborted)return onAbort()
;options.signal?.addEventListener("abort",onAbort,{once:true});const connectTimeoutMs=options.connectTimeoutMs??DEFAULT_CONNECT_TIMEOUT_MS
;void clock.sleep(connectTimeoutMs,timers.signal).then(()=>{if(!opened&&!timers.signal.aborted)finish({exitCode:void 0,closedBy:"error",
detail:`the session's websocket did not open within ${connectTimeoutMs} ms`})});socket.addEventListener("open",()=>{opened=true
;socket.send(openDataChannelFrame({tokenValue:options.tokenValue,requestId:(0,external_node_crypto_.randomUUID)(),clientId:(0,
external_node_crypto_.randomUUID)(),clientVersion:CLIENT_VERSION}));void keepAlive(options.keepAliveMs??DEFAULT_KEEP_ALIVE_MS)})
;socket.addEventListener("message",event=>{if(settled)return;const bytes=binary(event.data);if(bytes)apply(channel.receive(bytes))})
;socket.addEventListener("error",event=>{if(verdict)return finish(verdict);finish({exitCode:void 0,closedBy:"error",
detail:`websocket error: ${event.message??reasonText(event.error)}`})});socket.addEventListener("close",event=>{if(verdict)return finish(verdict)
;const rest=scanner.flush();emit(rest.lines);if(rest.exitCode!==void 0)return finish({exitCode:rest.exitCode,closedBy:"sentinel"})
;const why=`websocket closed (code ${event.code??"?"}${event.reason?`: ${event.reason}`:""}) before the command reported its exit status`;finish({
exitCode:void 0,closedBy:"error",detail:opened?why:`could not connect to ${redactedUrl(options.streamUrl)}: ${why}`})});async function keepAlive(intervalMs){
if(intervalMs<=0)return;while(!timers.signal.aborted){await clock.sleep(intervalMs,timers.signal);if(timers.signal.aborted)return
;for(const frame of channel.sizeMessage().send)socket.send(frame);await new Promise(next=>setTimeout(next,0))}}})}function binary(data){
if(data instanceof ArrayBuffer)return new Uint8Array(data);if(ArrayBuffer.isView(data))return new Uint8Array(data.buffer,data.byteOffset,data.byteLength);return
}function reasonText(reason){if(reason instanceof Error)return reason.message;return reason===void 0?"aborted":String(reason)}function redactedUrl(url){try{
const parsed=new URL(url);return`${parsed.origin}${parsed.pathname}`}catch{return"the stream URL"}}}),6698:(module=>{
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
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib")})};var __webpack_module_cache__={};function __nccwpck_require__(moduleId){
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
;var __webpack_exports__=__nccwpck_require__(2267);__webpack_exports__=await __webpack_exports__;