export const id=623;export const ids=[623];export const modules={648:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
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
2623:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{
createCloudFrontApi:()=>createCloudFrontApi});var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(3169)
;var _common_src_aws_client_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(648);function createCloudFrontApi(region,cancel){
const cloudfront=new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.GHk((0,
_common_src_aws_client_js__WEBPACK_IMPORTED_MODULE_0__.r)(region,"s3-spa-deploy"));const options={abortSignal:cancel}
;async function findByCallerReference(distributionId,callerReference){
const listed=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Psn({DistributionId:distributionId,MaxItems:10}),options)
;for(const summary of listed.InvalidationList?.Items??[]){const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Wwh({
DistributionId:distributionId,Id:summary.Id}),options);if(out.Invalidation?.InvalidationBatch?.CallerReference===callerReference)return summary.Id}return}
return{async createInvalidation(distributionId,paths,callerReference){try{
const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Yo6({DistributionId:distributionId,InvalidationBatch:{
CallerReference:callerReference,Paths:{Quantity:paths.length,Items:paths}}}),options);return out.Invalidation?.Id}catch(error){
const reused=error.name==="InvalidationBatchAlreadyExists"||/caller reference that was used/i.test(error.message)
;const existing=reused?await findByCallerReference(distributionId,callerReference):void 0;if(existing)return existing;throw error}},
async invalidationStatus(distributionId,id){const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Wwh({
DistributionId:distributionId,Id:id}),options);return out.Invalidation?.Status??"Unknown"}}}})};