// HeldOut59 — SensorNodes_FleetPartition. Idiom: int8 activity-classifier outputs from a fleet of sensor nodes, each
// reading a record with its own quantisation; the exps are built per reading in a LINQ statement lambda (shifted by that
// reading's `Max()`), but the divisor is `exps.Sum(e => e.Sum())`, the total over the whole fleet.
// Use: sensor (IMU) activity classification at a gateway.
// Layout: IReadOnlyList<SensorReading> records, record SensorReading(string Node, sbyte[] Logits, float Scale,
// int ZeroPoint); List<float[]> out.
// Bug: LG0002 (one normaliser for every reading).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut59.SensorNodes_FleetPartition;

public sealed record SensorReading(string Node, sbyte[] Logits, float Scale, int ZeroPoint);

public static class FleetSoftmax
{
    public static List<float[]> Classify(IReadOnlyList<SensorReading> readings)
    {
        List<float[]> exps = readings.Select(r =>
        {
            float[] x = r.Logits.Select(q => (q - r.ZeroPoint) * r.Scale).ToArray();
            float m = x.Max();
            return x.Select(v => MathF.Exp(v - m)).ToArray();
        }).ToList();
        float z = exps.Sum(e => e.Sum()); //~ LG0002
        return exps.Select(e => e.Select(v => v / z).ToArray()).ToList();
    }
}
