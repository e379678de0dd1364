namespace LosantFlows.StandIn;

/// <summary>Settings for one stand-in server instance.</summary>
public sealed class StandInOptions
{
    /// <summary>The application ids served when none are given.</summary>
    public static readonly IReadOnlyList<string> DefaultApplicationIds =
        ["5f1e2d3c4b5a697887766554", "5f1e2d3c4b5a697887766555"];

    /// <summary>TCP port on 127.0.0.1; 0 picks a free port. Default 8642.</summary>
    public int Port { get; set; } = 8642;

    /// <summary>The only bearer token accepted on the flows endpoints.</summary>
    public string Token { get; set; } = "standin-token";

    /// <summary>24-hex application ids the server knows; any other well-formed id answers 404.</summary>
    public IReadOnlyList<string> ApplicationIds { get; set; } = DefaultApplicationIds;

    /// <summary>E-mail accepted by POST /auth/user.</summary>
    public string Email { get; set; } = "admin@example.com";

    /// <summary>Password accepted by POST /auth/user.</summary>
    public string Password { get; set; } = "standin-password";

    /// <summary>User id returned by POST /auth/user.</summary>
    public string UserId { get; set; } = "5f1e2d3c4b5a6978877665a0";

    /// <summary>Id of the API token: recorded as createdById/lastUpdatedById of created and imported flows.</summary>
    public string TokenId { get; set; } = "5f1e2d3c4b5a6978877665b0";

    /// <summary>Optional JSON file with flows to load at start (a flows.json list, an array of flows, or an import body).</summary>
    public string? SeedFile { get; set; }

    /// <summary>
    /// Losant's schema folder for contract mode (--schemas). Null: <c>../shared/losant-api/schemas</c> beside the
    /// folder holding LosantFlows.sln, found walking up from the current directory, then from the program's folder.
    /// </summary>
    public string? SchemasDirectory { get; set; }

    /// <summary>
    /// Contract mode (default on; --no-contract turns it off): every request and response is held against the schemas.
    /// When no schema folder is found it is off, with a note on <see cref="Log"/>; when the CI environment variable is
    /// set, or <see cref="SchemasDirectory"/> names a missing folder, the server does not start instead.
    /// </summary>
    public bool Contract { get; set; } = true;

    /// <summary>Where notes and contract violations are written (standard error by default).</summary>
    public TextWriter Log { get; set; } = Console.Error;

    /// <summary>Faults queued at start (--faults), as if given to <see cref="StandInState.InjectFaults"/>.</summary>
    public IReadOnlyList<Fault> Faults { get; set; } = [];

    /// <summary>Largest request body Kestrel accepts, in bytes (default 256 MiB); a larger one is answered 413 PayloadTooLarge.</summary>
    public long MaxRequestBodySize { get; set; } = DefaultMaxRequestBodySize;

    /// <summary>The default <see cref="MaxRequestBodySize"/>: 256 MiB.</summary>
    public const long DefaultMaxRequestBodySize = 256L * 1024 * 1024;

    /// <summary>Clock for creationDate/lastUpdated; tests pass a fixed one.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;
}
