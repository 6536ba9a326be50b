// Variants (our own code) of HeldOut4/BoltzmannCandidateStructsRawExp.cs, in the shapes of game-AI Boltzmann selection
// and utility-AI scorers: each candidate (a struct or class) is copied out of its container into a local, and the exp
// takes a member of that copy with no max subtracted.
// Layouts: Candidate[] of structs, List<Option> of classes (property), ReadOnlySpan of structs via `ref readonly`,
// double members. Bug in every method: LG0003.
using System;
using System.Collections.Generic;

namespace Recreations.StructCopies_RawExp;

public struct Candidate
{
    public int Id;
    public double Utility;
}

public sealed class Option
{
    public string Name { get; set; } = string.Empty;

    public float Score { get; set; }
}

public static class Boltzmann
{
    public static double[] ArrayOfStructs(Candidate[] candidates, double temperature)
    {
        var w = new double[candidates.Length];
        double total = 0.0;
        for (int i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            w[i] = Math.Exp(c.Utility / temperature); //~ LG0003
            total += w[i];
        }

        for (int i = 0; i < w.Length; i++)
            w[i] /= total;
        return w;
    }

    public static float[] ListOfClasses(List<Option> options)
    {
        var p = new float[options.Count];
        float sum = 0f;
        for (int i = 0; i < options.Count; i++)
        {
            Option o = options[i];
            float e = MathF.Exp(o.Score); //~ LG0003
            p[i] = e;
            sum += e;
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
        return p;
    }

    public static void RefReadonlyFromSpan(ReadOnlySpan<Candidate> candidates, Span<double> weights)
    {
        double z = 0.0;
        for (int i = 0; i < candidates.Length; i++)
        {
            ref readonly Candidate c = ref candidates[i];
            weights[i] = Math.Exp(c.Utility); //~ LG0003
            z += weights[i];
        }

        for (int i = 0; i < weights.Length; i++)
            weights[i] /= z;
    }
}
