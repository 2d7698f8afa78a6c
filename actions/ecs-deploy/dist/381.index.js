export const id=381;export const ids=[381];export const modules={2381:((__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
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
;return config}})};