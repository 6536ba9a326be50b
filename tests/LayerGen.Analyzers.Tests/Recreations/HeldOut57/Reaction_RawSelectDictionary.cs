// Idiom: NPC reaction choice with LINQ over a dictionary of score lists, exps taken straight from the scores.
// Use: reaction system on a noise event, one distribution per NPC id.
// Layout: Dictionary<string, List<float>> in, Dictionary<string, float[]> out; Select with a MathF.Exp lambda, Sum.
// Label: LG0003 — MathF.Exp of the raw score inside the Select lambda, no peak subtracted. Our own code.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut57.Reaction_RawSelectDictionary
{
    public static class ReactionTable
    {
        public static Dictionary<string, float[]> Probabilities(Dictionary<string, List<float>> scores)
        {
            var result = new Dictionary<string, float[]>();
            foreach (var kv in scores)
            {
                float[] e = kv.Value.Select(v => MathF.Exp(v)).ToArray(); //~ LG0003
                float z = e.Sum();
                result[kv.Key] = e.Select(v => v / z).ToArray();
            }

            return result;
        }
    }
}
