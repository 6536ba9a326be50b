// HeldOut63 / NucleusSampling_ListPerSequence
// Idiom: nucleus (top-p) sampling: softmax each sequence's logits, walk the tokens by descending probability until the
// kept mass reaches p, zero the rest and renormalise the nucleus (Holtzman et al.'s top-p, as NumPy/C# sampler
// utilities write it; own code).
// Layout: List<float[]>, one float[vocab] per sequence, foreach; logits.Max(); float.Exp; LINQ OrderByDescending for
// the walk.
// Label: Correct (per-sequence maximum and sum; the nucleus renormalisation divides by the mass of one sequence's kept
// tokens).
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut63.NucleusSampling_ListPerSequence;

public static class NucleusSampler
{
    public static List<float[]> NucleusDistributions(List<float[]> sequences, float topP)
    {
        var result = new List<float[]>(sequences.Count);
        foreach (float[] logits in sequences)
        {
            float max = logits.Max();
            var probs = new float[logits.Length];
            float sum = 0f;
            for (int v = 0; v < logits.Length; v++)
            {
                probs[v] = float.Exp(logits[v] - max);
                sum += probs[v];
            }

            for (int v = 0; v < probs.Length; v++)
            {
                probs[v] /= sum;
            }

            int[] order = Enumerable.Range(0, probs.Length).OrderByDescending(v => probs[v]).ToArray();
            var nucleus = new float[probs.Length];
            float mass = 0f;
            foreach (int v in order)
            {
                nucleus[v] = probs[v];
                mass += probs[v];
                if (mass >= topP)
                {
                    break;
                }
            }

            for (int v = 0; v < nucleus.Length; v++)
            {
                nucleus[v] /= mass;
            }

            result.Add(nucleus);
        }

        return result;
    }
}
