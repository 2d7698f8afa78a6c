import{createRequire as __WEBPACK_EXTERNAL_createRequire}from"module";var __webpack_modules__={
301:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{m:()=>systemClock});const systemClock={
now:()=>Date.now(),sleep:(ms,signal)=>new Promise(resolve=>{if(signal?.aborted)return resolve();const timer=setTimeout(done,Math.max(0,ms));function done(){
clearTimeout(timer);signal?.removeEventListener("abort",done);resolve()}signal?.addEventListener("abort",done,{once:true})})}}),
251:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.r(__webpack_exports__);__nccwpck_require__.d(__webpack_exports__,{
Summary:()=>Summary,debug:()=>debug,error:()=>error,getInput:()=>getInput,getState:()=>getState,info:()=>info,saveState:()=>saveState,setFailed:()=>setFailed,
setOutput:()=>setOutput,setSecret:()=>setSecret,summary:()=>summary,warning:()=>warning});var external_node_crypto_=__nccwpck_require__(598)
;const external_node_fs_namespaceObject=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs")
;const promises_namespaceObject=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs/promises")
;const external_node_os_namespaceObject=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os")
;const escapeData=text=>text.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A");function issueCommand(name,data,property){
const escapedProperty=property?.[1]?` ${property[0]}=${escapeData(property[1]).replace(/:/g,"%3A").replace(/,/g,"%2C")}`:""
;process.stdout.write(`::${name}${escapedProperty}::${escapeData(data)}${external_node_os_namespaceObject.EOL}`)}function appendKeyValue(command,name,value){
const path=process.env[`GITHUB_${command}`];if(!path){if(command==="OUTPUT")process.stdout.write(external_node_os_namespaceObject.EOL)
;issueCommand(command==="OUTPUT"?"set-output":"save-state",value,["name",name]);return}if(!(0,
external_node_fs_namespaceObject.existsSync)(path))throw new Error(`Missing file at path: ${path}`);const delimiter=`ghadelimiter_${(0,
external_node_crypto_.randomUUID)()}`;if(name.includes(delimiter))throw new Error(`Unexpected input: name should not contain the delimiter "${delimiter}"`)
;if(value.includes(delimiter))throw new Error(`Unexpected input: value should not contain the delimiter "${delimiter}"`);(0,
external_node_fs_namespaceObject.appendFileSync)(path,`${name}<<${delimiter}${external_node_os_namespaceObject.EOL}${value}${external_node_os_namespaceObject.EOL}${delimiter}${external_node_os_namespaceObject.EOL}`,{
encoding:"utf8"})}function getInput(name){return(process.env[`INPUT_${name.replace(/ /g,"_").toUpperCase()}`]||"").trim()}function setOutput(name,value){
appendKeyValue("OUTPUT",name,value)}function saveState(name,value){appendKeyValue("STATE",name,value)}function getState(name){
return process.env[`STATE_${name}`]||""}function setSecret(secret){issueCommand("add-mask",secret)}function info(message){
process.stdout.write(message+external_node_os_namespaceObject.EOL)}function debug(message){issueCommand("debug",message)}function warning(message){
issueCommand("warning",message)}function error(message){issueCommand("error",message)}function setFailed(message){process.exitCode=1;error(message)}
class Summary{buffer="";addRaw(text,addEOL=false){this.buffer+=addEOL?text+external_node_os_namespaceObject.EOL:text;return this}async write(){
const path=process.env.GITHUB_STEP_SUMMARY
;if(!path)throw new Error("Unable to find environment variable for $GITHUB_STEP_SUMMARY. Check if your runtime environment supports job summaries.");try{
await(0,promises_namespaceObject.access)(path,external_node_fs_namespaceObject.constants.R_OK|external_node_fs_namespaceObject.constants.W_OK)}catch{
throw new Error(`Unable to access summary file: '${path}'. Check if the file has correct read/write permissions.`)}await(0,
promises_namespaceObject.appendFile)(path,this.buffer,{encoding:"utf8"});this.buffer="";return this}}const summary=new Summary}),
558:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{E:()=>parseDuration,a:()=>formatDuration})
;const UNIT_MS={ms:1,s:1e3,m:6e4,h:36e5};function parseDuration(text){const value=text.trim().toLowerCase()
;if(/^\d+(\.\d+)?$/.test(value))return Math.round(Number(value)*1e3);if(!/^(\d+(\.\d+)?(ms|s|m|h))+$/.test(value))return;let total=0
;for(const part of value.matchAll(/(\d+(?:\.\d+)?)(ms|s|m|h)/g))total+=Number(part[1])*UNIT_MS[part[2]];return Math.round(total)}function formatDuration(ms){
if(ms<1e3)return`${Math.round(ms)}ms`;if(ms<6e4)return`${Number((ms/1e3).toFixed(1))}s`;const totalSeconds=Math.round(ms/1e3)
;const h=Math.floor(totalSeconds/3600);const m=Math.floor(totalSeconds%3600/60);const s=totalSeconds%60
;return`${h?`${h}h`:""}${m?`${m}m`:""}${s?`${s}s`:""}`||"0s"}}),826:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{Q:()=>MaskedValues});class MaskedValues{mask;values=new Set;constructor(mask=()=>{}){this.mask=mask}add(value){
if(value.trim()===""||this.values.has(value))return;this.values.add(value);this.mask(value)}redact(text){let result=text
;for(const value of[...this.values].sort((a,b)=>b.length-a.length))result=result.split(value).join("***");return result}redactAll(outputs){
return Object.fromEntries(Object.entries(outputs).map(([name,value])=>[name,this.redact(value)]))}}}),
633:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{eU:()=>untrustedSafeLogger})
;var node_crypto__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(598);__nccwpck_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__)
;function isCommandLike(line){return/^[\s\u0085]*::/.test(line)||line.includes("##[")}function splitRunnerLines(text){return text.split(/\r\n|\r|\n/)}
function pauseToken(text,newToken){for(;;){const token=newToken().replace(/-/g,"");if(!text.toLowerCase().includes(token.toLowerCase()))return token}}
function neutralize(text,newToken=node_crypto__WEBPACK_IMPORTED_MODULE_0__.randomUUID){const lines=splitRunnerLines(text);const out=[]
;for(let i=0;i<lines.length;){if(!isCommandLike(lines[i])){out.push(lines[i]);i+=1;continue}let end=i;while(end<lines.length&&isCommandLike(lines[end]))end+=1
;const block=lines.slice(i,end);const token=pauseToken(block.join("\n"),newToken);out.push(`::stop-commands::${token}`,...block,`::${token}::`);i=end}
return out.join("\n")}function untrustedSafeLogger(base){return{info:message=>base.info(neutralize(message)),warning:message=>base.warning(message),
error:message=>base.error(message),debug:message=>base.debug(message)}}}),966:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.d(__webpack_exports__,{LB:()=>evaluateResponse,YE:()=>parseJsonAssertion,C2:()=>parseStatusRanges})
;const external_vm_namespaceObject=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("vm");class Hooks{add(name,callback,first){
if(typeof arguments[0]!="string")for(let name in arguments[0])this.add(name,arguments[0][name],arguments[1]);else(Array.isArray(name)?name:[name]).forEach(function(name){
this[name]=this[name]||[];if(callback)this[name][first?"unshift":"push"](callback)},this)}run(name,env){this[name]=this[name]||[]
;this[name].forEach(function(callback){callback.call(env&&env.context?env.context:env,env)})}}class Plugins{constructor(jsep){this.jsep=jsep;this.registered={}}
register(...plugins){plugins.forEach(plugin=>{if(typeof plugin!=="object"||!plugin.name||!plugin.init)throw new Error("Invalid JSEP plugin format")
;if(this.registered[plugin.name])return;plugin.init(this.jsep);this.registered[plugin.name]=plugin})}}class Jsep{static get version(){return"1.4.0"}
static toString(){return"JavaScript Expression Parser (JSEP) v"+Jsep.version}static addUnaryOp(op_name){
Jsep.max_unop_len=Math.max(op_name.length,Jsep.max_unop_len);Jsep.unary_ops[op_name]=1;return Jsep}static addBinaryOp(op_name,precedence,isRightAssociative){
Jsep.max_binop_len=Math.max(op_name.length,Jsep.max_binop_len);Jsep.binary_ops[op_name]=precedence
;if(isRightAssociative)Jsep.right_associative.add(op_name);else Jsep.right_associative.delete(op_name);return Jsep}static addIdentifierChar(char){
Jsep.additional_identifier_chars.add(char);return Jsep}static addLiteral(literal_name,literal_value){Jsep.literals[literal_name]=literal_value;return Jsep}
static removeUnaryOp(op_name){delete Jsep.unary_ops[op_name];if(op_name.length===Jsep.max_unop_len)Jsep.max_unop_len=Jsep.getMaxKeyLen(Jsep.unary_ops)
;return Jsep}static removeAllUnaryOps(){Jsep.unary_ops={};Jsep.max_unop_len=0;return Jsep}static removeIdentifierChar(char){
Jsep.additional_identifier_chars.delete(char);return Jsep}static removeBinaryOp(op_name){delete Jsep.binary_ops[op_name]
;if(op_name.length===Jsep.max_binop_len)Jsep.max_binop_len=Jsep.getMaxKeyLen(Jsep.binary_ops);Jsep.right_associative.delete(op_name);return Jsep}
static removeAllBinaryOps(){Jsep.binary_ops={};Jsep.max_binop_len=0;return Jsep}static removeLiteral(literal_name){delete Jsep.literals[literal_name]
;return Jsep}static removeAllLiterals(){Jsep.literals={};return Jsep}get char(){return this.expr.charAt(this.index)}get code(){
return this.expr.charCodeAt(this.index)}constructor(expr){this.expr=expr;this.index=0}static parse(expr){return new Jsep(expr).parse()}static getMaxKeyLen(obj){
return Math.max(0,...Object.keys(obj).map(k=>k.length))}static isDecimalDigit(ch){return ch>=48&&ch<=57}static binaryPrecedence(op_val){
return Jsep.binary_ops[op_val]||0}static isIdentifierStart(ch){
return ch>=65&&ch<=90||ch>=97&&ch<=122||ch>=128&&!Jsep.binary_ops[String.fromCharCode(ch)]||Jsep.additional_identifier_chars.has(String.fromCharCode(ch))}
static isIdentifierPart(ch){return Jsep.isIdentifierStart(ch)||Jsep.isDecimalDigit(ch)}throwError(message){
const error=new Error(message+" at character "+this.index);error.index=this.index;error.description=message;throw error}runHook(name,node){if(Jsep.hooks[name]){
const env={context:this,node};Jsep.hooks.run(name,env);return env.node}return node}searchHook(name){if(Jsep.hooks[name]){const env={context:this}
;Jsep.hooks[name].find(function(callback){callback.call(env.context,env);return env.node});return env.node}}gobbleSpaces(){let ch=this.code
;while(ch===Jsep.SPACE_CODE||ch===Jsep.TAB_CODE||ch===Jsep.LF_CODE||ch===Jsep.CR_CODE)ch=this.expr.charCodeAt(++this.index);this.runHook("gobble-spaces")}
parse(){this.runHook("before-all");const nodes=this.gobbleExpressions();const node=nodes.length===1?nodes[0]:{type:Jsep.COMPOUND,body:nodes}
;return this.runHook("after-all",node)}gobbleExpressions(untilICode){let ch_i,node,nodes=[];while(this.index<this.expr.length){ch_i=this.code
;if(ch_i===Jsep.SEMCOL_CODE||ch_i===Jsep.COMMA_CODE)this.index++;else if(node=this.gobbleExpression())nodes.push(node);else if(this.index<this.expr.length){
if(ch_i===untilICode)break;this.throwError('Unexpected "'+this.char+'"')}}return nodes}gobbleExpression(){
const node=this.searchHook("gobble-expression")||this.gobbleBinaryExpression();this.gobbleSpaces();return this.runHook("after-expression",node)}
gobbleBinaryOp(){this.gobbleSpaces();let to_check=this.expr.substr(this.index,Jsep.max_binop_len);let tc_len=to_check.length;while(tc_len>0){
if(Jsep.binary_ops.hasOwnProperty(to_check)&&(!Jsep.isIdentifierStart(this.code)||this.index+to_check.length<this.expr.length&&!Jsep.isIdentifierPart(this.expr.charCodeAt(this.index+to_check.length)))){
this.index+=tc_len;return to_check}to_check=to_check.substr(0,--tc_len)}return false}gobbleBinaryExpression(){
let node,biop,prec,stack,biop_info,left,right,i,cur_biop;left=this.gobbleToken();if(!left)return left;biop=this.gobbleBinaryOp();if(!biop)return left
;biop_info={value:biop,prec:Jsep.binaryPrecedence(biop),right_a:Jsep.right_associative.has(biop)};right=this.gobbleToken()
;if(!right)this.throwError("Expected expression after "+biop);stack=[left,biop_info,right];while(biop=this.gobbleBinaryOp()){prec=Jsep.binaryPrecedence(biop)
;if(prec===0){this.index-=biop.length;break}biop_info={value:biop,prec,right_a:Jsep.right_associative.has(biop)};cur_biop=biop
;const comparePrev=prev=>biop_info.right_a&&prev.right_a?prec>prev.prec:prec<=prev.prec;while(stack.length>2&&comparePrev(stack[stack.length-2])){
right=stack.pop();biop=stack.pop().value;left=stack.pop();node={type:Jsep.BINARY_EXP,operator:biop,left,right};stack.push(node)}node=this.gobbleToken()
;if(!node)this.throwError("Expected expression after "+cur_biop);stack.push(biop_info,node)}i=stack.length-1;node=stack[i];while(i>1){node={
type:Jsep.BINARY_EXP,operator:stack[i-1].value,left:stack[i-2],right:node};i-=2}return node}gobbleToken(){let ch,to_check,tc_len,node;this.gobbleSpaces()
;node=this.searchHook("gobble-token");if(node)return this.runHook("after-token",node);ch=this.code
;if(Jsep.isDecimalDigit(ch)||ch===Jsep.PERIOD_CODE)return this.gobbleNumericLiteral()
;if(ch===Jsep.SQUOTE_CODE||ch===Jsep.DQUOTE_CODE)node=this.gobbleStringLiteral();else if(ch===Jsep.OBRACK_CODE)node=this.gobbleArray();else{
to_check=this.expr.substr(this.index,Jsep.max_unop_len);tc_len=to_check.length;while(tc_len>0){
if(Jsep.unary_ops.hasOwnProperty(to_check)&&(!Jsep.isIdentifierStart(this.code)||this.index+to_check.length<this.expr.length&&!Jsep.isIdentifierPart(this.expr.charCodeAt(this.index+to_check.length)))){
this.index+=tc_len;const argument=this.gobbleToken();if(!argument)this.throwError("missing unaryOp argument");return this.runHook("after-token",{
type:Jsep.UNARY_EXP,operator:to_check,argument,prefix:true})}to_check=to_check.substr(0,--tc_len)}if(Jsep.isIdentifierStart(ch)){node=this.gobbleIdentifier()
;if(Jsep.literals.hasOwnProperty(node.name))node={type:Jsep.LITERAL,value:Jsep.literals[node.name],raw:node.name};else if(node.name===Jsep.this_str)node={
type:Jsep.THIS_EXP}}else if(ch===Jsep.OPAREN_CODE)node=this.gobbleGroup()}if(!node)return this.runHook("after-token",false);node=this.gobbleTokenProperty(node)
;return this.runHook("after-token",node)}gobbleTokenProperty(node){this.gobbleSpaces();let ch=this.code
;while(ch===Jsep.PERIOD_CODE||ch===Jsep.OBRACK_CODE||ch===Jsep.OPAREN_CODE||ch===Jsep.QUMARK_CODE){let optional;if(ch===Jsep.QUMARK_CODE){
if(this.expr.charCodeAt(this.index+1)!==Jsep.PERIOD_CODE)break;optional=true;this.index+=2;this.gobbleSpaces();ch=this.code}this.index++
;if(ch===Jsep.OBRACK_CODE){node={type:Jsep.MEMBER_EXP,computed:true,object:node,property:this.gobbleExpression()}
;if(!node.property)this.throwError('Unexpected "'+this.char+'"');this.gobbleSpaces();ch=this.code;if(ch!==Jsep.CBRACK_CODE)this.throwError("Unclosed [")
;this.index++}else if(ch===Jsep.OPAREN_CODE)node={type:Jsep.CALL_EXP,arguments:this.gobbleArguments(Jsep.CPAREN_CODE),callee:node
};else if(ch===Jsep.PERIOD_CODE||optional){if(optional)this.index--;this.gobbleSpaces();node={type:Jsep.MEMBER_EXP,computed:false,object:node,
property:this.gobbleIdentifier()}}if(optional)node.optional=true;this.gobbleSpaces();ch=this.code}return node}gobbleNumericLiteral(){let ch,chCode,number=""
;while(Jsep.isDecimalDigit(this.code))number+=this.expr.charAt(this.index++);if(this.code===Jsep.PERIOD_CODE){number+=this.expr.charAt(this.index++)
;while(Jsep.isDecimalDigit(this.code))number+=this.expr.charAt(this.index++)}ch=this.char;if(ch==="e"||ch==="E"){number+=this.expr.charAt(this.index++)
;ch=this.char;if(ch==="+"||ch==="-")number+=this.expr.charAt(this.index++);while(Jsep.isDecimalDigit(this.code))number+=this.expr.charAt(this.index++)
;if(!Jsep.isDecimalDigit(this.expr.charCodeAt(this.index-1)))this.throwError("Expected exponent ("+number+this.char+")")}chCode=this.code
;if(Jsep.isIdentifierStart(chCode))this.throwError("Variable names cannot start with a number ("+number+this.char+")");else if(chCode===Jsep.PERIOD_CODE||number.length===1&&number.charCodeAt(0)===Jsep.PERIOD_CODE)this.throwError("Unexpected period")
;return{type:Jsep.LITERAL,value:parseFloat(number),raw:number}}gobbleStringLiteral(){let str="";const startIndex=this.index
;const quote=this.expr.charAt(this.index++);let closed=false;while(this.index<this.expr.length){let ch=this.expr.charAt(this.index++);if(ch===quote){closed=true
;break}else if(ch==="\\"){ch=this.expr.charAt(this.index++);switch(ch){case"n":str+="\n";break;case"r":str+="\r";break;case"t":str+="\t";break;case"b":str+="\b"
;break;case"f":str+="\f";break;case"v":str+="\v";break;default:str+=ch}}else str+=ch}if(!closed)this.throwError('Unclosed quote after "'+str+'"');return{
type:Jsep.LITERAL,value:str,raw:this.expr.substring(startIndex,this.index)}}gobbleIdentifier(){let ch=this.code,start=this.index
;if(Jsep.isIdentifierStart(ch))this.index++;else this.throwError("Unexpected "+this.char);while(this.index<this.expr.length){ch=this.code
;if(Jsep.isIdentifierPart(ch))this.index++;else break}return{type:Jsep.IDENTIFIER,name:this.expr.slice(start,this.index)}}gobbleArguments(termination){
const args=[];let closed=false;let separator_count=0;while(this.index<this.expr.length){this.gobbleSpaces();let ch_i=this.code;if(ch_i===termination){
closed=true;this.index++
;if(termination===Jsep.CPAREN_CODE&&separator_count&&separator_count>=args.length)this.throwError("Unexpected token "+String.fromCharCode(termination));break
}else if(ch_i===Jsep.COMMA_CODE){this.index++;separator_count++
;if(separator_count!==args.length)if(termination===Jsep.CPAREN_CODE)this.throwError("Unexpected token ,");else if(termination===Jsep.CBRACK_CODE)for(let arg=args.length;arg<separator_count;arg++)args.push(null)
}else if(args.length!==separator_count&&separator_count!==0)this.throwError("Expected comma");else{const node=this.gobbleExpression()
;if(!node||node.type===Jsep.COMPOUND)this.throwError("Expected comma");args.push(node)}}if(!closed)this.throwError("Expected "+String.fromCharCode(termination))
;return args}gobbleGroup(){this.index++;let nodes=this.gobbleExpressions(Jsep.CPAREN_CODE);if(this.code===Jsep.CPAREN_CODE){this.index++
;if(nodes.length===1)return nodes[0];else if(!nodes.length)return false;else return{type:Jsep.SEQUENCE_EXP,expressions:nodes}}else this.throwError("Unclosed (")
}gobbleArray(){this.index++;return{type:Jsep.ARRAY_EXP,elements:this.gobbleArguments(Jsep.CBRACK_CODE)}}}const hooks=new Hooks;Object.assign(Jsep,{hooks,
plugins:new Plugins(Jsep),COMPOUND:"Compound",SEQUENCE_EXP:"SequenceExpression",IDENTIFIER:"Identifier",MEMBER_EXP:"MemberExpression",LITERAL:"Literal",
THIS_EXP:"ThisExpression",CALL_EXP:"CallExpression",UNARY_EXP:"UnaryExpression",BINARY_EXP:"BinaryExpression",ARRAY_EXP:"ArrayExpression",TAB_CODE:9,LF_CODE:10,
CR_CODE:13,SPACE_CODE:32,PERIOD_CODE:46,COMMA_CODE:44,SQUOTE_CODE:39,DQUOTE_CODE:34,OPAREN_CODE:40,CPAREN_CODE:41,OBRACK_CODE:91,CBRACK_CODE:93,QUMARK_CODE:63,
SEMCOL_CODE:59,COLON_CODE:58,unary_ops:{"-":1,"!":1,"~":1,"+":1},binary_ops:{"||":1,"??":1,"&&":2,"|":3,"^":4,"&":5,"==":6,"!=":6,"===":6,"!==":6,"<":7,">":7,
"<=":7,">=":7,"<<":8,">>":8,">>>":8,"+":9,"-":9,"*":10,"/":10,"%":10,"**":11},right_associative:new Set(["**"]),additional_identifier_chars:new Set(["$","_"]),
literals:{true:true,false:false,null:null},this_str:"this"});Jsep.max_unop_len=Jsep.getMaxKeyLen(Jsep.unary_ops)
;Jsep.max_binop_len=Jsep.getMaxKeyLen(Jsep.binary_ops);const jsep=expr=>new Jsep(expr).parse();const stdClassProps=Object.getOwnPropertyNames(class Test{})
;Object.getOwnPropertyNames(Jsep).filter(prop=>!stdClassProps.includes(prop)&&jsep[prop]===void 0).forEach(m=>{jsep[m]=Jsep[m]});jsep.Jsep=Jsep
;const CONDITIONAL_EXP="ConditionalExpression";var ternary={name:"ternary",init(jsep){jsep.hooks.add("after-expression",function gobbleTernary(env){
if(env.node&&this.code===jsep.QUMARK_CODE){this.index++;const test=env.node;const consequent=this.gobbleExpression()
;if(!consequent)this.throwError("Expected expression");this.gobbleSpaces();if(this.code===jsep.COLON_CODE){this.index++;const alternate=this.gobbleExpression()
;if(!alternate)this.throwError("Expected expression");env.node={type:CONDITIONAL_EXP,test,consequent,alternate}
;if(test.operator&&jsep.binary_ops[test.operator]<=.9){let newTest=test
;while(newTest.right.operator&&jsep.binary_ops[newTest.right.operator]<=.9)newTest=newTest.right;env.node.test=newTest.right;newTest.right=env.node
;env.node=test}}else this.throwError("Expected :")}})}};jsep.plugins.register(ternary);const FSLASH_CODE=47;const BSLASH_CODE=92;var index={name:"regex",
init(jsep){jsep.hooks.add("gobble-token",function gobbleRegexLiteral(env){if(this.code===FSLASH_CODE){const patternIndex=++this.index;let inCharSet=false
;while(this.index<this.expr.length){if(this.code===FSLASH_CODE&&!inCharSet){const pattern=this.expr.slice(patternIndex,this.index);let flags=""
;while(++this.index<this.expr.length){const code=this.code;if(code>=97&&code<=122||code>=65&&code<=90||code>=48&&code<=57)flags+=this.char;else break}let value
;try{value=new RegExp(pattern,flags)}catch(e){this.throwError(e.message)}env.node={type:jsep.LITERAL,value,raw:this.expr.slice(patternIndex-1,this.index)}
;env.node=this.gobbleTokenProperty(env.node);return env.node}
if(this.code===jsep.OBRACK_CODE)inCharSet=true;else if(inCharSet&&this.code===jsep.CBRACK_CODE)inCharSet=false;this.index+=this.code===BSLASH_CODE?2:1}
this.throwError("Unclosed Regex")}})}};const PLUS_CODE=43;const MINUS_CODE=45;const index_node_esm_plugin={name:"assignment",
assignmentOperators:new Set(["=","*=","**=","/=","%=","+=","-=","<<=",">>=",">>>=","&=","^=","|=","||=","&&=","??="]),updateOperators:[PLUS_CODE,MINUS_CODE],
assignmentPrecedence:.9,init(jsep){const updateNodeTypes=[jsep.IDENTIFIER,jsep.MEMBER_EXP]
;index_node_esm_plugin.assignmentOperators.forEach(op=>jsep.addBinaryOp(op,index_node_esm_plugin.assignmentPrecedence,true))
;jsep.hooks.add("gobble-token",function gobbleUpdatePrefix(env){const code=this.code
;if(index_node_esm_plugin.updateOperators.some(c=>c===code&&c===this.expr.charCodeAt(this.index+1))){this.index+=2;env.node={type:"UpdateExpression",
operator:code===PLUS_CODE?"++":"--",argument:this.gobbleTokenProperty(this.gobbleIdentifier()),prefix:true}
;if(!env.node.argument||!updateNodeTypes.includes(env.node.argument.type))this.throwError(`Unexpected ${env.node.operator}`)}})
;jsep.hooks.add("after-token",function gobbleUpdatePostfix(env){if(env.node){const code=this.code
;if(index_node_esm_plugin.updateOperators.some(c=>c===code&&c===this.expr.charCodeAt(this.index+1))){
if(!updateNodeTypes.includes(env.node.type))this.throwError(`Unexpected ${env.node.operator}`);this.index+=2;env.node={type:"UpdateExpression",
operator:code===PLUS_CODE?"++":"--",argument:env.node,prefix:false}}}});jsep.hooks.add("after-expression",function gobbleAssignment(env){
if(env.node)updateBinariesToAssignments(env.node)});function updateBinariesToAssignments(node){if(index_node_esm_plugin.assignmentOperators.has(node.operator)){
node.type="AssignmentExpression";updateBinariesToAssignments(node.left);updateBinariesToAssignments(node.right)
}else if(!node.operator)Object.values(node).forEach(val=>{if(val&&typeof val==="object")updateBinariesToAssignments(val)})}}}
;jsep.plugins.register(index,index_node_esm_plugin);jsep.addUnaryOp("typeof");jsep.addUnaryOp("void");jsep.addLiteral("null",null)
;jsep.addLiteral("undefined",void 0)
;const BLOCKED_PROTO_PROPERTIES=new Set(["constructor","__proto__","__defineGetter__","__defineSetter__","__lookupGetter__","__lookupSetter__"])
;const SafeEval={evalAst(ast,subs){switch(ast.type){case"BinaryExpression":case"LogicalExpression":return SafeEval.evalBinaryExpression(ast,subs)
;case"Compound":return SafeEval.evalCompound(ast,subs);case"ConditionalExpression":return SafeEval.evalConditionalExpression(ast,subs);case"Identifier":
return SafeEval.evalIdentifier(ast,subs);case"Literal":return SafeEval.evalLiteral(ast,subs);case"MemberExpression":
return SafeEval.evalMemberExpression(ast,subs);case"UnaryExpression":return SafeEval.evalUnaryExpression(ast,subs);case"ArrayExpression":
return SafeEval.evalArrayExpression(ast,subs);case"CallExpression":return SafeEval.evalCallExpression(ast,subs);case"AssignmentExpression":
return SafeEval.evalAssignmentExpression(ast,subs);default:throw SyntaxError("Unexpected expression",ast)}},evalBinaryExpression(ast,subs){const result={
"||":(a,b)=>a||b(),"&&":(a,b)=>a&&b(),"|":(a,b)=>a|b(),"^":(a,b)=>a^b(),"&":(a,b)=>a&b(),"==":(a,b)=>a==b(),"!=":(a,b)=>a!=b(),"===":(a,b)=>a===b(),
"!==":(a,b)=>a!==b(),"<":(a,b)=>a<b(),">":(a,b)=>a>b(),"<=":(a,b)=>a<=b(),">=":(a,b)=>a>=b(),"<<":(a,b)=>a<<b(),">>":(a,b)=>a>>b(),">>>":(a,b)=>a>>>b(),
"+":(a,b)=>a+b(),"-":(a,b)=>a-b(),"*":(a,b)=>a*b(),"/":(a,b)=>a/b(),"%":(a,b)=>a%b()
}[ast.operator](SafeEval.evalAst(ast.left,subs),()=>SafeEval.evalAst(ast.right,subs));return result},evalCompound(ast,subs){let last
;for(let i=0;i<ast.body.length;i++){
if(ast.body[i].type==="Identifier"&&["var","let","const"].includes(ast.body[i].name)&&ast.body[i+1]&&ast.body[i+1].type==="AssignmentExpression")i+=1
;const expr=ast.body[i];last=SafeEval.evalAst(expr,subs)}return last},evalConditionalExpression(ast,subs){
if(SafeEval.evalAst(ast.test,subs))return SafeEval.evalAst(ast.consequent,subs);return SafeEval.evalAst(ast.alternate,subs)},evalIdentifier(ast,subs){
if(Object.hasOwn(subs,ast.name))return subs[ast.name];throw ReferenceError(`${ast.name} is not defined`)},evalLiteral(ast){return ast.value},
evalMemberExpression(ast,subs){const prop=String(ast.computed?SafeEval.evalAst(ast.property):ast.property.name);const obj=SafeEval.evalAst(ast.object,subs)
;if(obj===void 0||obj===null)throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`)
;if(!Object.hasOwn(obj,prop)&&BLOCKED_PROTO_PROPERTIES.has(prop))throw TypeError(`Cannot read properties of ${obj} (reading '${prop}')`);const result=obj[prop]
;if(typeof result==="function")return result.bind(obj);return result},evalUnaryExpression(ast,subs){const result={"-":a=>-SafeEval.evalAst(a,subs),
"!":a=>!SafeEval.evalAst(a,subs),"~":a=>~SafeEval.evalAst(a,subs),"+":a=>+SafeEval.evalAst(a,subs),typeof:a=>typeof SafeEval.evalAst(a,subs),
void:a=>void SafeEval.evalAst(a,subs)}[ast.operator](ast.argument);return result},evalArrayExpression(ast,subs){
return ast.elements.map(el=>SafeEval.evalAst(el,subs))},evalCallExpression(ast,subs){const args=ast.arguments.map(arg=>SafeEval.evalAst(arg,subs))
;const func=SafeEval.evalAst(ast.callee,subs);if(func===Function)throw new Error("Function constructor is disabled");return func(...args)},
evalAssignmentExpression(ast,subs){if(ast.left.type!=="Identifier")throw SyntaxError("Invalid left-hand side in assignment");const id=ast.left.name
;const value=SafeEval.evalAst(ast.right,subs);subs[id]=value;return subs[id]}};class SafeScript{constructor(expr){this.code=expr;this.ast=jsep(this.code)}
runInNewContext(context){const keyMap=Object.assign(Object.create(null),context);return SafeEval.evalAst(this.ast,keyMap)}}function push(arr,item){
arr=arr.slice();arr.push(item);return arr}function unshift(item,arr){arr=arr.slice();arr.unshift(item);return arr}class NewError extends Error{
constructor(value){super('JSONPath should not be called with "new" (it prevents return '+"of (unwrapped) scalar values)");this.avoidNew=true;this.value=value
;this.name="NewError"}}function JSONPath(opts,expr,obj,callback,otherTypeCallback){if(!(this instanceof JSONPath))try{
return new JSONPath(opts,expr,obj,callback,otherTypeCallback)}catch(e){if(!e.avoidNew)throw e;return e.value}if(typeof opts==="string"){
otherTypeCallback=callback;callback=obj;obj=expr;expr=opts;opts=null}const optObj=opts&&typeof opts==="object";opts=opts||{};this.json=opts.json||obj
;this.path=opts.path||expr;this.resultType=opts.resultType||"value";this.flatten=opts.flatten||false;this.wrap=Object.hasOwn(opts,"wrap")?opts.wrap:true
;this.sandbox=opts.sandbox||{};this.eval=opts.eval===void 0?"safe":opts.eval
;this.ignoreEvalErrors=typeof opts.ignoreEvalErrors==="undefined"?false:opts.ignoreEvalErrors;this.parent=opts.parent||null
;this.parentProperty=opts.parentProperty||null;this.callback=opts.callback||callback||null
;this.otherTypeCallback=opts.otherTypeCallback||otherTypeCallback||function(){
throw new TypeError("You must supply an otherTypeCallback callback option "+"with the @other() operator.")};if(opts.autostart!==false){const args={
path:optObj?opts.path:expr};if(!optObj)args.json=obj;else if("json"in opts)args.json=opts.json;const ret=this.evaluate(args)
;if(!ret||typeof ret!=="object")throw new NewError(ret);return ret}}JSONPath.prototype.evaluate=function(expr,json,callback,otherTypeCallback){
let currParent=this.parent,currParentProperty=this.parentProperty;let{flatten,wrap}=this;this.currResultType=this.resultType;this.currEval=this.eval
;this.currSandbox=this.sandbox;callback=callback||this.callback;this.currOtherTypeCallback=otherTypeCallback||this.otherTypeCallback;json=json||this.json
;expr=expr||this.path;if(expr&&typeof expr==="object"&&!Array.isArray(expr)){
if(!expr.path&&expr.path!=="")throw new TypeError('You must supply a "path" property when providing an object '+"argument to JSONPath.evaluate().")
;if(!Object.hasOwn(expr,"json"))throw new TypeError('You must supply a "json" property when providing an object '+"argument to JSONPath.evaluate().")
;({json}=expr);flatten=Object.hasOwn(expr,"flatten")?expr.flatten:flatten
;this.currResultType=Object.hasOwn(expr,"resultType")?expr.resultType:this.currResultType
;this.currSandbox=Object.hasOwn(expr,"sandbox")?expr.sandbox:this.currSandbox;wrap=Object.hasOwn(expr,"wrap")?expr.wrap:wrap
;this.currEval=Object.hasOwn(expr,"eval")?expr.eval:this.currEval;callback=Object.hasOwn(expr,"callback")?expr.callback:callback
;this.currOtherTypeCallback=Object.hasOwn(expr,"otherTypeCallback")?expr.otherTypeCallback:this.currOtherTypeCallback
;currParent=Object.hasOwn(expr,"parent")?expr.parent:currParent;currParentProperty=Object.hasOwn(expr,"parentProperty")?expr.parentProperty:currParentProperty
;expr=expr.path}currParent=currParent||null;currParentProperty=currParentProperty||null;if(Array.isArray(expr))expr=JSONPath.toPathString(expr)
;if(!expr&&expr!==""||!json)return;const exprList=JSONPath.toPathArray(expr);if(exprList[0]==="$"&&exprList.length>1)exprList.shift()
;this._hasParentSelector=null;const result=this._trace(exprList,json,["$"],currParent,currParentProperty,callback).filter(function(ea){
return ea&&!ea.isParentSelector});if(!result.length)return wrap?[]:void 0
;if(!wrap&&result.length===1&&!result[0].hasArrExpr)return this._getPreferredOutput(result[0]);return result.reduce((rslt,ea)=>{
const valOrPath=this._getPreferredOutput(ea);if(flatten&&Array.isArray(valOrPath))rslt=rslt.concat(valOrPath);else rslt.push(valOrPath);return rslt},[])}
;JSONPath.prototype._getPreferredOutput=function(ea){const resultType=this.currResultType;switch(resultType){case"all":{
const path=Array.isArray(ea.path)?ea.path:JSONPath.toPathArray(ea.path);ea.pointer=JSONPath.toPointer(path)
;ea.path=typeof ea.path==="string"?ea.path:JSONPath.toPathString(ea.path);return ea}case"value":case"parent":case"parentProperty":return ea[resultType]
;case"path":return JSONPath.toPathString(ea[resultType]);case"pointer":return JSONPath.toPointer(ea.path);default:throw new TypeError("Unknown result type")}}
;JSONPath.prototype._handleCallback=function(fullRetObj,callback,type){if(callback){const preferredOutput=this._getPreferredOutput(fullRetObj)
;fullRetObj.path=typeof fullRetObj.path==="string"?fullRetObj.path:JSONPath.toPathString(fullRetObj.path);callback(preferredOutput,type,fullRetObj)}}
;JSONPath.prototype._trace=function(expr,val,path,parent,parentPropName,callback,hasArrExpr,literalPriority){let retObj;if(!expr.length){retObj={path,value:val,
parent,parentProperty:parentPropName,hasArrExpr};this._handleCallback(retObj,callback,"value");return retObj}const loc=expr[0],x=expr.slice(1);const ret=[]
;function addRet(elems){if(Array.isArray(elems))elems.forEach(t=>{ret.push(t)});else ret.push(elems)}
if((typeof loc!=="string"||literalPriority)&&val&&Object.hasOwn(val,loc))addRet(this._trace(x,val[loc],push(path,loc),val,loc,callback,hasArrExpr));else if(loc==="*")this._walk(val,m=>{
addRet(this._trace(x,val[m],push(path,m),val,m,callback,true,true))});else if(loc===".."){
addRet(this._trace(x,val,path,parent,parentPropName,callback,hasArrExpr));this._walk(val,m=>{
if(typeof val[m]==="object")addRet(this._trace(expr.slice(),val[m],push(path,m),val,m,callback,true))})}else if(loc==="^"){this._hasParentSelector=true;return{
path:path.slice(0,-1),expr:x,isParentSelector:true}}else if(loc==="~"){retObj={path:push(path,loc),value:parentPropName,parent,parentProperty:null}
;this._handleCallback(retObj,callback,"property");return retObj
}else if(loc==="$")addRet(this._trace(x,val,path,null,null,callback,hasArrExpr));else if(/^(-?\d*):(-?\d*):?(\d*)$/u.test(loc))addRet(this._slice(loc,x,val,path,parent,parentPropName,callback));else if(loc.indexOf("?(")===0){
if(this.currEval===false)throw new Error("Eval [?(expr)] prevented in JSONPath expression.");const safeLoc=loc.replace(/^\?\((.*?)\)$/u,"$1")
;const nested=/@.?([^?]*)[['](\??\(.*?\))(?!.\)\])[\]']/gu.exec(safeLoc);if(nested)this._walk(val,m=>{const npath=[nested[2]]
;const nvalue=nested[1]?val[m][nested[1]]:val[m];const filterResults=this._trace(npath,nvalue,path,parent,parentPropName,callback,true)
;if(filterResults.length>0)addRet(this._trace(x,val[m],push(path,m),val,m,callback,true))});else this._walk(val,m=>{
if(this._eval(safeLoc,val[m],m,path,parent,parentPropName))addRet(this._trace(x,val[m],push(path,m),val,m,callback,true))})}else if(loc[0]==="("){
if(this.currEval===false)throw new Error("Eval [(expr)] prevented in JSONPath expression.")
;addRet(this._trace(unshift(this._eval(loc,val,path.at(-1),path.slice(0,-1),parent,parentPropName),x),val,path,parent,parentPropName,callback,hasArrExpr))
}else if(loc[0]==="@"){let addType=false;const valueType=loc.slice(1,-2);switch(valueType){case"scalar":
if(!val||!["object","function"].includes(typeof val))addType=true;break;case"boolean":case"string":case"undefined":case"function":
if(typeof val===valueType)addType=true;break;case"integer":if(Number.isFinite(val)&&!(val%1))addType=true;break;case"number":
if(Number.isFinite(val))addType=true;break;case"nonFinite":if(typeof val==="number"&&!Number.isFinite(val))addType=true;break;case"object":
if(val&&typeof val===valueType)addType=true;break;case"array":if(Array.isArray(val))addType=true;break;case"other":
addType=this.currOtherTypeCallback(val,path,parent,parentPropName);break;case"null":if(val===null)addType=true;break;default:
throw new TypeError("Unknown value type "+valueType)}if(addType){retObj={path,value:val,parent,parentProperty:parentPropName}
;this._handleCallback(retObj,callback,"value");return retObj}}else if(loc[0]==="`"&&val&&Object.hasOwn(val,loc.slice(1))){const locProp=loc.slice(1)
;addRet(this._trace(x,val[locProp],push(path,locProp),val,locProp,callback,hasArrExpr,true))}else if(loc.includes(",")){const parts=loc.split(",")
;for(const part of parts)addRet(this._trace(unshift(part,x),val,path,parent,parentPropName,callback,true))
}else if(!literalPriority&&val&&Object.hasOwn(val,loc))addRet(this._trace(x,val[loc],push(path,loc),val,loc,callback,hasArrExpr,true))
;if(this._hasParentSelector)for(let t=0;t<ret.length;t++){const rett=ret[t];if(rett&&rett.isParentSelector){
const tmp=this._trace(rett.expr,val,rett.path,parent,parentPropName,callback,hasArrExpr);if(Array.isArray(tmp)){ret[t]=tmp[0];const tl=tmp.length
;for(let tt=1;tt<tl;tt++){t++;ret.splice(t,0,tmp[tt])}}else ret[t]=tmp}}return ret};JSONPath.prototype._walk=function(val,f){if(Array.isArray(val)){
const n=val.length;for(let i=0;i<n;i++)f(i)}else if(val&&typeof val==="object")Object.keys(val).forEach(m=>{f(m)})}
;JSONPath.prototype._slice=function(loc,expr,val,path,parent,parentPropName,callback){if(!Array.isArray(val))return
;const len=val.length,parts=loc.split(":"),step=parts[2]&&Number.parseInt(parts[2])||1
;let start=parts[0]&&Number.parseInt(parts[0])||0,end=parts[1]&&Number.parseInt(parts[1])||len;start=start<0?Math.max(0,start+len):Math.min(len,start)
;end=end<0?Math.max(0,end+len):Math.min(len,end);const ret=[];for(let i=start;i<end;i+=step){
const tmp=this._trace(unshift(i,expr),val,path,parent,parentPropName,callback,true);tmp.forEach(t=>{ret.push(t)})}return ret}
;JSONPath.prototype._eval=function(code,_v,_vname,path,parent,parentPropName){this.currSandbox._$_parentProperty=parentPropName
;this.currSandbox._$_parent=parent;this.currSandbox._$_property=_vname;this.currSandbox._$_root=this.json;this.currSandbox._$_v=_v
;const containsPath=code.includes("@path");if(containsPath)this.currSandbox._$_path=JSONPath.toPathString(path.concat([_vname]))
;const scriptCacheKey=this.currEval+"Script:"+code;if(!JSONPath.cache[scriptCacheKey]){
let script=code.replaceAll("@parentProperty","_$_parentProperty").replaceAll("@parent","_$_parent").replaceAll("@property","_$_property").replaceAll("@root","_$_root").replaceAll(/@([.\s)[])/gu,"_$_v$1")
;if(containsPath)script=script.replaceAll("@path","_$_path")
;if(this.currEval==="safe"||this.currEval===true||this.currEval===void 0)JSONPath.cache[scriptCacheKey]=new this.safeVm.Script(script);else if(this.currEval==="native")JSONPath.cache[scriptCacheKey]=new this.vm.Script(script);else if(typeof this.currEval==="function"&&this.currEval.prototype&&Object.hasOwn(this.currEval.prototype,"runInNewContext")){
const CurrEval=this.currEval;JSONPath.cache[scriptCacheKey]=new CurrEval(script)}else if(typeof this.currEval==="function")JSONPath.cache[scriptCacheKey]={
runInNewContext:context=>this.currEval(script,context)};else throw new TypeError(`Unknown "eval" property "${this.currEval}"`)}try{
return JSONPath.cache[scriptCacheKey].runInNewContext(this.currSandbox)}catch(e){if(this.ignoreEvalErrors)return false
;throw new Error("jsonPath: "+e.message+": "+code)}};JSONPath.cache={};JSONPath.toPathString=function(pathArr){const x=pathArr,n=x.length;let p="$"
;for(let i=1;i<n;i++)if(!/^(~|\^|@.*?\(\))$/u.test(x[i]))p+=/^[0-9*]+$/u.test(x[i])?"["+x[i]+"]":"['"+x[i]+"']";return p};JSONPath.toPointer=function(pointer){
const x=pointer,n=x.length;let p="";for(let i=1;i<n;i++)if(!/^(~|\^|@.*?\(\))$/u.test(x[i]))p+="/"+x[i].toString().replaceAll("~","~0").replaceAll("/","~1")
;return p};JSONPath.toPathArray=function(expr){const{cache}=JSONPath;if(cache[expr])return cache[expr].concat();const subx=[]
;const normalized=expr.replaceAll(/@(?:null|boolean|number|string|integer|undefined|nonFinite|scalar|array|object|function|other)\(\)/gu,";$&;").replaceAll(/[['](\??\(.*?\))[\]'](?!.\])/gu,function($0,$1){
return"[#"+(subx.push($1)-1)+"]"}).replaceAll(/\[['"]([^'\]]*)['"]\]/gu,function($0,prop){return"['"+prop.replaceAll(".","%@%").replaceAll("~","%%@@%%")+"']"
}).replaceAll("~",";~;").replaceAll(/['"]?\.['"]?(?![^[]*\])|\[['"]?/gu,";").replaceAll("%@%",".").replaceAll("%%@@%%","~").replaceAll(/(?:;)?(\^+)(?:;)?/gu,function($0,ups){
return";"+ups.split("").join(";")+";"}).replaceAll(/;;;|;;/gu,";..;").replaceAll(/;$|'?\]|'$/gu,"");const exprList=normalized.split(";").map(function(exp){
const match=exp.match(/#(\d+)/u);return!match||!match[1]?exp:subx[match[1]]});cache[expr]=exprList;return cache[expr].concat()};JSONPath.prototype.safeVm={
Script:SafeScript};JSONPath.prototype.vm=external_vm_namespaceObject;function parseStatusRanges(text){
const parts=text.split(",").map(p=>p.trim()).filter(p=>p!=="");if(parts.length===0)throw new Error("expected status codes such as 200,204,300-399")
;return parts.map(part=>{const single=/^(\d{3})$/.exec(part);const range=/^(\d{3})\s*-\s*(\d{3})$/.exec(part);const klass=/^([1-5])xx$/i.exec(part);let min
;let max
;if(single)min=max=Number(single[1]);else if(range)[min,max]=[Number(range[1]),Number(range[2])];else if(klass)[min,max]=[Number(klass[1])*100,Number(klass[1])*100+99];else throw new Error(`'${part}' is not a status code, a range like 300-399, or a class like 2xx`)
;if(min<100||max>599||min>max)throw new Error(`'${part}' is not a valid HTTP status or range (100-599)`);return{min,max}})}function formatStatusRanges(ranges){
return ranges.map(r=>r.min===r.max?`${r.min}`:`${r.min}-${r.max}`).join(",")}function findOperator(line){let depth=0;let quote=""
;for(let i=0;i<line.length-1;i++){const c=line[i];if(quote){if(c===quote&&line[i-1]!=="\\")quote=""
}else if(c==='"'||c==="'")quote=c;else if(c==="["||c==="(")depth++;else if(c==="]"||c===")")depth--;else if(depth===0&&(c==="="||c==="!")&&line[i+1]==="=")return i
}return-1}function checkPathSyntax(path){if(!path.startsWith("$"))throw new Error(`'${path}' is not a JSON path (it must start with $)`);let depth=0
;let quote="";for(const c of path){if(quote){if(c===quote)quote=""
}else if(c==='"'||c==="'")quote=c;else if(c==="["||c==="(")depth++;else if(c==="]"||c===")")depth--;if(depth<0)break}
if(depth!==0||quote||/[.[]$/.test(path))throw new Error(`'${path}' is not a well-formed JSON path`);try{JSONPath({path,json:{},wrap:true})}catch(error){
throw new Error(`'${path}' is not a valid JSON path: ${error.message}`,{cause:error})}}function parseJsonAssertion(line){const at=findOperator(line)
;if(at<0)throw new Error(`'${line}' is not of the form <JSON path> == <value> or <JSON path> != <value>`);const path=line.slice(0,at).trim()
;const operator=line.slice(at,at+2);const valueText=line.slice(at+2).trim()
;if(valueText==="")throw new Error(`'${line}' has no value after ${operator} (write "" for an empty string)`);checkPathSyntax(path);let expected=valueText;try{
expected=JSON.parse(valueText)}catch{}return{source:line,path,operator,expected}}function isScalar(value){
return value===null||["string","number","boolean"].includes(typeof value)}function sameValue(actual,expected){
if(isScalar(actual)&&isScalar(expected))return String(actual)===String(expected);return JSON.stringify(actual)===JSON.stringify(expected)}
function describe(value){const text=JSON.stringify(value);return text===void 0?"undefined":text.length>80?`${text.slice(0,80)}…`:text}
function evaluateJsonAssertion(assertion,document){const matches=JSONPath({path:assertion.path,json:document,wrap:true})
;if(matches.length===0)return`${assertion.source} (no value at ${assertion.path})`
;if(matches.length>1)return`${assertion.source} (${assertion.path} selected ${matches.length} values; it must select one)`
;const equal=sameValue(matches[0],assertion.expected);if(assertion.operator==="=="?equal:!equal)return;return`${assertion.source} (got ${describe(matches[0])})`
}function evaluateResponse(response,expect){const problems=[]
;if(!expect.statuses.some(r=>response.status>=r.min&&response.status<=r.max))problems.push(`status ${response.status} is not in ${formatStatusRanges(expect.statuses)}`)
;for(const text of expect.bodyContains)if(!response.body.includes(text))problems.push(`body does not contain '${text}'`);if(expect.jsonAssertions.length>0){
let document;try{document=JSON.parse(response.body)}catch{problems.push("body is not valid JSON, so json-assert cannot be checked")}
if(document!==void 0)for(const assertion of expect.jsonAssertions){const failed=evaluateJsonAssertion(assertion,document)
;if(failed)problems.push(`json-assert failed: ${failed}`)}}
if(expect.maxLatencyMs!==void 0&&response.latencyMs>expect.maxLatencyMs)problems.push(`latency ${Math.round(response.latencyMs)} ms exceeds max-latency-ms ${expect.maxLatencyMs}`)
;return problems}}),45:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{G:()=>getInputs,
n:()=>headerSecrets});var core=__nccwpck_require__(251);class errors_ConfigurationError extends Error{input;constructor(input,expected,options){
super(`Input '${input}': ${expected}`,options);this.name="ConfigurationError";this.input=input}}
const NEEDS_ESCAPES=/[\u0000-\u001f\u007f-\u009f\u2028\u2029'"\\]/;const NOT_ESCAPED_BY_JSON=/[\u007f-\u009f\u2028\u2029]/g;function quotedInFull(value){
if(!NEEDS_ESCAPES.test(value))return`'${value}'`
;return JSON.stringify(value).replace(NOT_ESCAPED_BY_JSON,c=>`\\u${c.charCodeAt(0).toString(16).padStart(4,"0")}`)}function quoted(value){
if(value.length<=80)return quotedInFull(value);return`${quotedInFull(value.slice(0,80))}… (${value.length} characters)`}
const PARTITION_REGION_ACCOUNT="arn:aws[a-z-]*:ecs:[a-z]{2}(?:-[a-z]+)+-\\d+:\\d{12}";new RegExp(`^${PARTITION_REGION_ACCOUNT}:cluster/[A-Za-z0-9_-]{1,255}$`)
;new RegExp(`^${PARTITION_REGION_ACCOUNT}:service/(?:[A-Za-z0-9_-]{1,255}/)?[A-Za-z0-9_-]{1,255}$`)
;const DOMAIN_COMPONENT="(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])"
;const DOMAIN=`(?:${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*|\\[[0-9a-fA-F:]+\\])(?::[0-9]+)?`;const PATH_COMPONENT="[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*"
;const TAG="[\\w][\\w.-]{0,127}";const DIGEST="[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}"
;new RegExp(`^(?:(${DOMAIN})/)?(${PATH_COMPONENT}(?:/${PATH_COMPONENT})*)(?::(${TAG}))?(?:@(${DIGEST}))?$`);var durations=__nccwpck_require__(558)
;function parseBooleanInput(name,raw,fallback){const value=raw.trim().toLowerCase();if(value==="")return fallback
;if(["true","yes","on","1"].includes(value))return true;if(["false","no","off","0"].includes(value))return false
;throw new errors_ConfigurationError(name,`expected true or false, got ${quoted(raw.trim())}`)}const MAX_TIMER_MS=2147483647
;function parseDurationInput(name,raw,fallback){const text=raw.trim()===""?fallback:raw.trim();const ms=(0,durations.E)(text)
;if(ms===void 0||ms<=0)throw new errors_ConfigurationError(name,`expected a duration such as 90s, 5m or 1h30m, got ${quoted(text)}`)
;if(ms>MAX_TIMER_MS)throw new errors_ConfigurationError(name,`expected a duration of at most 596h (about 24.8 days), got ${quoted(text)}`);return ms}
function parseIntegerInput(name,raw,fallback,min,max=Number.MAX_SAFE_INTEGER){const text=raw.trim();if(text==="")return fallback
;if(!/^\d+$/.test(text)||Number(text)<min||Number(text)>max){const range=max===Number.MAX_SAFE_INTEGER?`${min} or more`:`from ${min} to ${max}`
;throw new errors_ConfigurationError(name,`expected a whole number ${range}, got ${quoted(text)}`)}return Number(text)}function parseLines(raw){
return raw.split(/\r?\n/).map(line=>line.trim()).filter(line=>line!==""&&!line.startsWith("#"))}function parseKeyValueLines(name,raw,separator,form){
return parseLines(raw).map((line,index)=>{const at=line.indexOf(separator);const key=at>0?line.slice(0,at).trim():""
;if(!key)throw new errors_ConfigurationError(name,`line ${index+1} is not of the form ${form}`);return[key,line.slice(at+separator.length).trim()]})}
var assertions=__nccwpck_require__(966);const METHODS=["GET","HEAD","POST","PUT","PATCH","DELETE","OPTIONS"];const fromRunner=name=>core.getInput(name)
;const withoutUserinfo=text=>text.replace(/^([a-z][a-z\d+.-]*:\/\/)[^/?#]*@/i,"$1***@");function parseUrls(raw){
const urls=parseLines(raw).flatMap(line=>line.split(/\s+/));if(urls.length===0)throw new errors_ConfigurationError("urls","expected at least one http(s) URL")
;for(const text of urls){let url;try{url=new URL(text)}catch{
throw new errors_ConfigurationError("urls",`${quoted(withoutUserinfo(text))} is not a URL (expected http:// or https://)`)}
if(url.protocol!=="http:"&&url.protocol!=="https:")throw new errors_ConfigurationError("urls",`${quoted(withoutUserinfo(text))} uses ${url.protocol} (expected http:// or https://)`)
;if(url.username||url.password)throw new errors_ConfigurationError("urls",`${quoted(withoutUserinfo(text))} carries credentials (user:password@): `+"send them in a header instead (headers: 'Authorization: Basic <base64 of user:password>'), which is masked")
}return urls}const HEADER_VALUE_CONTROL=/[\u0000-\u0008\u000a-\u001f\u007f]/;function nonEmptyLines(raw){
return raw.split(/\r?\n/).map(line=>line.trim()).filter(line=>line!=="")}function wrap(input,parse){try{return parse()}catch(error){
throw new errors_ConfigurationError(input,error.message,{cause:error})}}function getInputs(read=fromRunner){const urls=parseUrls(read("urls"))
;const method=(read("method").trim()||"GET").toUpperCase()
;if(!METHODS.includes(method))throw new errors_ConfigurationError("method",`expected one of ${METHODS.join(", ")}, got '${method}'`)
;const headers=parseKeyValueLines("headers",read("headers"),":","'Name: value'");for(const[name,value]of headers){
if(!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(name))throw new errors_ConfigurationError("headers",`${quoted(name)} is not a valid header name`)
;if(HEADER_VALUE_CONTROL.test(value))throw new errors_ConfigurationError("headers",`the value of ${name} has a control character (a carriage return, line feed or the like); a header value is one line of text`)
}const body=read("body")
;if(body!==""&&(method==="GET"||method==="HEAD"))throw new errors_ConfigurationError("body",`a ${method} request cannot carry a body; set method to POST, PUT or PATCH`)
;const statuses=wrap("expected-status",()=>(0,assertions.C2)(read("expected-status").trim()||"200-399"))
;const jsonAssertions=wrap("json-assert",()=>parseLines(read("json-assert")).map(assertions.YE));const maxLatencyRaw=read("max-latency-ms")
;const maxLatencyMs=maxLatencyRaw.trim()===""?void 0:parseIntegerInput("max-latency-ms",maxLatencyRaw,0,1)
;const timeoutMs=parseDurationInput("timeout",read("timeout"),"5m");const requestTimeoutMs=parseDurationInput("request-timeout",read("request-timeout"),"10s")
;const intervalMs=parseDurationInput("interval",read("interval"),"2s");return{urls,method,headers,body:body===""?void 0:body,expect:{statuses,
bodyContains:nonEmptyLines(read("body-contains")),jsonAssertions,maxLatencyMs},timeoutMs,requestTimeoutMs,intervalMs,
consecutiveSuccesses:parseIntegerInput("consecutive-successes",read("consecutive-successes"),1,1,100),
noCache:parseBooleanInput("no-cache",read("no-cache"),false),followRedirects:parseBooleanInput("follow-redirects",read("follow-redirects"),true)}}
function headerSecrets(headers){const secrets=new Set;for(const[,value]of headers){if(value==="")continue;secrets.add(value)
;const scheme=/^[A-Za-z][\w-]*\s+(\S.*)$/.exec(value);if(scheme?.[1])secrets.add(scheme[1])}return[...secrets]}}),
893:((module,__unused_webpack___webpack_exports__,__nccwpck_require__)=>{
__nccwpck_require__.a(module,async(__webpack_handle_async_dependencies__,__webpack_async_result__)=>{try{
var _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__=__nccwpck_require__(251);var _common_src_clock_js__WEBPACK_IMPORTED_MODULE_1__=__nccwpck_require__(301)
;var _common_src_secrets_js__WEBPACK_IMPORTED_MODULE_6__=__nccwpck_require__(826)
;var _common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_2__=__nccwpck_require__(633);var _inputs_js__WEBPACK_IMPORTED_MODULE_3__=__nccwpck_require__(45)
;var _report_js__WEBPACK_IMPORTED_MODULE_4__=__nccwpck_require__(390);var _run_js__WEBPACK_IMPORTED_MODULE_5__=__nccwpck_require__(481);const logger=(0,
_common_src_untrusted_js__WEBPACK_IMPORTED_MODULE_2__.eU)(_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__);async function main(){try{const inputs=(0,
_inputs_js__WEBPACK_IMPORTED_MODULE_3__.G)()
;const masked=new _common_src_secrets_js__WEBPACK_IMPORTED_MODULE_6__.Q(secret=>_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setSecret(secret))
;for(const secret of(0,_inputs_js__WEBPACK_IMPORTED_MODULE_3__.n)(inputs.headers))masked.add(secret)
;const{createHttpProbe}=await __nccwpck_require__.e(434).then(__nccwpck_require__.bind(__nccwpck_require__,434));const report=(0,
_report_js__WEBPACK_IMPORTED_MODULE_4__.a5)(await(0,_run_js__WEBPACK_IMPORTED_MODULE_5__.e)(inputs,{probe:createHttpProbe(),
clock:_common_src_clock_js__WEBPACK_IMPORTED_MODULE_1__.m,logger,random:Math.random}),masked)
;_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setOutput("report",(0,_report_js__WEBPACK_IMPORTED_MODULE_4__.l4)(report))
;_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setOutput("passed",String(report.passed))
;await _common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.summary.addRaw((0,_report_js__WEBPACK_IMPORTED_MODULE_4__.eH)(report)).write()
;if(!report.passed)_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed((0,_report_js__WEBPACK_IMPORTED_MODULE_4__.oh)(report))}catch(error){
_common_src_core_js__WEBPACK_IMPORTED_MODULE_0__.setFailed(error instanceof Error?error.message:String(error))}}await main();__webpack_async_result__()
}catch(e){__webpack_async_result__(e)}},1)}),390:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{
oh:()=>failureMessage,a5:()=>redactReport,l4:()=>reportJson,eH:()=>summaryMarkdown});var durations=__nccwpck_require__(558);function markdownTable(header,rows){
const cell=text=>text.replace(/\|/g,"\\|").replace(/\r?\n/g,"<br>");const line=cells=>`| ${cells.map(cell).join(" | ")} |`
;return[line(header),line(header.map(()=>"---")),...rows.map(line)].join("\n")}function truncate(text,max){
return text.length<=max?text:`${text.slice(0,max)}… (${text.length-max} more characters)`}function redactReport(report,masked){
const redact=text=>text===null?null:masked.redact(text);return{...report,results:report.results.map(r=>({...r,url:masked.redact(r.url),
lastError:redact(r.lastError),bodyExcerpt:redact(r.bodyExcerpt)}))}}function reportJson(report){return JSON.stringify({passed:report.passed,
elapsedMs:report.elapsedMs,results:report.results.map(({url,passed,status,latencyMs,attempts,elapsedMs,lastError})=>({url,passed,status,latencyMs,attempts,
elapsedMs,lastError}))})}function failureLine(result){const parts=[`${result.url}: failed after ${result.attempts} attempt${result.attempts===1?"":"s"} in ${(0,
durations.a)(result.elapsedMs)}`,result.status===null?"no HTTP response":`last status ${result.status}`,result.lastError??"the consecutive-successes streak was not reached"]
;if(result.bodyExcerpt)parts.push(`body: ${JSON.stringify(truncate(result.bodyExcerpt,200))}`);return parts.join(" — ")}function failureMessage(report){
const failed=report.results.filter(r=>!r.passed)
;return[`Smoke test failed for ${failed.length} of ${report.results.length} URL(s):`,...failed.map(failureLine)].join("\n")}function summaryMarkdown(report){
const rows=report.results.map(r=>[r.url,r.passed?"✅ passed":"❌ failed",r.status===null?"—":String(r.status),r.latencyMs===null?"—":`${r.latencyMs} ms`,String(r.attempts),(0,
durations.a)(r.elapsedMs),r.lastError?truncate(r.lastError,200):""]);const title=report.passed?"### ✅ Smoke test passed":"### ❌ Smoke test failed"
;return`${title}\n\n${markdownTable(["URL","Result","Status","Latency","Attempts","Elapsed","Last error"],rows)}\n`}}),
481:((__unused_webpack_module,__webpack_exports__,__nccwpck_require__)=>{__nccwpck_require__.d(__webpack_exports__,{e:()=>run})
;function backoffDelay(retry,policy,random=Math.random){const step=Math.min(policy.maxMs,policy.initialMs*policy.factor**Math.max(0,retry-1));const half=step/2
;return Math.round(half+random()*half)}var durations=__nccwpck_require__(558);var assertions=__nccwpck_require__(966);const MAX_RETRY_DELAY_MS=3e4
;const EXCERPT_CHARS=300;const LAST_ATTEMPT_MS=1e3;function attemptUrl(url,noCache,nonce){if(!noCache)return url;const parsed=new URL(url)
;parsed.searchParams.set("smoke-test-nonce",nonce);return parsed.toString()}function requestHeaders(inputs){const headers={}
;for(const[name,value]of inputs.headers)headers[name]=value;if(inputs.noCache)headers["Cache-Control"]="no-cache";return headers}
async function checkUrl(url,inputs,deps,started){const{clock,logger}=deps;const deadline=started+inputs.timeoutMs;const result={url,passed:false,status:null,
latencyMs:null,attempts:0,elapsedMs:0,lastError:null,bodyExcerpt:null};let streak=0;let failures=0;for(;;){const remaining=deadline-clock.now()
;if(remaining<=0)break;result.attempts+=1;const nonce=`${Math.floor(clock.now())}-${result.attempts}-${Math.floor(deps.random()*1e9)}`;let problems;try{
const response=await deps.probe({url:attemptUrl(url,inputs.noCache,nonce),method:inputs.method,headers:requestHeaders(inputs),body:inputs.body,
timeoutMs:Math.min(inputs.requestTimeoutMs,remaining),followRedirects:inputs.followRedirects});result.status=response.status
;result.latencyMs=Math.round(response.latencyMs);result.bodyExcerpt=response.body.slice(0,EXCERPT_CHARS);problems=(0,assertions.LB)(response,inputs.expect)
}catch(error){result.status=null;result.latencyMs=null;result.bodyExcerpt=null;problems=[error.message]}const label=`${url} attempt ${result.attempts}`
;if(problems.length===0){streak+=1;result.lastError=null
;logger.info(`✓ ${label}: ${result.status} in ${result.latencyMs} ms${inputs.consecutiveSuccesses>1?` (${streak}/${inputs.consecutiveSuccesses} in a row)`:""}`)
;if(streak>=inputs.consecutiveSuccesses){result.passed=true;break}}else{streak=0;failures+=1;result.lastError=problems.join("; ")
;logger.info(`✗ ${label}: ${result.lastError}`)}const delay=problems.length===0?inputs.intervalMs:backoffDelay(failures,{initialMs:inputs.intervalMs,
maxMs:Math.max(inputs.intervalMs,MAX_RETRY_DELAY_MS),factor:2},deps.random)
;const lastWindow=Math.min(LAST_ATTEMPT_MS,inputs.requestTimeoutMs,inputs.timeoutMs/10);const wait=Math.min(delay,deadline-clock.now()-lastWindow)
;if(wait<=0)break;await clock.sleep(wait)}result.elapsedMs=Math.round(clock.now()-started)
;if(!result.passed)logger.info(`${url}: gave up after ${result.attempts} attempts in ${(0,durations.a)(result.elapsedMs)}`);return result}
async function run(inputs,deps){const started=deps.clock.now();deps.logger.info(`Checking ${inputs.urls.length} URL(s) for up to ${(0,
durations.a)(inputs.timeoutMs)}`);const results=await Promise.all(inputs.urls.map(url=>checkUrl(url,inputs,deps,started)));return{
passed:results.every(r=>r.passed),elapsedMs:Math.round(deps.clock.now()-started),results}}}),598:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto")}),67:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:http")}),708:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:https")}),30:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:net")}),692:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:tls")}),522:(module=>{
module.exports=__WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:zlib")})};var __webpack_module_cache__={};function __nccwpck_require__(moduleId){
var cachedModule=__webpack_module_cache__[moduleId];if(cachedModule!==void 0)return cachedModule.exports;var module=__webpack_module_cache__[moduleId]={
exports:{}};var threw=true;try{__webpack_modules__[moduleId](module,module.exports,__nccwpck_require__);threw=false}finally{
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
__nccwpck_require__.d=(exports,definition)=>{
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
;var __webpack_exports__=__nccwpck_require__(893);__webpack_exports__=await __webpack_exports__;