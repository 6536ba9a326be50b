// Variants (our own code) of HeldOut4/BoltzmannCandidateStructsRawExp.cs, the correct twins of StructCopies_RawExp.cs:
// the candidate is copied out of its container into a local, and the exp subtracts the max of that member over all
// candidates (taken through copies as well, or by LINQ), as stable Boltzmann selection does.
// Layouts: Candidate[] of structs, List<Option> of classes (property), ReadOnlySpan of structs via `ref readonly`.
// Correct.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.StructCopies_ShiftedExp;

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
        double best = double.NegativeInfinity;
        for (int i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            best = Math.Max(best, c.Utility / temperature);
        }

        var w = new double[candidates.Length];
        double total = 0.0;
        for (int i = 0; i < candidates.Length; i++)
        {
            var c = candidates[i];
            w[i] = Math.Exp(c.Utility / temperature - best);
            total += w[i];
        }

        for (int i = 0; i < w.Length; i++)
            w[i] /= total;
        return w;
    }

    public static float[] ListOfClasses(List<Option> options)
    {
        float max = options.Max(o => o.Score);
        var p = new float[options.Count];
        float sum = 0f;
        for (int i = 0; i < options.Count; i++)
        {
            Option o = options[i];
            float e = MathF.Exp(o.Score - max);
            p[i] = e;
            sum += e;
        }

        for (int i = 0; i < p.Length; i++)
            p[i] /= sum;
        return p;
    }

    public static void RefReadonlyFromSpan(ReadOnlySpan<Candidate> candidates, Span<double> weights)
    {
        double m = double.NegativeInfinity;
        foreach (ref readonly Candidate c in candidates)
            m = Math.Max(m, c.Utility);
        double z = 0.0;
        for (int i = 0; i < candidates.Length; i++)
        {
            ref readonly Candidate c = ref candidates[i];
            weights[i] = Math.Exp(c.Utility - m);
            z += weights[i];
        }

        for (int i = 0; i < weights.Length; i++)
            weights[i] /= z;
    }
}
