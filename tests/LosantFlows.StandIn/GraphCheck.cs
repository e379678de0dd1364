using System.Text.Json.Nodes;

namespace LosantFlows.StandIn;

/// <summary>Checks of triggers and nodes arrays (the shape common to every trigger and node type in flowPost.json).</summary>
public static class GraphCheck
{
    /// <summary>The trigger types flowPost.json knows.</summary>
    public static readonly string[] TriggerTypes =
    [
        "appFile", "customNodeStart", "deviceCreate", "deviceCommand", "deviceIdConnect", "deviceTagConnect",
        "deviceIdDisconnect", "deviceTagDisconnect", "inboundEmail", "notebook", "onBoot", "onConnect", "onDisconnect",
        "resourceJobComplete", "resourceJobIteration", "resourceJobIterationTimeout", "udp", "webhook", "beckhoff",
        "dataTable", "integration", "deviceId", "deviceTag", "deviceIdInactivity", "deviceTagInactivity", "direct",
        "endpoint", "event", "fileTail", "fileWatch", "flowError", "mqttTopic", "onSync", "opcua", "redis", "request",
        "serial", "snmpTrap", "timer", "virtualButton",
    ];

    /// <summary>triggers: objects with a known type, optional key (≤1024), config/meta objects and outputIds.</summary>
    public static void Triggers(JsonNode? value, string path)
    {
        var array = Check.Array(value, path);
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            var trigger = Check.Object(array[i], at);
            Check.Keys(trigger, at, "key", "type", "config", "meta", "outputIds");
            Check.OneOf(Check.Required(trigger, "type", at), $"{at}.type", TriggerTypes);
            if (trigger["key"] is { } key)
            {
                Check.String(key, $"{at}.key", 0, 1024);
            }

            Common(trigger, at);
        }
    }

    /// <summary>nodes: objects with type (1–1024), optional id (≤1024), config/meta objects and outputIds.</summary>
    public static void Nodes(JsonNode? value, string path)
    {
        var array = Check.Array(value, path);
        for (var i = 0; i < array.Count; i++)
        {
            var at = $"{path}[{i}]";
            var node = Check.Object(array[i], at);
            Check.Keys(node, at, "id", "type", "config", "meta", "outputIds");
            Check.String(Check.Required(node, "type", at), $"{at}.type", 1, 1024);
            if (node["id"] is { } id)
            {
                Check.String(id, $"{at}.id", 0, 1024);
            }

            Common(node, at);
        }
    }

    private static void Common(JsonObject item, string at)
    {
        if (item.ContainsKey("config"))
        {
            Check.Object(item["config"], $"{at}.config");
        }

        if (item.ContainsKey("meta"))
        {
            Check.Object(item["meta"], $"{at}.meta");
        }

        if (item.ContainsKey("outputIds"))
        {
            var outputs = Check.Array(item["outputIds"], $"{at}.outputIds", 100);
            for (var o = 0; o < outputs.Count; o++)
            {
                var ids = Check.Array(outputs[o], $"{at}.outputIds[{o}]", 100);
                for (var j = 0; j < ids.Count; j++)
                {
                    Check.String(ids[j], $"{at}.outputIds[{o}][{j}]", 1, 48);
                }
            }
        }
    }
}
