using System.Globalization;
using System.Text.Json.Nodes;

namespace LosantFlows.StandIn.Contract;

/// <summary>Field paths in the stand-in's error wording: <c>importData.flows[0].extra</c> (array indexes in brackets).</summary>
internal static class FieldPath
{
    /// <summary>The path of the value at <paramref name="segments"/> (JSON Pointer segments) in <paramref name="instance"/>.</summary>
    public static string Render(string rootName, JsonNode? instance, IReadOnlyList<string> segments)
    {
        var path = rootName;
        var node = instance;
        foreach (var segment in segments)
        {
            if (node is JsonArray array && int.TryParse(segment, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
            {
                path += $"[{segment}]";
                node = index < array.Count ? array[index] : null;
            }
            else
            {
                path = Append(path, segment);
                node = (node as JsonObject)?[segment];
            }
        }

        return path;
    }

    /// <summary><paramref name="path"/>.<paramref name="key"/> (just the key when the path is empty).</summary>
    public static string Append(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
