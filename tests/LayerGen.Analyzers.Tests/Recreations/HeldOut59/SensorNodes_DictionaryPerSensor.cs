// HeldOut59 — SensorNodes_DictionaryPerSensor. Idiom: a gateway collecting int8 activity-classifier outputs from several
// sensor nodes, each with its own quantisation parameters in a record; per node the logits are dequantised with LINQ,
// the maximum is an `Aggregate` with `MathF.Max`, then `Select`/`Sum` give the class probabilities.
// Use: sensor (IMU) activity classification at a gateway.
// Layout: Dictionary<string, NodeOutput> keyed by node id, record NodeOutput(sbyte[] Logits, float Scale, int ZeroPoint);
// Dictionary<string, float[]> out.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut59.SensorNodes_DictionaryPerSensor;

public sealed record NodeOutput(sbyte[] Logits, float Scale, int ZeroPoint);

public static class GatewaySoftmax
{
    public static Dictionary<string, float[]> Classify(Dictionary<string, NodeOutput> nodes)
    {
        var result = new Dictionary<string, float[]>(nodes.Count);
        foreach (KeyValuePair<string, NodeOutput> pair in nodes)
        {
            NodeOutput node = pair.Value;
            float[] x = node.Logits.Select(q => (q - node.ZeroPoint) * node.Scale).ToArray();
            float m = x.Aggregate(float.NegativeInfinity, MathF.Max);
            float[] e = x.Select(v => MathF.Exp(v - m)).ToArray();
            float z = e.Sum();
            result[pair.Key] = e.Select(v => v / z).ToArray();
        }

        return result;
    }
}
