using System;
using System.Collections;
using System.Collections.Specialized;
using System.Management.Automation;
using LosantFlows.Conversion;
using LosantFlows.Engine;

namespace LosantFlows.Commands
{
    /// <summary>
    /// <para type="synopsis">Creates a workflow in a Losant application.</para>
    /// Losant action flows.post (POST /applications/{applicationId}/flows, body schema <c>flowPost.json</c>); writes the
    /// created workflow (<c>flow.json</c>) as a <c>Losant.Flow</c> object. From parameters, or from <c>-Flow</c>: a
    /// hashtable, JSON text, or a flow piped from <c>Get-LosantFlow</c> (its read-only fields are left out), which copies
    /// workflows between applications.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "LosantFlow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByFieldsSet)]
    [OutputType("Losant.Flow")]
    public sealed class NewLosantFlowCommand : LosantCmdlet
    {
        private const string ByFieldsSet = "ByFields";
        private const string ByFlowSet = "ByFlow";

        /// <summary>The id (24 hexadecimal characters) of the application to create the workflow in.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateLosantId]
        public string ApplicationId { get; set; } = "";

        /// <summary>The workflow's name (1 to 255 characters).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ByFieldsSet)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>The workflow's description.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public string? Description { get; set; }

        /// <summary>A short description (custom nodes show it in the palette).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public string? ShortDescription { get; set; }

        /// <summary>Workflow class: cloud (default), edge, embedded, customNode or experience. It cannot be changed later.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        [ValidateSet("cloud", "edge", "embedded", "customNode", "experience")]
        public string? FlowClass { get; set; }

        /// <summary>Whether the workflow is enabled (the API's default is false).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public SwitchParameter Enabled { get; set; }

        /// <summary>Triggers: hashtables or objects of the Workflow schema's trigger shape (<c>type</c>, <c>key</c>, <c>config</c>, <c>meta</c>, <c>outputIds</c>).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public object[]? Triggers { get; set; }

        /// <summary>Nodes: hashtables or objects with <c>id</c>, <c>type</c>, <c>config</c>, <c>meta</c>, <c>outputIds</c>.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public object[]? Nodes { get; set; }

        /// <summary>Globals: hashtables or objects with <c>key</c> and <c>json</c> (the value as JSON text).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public object[]? Globals { get; set; }

        /// <summary>A data URI for the workflow's icon (custom nodes).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public string? IconData { get; set; }

        /// <summary>A documentation address (custom nodes).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public string? DocsUrl { get; set; }

        /// <summary>Palette category of a custom node: data, experience, logic, output or debug.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        [ValidateSet("data", "experience", "logic", "output", "debug", "")]
        public string? Category { get; set; }

        /// <summary>The lowest edge agent version the workflow needs, as x.y.z.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        [ValidatePattern(@"^\d+\.\d+\.\d+$")]
        public string? MinimumAgentVersion { get; set; }

        /// <summary>A custom node's configuration (<c>outputCount</c>, <c>resultMode</c>, <c>resultDescription</c>, <c>fields</c>).</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        public object? CustomNodeConfig { get; set; }

        /// <summary>Where a custom node can be used: cloud or edge.</summary>
        [Parameter(ParameterSetName = ByFieldsSet)]
        [ValidateSet("cloud", "edge")]
        public string[]? CustomNodeSupports { get; set; }

        /// <summary>The whole workflow: a hashtable, a PSCustomObject, a flow from Get-LosantFlow, or JSON text.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByFlowSet, ValueFromPipeline = true)]
        [Alias("InputObject")]
        public object? Flow { get; set; }

        /// <summary>Also return the custom nodes the new workflow uses.</summary>
        [Parameter]
        public SwitchParameter IncludeCustomNodes { get; set; }

        /// <summary>Domain scope of the request, sent as the <c>losantdomain</c> header (rarely needed).</summary>
        [Parameter]
        [ValidateHeaderText]
        public string? LosantDomain { get; set; }

        /// <summary>Creates one workflow per input.</summary>
        protected override void ProcessRecord()
        {
            OrderedDictionary body;
            try
            {
                body = ParameterSetName == ByFlowSet ? FlowPostBody.From(ParseFlow(Flow)) : FromParameters();
                if (body.Contains("globals"))
                {
                    body["globals"] = LegacyGlobals.Upgrade(body["globals"], ParameterSetName == ByFlowSet ? "-Flow" : "-Globals", WriteWarning);
                }
            }
            catch (ArgumentException e)
            {
                WriteError(new ErrorRecord(e, "Losant.InvalidFlow", ErrorCategory.InvalidArgument, Flow ?? Name));
                return;
            }

            var name = (string)PropertyBag.Unwrap(body["name"])!;
            if (!ShouldProcess($"application {ApplicationId}", $"Create workflow '{name}'"))
            {
                return;
            }

            if (TryCall((observer, cancel) => Flows.PostAsync(ApplicationId, body, IncludeCustomNodes.IsPresent, LosantDomain, observer, cancel), name, out var created, write: true))
            {
                WriteObject(created);
            }
        }

        private static object ParseFlow(object? flow)
        {
            if (PropertyBag.Unwrap(flow) is string text)
            {
                try
                {
                    return PSJson.ParseReadOnly(text) ?? throw new InvalidInputException("-Flow is the JSON null; a workflow object is needed.", "Flow");
                }
                catch (FormatException e)
                {
                    throw new InvalidInputException($"-Flow cannot be read: {e.Message}", "Flow", e);
                }
            }

            return flow!;
        }

        private OrderedDictionary FromParameters()
        {
            FlowPostBody.CheckName(Name);
            var body = new OrderedDictionary { ["name"] = Name };
            var bound = MyInvocation.BoundParameters;
            void AddIfBound(string parameter, string field, object? value)
            {
                if (bound.ContainsKey(parameter) && value != null)
                {
                    body[field] = value;
                }
            }

            AddIfBound(nameof(Description), "description", Description);
            AddIfBound(nameof(ShortDescription), "shortDescription", ShortDescription);
            AddIfBound(nameof(IconData), "iconData", IconData);
            AddIfBound(nameof(DocsUrl), "docsUrl", DocsUrl);
            AddIfBound(nameof(Category), "category", Category);
            AddIfBound(nameof(Enabled), "enabled", Enabled.IsPresent);
            AddIfBound(nameof(Triggers), "triggers", Triggers);
            AddIfBound(nameof(Nodes), "nodes", Nodes);
            AddIfBound(nameof(Globals), "globals", Globals);
            AddIfBound(nameof(FlowClass), "flowClass", FlowClass);
            AddIfBound(nameof(MinimumAgentVersion), "minimumAgentVersion", MinimumAgentVersion);
            AddIfBound(nameof(CustomNodeConfig), "customNodeConfig", CustomNodeConfig);
            AddIfBound(nameof(CustomNodeSupports), "customNodeSupports", CustomNodeSupports as IList);
            return body;
        }
    }
}
