// Idiom: protein secondary-structure prediction, 3-state (H/E/C) probabilities per residue from a predictor's
// output scores, written with LINQ per residue.
// Layout: List<float[]> (one float[3] per residue: helix, strand, coil); .Max(), Select(MathF.Exp), .Sum().
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace HeldOut47.SecondaryStructure_ResidueLinq;

public static class Dssp3
{
    public const string States = "HEC";

    public static List<float[]> StateProbabilities(List<float[]> residueScores)
    {
        var result = new List<float[]>(residueScores.Count);
        foreach (float[] z in residueScores)
        {
            float m = z.Max();
            float[] e = z.Select(v => MathF.Exp(v - m)).ToArray();
            float s = e.Sum();
            result.Add(e.Select(v => v / s).ToArray());
        }

        return result;
    }

    public static string Predict(List<float[]> probabilities) =>
        new string(probabilities.Select(p => States[Array.IndexOf(p, p.Max())]).ToArray());
}
