// Source: token samplers in C# LLM runners that keep candidates as a struct of arrays (ids[], logits[], probs[]
// instead of an array of TokenData structs, as LLamaSharp-style native candidate buffers are mirrored), with a
// temperature applied as x/T - max/T.
// Layout: struct-of-arrays candidate set of one decoding step; softmax over the candidates at temperature T.
// Correct.
using System;

namespace HeldOut7.SoaCandidatesTemperature
{
    public sealed class CandidateSet
    {
        public CandidateSet(int capacity)
        {
            Ids = new int[capacity];
            Logits = new float[capacity];
            Probs = new float[capacity];
        }

        public int[] Ids { get; }

        public float[] Logits { get; }

        public float[] Probs { get; }

        public int Count { get; set; }
    }

    public static class SoaSampler
    {
        public static void ApplyTemperature(CandidateSet set, float temperature)
        {
            float[] logits = set.Logits;
            float[] probs = set.Probs;
            float max = float.NegativeInfinity;
            for (int i = 0; i < set.Count; i++)
            {
                if (logits[i] > max) max = logits[i];
            }

            float sum = 0f;
            for (int i = 0; i < set.Count; i++)
            {
                probs[i] = MathF.Exp(logits[i] / temperature - max / temperature);
                sum += probs[i];
            }

            for (int i = 0; i < set.Count; i++)
            {
                probs[i] /= sum;
            }
        }
    }
}
