// Idiom: dialogue choice weights — each NPC scores its reply options by affinity; a softmax picks the reply line.
// Use: conversation system, one distribution per speaking NPC.
// Layout: Dictionary<string, float[]> keyed by NPC id, foreach over KeyValuePair, a new float[] per NPC.
// Label: Correct (peak per NPC's own options). Our own code.
using System;
using System.Collections.Generic;

namespace HeldOut57.Dialogue_PerNpcDictionary
{
    public static class Mathx
    {
        public static float Exp(float v) => MathF.Exp(v);
        public static float Max(float a, float b) => a > b ? a : b;
    }

    public sealed class DialogueDirector
    {
        public Dictionary<string, float[]> ReplyWeights(Dictionary<string, float[]> affinity)
        {
            var result = new Dictionary<string, float[]>();
            foreach (KeyValuePair<string, float[]> npc in affinity)
            {
                float[] a = npc.Value;
                float peak = float.NegativeInfinity;
                foreach (float v in a)
                    peak = Mathx.Max(peak, v);

                var w = new float[a.Length];
                float sum = 0f;
                for (int o = 0; o < a.Length; o++)
                {
                    w[o] = Mathx.Exp(a[o] - peak);
                    sum += w[o];
                }

                for (int o = 0; o < w.Length; o++)
                    w[o] /= sum;
                result[npc.Key] = w;
            }

            return result;
        }
    }
}
