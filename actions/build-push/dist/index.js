import{createRequire as __WEBPACK_EXTERNAL_createRequire}from"module";var __webpack_modules__={
7143:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Av:()=>classicCacheRef,
DY:()=>labelDockerfile,E7:()=>parseInspect,NG:()=>labelsInOneStep,TT:()=>inspectArgv,W8:()=>pullArgv,Wg:()=>loginArgv,d1:()=>pushArgv,fB:()=>logoutArgv,
l_:()=>parsePushOutput,v$:()=>buildArgv,vf:()=>isTransientDockerFailure,zZ:()=>labelStepArgv});function classicCacheRef(spec){if(!spec.includes("="))return spec
;const fields=new Map(spec.split(",").map(f=>[f.slice(0,f.indexOf("=")).trim(),f.slice(f.indexOf("=")+1).trim()]))
;return fields.get("type")==="registry"?fields.get("ref"):void 0}function buildArgv(plan){const argv=plan.builder==="buildx"?["buildx","build"]:["build"]
;argv.push("--file",plan.dockerfile);if(plan.target)argv.push("--target",plan.target)
;for(const[key,value]of plan.buildArgs)argv.push("--build-arg",`${key}=${value}`);for(const[key,value]of plan.labels)argv.push("--label",`${key}=${value}`)
;for(const ref of plan.references)argv.push("--tag",ref);if(plan.noCache)argv.push("--no-cache");if(plan.pull)argv.push("--pull");if(plan.builder==="buildx"){
if(plan.platforms.length)argv.push("--platform",plan.platforms.join(","));for(const spec of plan.cacheFrom)argv.push("--cache-from",spec)
;for(const spec of plan.cacheTo)argv.push("--cache-to",spec);argv.push("--provenance=false");if(plan.metadataFile)argv.push("--metadata-file",plan.metadataFile)
;argv.push(plan.pushFromBuilder?"--push":"--load")}else for(const spec of plan.cacheFrom){const ref=classicCacheRef(spec);if(ref)argv.push("--cache-from",ref)}
argv.push(plan.context);return argv}function labelsInOneStep(plan){return plan.builder==="classic"&&plan.labels.length>1}
const dockerfileQuoted=text=>`"${text.replace(/[\\"$]/g,ch=>`\\${ch}`)}"`;function labelDockerfile(imageId,labels){
return`FROM ${imageId}\nLABEL ${labels.map(([key,value])=>`${dockerfileQuoted(key)}=${dockerfileQuoted(value)}`).join(" ")}\n`}
const labelStepArgv=references=>["build",...references.flatMap(ref=>["--tag",ref]),"-"]
;const loginArgv=(host,username)=>["login","--username",username,"--password-stdin",host];const logoutArgv=host=>["logout",host]
;const pushArgv=reference=>["push",reference];const pullArgv=reference=>["pull",reference]
;const inspectArgv=reference=>["image","inspect","--format","{{.Id}} {{.Size}}",reference];function parsePushOutput(output){
const matches=[...output.matchAll(/^(\S+): digest: (sha256:[0-9a-f]{64}) size: (\d+)\s*$/gm)];const last=matches.at(-1);if(!last)return;return{tag:last[1],
digest:last[2],size:Number(last[3])}}
const TRANSIENT=[/\b50[0-4]\b/,/\b429\b/,/too ?many ?requests/i,/internal server error/i,/service unavailable/i,/bad gateway/i,/gateway time-?out/i,/connection reset by peer/i,/connection refused/i,/broken pipe/i,/\bEOF\b/,/i\/o timeout/i,/TLS handshake timeout/i,/timeout exceeded/i,/request canceled/i,/net\/http:/i]
;const PERMANENT=[/denied/i,/unauthorized/i,/authentication required/i,/name unknown/i,/tag invalid/i,/manifest invalid/i,/no basic auth credentials/i,/does not exist/i]
;function isTransientDockerFailure(stderr){if(PERMANENT.some(p=>p.test(stderr)))return false;return TRANSIENT.some(p=>p.test(stderr))}
function parseInspect(output){const m=/^(sha256:[0-9a-f]{64}) (\d+)\s*$/.exec(output.trim());return m?{id:m[1],size:Number(m[2])}:void 0}}),
8645:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{FA:()=>createDockerCli,
l:()=>findBuildxPlugin});var node_child_process__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(1421)
;__nccwpck_require__.n(node_child_process__WEBPACK_IMPORTED_MODULE_0__);var node_fs__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(3024)
;__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);var node_os__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(8161)
;__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);var node_path__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(6760)
;__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);var _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(633)
;const SYSTEM_PLUGIN_DIRS=["/usr/local/lib/docker/cli-plugins","/usr/local/libexec/docker/cli-plugins","/usr/lib/docker/cli-plugins","/usr/libexec/docker/cli-plugins"]
;const userDockerConfigDir=env=>env.DOCKER_CONFIG||(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(env.HOME||(0,
node_os__WEBPACK_IMPORTED_MODULE_2__.homedir)(),".docker");function findBuildxPlugin(env,isExecutable=executable){const dirs=[(0,
node_path__WEBPACK_IMPORTED_MODULE_3__.join)(userDockerConfigDir(env),"cli-plugins"),...SYSTEM_PLUGIN_DIRS];return dirs.map(dir=>(0,
node_path__WEBPACK_IMPORTED_MODULE_3__.join)(dir,"docker-buildx")).find(isExecutable)}function executable(path){try{(0,
node_fs__WEBPACK_IMPORTED_MODULE_1__.accessSync)(path,node_fs__WEBPACK_IMPORTED_MODULE_1__.constants.X_OK);return true}catch{return false}}
function createDockerCli(options){const userConfig=userDockerConfigDir(options.env);if(options.buildxPlugin?.startsWith((0,
node_path__WEBPACK_IMPORTED_MODULE_3__.join)(userConfig,"cli-plugins"))){const pluginDir=(0,
node_path__WEBPACK_IMPORTED_MODULE_3__.join)(options.configDir,"cli-plugins");(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdirSync)(pluginDir,{recursive:true})
;if(!(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.existsSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(pluginDir,"docker-buildx")))(0,
node_fs__WEBPACK_IMPORTED_MODULE_1__.symlinkSync)(options.buildxPlugin,(0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(pluginDir,"docker-buildx"))}const env={
...options.env,DOCKER_CONFIG:options.configDir,DOCKER_CLI_HINTS:"false",BUILDX_CONFIG:options.env.BUILDX_CONFIG||(0,
node_path__WEBPACK_IMPORTED_MODULE_3__.join)(userConfig,"buildx")};if(options.classic)env.DOCKER_BUILDKIT="0";return{
run:(args,runOptions={})=>runDocker(args,env,runOptions,options.print)}}function runDocker(args,env,options,print){return new Promise((resolve,reject)=>{
const child=(0,node_child_process__WEBPACK_IMPORTED_MODULE_0__.spawn)("docker",args,{env,stdio:["pipe","pipe","pipe"]});let stdout="";let stderr=""
;const echoLine=text=>{if(text.trim())print?.(text)};const echoed=options.echo&&print?{
out:new _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_4__.Hq(echoLine),err:new _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_4__.Hq(echoLine)}:void 0
;child.stdout.setEncoding("utf8").on("data",chunk=>{stdout+=chunk;echoed?.out.push(chunk)});child.stderr.setEncoding("utf8").on("data",chunk=>{stderr+=chunk
;echoed?.err.push(chunk)});const timer=options.timeoutMs?setTimeout(()=>child.kill("SIGKILL"),options.timeoutMs):void 0;child.on("error",error=>{
clearTimeout(timer);reject(error.code==="ENOENT"?new Error("the docker CLI was not found on PATH: build-push needs Docker on the runner",{cause:error}):error)})
;child.on("close",(code,signal)=>{clearTimeout(timer);echoed?.out.end();echoed?.err.end();resolve({code:code??(signal?128:1),stdout,
stderr:signal?`${stderr}\nkilled by ${signal} (timeout)`:stderr})});child.stdin.on("error",()=>{});child.stdin.end(options.input??"")})}}),
4370:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{G:()=>getInputs})
;var core=__nccwpck_require__(8012);var external_node_fs_=__nccwpck_require__(3024);var external_node_path_=__nccwpck_require__(6760)
;var errors=__nccwpck_require__(8860);function resolveRegion(input,env){const region=input.trim()||env.AWS_REGION?.trim()||env.AWS_DEFAULT_REGION?.trim()||""
;if(!region)throw new errors.j1("aws-region","no region: set aws-region, or AWS_REGION (aws-actions/configure-aws-credentials sets it)")
;if(!/^[a-z]{2}(-[a-z]+)+-\d+$/.test(region))throw new errors.j1("aws-region",`'${region}' is not an AWS region name such as us-east-1`);return region}
const NEEDS_ESCAPES=/[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/;const NOT_ESCAPED_BY_JSON=/[\u007f-\u009f\u2028\u2029]/g;function quotedInFull(value){
if(!NEEDS_ESCAPES.test(value))return`'${value}'`
;return JSON.stringify(value).replace(NOT_ESCAPED_BY_JSON,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}function names_quoted(value){
if(value.length<=80)return quotedInFull(value);return`${quotedInFull(value.slice(0,80))}… (${value.length} characters)`}
const PARTITION_REGION_ACCOUNT="arn:aws[a-z-]*:ecs:[a-z]{2}(?:-[a-z]+)+-\\d+:\\d{12}";new RegExp(`^${PARTITION_REGION_ACCOUNT}:cluster/[A-Za-z0-9_-]{1,255}$`)
;new RegExp(`^${PARTITION_REGION_ACCOUNT}:service/(?:[A-Za-z0-9_-]{1,255}/)?[A-Za-z0-9_-]{1,255}$`)
;const DOMAIN_COMPONENT="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
;const DOMAIN=`(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;const PATH_COMPONENT="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
;const TAG="[\\w][\\w.-]{0,127}";const DIGEST="[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"
;new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);__nccwpck_require__(4558)
;function parseBooleanInput(name,raw,fallback){const value=raw.trim().toLowerCase();if(value==="")return fallback
;if(["true","yes","on","1"].includes(value))return true;if(["false","no","off","0"].includes(value))return false
;throw new errors.j1(name,`expected true or false, got ${names_quoted(raw.trim())}`)}
function parseIntegerInput(name,raw,fallback,min,max=Number.MAX_SAFE_INTEGER){const text=raw.trim();if(text==="")return fallback
;if(!/^\d+$/.test(text)||Number(text)<min||Number(text)>max){const range=max===Number.MAX_SAFE_INTEGER?`${min} or more`:`from ${min} to ${max}`
;throw new errors.j1(name,`expected a whole number ${range}, got ${names_quoted(text)}`)}return Number(text)}function parseLines(raw){
return raw.split(/\r?\n/).map(line=>line.trim()).filter(line=>line!==""&&!line.startsWith("#"))}function parseKeyValueLines(name,raw,separator,form){
return parseLines(raw).map((line,index)=>{const at=line.indexOf(separator);const key=at>0?line.slice(0,at).trim():""
;if(!key)throw new errors.j1(name,`line ${index+1} is not of the form ${form}`);return[key,line.slice(at+separator.length).trim()]})}
var docker_args=__nccwpck_require__(7143);var docker=__nccwpck_require__(8645);var tags=__nccwpck_require__(8301);const fromRunner={
read:name=>core.getInput(name),env:process.env,readFile:path=>(0,external_node_fs_.readFileSync)(path,"utf8"),isDirectory:path=>{try{return(0,
external_node_fs_.statSync)(path,{throwIfNoEntry:false})?.isDirectory()??false}catch{return false}},findBuildx:()=>(0,docker.l)(process.env)}
;const ECR_REPOSITORY=/^(?=.{2,256}$)(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/;const BUILD_ARG=/^[A-Za-z_][A-Za-z0-9_]*$/
;const PLATFORM=/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/;const STAGE_NAME=/^[A-Za-z][A-Za-z0-9_.-]*$/
;const BAD_BRANCH=/[\s~^:?*[\\]|\.\.|@\{|^[-/]|[/.]$|\.lock$/;const listOf=raw=>parseLines(raw).flatMap(line=>line.split(",")).map(s=>s.trim()).filter(Boolean)
;function defaultBranch(sources){const given=sources.read("default-branch").trim()
;if(given&&BAD_BRANCH.test(given))throw new errors.j1("default-branch",`'${given}' is not a branch name (such as main)`);if(given)return given
;const path=sources.env.GITHUB_EVENT_PATH;if(!path)return;try{const event=JSON.parse(sources.readFile(path))
;return typeof event.repository?.default_branch==="string"?event.repository.default_branch:void 0}catch{return}}function choice(name,raw,allowed,fallback){
const value=raw.trim()||fallback;if(!allowed.includes(value))throw new errors.j1(name,`expected ${allowed.join(" or ")}, got '${value}'`);return value}
function stageName(raw){if(raw&&!STAGE_NAME.test(raw))throw new errors.j1("target",`'${raw}' is not a Dockerfile stage name (the name after FROM … AS)`)
;return raw||void 0}const PATH_MAX_BYTES=4095;const NAME_MAX_BYTES=255;function checkPathLength(input,path,what=names_quoted(path)){
const bytes=Buffer.byteLength(path)
;if(bytes>PATH_MAX_BYTES)throw new errors.j1(input,`${what} is too long for a path (${bytes} bytes; at most ${PATH_MAX_BYTES})`)
;const name=path.split("/").find(part=>Buffer.byteLength(part)>NAME_MAX_BYTES)
;if(name!==void 0)throw new errors.j1(input,`${what} has a file or folder name of ${Buffer.byteLength(name)} bytes (at most ${NAME_MAX_BYTES}): ${names_quoted(name)}`)
}function readDockerfile(path,sources){try{sources.readFile(path)}catch(error){const code=error.code
;throw new errors.j1("dockerfile",`cannot read ${names_quoted(path)} (${code==="ENOENT"?"no such file":code??error.message})`,{cause:error})}}
function getInputs(sources=fromRunner){const{read,env}=sources;const repository=read("repository").trim()
;if(!repository)throw new errors.j1("repository","required: the ECR repository name, e.g. my-team/api")
;if(!ECR_REPOSITORY.test(repository))throw new errors.j1("repository",`'${repository}' is not an ECR repository name (lowercase letters, digits, . _ - and / between parts, 2-256 characters)`)
;const registryId=read("registry").trim()||void 0
;if(registryId!==void 0&&!/^\d{12}$/.test(registryId))throw new errors.j1("registry",`expected a 12-digit AWS account id, got '${registryId}'`)
;const region=resolveRegion(read("aws-region"),env);const context=read("context").trim()||".";checkPathLength("context",context)
;const givenDockerfile=read("dockerfile").trim();const dockerfile=givenDockerfile||(0,external_node_path_.join)(context,"Dockerfile")
;if(givenDockerfile)checkPathLength("dockerfile",dockerfile);else checkPathLength("context",dockerfile,`${names_quoted(context)} with /Dockerfile (the default dockerfile)`)
;if(!sources.isDirectory(context))throw new errors.j1("context",`${names_quoted(context)} is not a directory`);readDockerfile(dockerfile,sources)
;const buildArgs=parseKeyValueLines("build-args",read("build-args"),"=","KEY=VALUE")
;for(const[key]of buildArgs)if(!BUILD_ARG.test(key))throw new errors.j1("build-args",`'${key}' is not a build argument name (letters, digits and _; not starting with a digit)`)
;const labels=parseKeyValueLines("labels",read("labels"),"=","key=value");const buildxPlugin=sources.findBuildx();const platforms=listOf(read("platforms"))
;for(const platform of platforms)if(!PLATFORM.test(platform))throw new errors.j1("platforms",`'${platform}' is not a platform such as linux/amd64 or linux/arm64/v8`)
;if(platforms.length&&!buildxPlugin)throw new errors.j1("platforms","needs docker buildx, and no docker-buildx plugin was found (add docker/setup-buildx-action before this step, or remove platforms)")
;const cacheFrom=parseLines(read("cache-from"));const cacheTo=parseLines(read("cache-to"))
;if(cacheTo.length&&!buildxPlugin)throw new errors.j1("cache-to","exporting a build cache needs docker buildx, and no docker-buildx plugin was found")
;if(!buildxPlugin)for(const spec of cacheFrom)if(!(0,
docker_args.Av)(spec))throw new errors.j1("cache-from",`'${spec}': without buildx only image references (or type=registry,ref=…) can be cache sources`)
;const rawRules=parseLines(read("tags"));const tagRules=rawRules.length?rawRules:[...tags.rP]
;for(const rule of tagRules)if(!tags.lX.includes(rule))throw new errors.j1("tags",`unknown tag rule '${rule}': expected one per line of ${tags.lX.join(", ")} (literal tags go in extra-tags)`)
;const extraTags=listOf(read("extra-tags"))
;for(const tag of extraTags)if(!tags.g6.test(tag))throw new errors.j1("extra-tags",`'${tag}' is not a valid Docker tag (letters, digits, _ . -; not starting with . or -; at most 128 characters)`)
;const sha=env.GITHUB_SHA?.trim()??""
;if((tagRules.includes("sha")||tagRules.includes("sha-short"))&&!/^[0-9a-f]{7,64}$/.test(sha))throw new errors.j1("tags",`the sha rules need GITHUB_SHA to be a commit sha, got '${sha}'`)
;const immutable=choice("image-tag-mutability",read("image-tag-mutability"),["MUTABLE","IMMUTABLE"],"MUTABLE")==="IMMUTABLE"
;const keepRaw=read("lifecycle-keep-last").trim();return{repository,registryId,region,context,dockerfile,target:stageName(read("target").trim()),buildArgs,
labels,ociLabels:parseBooleanInput("oci-labels",read("oci-labels"),true),platforms,tagRules,extraTags,push:parseBooleanInput("push",read("push"),true),
createRepository:parseBooleanInput("create-repository",read("create-repository"),false),immutable,
scanOnPush:parseBooleanInput("scan-on-push",read("scan-on-push"),true),keepLast:keepRaw?parseIntegerInput("lifecycle-keep-last",keepRaw,0,1,1e4):void 0,
ifExists:choice("if-exists",read("if-exists"),["skip","rebuild"],"skip"),cacheFrom,cacheTo,noCache:parseBooleanInput("no-cache",read("no-cache"),false),
pull:parseBooleanInput("pull",read("pull"),false),pushAttempts:parseIntegerInput("push-attempts",read("push-attempts"),4,1,20),
builder:buildxPlugin?"buildx":"classic",buildxPlugin,git:{sha,ref:env.GITHUB_REF?.trim()??"",defaultBranch:defaultBranch(sources)},
serverUrl:env.GITHUB_SERVER_URL?.trim()||"https://github.com",githubRepository:env.GITHUB_REPOSITORY?.trim()??""}}}),
7284:((module,__unused_webpack___webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.a(module,async(__webpack_handle_async_dependencies__,__webpack_async_result__)=>{try{
var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(8012);var node_fs__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(3024)
;__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_1__);var node_os__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(8161)
;__nccwpck_require__.n(node_os__WEBPACK_IMPORTED_MODULE_2__);var node_path__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(6760)
;__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_3__);var _common_src_clock_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(2301)
;var _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_5__=__nccwpck_require__(633);var _docker_js__WEBPACK_IMPORTED_MODULE_6__=__nccwpck_require__(8645)
;var _inputs_js__WEBPACK_IMPORTED_MODULE_7__=__nccwpck_require__(4370);var _post_js__WEBPACK_IMPORTED_MODULE_8__=__nccwpck_require__(6899)
;var _report_js__WEBPACK_IMPORTED_MODULE_9__=__nccwpck_require__(5203);var _run_js__WEBPACK_IMPORTED_MODULE_10__=__nccwpck_require__(9192);const logger=(0,
_common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_5__.eU)(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__);async function main(){
_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.saveState("is-post","true");try{const inputs=(0,_inputs_js__WEBPACK_IMPORTED_MODULE_7__.G)()
;const configDir=(0,node_fs__WEBPACK_IMPORTED_MODULE_1__.mkdtempSync)((0,node_path__WEBPACK_IMPORTED_MODULE_3__.join)(process.env.RUNNER_TEMP||(0,
node_os__WEBPACK_IMPORTED_MODULE_2__.tmpdir)(),"build-push-docker-"));_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.saveState("docker-config",configDir)
;const{createEcrApi}=await Promise.all([__nccwpck_require__.e(249),__nccwpck_require__.e(469)]).then(__nccwpck_require__.bind(__nccwpck_require__,1469))
;const docker=(0,_docker_js__WEBPACK_IMPORTED_MODULE_6__.FA)({configDir,classic:inputs.builder==="classic",buildxPlugin:inputs.buildxPlugin,env:process.env,
print:text=>_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.info(text)});const report=await(0,_run_js__WEBPACK_IMPORTED_MODULE_10__.e)(inputs,{
ecr:createEcrApi(inputs.region,inputs.registryId),docker,clock:_common_src_clock_js__WEBPACK_IMPORTED_MODULE_4__.m,logger,random:Math.random,
mask:secret=>_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret),
saveState:(name,value)=>_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.saveState(name,value)});for(const[name,value]of Object.entries((0,
_report_js__WEBPACK_IMPORTED_MODULE_9__.Y)(report)))_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setOutput(name,value)
;await _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_report_js__WEBPACK_IMPORTED_MODULE_9__.e)(report)).write()}catch(error){
_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed(error instanceof Error?error.message:String(error))}}
if(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.getState("is-post"))await(0,
_post_js__WEBPACK_IMPORTED_MODULE_8__.b)(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.getState("docker-config"),_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.getState("registry"),logger);else await main()
;__webpack_async_result__()}catch(e){__webpack_async_result__(e)}},1)}),6899:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{b:()=>post});var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(1455)
;__nccwpck_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);var _common_src_errors_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(8860)
;var _docker_args_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(7143);var _docker_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(8645)
;async function post(configDir,registry,logger,docker){if(!configDir)return;const cli=docker??(0,_docker_js__WEBPACK_IMPORTED_MODULE_2__.FA)({configDir,
classic:true,env:process.env});if(registry)try{const out=await cli.run((0,_docker_args_js__WEBPACK_IMPORTED_MODULE_3__.fB)(registry),{timeoutMs:3e4})
;if(out.code!==0)logger.warning(`docker logout ${registry} failed: ${out.stderr.trim()}`);else logger.info(`Logged out of ${registry}`)}catch(error){
logger.warning(`docker logout ${registry} failed: ${(0,_common_src_errors_js__WEBPACK_IMPORTED_MODULE_1__.gJ)(error)}`)}try{await(0,
node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.rm)(configDir,{recursive:true,force:true})}catch(error){logger.warning(`Could not remove ${configDir}: ${(0,
_common_src_errors_js__WEBPACK_IMPORTED_MODULE_1__.gJ)(error)}`)}}}),5203:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{Y:()=>outputsOf,e:()=>summaryMarkdown})
;var _common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(4558)
;var _common_src_summary_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(6663);function outputsOf(report){return{
image:report.digest?`${report.repositoryUri}@${report.digest}`:"",digest:report.digest,tags:report.references.join("\n"),registry:report.registry,
built:String(report.built)}}function formatBytes(bytes){if(bytes===void 0)return"—";if(bytes<1024)return`${bytes} B`;const units=["KiB","MiB","GiB"]
;let value=bytes/1024;let unit=0;while(value>=1024&&unit<units.length-1){value/=1024;unit+=1}return`${value.toFixed(1)} ${units[unit]}`}
function summaryMarkdown(report){const outcome=report.built?report.pushed?"built and pushed":"built (not pushed)":"build skipped: the commit is already in ECR"
;const rows=[["Image",report.digest?`\`${report.repositoryUri}@${report.digest}\``:"—"],["Tags",report.references.map(r=>`\`${r}\``).join("\n")],["Digest",report.digest?`\`${report.digest}\``:"—"],["Size (compressed, in ECR)",formatBytes(report.sizeBytes)],["Result",outcome],["Duration",(0,
_common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__.a)(report.durationMs)+(report.buildMs!==void 0?` (build ${(0,
_common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__.a)(report.buildMs)}${report.pushMs!==void 0?`, push ${(0,
_common_src_durations_js__WEBPACK_IMPORTED_MODULE_0__.a)(report.pushMs)}`:""})`:"")]]
;if(report.addedTags.length)rows.push(["Tags added to the existing image",report.addedTags.join(", ")])
;if(report.pushAttempts>report.references.length)rows.push(["Push attempts",`${report.pushAttempts} for ${report.references.length} tag(s) (transient registry failures retried)`])
;return`### ✅ build-push: ${outcome}\n\n${(0,_common_src_summary_js__WEBPACK_IMPORTED_MODULE_1__.Q)(["",""],rows)}\n`}}),
9192:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{e:()=>run})
;var docker_args=__nccwpck_require__(7143);function ociLabels(context,userLabels){const generated=[];if(context.repository){
generated.push(["org.opencontainers.image.source",`${context.serverUrl.replace(/\/+$/,"")}/${context.repository}`])
;generated.push(["org.opencontainers.image.title",context.repository.split("/").pop()])}
if(context.sha)generated.push(["org.opencontainers.image.revision",context.sha])
;if(context.version)generated.push(["org.opencontainers.image.version",context.version])
;generated.push(["org.opencontainers.image.created",context.created.toISOString()]);const user=new Map(userLabels)
;return[...generated.filter(([key])=>!user.has(key)),...userLabels.map(([k,v])=>[k,v])]}function backoffDelay(retry,policy,random=Math.random){
const step=Math.min(policy.maxMs,policy.initialMs*policy.factor**Math.max(0,retry-1));const half=step/2;return Math.round(half+random()*half)}
async function retry(attempt,options){for(let n=1;;n++)try{return await attempt(n)}catch(error){const wait=backoffDelay(n,options.policy,options.random)
;const exhausted=options.attempts!==void 0&&n>=options.attempts;const late=options.deadline!==void 0&&options.clock.now()+wait>options.deadline
;if(!options.retryable(error)||exhausted||late||options.signal?.aborted)throw error;const done=await(options.beforeRetry?.(error,n,wait))
;if(done!==void 0)return done;await options.clock.sleep(wait,options.signal);if(options.signal?.aborted)throw error}}var summary=__nccwpck_require__(6663)
;const PUSH_BACKOFF={initialMs:2e3,maxMs:1e4,factor:2};class DockerCommandError extends Error{what;code;stderr;constructor(what,code,stderr){
super(`${what} failed (exit ${code}): ${(0,summary.x)(lastLines(stderr,6),1500)}`);this.what=what;this.code=code;this.stderr=stderr
;this.name="DockerCommandError"}}const lastLines=(text,n)=>text.trim().split(/\r?\n/).slice(-n).join("\n")
;async function pushReference(reference,attempts,deps){let used=0;const result=await retry(async n=>{used=n;const out=await deps.docker.run((0,
docker_args.d1)(reference),{echo:true});if(out.code!==0)throw new DockerCommandError(`docker push ${reference}`,out.code,out.stderr||out.stdout)
;const parsed=(0,docker_args.l_)(out.stdout);if(!parsed)throw new Error(`docker push ${reference} succeeded but printed no "digest: sha256:… size: N" line`)
;return parsed},{policy:PUSH_BACKOFF,clock:deps.clock,random:deps.random,attempts,retryable:error=>error instanceof DockerCommandError&&(0,
docker_args.vf)(error.stderr),beforeRetry:(error,n,waitMs)=>{
deps.logger.warning(`Push of ${reference} failed (attempt ${n} of ${attempts}), retrying in ${Math.round(waitMs/100)/10}s: ${lastLines(error.stderr,1)}`);return
}});return{...result,attempts:used}}async function pushAll(repository,references,attempts,deps){const results=[];let total=0;for(const reference of references){
const pushed=await pushReference(reference,attempts,deps);total+=pushed.attempts;results.push({tag:pushed.tag,digest:pushed.digest,size:pushed.size})}
const digests=new Set(results.map(r=>r.digest))
;if(digests.size!==1)throw new Error(`docker push reported different digests for the tags of one build: ${results.map(r=>`${r.tag}=${r.digest}`).join(", ")}`)
;const digest=results[0]?.digest;let sizeBytes;for(const{tag}of results){const held=await deps.ecr.describeTag(repository,tag)
;if(held?.digest!==digest)throw new Error(`The registry holds ${held?held.digest:"nothing"} for ${repository}:${tag}, but docker push reported ${digest}`)
;sizeBytes??=held.sizeBytes}return{digest,results,attempts:total,sizeBytes}}var tags=__nccwpck_require__(8301);class ImmutableTagConflict extends Error{
name="ImmutableTagConflict"}async function ensureRepository(inputs,deps){const existing=await deps.ecr.describeRepository(inputs.repository)
;if(existing)return existing
;if(!inputs.createRepository)throw new Error(`ECR repository ${inputs.repository} does not exist${inputs.registryId?` in registry ${inputs.registryId}`:""}: create it, or set create-repository: true`)
;const created=await deps.ecr.createRepository({name:inputs.repository,immutable:inputs.immutable,scanOnPush:inputs.scanOnPush,keepLast:inputs.keepLast})
;deps.logger.info(`Created ECR repository ${created.uri} (${inputs.immutable?"IMMUTABLE":"MUTABLE"} tags, scan on push ${inputs.scanOnPush?"on":"off"}`+`${inputs.keepLast?`, keeps the newest ${inputs.keepLast} images`:""})`)
;return created}async function login(deps){const credentials=await deps.ecr.getLogin();deps.mask(credentials.password);const out=await deps.docker.run((0,
docker_args.Wg)(credentials.host,credentials.username),{input:credentials.password,timeoutMs:6e4})
;if(out.code!==0)throw new DockerCommandError(`docker login ${credentials.host}`,out.code,out.stderr);deps.saveState("registry",credentials.host)
;deps.logger.info(`Logged in to ${credentials.host}`);return credentials.host}function immutableConflicts(repository,plan,byTag,keepDigest){
if(!repository.immutable)return;const held=plan.tags.map(tag=>[tag,byTag.get(tag)]).filter(([,image])=>image&&image.digest!==keepDigest)
;if(held.length===0)return;const list=held.map(([tag,image])=>`${tag} (${image?.digest})`).join(", ")
;throw new ImmutableTagConflict(`Repository ${repository.name} has IMMUTABLE tags and these planned tags already point at another image: ${list}. `+"ECR never moves an immutable tag: drop the rule that makes them (e.g. latest) or use a mutable repository.")
}async function tagExisting(inputs,plan,image,byTag,deps){const missing=plan.tags.filter(tag=>byTag.get(tag)?.digest!==image.digest)
;if(missing.length===0)return[];const{manifest,mediaType}=await deps.ecr.getManifest(inputs.repository,image.digest)
;for(const tag of missing)await deps.ecr.putTag(inputs.repository,tag,manifest,mediaType??image.mediaType,image.digest);return missing}
async function agreedImage(repository,tags,deps){const held=await Promise.all(tags.map(async tag=>[tag,await deps.ecr.describeTag(repository,tag)]))
;const digests=new Set(held.map(([,image])=>image?.digest));const image=held[0]?.[1]
;if(digests.size!==1||!image?.digest)throw new Error(`After the push the tags do not all hold one image: ${held.map(([t,i])=>`${t}=${i?.digest??"missing"}`).join(", ")}`)
;return image}async function build(inputs,references,plan,pushFromBuilder,deps){if(inputs.builder==="classic")for(const spec of inputs.cacheFrom){const ref=(0,
docker_args.Av)(spec);const out=await deps.docker.run((0,docker_args.W8)(ref),{timeoutMs:6e5})
;if(out.code!==0)deps.logger.info(`cache-from ${ref} not pulled (${lastLines(out.stderr,1)}); building without it`)}const labels=inputs.ociLabels?ociLabels({
serverUrl:inputs.serverUrl,repository:inputs.githubRepository,sha:inputs.git.sha,version:plan.version,created:new Date(deps.clock.now())
},inputs.labels):inputs.labels;const buildPlan={builder:inputs.builder,context:inputs.context,dockerfile:inputs.dockerfile,target:inputs.target,
buildArgs:inputs.buildArgs,labels,references,platforms:inputs.platforms,cacheFrom:inputs.cacheFrom,cacheTo:inputs.cacheTo,noCache:inputs.noCache,
pull:inputs.pull,pushFromBuilder};const separateLabels=(0,docker_args.NG)(buildPlan);const argv=(0,docker_args.v$)(separateLabels?{...buildPlan,labels:[],
references:references.slice(0,1)}:buildPlan);await dockerBuild(argv,void 0,deps);if(!separateLabels)return;const inspected=await deps.docker.run((0,
docker_args.TT)(references[0]),{timeoutMs:6e4});const image=(0,docker_args.E7)(inspected.stdout)
;if(inspected.code!==0||!image)throw new DockerCommandError(`docker image inspect ${references[0]}`,inspected.code,inspected.stderr||inspected.stdout)
;await dockerBuild((0,docker_args.zZ)(references),(0,docker_args.DY)(image.id,labels),deps)}async function dockerBuild(argv,dockerfileOnStdin,deps){
deps.logger.info(`docker ${argv.join(" ")}`);if(dockerfileOnStdin)for(const line of dockerfileOnStdin.trimEnd().split("\n"))deps.logger.info(`  ${line}`)
;const out=await deps.docker.run(argv,{input:dockerfileOnStdin,echo:true})
;if(out.code!==0)throw new DockerCommandError("docker build",out.code,out.stderr||out.stdout)}async function run(inputs,deps){const started=deps.clock.now()
;const repository=await ensureRepository(inputs,deps);const registry=await login(deps);const images=await deps.ecr.listImages(inputs.repository)
;const byTag=new Map(images.flatMap(image=>image.tags.map(tag=>[tag,image])));const plan=(0,tags.Vd)({rules:inputs.tagRules,extraTags:inputs.extraTags,
git:inputs.git,existingTags:[...byTag.keys()]});for(const note of plan.notes)deps.logger.info(`tags: ${note}`)
;if(plan.tags.length===0)throw new Error(`No tags: the tag rules (${inputs.tagRules.join(", ")}) give none for ${inputs.git.ref}; add extra-tags or a sha rule`)
;const references=plan.tags.map(tag=>`${repository.uri}:${tag}`);deps.logger.info(`Tags: ${plan.tags.join(", ")}`);const report={repository:inputs.repository,
repositoryUri:repository.uri,registry,references,digest:"",built:false,pushed:false,addedTags:[],pushAttempts:0,durationMs:0,notes:plan.notes}
;const finish=()=>({...report,durationMs:deps.clock.now()-started});const existing=plan.commitTag?byTag.get(plan.commitTag):void 0
;if(existing&&inputs.ifExists==="skip"&&inputs.push){immutableConflicts(repository,plan,byTag,existing.digest)
;report.addedTags=await tagExisting(inputs,plan,existing,byTag,deps)
;deps.logger.info(`${repository.uri}:${plan.commitTag} already exists (${existing.digest}): build skipped`+`${report.addedTags.length?`, tags added: ${report.addedTags.join(", ")}`:""}`)
;Object.assign(report,{digest:existing.digest,sizeBytes:existing.sizeBytes});return finish()}if(inputs.push)immutableConflicts(repository,plan,byTag,void 0)
;const pushFromBuilder=inputs.push&&inputs.platforms.length>0;const buildStart=deps.clock.now();await build(inputs,references,plan,pushFromBuilder,deps)
;report.buildMs=deps.clock.now()-buildStart;report.built=true;if(!inputs.push)return finish();if(pushFromBuilder){
const image=await agreedImage(inputs.repository,plan.tags,deps);Object.assign(report,{digest:image.digest,pushed:true,pushAttempts:1,sizeBytes:image.sizeBytes})
;return finish()}const pushStart=deps.clock.now();const pushed=await pushAll(inputs.repository,references,inputs.pushAttempts,deps)
;report.pushMs=deps.clock.now()-pushStart;Object.assign(report,{digest:pushed.digest,pushed:true,pushAttempts:pushed.attempts,sizeBytes:pushed.sizeBytes})
;deps.logger.info(`Pushed ${repository.uri}@${pushed.digest} (build ${report.buildMs} ms, push ${report.pushMs} ms)`);return finish()}}),
8301:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{rP:()=>DEFAULT_TAG_RULES,g6:()=>DOCKER_TAG,
lX:()=>TAG_RULES,Vd:()=>planTags})
;const SEMVER=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/
;function parseSemver(text){const m=SEMVER.exec(text);if(!m)return;return{major:Number(m[1]),minor:Number(m[2]),patch:Number(m[3]),prerelease:m[4]??"",
build:m[5]??""}}const isRelease=v=>v.prerelease==="";function compareReleases(a,b){return a.major-b.major||a.minor-b.minor||a.patch-b.patch}
function higherReleases(version,published){const higher={};const keep=(line,v)=>{const current=higher[line]
;if(!current||compareReleases(v,current)>0)higher[line]=v};for(const text of published){const v=parseSemver(text)
;if(!v||!isRelease(v)||compareReleases(v,version)<=0)continue;keep("all",v);if(v.major===version.major)keep("major",v)
;if(v.major===version.major&&v.minor===version.minor)keep("minor",v)}return higher}const TAG_RULES=["sha","sha-short","semver","latest","branch"]
;const DEFAULT_TAG_RULES=["sha","semver","latest"];const DOCKER_TAG=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;function versionTag(v){
const base=`${v.major}.${v.minor}.${v.patch}${v.prerelease?`-${v.prerelease}`:""}`;return v.build?`${base}-${v.build}`:base}
const branchOf=ref=>ref.startsWith("refs/heads/")?ref.slice("refs/heads/".length):void 0
;const gitTagOf=ref=>ref.startsWith("refs/tags/")?ref.slice("refs/tags/".length):void 0;function sanitizeTag(text){
const cleaned=text.replace(/[^A-Za-z0-9_.-]/g,"-").replace(/^[.-]+/,"").slice(0,128);return cleaned}function planTags(input){const{git}=input;const tags=[]
;const notes=[];const add=tag=>{if(!tags.includes(tag))tags.push(tag)};const branch=branchOf(git.ref);const gitTag=gitTagOf(git.ref)
;const version=gitTag?parseSemver(gitTag):void 0;const moveUnlessHigher=(tag,higher)=>{
if(!higher)add(tag);else if(version)notes.push(`${tag}: ${versionTag(version)} is older than ${versionTag(higher)}, already in the repository`)};let commitTag
;for(const rule of input.rules)switch(rule){case"sha":add(git.sha);commitTag=git.sha;break;case"sha-short":add(git.sha.slice(0,7))
;commitTag??=git.sha.slice(0,7);break;case"branch":if(branch)add(sanitizeTag(branch));else notes.push(`branch: ${git.ref} is not a branch`);break;case"semver":
if(!version)notes.push(`semver: ${git.ref} is not a version tag (refs/tags/v1.2.3)`);else if(!isRelease(version))add(versionTag(version));else{
add(versionTag(version));const higher=higherReleases(version,input.existingTags);moveUnlessHigher(`${version.major}.${version.minor}`,higher.minor)
;moveUnlessHigher(`${version.major}`,higher.major)}break;case"latest":
if(branch!==void 0&&git.defaultBranch!==void 0&&branch===git.defaultBranch)add("latest");else if(version&&isRelease(version))moveUnlessHigher("latest",higherReleases(version,input.existingTags).all);else notes.push(`latest: ${git.ref} is neither the default branch${git.defaultBranch?` (${git.defaultBranch})`:" (unknown)"} nor a release tag`)
;break}for(const tag of input.extraTags)add(tag);return{tags,commitTag,version:version?versionTag(version):branch?sanitizeTag(branch):git.sha,notes}}}),
2301:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{m:()=>systemClock});const systemClock={
now:()=>Date.now(),sleep:(ms,signal)=>new Promise(resolve=>{if(signal?.aborted)return resolve();const timer=setTimeout(done,Math.max(0,ms));function done(){
clearTimeout(timer);signal?.removeEventListener("abort",done);resolve()}signal?.addEventListener("abort",done,{once:true})})}}),
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
4558:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{a:()=>formatDuration})
;function formatDuration(ms){if(ms<1e3)return`${Math.round(ms)}ms`;if(ms<6e4)return`${Number((ms/1e3).toFixed(1))}s`;const totalSeconds=Math.round(ms/1e3)
;const h=Math.floor(totalSeconds/3600);const m=Math.floor(totalSeconds%3600/60);const s=totalSeconds%60
;return`${h?`${h}h`:""}${m?`${m}m`:""}${s?`${s}s`:""}`||"0s"}}),8860:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{gJ:()=>errorMessage,j1:()=>ConfigurationError,p$:()=>withStep});class ConfigurationError extends Error{input
;constructor(input,expected,options){super(`Input '${input}': ${expected}`,options);this.name="ConfigurationError";this.input=input}}
function withStep(step,error){const detail=error instanceof Error?`${error.name==="Error"?"":`${error.name}: `}${error.message}`:String(error)
;return new Error(`${step}: ${detail}`,{cause:error})}function errorMessage(error){return error instanceof Error?error.message:String(error)}}),
6663:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Q:()=>markdownTable,x:()=>truncate})
;function markdownTable(header,rows){const cell=text=>text.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>");const line=cells=>`| ${cells.map(cell).join(" | ")} |`
;return[line(header),line(header.map(()=>"---")),...rows.map(line)].join("\n")}function truncate(text,max){
return text.length<=max?text:`${text.slice(0,max)}… (${text.length-max} more characters)`}}),
633:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{Hq:()=>UntrustedLineStream,
eU:()=>untrustedSafeLogger});var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(7598)
;__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);function isCommandLike(line){return/^[\s\u0085]*::/.test(line)||line.includes("##[")}
function splitRunnerLines(text){return text.split(/\r\n|\r|\n/)}function pauseToken(text,newToken){for(;;){const token=newToken().replace(/-/g,"")
;if(!text.toLowerCase().includes(token.toLowerCase()))return token}}function neutralize(text,newToken=node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID){
const lines=splitRunnerLines(text);const out=[];for(let i=0;i<lines.length;){if(!isCommandLike(lines[i])){out.push(lines[i]);i+=1;continue}let end=i
;while(end<lines.length&&isCommandLike(lines[end]))end+=1;const block=lines.slice(i,end);const token=pauseToken(block.join("\n"),newToken)
;out.push(`::stop-commands::${token}`,...block,`::${token}::`);i=end}return out.join("\n")}function untrustedSafeLogger(base){return{
info:message=>base.info(neutralize(message)),warning:message=>base.warning(message),error:message=>base.error(message),debug:message=>base.debug(message)}}
class UntrustedLineStream{print;buffer="";constructor(print){this.print=print}push(chunk){let text=this.buffer+chunk;const held=text.endsWith("\r")?"\r":""
;if(held)text=text.slice(0,-1);const lines=splitRunnerLines(text);this.buffer=lines.pop()+held;for(const line of lines)this.emit(line)}end(){
const rest=this.buffer.endsWith("\r")?this.buffer.slice(0,-1):this.buffer;this.buffer="";if(rest!=="")this.emit(rest)}emit(line){this.print(neutralize(line))}}
}),6698:(module=>{module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:async_hooks")}),1421:(module=>{
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
;var __webpack_exports__=__nccwpck_require__(7284);__webpack_exports__=await __webpack_exports__;