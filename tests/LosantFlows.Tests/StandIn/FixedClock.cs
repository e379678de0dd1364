namespace LosantFlows.Tests.StandIn;

/// <summary>A clock that always reads the same instant, so created/imported dates are exact.</summary>
public sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    /// <summary>The instant every test server reads: 2026-11-29T08:00:00.123Z.</summary>
    public static readonly DateTimeOffset Instant = new(2026, 11, 29, 8, 0, 0, 123, TimeSpan.Zero);

    /// <summary>The instant as the stand-in formats it.</summary>
    public const string InstantText = "2026-11-29T08:00:00.123Z";

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => now;
}
