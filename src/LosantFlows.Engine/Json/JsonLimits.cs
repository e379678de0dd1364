namespace LosantFlows.Engine.Json
{
    internal static class JsonLimits
    {
        /// <summary>Deepest nesting of objects and arrays accepted in either direction; the root container is level 1.</summary>
        internal const int MaxDepth = 1024;

        /// <summary>Depth handed to System.Text.Json so that our own check, with our own message, fires first.</summary>
        internal const int LibraryDepth = MaxDepth + 8;
    }
}
