// Idiom: NPC reaction choice (flee/fight/ignore/...) with LINQ: the peak folded with Aggregate and the Mathx wrapper.
// Use: reaction system on a noise event, one distribution per NPC that heard it.
// Layout: List<float[]> reaction scores per NPC, List<float[]> out; Aggregate, Select, Sum.
// Label: Correct (Aggregate over one NPC's row). Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut57.Reaction_AggregateRows
{
    public static class Mathx
    {
        public static float Exp(float v) => MathF.Exp(v);
        public static float Max(float a, float b) => a > b ? a : b;
    }

    public static class ReactionSystem
    {
        public static List<float[]> Probabilities(List<float[]> scores)
        {
            var result = new List<float[]>(scores.Count);
            foreach (float[] row in scores)
            {
                float peak = row.Aggregate(float.NegativeInfinity, Mathx.Max);
                List<float> e = row.Select(v => Mathx.Exp(v - peak)).ToList();
                float z = e.Sum();
                result.Add(e.Select(v => v / z).ToArray());
            }

            return result;
        }
    }
}
