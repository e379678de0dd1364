using System.Collections.Generic;
using System.Text;

namespace LosantFlows.Engine.Json
{
    /// <summary>The location being written, as <c>$.nodes[0].config</c>, for error messages.</summary>
    internal sealed class JsonPath
    {
        private readonly List<object> _segments = new List<object>();

        internal void Push(string name) => _segments.Add(name);

        internal void Push(int index) => _segments.Add(index);

        internal void Pop() => _segments.RemoveAt(_segments.Count - 1);

        public override string ToString()
        {
            var builder = new StringBuilder("$");
            foreach (var segment in _segments)
            {
                if (segment is int index) builder.Append('[').Append(index).Append(']');
                else if (IsIdentifier((string)segment)) builder.Append('.').Append((string)segment);
                else builder.Append("['").Append(((string)segment).Replace("'", "\\'")).Append("']");
            }

            return builder.ToString();
        }

        private static bool IsIdentifier(string name)
        {
            if (name.Length == 0 || char.IsDigit(name[0])) return false;
            foreach (var c in name)
            {
                if (!(char.IsLetterOrDigit(c) || c == '_' || c == '$')) return false;
            }

            return true;
        }
    }
}
