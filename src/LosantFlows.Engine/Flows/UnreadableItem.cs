namespace LosantFlows.Engine
{
    /// <summary>An item of a page that cannot become a PowerShell object (see <see cref="FlowPage.Unreadable"/>).</summary>
    public sealed class UnreadableItem
    {
        internal UnreadableItem(int position, string? id, string message)
        {
            Position = position;
            Id = id;
            Message = message;
        }

        /// <summary>0-based place of the item on its page, among all items, readable or not.</summary>
        public int Position { get; }

        /// <summary>The workflow's id (<c>flowId</c> for a workflow version), or null when the item has none.</summary>
        public string? Id { get; }

        /// <summary>What the item is and why it cannot be read, e.g. <c>The workflow 'ops' (5f…), item 3 of the page, in the
        /// answer to flows.get cannot be read: The JSON object has the keys 'message' and 'Message', …</c>.</summary>
        public string Message { get; }
    }
}
