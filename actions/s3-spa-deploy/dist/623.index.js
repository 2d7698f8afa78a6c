export const id = 623;
export const ids = [623];
export const modules = {

/***/ 2623:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   createCloudFrontApi: () => (/* binding */ createCloudFrontApi)
/* harmony export */ });
/* harmony import */ var _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3169);
/* harmony import */ var _common_src_aws_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1442);


/** `cancel` (the runner's SIGINT) aborts the call in flight. */
function createCloudFrontApi(region, cancel) {
    const cloudfront = new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .CloudFrontClient */ .GHk((0,_common_src_aws_js__WEBPACK_IMPORTED_MODULE_0__/* .awsClientConfig */ .rw)(region, 's3-spa-deploy'));
    const options = { abortSignal: cancel };
    async function findByCallerReference(distributionId, callerReference) {
        const listed = await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .ListInvalidationsCommand */ .Psn({ DistributionId: distributionId, MaxItems: 10 }), options);
        for (const summary of listed.InvalidationList?.Items ?? []) {
            const out = await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .GetInvalidationCommand */ .Wwh({ DistributionId: distributionId, Id: summary.Id }), options);
            if (out.Invalidation?.InvalidationBatch?.CallerReference === callerReference)
                return summary.Id;
        }
        return undefined;
    }
    return {
        async createInvalidation(distributionId, paths, callerReference) {
            try {
                const out = await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .CreateInvalidationCommand */ .Yo6({
                    DistributionId: distributionId,
                    InvalidationBatch: { CallerReference: callerReference, Paths: { Quantity: paths.length, Items: paths } },
                }), options);
                return out.Invalidation?.Id;
            }
            catch (error) {
                // A reused CallerReference means this batch was already sent (a retry after a lost response). AWS documents
                // InvalidationBatchAlreadyExists for it, and users report InvalidArgument "…caller reference that was used…".
                const reused = error.name === 'InvalidationBatchAlreadyExists' || /caller reference that was used/i.test(error.message);
                const existing = reused ? await findByCallerReference(distributionId, callerReference) : undefined;
                if (existing)
                    return existing;
                throw error;
            }
        },
        async invalidationStatus(distributionId, id) {
            const out = await cloudfront.send(new _aws_sdk_client_cloudfront__WEBPACK_IMPORTED_MODULE_1__/* .GetInvalidationCommand */ .Wwh({ DistributionId: distributionId, Id: id }), options);
            return out.Invalidation?.Status ?? 'Unknown';
        },
    };
}


/***/ })

};
