namespace LosantFlows.StandIn.Contract;

/// <summary>The five Flows actions and flowVersions.get, for choosing the schemas a request and its response are held against.</summary>
public enum FlowAction
{
    /// <summary>GET /applications/{applicationId}/flows.</summary>
    Get,

    /// <summary>GET /applications/{applicationId}/flows/version.</summary>
    GetByVersion,

    /// <summary>GET /applications/{applicationId}/flows/palette.</summary>
    Palette,

    /// <summary>POST /applications/{applicationId}/flows.</summary>
    Post,

    /// <summary>POST /applications/{applicationId}/flows/import.</summary>
    Import,

    /// <summary>GET /applications/{applicationId}/flows/{flowId}/versions (flowVersions.get).</summary>
    GetVersions,
}
