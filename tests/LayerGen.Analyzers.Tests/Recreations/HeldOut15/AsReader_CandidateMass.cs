// HeldOut15 — AsReader_CandidateMass
// Source: Attention Sum Reader (Kadlec et al. 2016; rkadlec/asreader): softmax over the document's
// positions of the query·token scores, then pointer-sum attention: a candidate's probability is the
// attention mass of every position where it occurs.
// Layout: a batch of questions; per question the document's position scores as float[] in a
// List<float[]> and its tokens as string[]; LINQ Max/Select/Sum per document.
// Correct: each document is its own softmax (its own peak and sum).
using System;
using System.Collections.Generic;
using System.Linq;

namespace LayerGen.Recreations.HeldOut15;

public static class AsReader_CandidateMass
{
    /// <summary>Per-question candidate probabilities; the position attention goes to attention.</summary>
    public static List<Dictionary<string, float>> Answer(List<float[]> scores, List<string[]> tokens, List<float[]> attention)
    {
        var answers = new List<Dictionary<string, float>>();
        for (int b = 0; b < scores.Count; b++)
        {
            float[] s = scores[b];
            float peak = s.Max();
            float[] e = s.Select(v => MathF.Exp(v - peak)).ToArray();
            float z = e.Sum();
            float[] a = e.Select(v => v / z).ToArray();
            attention.Add(a);

            var mass = new Dictionary<string, float>();
            for (int i = 0; i < a.Length; i++)
            {
                mass.TryGetValue(tokens[b][i], out float m);
                mass[tokens[b][i]] = m + a[i];
            }
            answers.Add(mass);
        }
        return answers;
    }
}
