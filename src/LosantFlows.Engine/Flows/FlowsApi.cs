using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;
using LosantFlows.Engine.Flows;

namespace LosantFlows.Engine
{
    /// <summary>
    /// The five actions of the Losant Flows resource (API-NOTES §1.1; losant-rest-js <c>lib/api/flows.js</c>, apiInfo.json <c>flows</c>),
    /// and flowVersions.get (apiInfo.json <c>flowVersions</c>), which lists one flow's versions.
    /// Every method throws <see cref="ArgumentException"/> naming ApplicationId for an id that is not 24 hex characters,
    /// <see cref="LosantApiException"/> for non-2xx answers, an unreachable endpoint, or a GET whose 2xx answers stayed
    /// incomplete JSON through all retries, <see cref="LosantTimeoutException"/> when the client's timeout passes,
    /// <see cref="OperationCanceledException"/> on cancellation, and <see cref="FormatException"/> when the answer is not the
    /// expected JSON object (for POST also when it is not JSON at all: the server acted, so it is not retried). Top-level <c>creationDate</c>/<c>lastUpdated</c> of flows and flow
    /// versions become UTC <see cref="DateTime"/>s; every other value stays exactly as sent.
    /// </summary>
    public sealed class FlowsApi
    {
        private readonly LosantClient _client;

        /// <summary>Creates the API over a connection.</summary>
        /// <param name="client">The connection's client.</param>
        /// <exception cref="ArgumentNullException"><paramref name="client"/> is null.</exception>
        public FlowsApi(LosantClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

        /// <summary>flows.get: <c>GET /applications/{applicationId}/flows</c>, one page (200, schema <c>flows.json</c>).</summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="query">Filters, sorting and paging; unset members are not sent.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>The page; items have PSTypeName <c>Losant.Flow</c>.</returns>
        public async Task<FlowPage> GetAsync(string applicationId, FlowListQuery query, IRequestObserver? observer, CancellationToken ct)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var request = new LosantRequest(HttpMethod.Get, FlowPaths.Resource(applicationId))
            {
                Query = FlowQueryParams.ForGet(query),
                LosantDomain = query.LosantDomain,
            };
            var response = await _client.SendAsync(request, observer, ct).ConfigureAwait(false);
            return FlowObjects.ToPage(response, "flows.get", FlowObjects.Flow);
        }

        /// <summary>
        /// flows.getByVersion: <c>GET /applications/{applicationId}/flows/version?…&amp;version=…</c>, one page
        /// (200, schema <c>flowVersions.json</c>). <see cref="FlowListQuery.AllVersions"/> is not a parameter of this action and is ignored.
        /// </summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="version">Version name to return for every matching flow, e.g. <c>v1.0.0</c> or <c>develop</c>.</param>
        /// <param name="query">Filters, sorting and paging; unset members are not sent.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>The page; items have PSTypeName <c>Losant.FlowVersion</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="version"/> is null or empty.</exception>
        public async Task<FlowPage> GetByVersionAsync(string applicationId, string version, FlowListQuery query, IRequestObserver? observer, CancellationToken ct)
        {
            if (string.IsNullOrEmpty(version)) throw new ArgumentException("Version must not be empty.", nameof(version));
            if (query == null) throw new ArgumentNullException(nameof(query));
            var request = new LosantRequest(HttpMethod.Get, FlowPaths.Resource(applicationId, "/version"))
            {
                Query = FlowQueryParams.ForGetByVersion(query, version),
                LosantDomain = query.LosantDomain,
            };
            var response = await _client.SendAsync(request, observer, ct).ConfigureAwait(false);
            return FlowObjects.ToPage(response, "flows.getByVersion", FlowObjects.FlowVersion);
        }

        /// <summary>
        /// flowVersions.get: <c>GET /applications/{applicationId}/flows/{flowId}/versions</c>, one page of the flow's versions
        /// (200, schema <c>flowVersions.json</c>; 404 when the flow is not found). Sends sortField (version, id, creationDate,
        /// lastUpdated), sortDirection, page, perPage, filterField (only <c>version</c>), filter (a glob on the version name),
        /// includeCustomNodes and query (advanced query, schema <c>advancedFlowVersionQuery.json</c>), after the global
        /// parameters; <see cref="FlowListQuery.FlowClass"/>, <see cref="FlowListQuery.TriggerFilter"/> and
        /// <see cref="FlowListQuery.AllVersions"/> are not parameters of this action and are ignored.
        /// </summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="flowId">Flow id, 24 hex characters.</param>
        /// <param name="query">Filters, sorting and paging; unset members are not sent.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>The page; items have PSTypeName <c>Losant.FlowVersion</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="flowId"/> is not 24 hex characters; nothing is sent.</exception>
        public async Task<FlowPage> GetFlowVersionsAsync(string applicationId, string flowId, FlowListQuery query, IRequestObserver? observer, CancellationToken ct)
        {
            if (query == null) throw new ArgumentNullException(nameof(query));
            var request = new LosantRequest(HttpMethod.Get, FlowPaths.Versions(applicationId, flowId))
            {
                Query = FlowQueryParams.ForFlowVersions(query),
                LosantDomain = query.LosantDomain,
            };
            var response = await _client.SendAsync(request, observer, ct).ConfigureAwait(false);
            return FlowObjects.ToPage(response, "flowVersions.get", FlowObjects.FlowVersion);
        }

        /// <summary>
        /// flows.import: <c>POST /applications/{applicationId}/flows/import</c> with <paramref name="importData"/> as the JSON body
        /// (schema <c>flowsImportPost.json</c> <c>{flows:[…], flowVersions:[…]}</c>); answer 201 <c>flowsImportResult.json</c>.
        /// </summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="importData">Hashtable, PSCustomObject or parsed file; serialized with <see cref="PSJson.Serialize(object)"/>.</param>
        /// <param name="losantDomain">Value of the <c>losantdomain</c> header, or null.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>PSTypeName <c>Losant.FlowImportResult</c>; its <c>flows</c> items <c>Losant.Flow</c>, <c>flowVersions</c> items <c>Losant.FlowVersion</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="importData"/> cannot be written as JSON (cycle, too deep, NaN); nothing is sent.</exception>
        public async Task<PSObject> ImportAsync(string applicationId, object importData, string? losantDomain, IRequestObserver? observer, CancellationToken ct)
        {
            if (importData == null) throw new ArgumentNullException(nameof(importData));
            var request = new LosantRequest(HttpMethod.Post, FlowPaths.Resource(applicationId, "/import"))
            {
                Body = RequestBody.Write(importData, "importData"),
                LosantDomain = losantDomain,
            };
            var response = await _client.SendAsync(request, observer, ct).ConfigureAwait(false);
            var result = FlowObjects.ParseRoot(response, "flows.import", FlowObjects.ItemsInRootArrays);
            FlowObjects.ConvertItems(result, "flows", FlowObjects.Flow, convertDates: true);
            FlowObjects.ConvertItems(result, "flowVersions", FlowObjects.FlowVersion, convertDates: true);
            result.TypeNames.Insert(0, FlowObjects.ImportResult);
            return result;
        }

        /// <summary>flows.palette: <c>GET /applications/{applicationId}/flows/palette</c> (200, schema <c>paletteResponse.json</c>).</summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="losantDomain">Value of the <c>losantdomain</c> header, or null.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>PSTypeName <c>Losant.Palette</c>; each <c>customNodes</c> item <c>Losant.PaletteNode</c>.</returns>
        public async Task<PSObject> GetPaletteAsync(string applicationId, string? losantDomain, IRequestObserver? observer, CancellationToken ct)
        {
            var response = await SendPaletteAsync(applicationId, losantDomain, observer, ct).ConfigureAwait(false);
            var result = FlowObjects.ParseRoot(response, "flows.palette", FlowObjects.ItemsInRootArrays);
            FlowObjects.ConvertItems(result, "customNodes", FlowObjects.PaletteNode, convertDates: false);
            result.TypeNames.Insert(0, FlowObjects.Palette);
            return result;
        }

        /// <summary>flows.palette as the API sent it: the answer's JSON text (schema <c>paletteResponse.json</c>).</summary>
        /// <inheritdoc cref="GetPaletteAsync" path="/param"/>
        public async Task<string> GetPaletteJsonAsync(string applicationId, string? losantDomain, IRequestObserver? observer, CancellationToken ct)
        {
            var response = await SendPaletteAsync(applicationId, losantDomain, observer, ct).ConfigureAwait(false);
            return System.Text.Encoding.UTF8.GetString(response.Body);
        }

        private Task<LosantResponse> SendPaletteAsync(string applicationId, string? losantDomain, IRequestObserver? observer, CancellationToken ct) =>
            _client.SendAsync(new LosantRequest(HttpMethod.Get, FlowPaths.Resource(applicationId, "/palette")) { LosantDomain = losantDomain }, observer, ct);

        /// <summary>
        /// flows.post: <c>POST /applications/{applicationId}/flows</c> with <paramref name="flow"/> as the JSON body (schema
        /// <c>flowPost.json</c>, <c>name</c> required); answer 201 <c>flow.json</c>.
        /// </summary>
        /// <param name="applicationId">Application id, 24 hex characters.</param>
        /// <param name="flow">Hashtable or PSCustomObject; serialized with <see cref="PSJson.Serialize(object)"/>.</param>
        /// <param name="includeCustomNodes">True sends <c>includeCustomNodes=true</c>; false sends nothing.</param>
        /// <param name="losantDomain">Value of the <c>losantdomain</c> header, or null.</param>
        /// <param name="observer">Diagnostics receiver, or null.</param>
        /// <param name="ct">Cancels the request.</param>
        /// <returns>The created flow, PSTypeName <c>Losant.Flow</c>.</returns>
        /// <exception cref="ArgumentException"><paramref name="flow"/> cannot be written as JSON (cycle, too deep, NaN); nothing is sent.</exception>
        public async Task<PSObject> PostAsync(string applicationId, object flow, bool includeCustomNodes, string? losantDomain, IRequestObserver? observer, CancellationToken ct)
        {
            if (flow == null) throw new ArgumentNullException(nameof(flow));
            var query = new List<KeyValuePair<string, string>>();
            if (includeCustomNodes) FlowQueryParams.Add(query, "includeCustomNodes", true);
            var request = new LosantRequest(HttpMethod.Post, FlowPaths.Resource(applicationId))
            {
                Query = query,
                Body = RequestBody.Write(flow, "flow"),
                LosantDomain = losantDomain,
            };
            var response = await _client.SendAsync(request, observer, ct).ConfigureAwait(false);
            return FlowObjects.ToItem(FlowObjects.ParseRoot(response, "flows.post", FlowObjects.ItemIsRoot), FlowObjects.Flow);
        }
    }
}
