export const id=155;export const ids=[155];export const modules={648:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.d(__webpack_exports__,{r:()=>awsClientConfig});var _proxy_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(8631)
;const DEFAULT_MAX_ATTEMPTS=8;function awsClientConfig(region,action,maxAttempts=DEFAULT_MAX_ATTEMPTS,env=process.env){const config={region,
retryMode:maxAttempts===1?"standard":"adaptive",maxAttempts,customUserAgent:`platform-actions/${action}`};if((0,
_proxy_js__WEBPACK_IMPORTED_MODULE_0__.zH)(env))config.requestHandler=(0,_proxy_js__WEBPACK_IMPORTED_MODULE_0__.Hd)(env,{keepAlive:true,maxSockets:50})
;return config}}),8631:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{Hd:()=>proxyAgents,
zH:()=>proxySettingsFromEnv});var node_http__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(7067);__webpack_require__.n(node_http__WEBPACK_IMPORTED_MODULE_0__)
;var node_https__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(4708);__webpack_require__.n(node_https__WEBPACK_IMPORTED_MODULE_1__)
;var node_net__WEBPACK_IMPORTED_MODULE_2__=__webpack_require__(7030);__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_2__)
;var node_tls__WEBPACK_IMPORTED_MODULE_3__=__webpack_require__(1692);__webpack_require__.n(node_tls__WEBPACK_IMPORTED_MODULE_3__)
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
const port=proxyPort(proxy);const host=normalHost(proxy.hostname);return proxy.protocol==="https:"?node_tls__WEBPACK_IMPORTED_MODULE_3__.connect({host,port,
servername:node_net__WEBPACK_IMPORTED_MODULE_2__.isIP(host)?void 0:host}):node_net__WEBPACK_IMPORTED_MODULE_2__.connect({host,port})}
const CONNECT_TIMEOUT_MS=3e4;function tunnel(proxy,host,port,pending,timeoutMs){return new Promise((resolve,reject)=>{const socket=connectToProxy(proxy)
;pending.add(socket);const authority=node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6(host)?`[${host}]:${port}`:`${host}:${port}`
;const auth=proxyAuthorization(proxy);let received=Buffer.alloc(0);const done=()=>{pending.delete(socket);socket.setTimeout(0);socket.off("data",onData)
;socket.off("error",fail);socket.off("end",onClosed);socket.off("close",onClosed)};const fail=error=>{done();socket.destroy();reject(error)}
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
for(const socket of this.sockets)socket.destroy()}}class ProxyHttpsAgent extends node_https__WEBPACK_IMPORTED_MODULE_1__.Agent{settings;pending
;constructor(settings,options,connectTimeoutMs){super(options);this.settings=settings;this.pending=new PendingTunnels(connectTimeoutMs)}destroy(){
this.pending.destroy();super.destroy()}createConnection(options,callback){const port=Number(options.port)||443
;const proxy=proxyFor(this.settings,"https:",options.host??"localhost",port);if(!proxy)return super.createConnection(options,callback)
;this.pending.open(proxy,options.host??"localhost",port,callback,socket=>node_tls__WEBPACK_IMPORTED_MODULE_3__.connect({...options,socket}));return}}
class TunnelHttpAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent{proxy;pending;constructor(proxy,options,connectTimeoutMs){super(options)
;this.proxy=proxy;this.pending=new PendingTunnels(connectTimeoutMs)}createConnection(options,callback){
this.pending.open(this.proxy,options.host??"localhost",Number(options.port)||80,callback);return}destroy(){this.pending.destroy();super.destroy()}}
class ProxyHttpAgent extends node_http__WEBPACK_IMPORTED_MODULE_0__.Agent{settings;agentOptions;connectTimeoutMs;tunnels=new Map
;constructor(settings,agentOptions,connectTimeoutMs){super(agentOptions);this.settings=settings;this.agentOptions=agentOptions
;this.connectTimeoutMs=connectTimeoutMs}addRequest(request,options){const host=options.host??"localhost";const port=Number(options.port)||80
;const proxy=proxyFor(this.settings,"http:",host,port);const headWritten=Boolean(request._header);if(proxy&&headWritten){let agent=this.tunnels.get(proxy.href)
;if(!agent)this.tunnels.set(proxy.href,agent=new TunnelHttpAgent(proxy,this.agentOptions,this.connectTimeoutMs))
;return node_http__WEBPACK_IMPORTED_MODULE_0__.Agent.prototype.addRequest.call(agent,request,options)}if(proxy){
request.path=`http://${node_net__WEBPACK_IMPORTED_MODULE_2__.isIPv6(normalHost(host))?`[${normalHost(host)}]`:host}:${port}${request.path}`
;const auth=proxyAuthorization(proxy);if(auth)request.setHeader("Proxy-Authorization",auth)}
node_http__WEBPACK_IMPORTED_MODULE_0__.Agent.prototype.addRequest.call(this,request,options)}createConnection(options,callback){
const proxy=proxyFor(this.settings,"http:",options.host??"localhost",Number(options.port)||80)
;return proxy?connectToProxy(proxy):super.createConnection(options,callback)}destroy(){for(const agent of this.tunnels.values())agent.destroy();super.destroy()}
}function proxyAgents(env,options={},connectTimeoutMs=CONNECT_TIMEOUT_MS){const settings=proxySettingsFromEnv(env);return{
httpAgent:new ProxyHttpAgent(settings,options,connectTimeoutMs),httpsAgent:new ProxyHttpsAgent(settings,options,connectTimeoutMs)}}}),
7155:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.d(__webpack_exports__,{createS3Api:()=>createS3Api})
;var dist_cjs=__webpack_require__(3711);var external_node_fs_=__webpack_require__(3024);var promises_=__webpack_require__(1455)
;var aws=__webpack_require__(1442);var aws_client=__webpack_require__(648);var proxy=__webpack_require__(8631);var backoff=__webpack_require__(7695)
;var src_clock=__webpack_require__(2301);const CANCEL_WINDOW={sigtermMs:7500,budgetMs:5e3,multipartGraceMs:2e3,runTaskGraceMs:3e3,stopTaskMs:6e3,
stoppedByMs:6500,reportMs:7e3};class DeadlineError extends Error{constructor(message){super(message);this.name="DeadlineError"}}function signalAt(clock,at){
return AbortSignal.timeout(Math.max(1,at-clock.now()))}class CancelClock{signal;clock;at;waiting=new Set;constructor(signal,clock=src_clock.m){
this.signal=signal;this.clock=clock;const record=()=>{this.at=clock.now();for(const start of this.waiting)start();this.waiting.clear()}
;if(signal?.aborted)record();else signal?.addEventListener("abort",record,{once:true})}get cancelled(){return this.at!==void 0}after(offsetMs){
return(this.at??this.clock.now())+offsetMs}by(ms,budgetMs=CANCEL_WINDOW.budgetMs){const own=this.clock.now()+ms
;return this.at===void 0?own:Math.min(own,this.at+budgetMs)}within(ms,budgetMs=CANCEL_WINDOW.budgetMs){return signalAt(this.clock,this.by(ms,budgetMs))}
afterCancel(ms){const deadline=new AbortController;const released=new AbortController
;const reason=new DeadlineError(`gave up ${ms/1e3} s after the cancel, before the runner stops the step`);const start=()=>{
void this.clock.sleep(Math.max(1,this.after(ms)-this.clock.now()),released.signal).then(()=>{if(!released.signal.aborted)deadline.abort(reason)})}
;if(this.cancelled)start();else if(this.signal)this.waiting.add(start);return{signal:deadline.signal,dispose:()=>{this.waiting.delete(start);released.abort()}}}
}var errors=__webpack_require__(8860);var display=__webpack_require__(3745);var p_limit=__webpack_require__(370);var outcome=__webpack_require__(8743)
;const PARTS_IN_FLIGHT=8;const partLimiter=()=>(0,p_limit.A)(PARTS_IN_FLIGHT);const CLEANUP_MS=1e4;async function readPart(path,offset,length){
const file=await(0,promises_.open)(path,"r");try{const buffer=Buffer.alloc(length);const{bytesRead}=await file.read(buffer,0,length,offset)
;if(bytesRead!==length)throw new Error(`${path} changed while it was uploaded (read ${bytesRead} of ${length} bytes at ${offset})`);return buffer}finally{
await file.close()}}async function uploadParts(s3,upload,path,size,partSize,cancel,limit){const stop=new AbortController
;const signal=cancel?AbortSignal.any([stop.signal,cancel]):stop.signal;let failure;const results=await Promise.allSettled(Array.from({
length:Math.ceil(size/partSize)},(_,i)=>limit(async()=>{signal.throwIfAborted();const offset=i*partSize
;const body=await readPart(path,offset,Math.min(partSize,size-offset));const out=await s3.send(new dist_cjs.iVK({...upload,PartNumber:i+1,Body:body}),{
abortSignal:signal});return{PartNumber:i+1,ETag:out.ETag}}).catch(error=>{failure??={error};stop.abort();throw error})));if(failure)throw failure.error
;cancel?.throwIfAborted();return results.map(r=>r.value)}async function uploadMultipart(s3,params,path,size,partSize,deadlines,parts=partLimiter()){
const{Bucket,Key}=params;const create=deadlines.afterCancel(CANCEL_WINDOW.multipartGraceMs);const{UploadId}=await s3.send(new dist_cjs.nG4(params),{
abortSignal:create.signal}).finally(create.dispose);try{const done=await uploadParts(s3,{Bucket,Key,UploadId},path,size,partSize,deadlines.signal,parts)
;const complete=deadlines.afterCancel(CANCEL_WINDOW.multipartGraceMs);const out=await s3.send(new dist_cjs.Gym({Bucket,Key,UploadId,MultipartUpload:{Parts:done}
}),{abortSignal:complete.signal}).finally(complete.dispose);return out.ETag??""}catch(error){try{await s3.send(new dist_cjs.tfP({Bucket,Key,UploadId}),{
abortSignal:deadlines.within(CLEANUP_MS)})}catch(abortError){throw new outcome.m(`${(0,
errors.gJ)(error)}; the multipart upload ${UploadId} could not be aborted (${(0,errors.gJ)(abortError)}): its parts are billed until it is aborted`,{cause:error
})}throw error}}var src_concurrency=__webpack_require__(9588);const UPLOAD_ATTEMPTS=4;const SMALL_FILE_BYTES=1024*1024;const UPLOAD_BACKOFF={initialMs:400,
maxMs:5e3,factor:2};const decodeKey=key=>decodeURIComponent(key.replace(/\+/g,"%20"));const unquote=etag=>(etag??"").replace(/^"|"$/g,"")
;const notFound=error=>["NotFound","NoSuchKey"].includes(error.name)||error.$metadata?.httpStatusCode===404
;function s3ClientConfig(region,sockets=src_concurrency.W+PARTS_IN_FLIGHT){const base=(0,aws_client.r)(region,"s3-spa-deploy");const agents={keepAlive:true,
maxSockets:sockets};return{...base,retryMode:"standard",requestChecksumCalculation:"WHEN_REQUIRED",responseChecksumValidation:"WHEN_REQUIRED",
requestHandler:base.requestHandler?(0,proxy.Hd)(process.env,agents):{httpAgent:agents,httpsAgent:agents}}}
function createS3Api(region,bucket,multipartThreshold,cancel,concurrency=src_concurrency.W){const config=s3ClientConfig(region,concurrency+PARTS_IN_FLIGHT)
;const s3=new dist_cjs.YxF(config);const putOnce=new dist_cjs.YxF({...config,maxAttempts:1});const deadlines=new CancelClock(cancel);const parts=partLimiter()
;const options={abortSignal:cancel};const clock={now:src_clock.m.now,sleep:ms=>src_clock.m.sleep(ms,cancel)};const retryable=error=>!cancel?.aborted&&(0,
aws.ag)(error);async function head(key,abortSignal){try{const out=await s3.send(new dist_cjs.l81({Bucket:bucket,Key:key}),{abortSignal});return{
etag:unquote(out.ETag),md5:out.Metadata?.md5,contentType:out.ContentType??"",cacheControl:out.CacheControl??"",contentEncoding:out.ContentEncoding||void 0}
}catch(error){if(notFound(error))return;throw error}}return{async list(prefix){const objects=[];let ContinuationToken;do{
const page=await s3.send(new dist_cjs.u6x({Bucket:bucket,Prefix:prefix||void 0,ContinuationToken,EncodingType:"url"}),options)
;for(const o of page.Contents??[])objects.push({key:decodeKey(o.Key),etag:unquote(o.ETag),size:o.Size??0})
;ContinuationToken=page.IsTruncated?page.NextContinuationToken:void 0}while(ContinuationToken);return objects},head:key=>head(key,cancel),
headAfterCancel:key=>head(key,deadlines.within(CANCEL_WINDOW.budgetMs)),async getText(key){try{const out=await s3.send(new dist_cjs.jLs({Bucket:bucket,Key:key
}),options);return await(out.Body?.transformToString("utf-8"))}catch(error){if(notFound(error))return;throw error}},async upload(key,path,size,md5,headers){
const params={Bucket:bucket,Key:key,ContentType:headers.contentType,CacheControl:headers.cacheControl,ContentEncoding:headers.contentEncoding,Metadata:{md5}}
;if(size>=multipartThreshold)return unquote(await uploadMultipart(s3,params,path,size,multipartThreshold,deadlines,parts));const put=async()=>{
const body=size<=SMALL_FILE_BYTES?await(0,promises_.readFile)(path):(0,external_node_fs_.createReadStream)(path);const out=await putOnce.send(new dist_cjs.wKZ({
...params,Body:body,ContentLength:size,ContentMD5:Buffer.from(md5,"hex").toString("base64")}),options);return unquote(out.ETag)};try{return await(0,
backoff.L)(put,{policy:UPLOAD_BACKOFF,clock,retryable,attempts:UPLOAD_ATTEMPTS})}catch(error){throw retryable(error)?(0,
errors.p$)(`after ${UPLOAD_ATTEMPTS} attempts`,error):error}},async putText(key,body,headers){await s3.send(new dist_cjs.wKZ({Bucket:bucket,Key:key,Body:body,
ContentType:headers.contentType,CacheControl:headers.cacheControl}),options)},async delete(keys){const failed=[];for(let i=0;i<keys.length;i+=1e3){
const out=await s3.send(new dist_cjs.xvx({Bucket:bucket,Delete:{Objects:keys.slice(i,i+1e3).map(Key=>({Key})),Quiet:true}}),options)
;failed.push(...(out.Errors??[]).map(e=>`${(0,display.Nh)(e.Key??"")}: ${e.Code} ${(0,display.TN)(e.Message??"")}`))}return failed}}}})};