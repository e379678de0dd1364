namespace LosantFlows.Engine
{
    /// <summary>One entry of the <c>triggerFilter</c> query parameter (schema <c>flowTriggerFilter.json</c>: both keys optional, ≤1024 chars).</summary>
    public sealed class TriggerFilterEntry
    {
        /// <summary>Trigger type, e.g. <c>webhook</c>, <c>deviceId</c>, <c>timer</c>; null leaves it out.</summary>
        public string? Type { get; set; }

        /// <summary>Trigger key, e.g. a webhook id <c>575ed78e7ae143cd83dc4aab</c>; null leaves it out.</summary>
        public string? Key { get; set; }
    }
}
