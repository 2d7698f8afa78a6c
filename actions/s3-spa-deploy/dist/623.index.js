export const id=623;export const ids=[623];export const modules={2623:(__unused_webpack_module,__webpack_exports__,__webpack_require__)=>{
__webpack_require__.r(__webpack_exports__);__webpack_require__.d(__webpack_exports__,{createCloudFrontApi:()=>createCloudFrontApi})
;var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__=__webpack_require__(3169)
;var _common_src_aws_js__WEBPACK_IMPORTED_MODULE_0__=__webpack_require__(1442);function createCloudFrontApi(region,cancel){
const cloudfront=new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.GHk((0,_common_src_aws_js__WEBPACK_IMPORTED_MODULE_0__.rw)(region,"s3-spa-deploy"))
;const options={abortSignal:cancel};async function findByCallerReference(distributionId,callerReference){
const listed=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Psn({DistributionId:distributionId,MaxItems:10}),options)
;for(const summary of listed.InvalidationList?.Items??[]){const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Wwh({
DistributionId:distributionId,Id:summary.Id}),options);if(out.Invalidation?.InvalidationBatch?.CallerReference===callerReference)return summary.Id}return}
return{async createInvalidation(distributionId,paths,callerReference){try{
const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Yo6({DistributionId:distributionId,InvalidationBatch:{
CallerReference:callerReference,Paths:{Quantity:paths.length,Items:paths}}}),options);return out.Invalidation?.Id}catch(error){
const reused=error.name==="InvalidationBatchAlreadyExists"||/caller reference that was used/i.test(error.message)
;const existing=reused?await findByCallerReference(distributionId,callerReference):void 0;if(existing)return existing;throw error}},
async invalidationStatus(distributionId,id){const out=await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__.Wwh({
DistributionId:distributionId,Id:id}),options);return out.Invalidation?.Status??"Unknown"}}}}};