// Variants (our own code) of a list-based softmax (the shape of FotNet_LinqListSoftmax and SoftmaxModelListConvertAll's
// cases) whose exps are appended to a List<T> with AddRange or InsertRange instead of Add in a loop.
// Bugs: LG0003 (exp of raw logits: a LINQ lambda, a method group, an array of exps filled by index). Correct twins: the
// same lists filled with max-shifted exps.
using System;
using System.Collections.Generic;
using System.Linq;

namespace Recreations.ReductionGaps_AddRangeRawExps;

public static class ListSoftmax
{
    public static double[] RawLambda(double[] logits)
    {
        var weights = new List<double>(logits.Length);
        weights.AddRange(logits.Select(v => Math.Exp(v))); //~ LG0003
        var probabilities = new double[weights.Count];
        for (int k = 0; k < weights.Count; k++) probabilities[k] = weights[k] / weights.Sum();
        return probabilities;
    }

    public static List<float> RawMethodGroup(float[] logits)
    {
        var weights = new List<float>();
        weights.InsertRange(0, logits.Select(MathF.Exp)); //~ LG0003
        float z = weights.Sum();
        return weights.ConvertAll(w => w / z);
    }

    public static double[] RawArray(double[] logits)
    {
        var exps = new double[logits.Length];
        for (int i = 0; i < exps.Length; i++) exps[i] = Math.Exp(logits[i]); //~ LG0003
        var weights = new List<double>();
        weights.AddRange(exps);
        double z = 0.0;
        foreach (double w in weights) z += w;
        return weights.Select(w => w / z).ToArray();
    }

    public static double[] Shifted(double[] logits)
    {
        double peak = logits.Max();
        var weights = new List<double>(logits.Length);
        weights.AddRange(logits.Select(v => Math.Exp(v - peak)));
        double z = weights.Sum();
        var probabilities = new double[weights.Count];
        for (int k = 0; k < weights.Count; k++) probabilities[k] = weights[k] / z;
        return probabilities;
    }

    public static List<List<float>> ShiftedRows(float[][] rows)
    {
        var result = new List<List<float>>();
        foreach (float[] row in rows)
        {
            float peak = row.Max();
            var weights = new List<float>();
            weights.AddRange(row.Select(v => MathF.Exp(v - peak)));
            float z = weights.Sum();
            for (int k = 0; k < weights.Count; k++) weights[k] /= z;
            result.Add(weights);
        }

        return result;
    }
}
